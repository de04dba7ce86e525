/**
 * Build-time checks of the question bank that a single file's schema cannot make: ids against file names,
 * cases that exist, and `verify` blocks against the simulation core. Free of Astro imports, so unit tests
 * and the content checker run the very checks the build runs.
 */
import { resultJson, runScenario } from '../../core/evaluate';
import { loadPriceData } from '../../core/pricing';
import { checkVerify } from '../../core/quiz/verify';
import { formatValidationError } from '../../core/validation';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';

/** One question file as the collection loaded it. */
export interface QuestionFile {
  file: string;
  question: Question;
}

export type VerifyStatus =
  | { state: 'none' }
  | { state: 'agrees'; path: string; expected: string }
  | { state: 'disagrees'; message: string };

export interface BankCheck {
  /** Problems that must fail the build, each starting with the file. */
  problems: string[];
  verify: Record<string, VerifyStatus>;
}

/** The simulator as the command line runs it: the result JSON of simulator-model.md section 9. */
export function simulate(scenario: Record<string, unknown>): unknown {
  const prices = loadPriceData();
  const run = runScenario(scenario, prices);
  if (!run.ok) throw new Error(run.errors.map((error) => formatValidationError(error, 'en')).join('; '));
  return resultJson(run.result, 'en');
}

const expectedText = (verify: NonNullable<Question['verify']>): string =>
  verify.lessThan !== undefined
    ? `< ${verify.lessThan}`
    : verify.greaterThan !== undefined
      ? `> ${verify.greaterThan}`
      : `= ${JSON.stringify(verify.equals)}`;

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
const folderName = (file: string) => file.replace(/\/[^/]*$/, '').replace(/^.*\//, '');

export function checkBank(files: readonly QuestionFile[], cases: readonly Case[], evaluate = simulate): BankCheck {
  const problems: string[] = [];
  const verify: Record<string, VerifyStatus> = {};
  const caseIds = new Set(cases.map((entry) => entry.id));
  const seen = new Map<string, string>();

  for (const { file, question } of files) {
    const { id } = question;
    if (seen.has(id)) problems.push(`${file}: id: "${id}" is already used by ${seen.get(id)}`);
    seen.set(id, file);
    if (baseName(file) !== id) problems.push(`${file}: id: "${id}" must equal the file name "${baseName(file)}"`);
    if (folderName(file) !== question.skill)
      problems.push(`${file}: skill: "${question.skill}" must equal the folder "${folderName(file)}"`);
    if (question.case !== undefined && !caseIds.has(question.case))
      problems.push(`${file}: case: "${question.case}" is not a file in content/cases/`);

    if (!question.verify) {
      verify[id] = { state: 'none' };
      continue;
    }
    const check = checkVerify(question, evaluate);
    if (check.ok) verify[id] = { state: 'agrees', path: question.verify.path, expected: expectedText(question.verify) };
    else {
      verify[id] = { state: 'disagrees', message: check.message };
      problems.push(`${file}: verify: ${check.message}`);
    }
  }
  return { problems, verify };
}
