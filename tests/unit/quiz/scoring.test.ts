import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { scoreExam, scoreQuestion, type Response } from '../../../src/core/quiz/scoring';
import { matching, multiple, ordering, single } from './fixtures';

// Answers: single a; multiple a + b; ordering c, a, b; matching p1 -> b, p2 -> a.
const cases: { name: string; question: () => Question; response: Response | undefined; correct: boolean }[] = [
  { name: 'single: the correct option', question: single, response: { type: 'single', choice: 'a' }, correct: true },
  { name: 'single: a wrong option', question: single, response: { type: 'single', choice: 'b' }, correct: false },
  { name: 'single: an unknown id', question: single, response: { type: 'single', choice: 'z' }, correct: false },
  { name: 'single: unanswered', question: single, response: undefined, correct: false },
  { name: 'single: a response of another type', question: single, response: { type: 'multiple', choices: ['a'] }, correct: false },
  { name: 'multiple: exactly the correct set', question: multiple, response: { type: 'multiple', choices: ['a', 'b'] }, correct: true },
  { name: 'multiple: the set in another order', question: multiple, response: { type: 'multiple', choices: ['b', 'a'] }, correct: true },
  { name: 'multiple: partial (one of two)', question: multiple, response: { type: 'multiple', choices: ['a'] }, correct: false },
  { name: 'multiple: one too many', question: multiple, response: { type: 'multiple', choices: ['a', 'b', 'c'] }, correct: false },
  { name: 'multiple: one right, one wrong', question: multiple, response: { type: 'multiple', choices: ['a', 'c'] }, correct: false },
  { name: 'multiple: nothing chosen', question: multiple, response: { type: 'multiple', choices: [] }, correct: false },
  { name: 'ordering: the right sequence', question: ordering, response: { type: 'ordering', order: ['c', 'a', 'b'] }, correct: true },
  { name: 'ordering: two swapped', question: ordering, response: { type: 'ordering', order: ['a', 'c', 'b'] }, correct: false },
  { name: 'ordering: partial (first two only)', question: ordering, response: { type: 'ordering', order: ['c', 'a'] }, correct: false },
  { name: 'ordering: an extra entry', question: ordering, response: { type: 'ordering', order: ['c', 'a', 'b', 'b'] }, correct: false },
  { name: 'ordering: unanswered', question: ordering, response: undefined, correct: false },
  { name: 'matching: every pair right', question: matching, response: { type: 'matching', pairs: { p1: 'b', p2: 'a' } }, correct: true },
  { name: 'matching: one pair wrong', question: matching, response: { type: 'matching', pairs: { p1: 'b', p2: 'c' } }, correct: false },
  { name: 'matching: partial (one item left)', question: matching, response: { type: 'matching', pairs: { p1: 'b' } }, correct: false },
  { name: 'matching: unanswered', question: matching, response: undefined, correct: false },
];

describe('scoreQuestion', () => {
  it.each(cases)('$name -> $correct', ({ question, response, correct }) => {
    expect(scoreQuestion(question(), response).correct).toBe(correct);
  });

  it.each([
    { response: undefined, answered: false },
    { response: { type: 'ordering', order: ['a'] } as const, answered: false },
    { response: { type: 'single', choice: 'b' } as const, answered: true },
  ])('answered is $answered for $response', ({ response, answered }) => {
    expect(scoreQuestion(single(), response).answered).toBe(answered);
  });

  it('marks each option of a choice question: chosen, and whether it is correct', () => {
    const score = scoreQuestion(multiple(), { type: 'multiple', choices: ['a', 'c'] });
    expect(score).toMatchObject({
      perOption: [
        { id: 'a', chosen: true, correct: true },
        { id: 'b', chosen: false, correct: true },
        { id: 'c', chosen: true, correct: false },
        { id: 'd', chosen: false, correct: false },
      ],
    });
  });

  it('marks where each ordering option was put and where it belongs', () => {
    const score = scoreQuestion(ordering(), { type: 'ordering', order: ['c', 'b'] });
    expect(score).toMatchObject({
      perOption: [
        { id: 'a', position: null, expected: 1, inPlace: false },
        { id: 'b', position: 1, expected: 2, inPlace: false },
        { id: 'c', position: 0, expected: 0, inPlace: true },
      ],
    });
  });

  it('marks each matching item with the chosen and the expected option', () => {
    const score = scoreQuestion(matching(), { type: 'matching', pairs: { p2: 'a' } });
    expect(score).toMatchObject({
      perItem: [
        { id: 'p1', chosen: null, expected: 'b', correct: false },
        { id: 'p2', chosen: 'a', expected: 'a', correct: true },
      ],
    });
  });
});

describe('scoreExam', () => {
  const inCase = (question: Question, id: string, skill: Question['skill']): Question => ({ ...question, id, skill, case: 'case-shop' });
  const exam: Question[] = [
    single(),
    { ...multiple(), skill: '2.2.2' },
    inCase(ordering(), 'case-q1', '2.2.3'),
    inCase(matching(), 'case-q2', '2.2.3'),
    inCase({ ...single(), id: 'case-q3' }, 'case-q3', '2.2.2'),
  ];
  const responses: Record<string, Response> = {
    'q-single': { type: 'single', choice: 'a' },
    'q-multiple': { type: 'multiple', choices: ['a'] },
    'case-q1': { type: 'ordering', order: ['c', 'a', 'b'] },
    'case-q2': { type: 'matching', pairs: { p1: 'b', p2: 'c' } },
  };
  const score = scoreExam(exam, responses);

  it('counts unanswered questions as wrong', () => {
    expect(score).toMatchObject({ correct: 2, total: 5, percent: 40 });
  });

  it.each([
    { skill: '2.2.1', tally: { answered: 1, correct: 1, total: 1 } },
    { skill: '2.2.2', tally: { answered: 1, correct: 0, total: 2 } },
    { skill: '2.2.3', tally: { answered: 2, correct: 1, total: 2 } },
  ] as const)('tallies skill $skill', ({ skill, tally }) => {
    expect(score.bySkill[skill]).toEqual(tally);
  });

  it('scores a case study per question, not as one block', () => {
    expect(score.byCase).toEqual({ 'case-shop': { answered: 2, correct: 1, total: 3 } });
    expect(score.questions.filter((q) => q.questionId.startsWith('case-')).map((q) => q.correct)).toEqual([true, false, false]);
  });

  it('gives 0 percent for an empty exam', () => {
    expect(scoreExam([], {})).toMatchObject({ correct: 0, total: 0, percent: 0 });
  });
});
