/**
 * The question bank as pages get it: both collections, after the whole content check (the one
 * `npm run check:content` runs) once per build. Any error fails the build with the file, the line, the field
 * and the reason; warnings are printed.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { checkContent } from '../../authoring/check/index';
import { evaluateLikeCli } from '../../authoring/check/simulator';
import { readContentTree } from '../../authoring/content-tree';
import { courseRoot } from '../course-root';
import { formatProblem } from '../../authoring/problems';
import { LOCALES, type Locale } from '../../core/locale';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';
import type { ClientBank } from './bank-part';
import { verifyStatus, type VerifyStatus } from './bank';

export interface QuizBank {
  questions: Question[];
  cases: Case[];
  verify: Record<string, VerifyStatus>;
  /** The file of each question, relative to the project. */
  files: Record<string, string>;
}

let loaded: Promise<QuizBank> | undefined;

async function load(): Promise<QuizBank> {
  const [questionEntries, caseEntries] = await Promise.all([getCollection('questions'), getCollection('cases')]);
  const entries = questionEntries.map((entry) => ({ file: entry.filePath ?? entry.id, question: entry.data })).sort((a, b) => a.file.localeCompare(b.file));
  const cases = caseEntries.map((entry) => entry.data);
  // The build runs from the project root, as npm scripts do.
  const problems = checkContent(readContentTree(resolve(courseRoot)), evaluateLikeCli);
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) console.warn(formatProblem(warning));
  if (errors.length) throw new Error(`The content has ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}`);
  return {
    questions: entries.map((entry) => entry.question),
    cases,
    verify: Object.fromEntries(entries.map(({ question }) => [question.id, verifyStatus(question)])),
    files: Object.fromEntries(entries.map(({ file, question }) => [question.id, file])),
  };
}

export function loadQuizBank(): Promise<QuizBank> {
  loaded ??= load();
  return loaded;
}

/** Each lesson section the questions cite, named as the lesson names it: "Skill 1.4.2 … › Khi nào chọn On-Demand". */
export async function referenceTitles(questions: readonly Question[]): Promise<Record<Locale, Record<string, string>>> {
  const lessons = await getCollection('lessons');
  const cited = [...new Set(questions.flatMap((question) => question.references))].sort();
  const titles = (locale: Locale) =>
    Object.fromEntries(
      cited.flatMap((reference) => {
        const [path, anchor] = reference.split('#');
        const lesson = lessons.find((entry) => entry.data.lang === locale && entry.data.path === path);
        if (!lesson) return [];
        const section = anchor === undefined ? undefined : lesson.data.anchors.find((entry) => entry.id === anchor);
        return [[reference, section ? `${lesson.data.title} › ${section.text}` : lesson.data.title]];
      }),
    );
  return Object.fromEntries(LOCALES.map((locale) => [locale, titles(locale)])) as Record<Locale, Record<string, string>>;
}

/** The bank as the browser gets it: verify scenarios and provenance stay at build time. */
export async function clientBank(): Promise<ClientBank> {
  const { questions, cases } = await loadQuizBank();
  return {
    questions: questions.map(({ verify: _verify, provenance: _provenance, ...question }) => question),
    cases,
    referenceTitles: await referenceTitles(questions),
  };
}
