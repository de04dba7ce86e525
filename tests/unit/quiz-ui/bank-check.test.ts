/** What the author pages say of a question's verify block in a built bank. */
import { describe, expect, it } from 'vitest';
import { verifyStatus } from '../../../src/lib/quiz/bank';
import { questions } from '../authoring/real-bank';

describe('verifyStatus', () => {
  it('names the path and the expectation of each question that has a verify block, and none of the others', () => {
    for (const question of questions) {
      const status = verifyStatus(question);
      if (!question.verify) expect(status).toEqual({ state: 'none' });
      else expect(status).toEqual({ state: 'agrees', path: question.verify.path, expected: expect.stringMatching(/^(=|<|>) /) });
    }
  });

  it.each([
    { comparison: { lessThan: 0.5 }, expected: '< 0.5' },
    { comparison: { greaterThan: 2 }, expected: '> 2' },
    { comparison: { equals: 'sagemaker' }, expected: '= "sagemaker"' },
    { comparison: { equals: null }, expected: '= null' },
  ])('writes $expected', ({ comparison, expected }) => {
    const [question] = questions;
    if (!question) throw new Error('empty bank');
    const verify = { scenario: {}, path: 'a.b', answer: 'a' as const, ...comparison };
    expect(verifyStatus({ ...question, verify })).toEqual({ state: 'agrees', path: 'a.b', expected });
  });
});
