/**
 * The item-writing rules of src/core/quiz/item-lint.ts with lines: a warning per finding, and the bank-wide
 * test-wise gate as errors on the question folder.
 */
import { lintItem, lintItemOf, testWiseReport, type LintItem, type TestWiseReport } from '../../core/quiz/item-lint';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';
import { fieldName, type Problem } from '../problems';
import { CONTENT_FOLDERS } from '../content-paths';
import type { Loaded } from './bank';
import { error, warning } from './schema-problems';

const caseScenario = (question: Question, cases: readonly Case[]) => {
  const found = cases.find((known) => known.id === question.case);
  return found ? { vi: found.vi.scenario, en: found.en.scenario } : undefined;
};

/** The choice questions of a bank as the rules see them, each with its case's scenario in the stem. */
export function lintItems(questions: readonly Loaded<Question>[], cases: readonly Case[]): LintItem[] {
  return questions.flatMap(({ data }) => lintItemOf(data, caseScenario(data, cases)) ?? []);
}

export function itemWritingWarnings(question: Loaded<Question>, cases: readonly Case[]): Problem[] {
  const item = lintItemOf(question.data, caseScenario(question.data, cases));
  if (!item) return [];
  return lintItem(item).map((finding) => warning(question.source, question.source.lineOf(finding.path), fieldName(finding.path), finding.message));
}

export function testWiseGate(report: TestWiseReport): Problem[] {
  return report.failures.map((failure) =>
    error(
      { file: CONTENT_FOLDERS.questions },
      1,
      '(bank)',
      `a test-wise guesser beats the gate: ${failure} (rebalance the questions the warnings above name; see the table)`,
    ),
  );
}

export const bankTestWise = (questions: readonly Loaded<Question>[], cases: readonly Case[]) => testWiseReport(lintItems(questions, cases));
