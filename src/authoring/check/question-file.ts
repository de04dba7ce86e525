/**
 * One question or case file against the rest of the content: the checks `npm run check:content` and the build run
 * for each file, and the studio runs live on the file being written. One module, so the two cannot drift.
 */
import type { EvaluateScenario } from '../../core/quiz/verify';
import { caseSchema, type Case } from '../../schemas/case';
import type { ModelLifecycle } from '../../schemas/model-lifecycle';
import { questionSchema, type Question } from '../../schemas/question';
import type { SourceFile } from '../content-paths';
import type { Problem } from '../problems';
import {
  caseExists,
  idMatchesFileName,
  referencesExist,
  skillDefined,
  skillMatchesFolder,
  todoWarnings,
  verifyAgrees,
  type Loaded,
  type PagesByLocale,
} from './bank';
import { itemWritingWarnings } from './item-writing';
import { retiredModels } from './lifecycle';
import { validateYaml } from './schema-problems';

/** What a question is checked against; a part left null (lessons not read, no price data) is not checked. */
export interface QuestionContext {
  cases: readonly Case[];
  /** Skill codes the lessons define. */
  skills: readonly string[] | null;
  pages: PagesByLocale | null;
  lifecycles: readonly ModelLifecycle[] | null;
  evaluate: EvaluateScenario;
}

/** The rules across files for a question that passed its schema. */
export function questionProblems(question: Loaded<Question>, context: QuestionContext): Problem[] {
  const { cases, skills, pages, lifecycles, evaluate } = context;
  return [
    ...idMatchesFileName(question),
    ...skillMatchesFolder(question),
    ...(skills ? skillDefined(question, skills) : []),
    ...caseExists(question, cases),
    ...(pages ? referencesExist(question, pages) : []),
    ...verifyAgrees(question, evaluate),
    ...todoWarnings(question.source),
    ...itemWritingWarnings(question, cases),
    ...(lifecycles ? retiredModels(question, cases, lifecycles) : []),
  ];
}

/** A question file from its text: its schema problems, or, when it passes, every rule across files. */
export function checkQuestionFile(file: SourceFile, context: QuestionContext): { question: Question | undefined; problems: Problem[] } {
  const { source, data, problems } = validateYaml(file, questionSchema);
  if (data === undefined) return { question: undefined, problems };
  return { question: data, problems: [...problems, ...questionProblems({ source, data }, context)] };
}

/** The rules across files for a case that passed its schema. */
export const caseProblems = (loaded: Loaded<Case>): Problem[] => [...idMatchesFileName(loaded), ...todoWarnings(loaded.source)];

/** A case file from its text: its schema problems, or, when it passes, its id and placeholders. */
export function checkCaseFile(file: SourceFile): { case: Case | undefined; problems: Problem[] } {
  const { source, data, problems } = validateYaml(file, caseSchema);
  if (data === undefined) return { case: undefined, problems };
  return { case: data, problems: [...problems, ...caseProblems({ source, data })] };
}
