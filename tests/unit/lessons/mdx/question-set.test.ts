import { expect, it } from 'vitest';
import { questionSet } from '../../../../src/lessons/mdx/question-set';
import { caseSchema } from '../../../../src/schemas/case';
import { parseQuestion, rawCase, rawSingle, rawVerify, single } from '../../quiz/fixtures';

it('keeps the order of the ids, drops verify blocks, and brings only the cases cited', () => {
  const withCase = parseQuestion({ ...rawSingle(), id: 'q-with-case', case: 'case-shop', verify: rawVerify() });
  const cases = [caseSchema.parse(rawCase()), caseSchema.parse({ ...rawCase(), id: 'case-other' })];
  const set = questionSet({ questions: [single(), withCase], cases }, ['q-with-case', 'q-single']);
  expect(set.questions.map((question) => question.id)).toEqual(['q-with-case', 'q-single']);
  expect(set.questions.every((question) => !('verify' in question))).toBe(true);
  expect(set.cases.map((entry) => entry.id)).toEqual(['case-shop']);
});

it('refuses an id the bank does not have', () => {
  expect(() => questionSet({ questions: [single()], cases: [] }, ['q-none'])).toThrow('unknown question id "q-none"');
});
