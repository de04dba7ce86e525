/**
 * The whole content check, a pure function of the content tree and the simulator: every problem of every file,
 * errors and warnings, in the order they should be read.
 */
import type { EvaluateScenario } from '../../core/quiz/verify';
import type { Locale } from '../../core/locale';
import { courseSkills } from '../../lessons/course-skills';
import { caseSchema, type Case } from '../../schemas/case';
import { questionSchema, type Question } from '../../schemas/question';
import { CONTENT_FOLDERS, LIFECYCLE_PATH } from '../content-paths';
import type { ContentTree } from '../content-tree';
import { sortProblems, WHOLE_FILE, type Problem } from '../problems';
import { uniqueIds, type Loaded, type PagesByLocale } from './bank';
import { checkCourse } from './course';
import { caseProblems, questionProblems, type QuestionContext } from './question-file';
import { checkGlossary } from './glossary';
import { bankTestWise, testWiseGate } from './item-writing';
import { checkLessons } from './lessons';
import { NEAR_DUPLICATE_THRESHOLD, questionText, similarPairs } from './near-duplicates';
import { checkLifecycleFile } from './lifecycle';
import { checkPricing, pricedModelIds } from './pricing';
import { validateYaml, warning, type Validated } from './schema-problems';

export interface Bank {
  questions: Loaded<Question>[];
  cases: Loaded<Case>[];
  /** Problems of files that do not parse or do not pass their schema (those files are left out above). */
  problems: Problem[];
}

/** The questions and cases that pass their schemas; shared by the check and the exporters. */
export function loadBank(tree: Pick<ContentTree, 'questions' | 'cases'>): Bank {
  const problems: Problem[] = [];
  const valid = <T>(results: Validated<T>[]): Loaded<T>[] =>
    results.flatMap(({ source, data, problems: found }) => {
      problems.push(...found);
      return data === undefined ? [] : [{ source, data }];
    });
  const questions = valid(tree.questions.map((file) => validateYaml(file, questionSchema)));
  const cases = valid(tree.cases.map((file) => validateYaml(file, caseSchema)));
  return { questions, cases, problems };
}

function nearDuplicateWarnings(questions: readonly Loaded<Question>[]): Problem[] {
  return similarPairs(questions.map(({ data }) => questionText(data))).flatMap(({ first, second, similarity }) => {
    const [a, b] = [questions[first], questions[second]];
    if (!a || !b) return [];
    const detail = `similarity ${similarity.toFixed(2)} of scenario and prompt word triples, warned from ${NEAR_DUPLICATE_THRESHOLD}`;
    return [warning(b.source, b.source.lineOf(['en', 'prompt']), 'en.prompt', `near-duplicate of ${a.source.file} (${detail})`)];
  });
}

const missingFolderWarning = (folder: string): Problem =>
  warning(
    { file: folder },
    1,
    WHOLE_FILE,
    `not found under the root, so it is not checked${folder === CONTENT_FOLDERS.lessons ? ' (nor are references into it)' : ''}`,
  );

export function checkContent(tree: ContentTree, evaluate: EvaluateScenario): Problem[] {
  const lessons = tree.missing.includes(CONTENT_FOLDERS.lessons) ? null : checkLessons(tree.lessons);
  const pagesIn = (lang: Locale) => lessons?.pages.filter((page) => page.lang === lang) ?? [];
  const pages: PagesByLocale | null = lessons ? { vi: pagesIn('vi'), en: pagesIn('en') } : null;
  const skills = lessons ? courseSkills(lessons.pages).map(({ code }) => code) : null;
  const bank = loadBank(tree);
  const cases = bank.cases.map(({ data }) => data);
  const lifecycle = tree.pricing ? checkLifecycleFile(tree.lifecycle, pricedModelIds(tree.pricing), LIFECYCLE_PATH) : null;
  const context: QuestionContext = { cases, skills, pages, lifecycles: lifecycle?.lifecycles ?? null, evaluate };
  const perQuestion = bank.questions.flatMap((question) => questionProblems(question, context));
  return sortProblems([
    ...tree.missing.map(missingFolderWarning),
    ...(lessons?.problems ?? []),
    ...bank.problems,
    ...perQuestion,
    ...bank.cases.flatMap(caseProblems),
    ...uniqueIds(bank.questions),
    ...uniqueIds(bank.cases),
    ...nearDuplicateWarnings(bank.questions),
    ...(bank.questions.length ? testWiseGate(bankTestWise(bank.questions, cases)) : []),
    ...(tree.pricing ? checkPricing(tree.pricing, CONTENT_FOLDERS.pricing) : []),
    ...(lifecycle?.problems ?? []),
    ...(tree.glossary ? checkGlossary(tree.glossary, pages) : []),
    ...(tree.course ? checkCourse(tree.course, pages).problems : []),
  ]);
}
