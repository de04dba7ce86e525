import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/core/quiz/progress';
import { attemptsOf, dueQuestions, reviewQuestions, sessionQuestions } from '../../../src/components/quiz/selection';
import type { Question } from '../../../src/schemas/question';
import { dueCard, matching, multiple, ordering, single } from '../quiz/fixtures';

const NOW = new Date('2026-11-29T08:00:00Z');
const bank: Question[] = [
  { ...single(), id: 'q-one', skill: '2.2.1' },
  { ...multiple(), id: 'q-two', skill: '2.2.2' },
  { ...ordering(), id: 'q-three', skill: '2.2.3' },
  { ...matching(), id: 'q-four', skill: '2.2.1' },
];

const progressWith = (parts: Partial<Progress>): Progress => ({ ...emptyProgress(), ...parts });

describe('review selection', () => {
  it('takes questions whose last attempt was wrong, and flagged ones, in bank order', () => {
    const progress = progressWith({
      attempts: [
        { questionId: 'q-three', at: '2026-11-20T08:00:00.000Z', outcome: 'wrong' },
        { questionId: 'q-one', at: '2026-11-21T08:00:00.000Z', outcome: 'wrong' },
        { questionId: 'q-one', at: '2026-11-22T08:00:00.000Z', outcome: 'correct' },
        { questionId: 'q-two', at: '2026-11-22T08:00:00.000Z', outcome: 'guessed' },
      ],
      flags: ['q-four'],
    });
    expect(reviewQuestions(bank, progress).map((question) => question.id)).toEqual(['q-three', 'q-four']);
  });

  it('reads attempts by time, not by position in the list', () => {
    const progress = progressWith({
      attempts: [
        { questionId: 'q-one', at: '2026-11-22T08:00:00.000Z', outcome: 'wrong' },
        { questionId: 'q-one', at: '2026-11-21T08:00:00.000Z', outcome: 'correct' },
      ],
    });
    expect(reviewQuestions(bank, progress).map((question) => question.id)).toEqual(['q-one']);
  });
});

describe('due selection', () => {
  it('takes due cards, most overdue first, and skips cards of questions not in the bank', () => {
    const progress = progressWith({
      cards: {
        'q-two': dueCard('2026-11-28T08:00:00.000Z'),
        'q-one': dueCard('2026-11-20T08:00:00.000Z'),
        'q-three': dueCard('2026-12-05T08:00:00.000Z'),
        'q-gone': dueCard('2026-11-01T08:00:00.000Z'),
      },
    });
    expect(dueQuestions(bank, progress, NOW).map((question) => question.id)).toEqual(['q-one', 'q-two']);
  });

  it('with an exam date, takes the one least likely recalled on that date first', () => {
    // q-one is more overdue, but was reviewed recently with a long stability; q-two will have forgotten more.
    const progress = progressWith({
      cards: {
        'q-one': { ...dueCard('2026-11-20T08:00:00.000Z'), stability: 30, lastReview: '2026-11-15T08:00:00.000Z' },
        'q-two': { ...dueCard('2026-11-28T08:00:00.000Z'), stability: 2, lastReview: '2026-11-26T08:00:00.000Z' },
      },
    });
    expect(dueQuestions(bank, { ...progress, examDate: '2026-12-10' }, NOW).map((question) => question.id)).toEqual(['q-two', 'q-one']);
    // A past exam date does not reorder.
    expect(dueQuestions(bank, { ...progress, examDate: '2026-11-01' }, NOW).map((question) => question.id)).toEqual(['q-one', 'q-two']);
  });
});

describe('session questions', () => {
  const progress = progressWith({ flags: ['q-two', 'q-three'], cards: { 'q-four': dueCard('2026-11-01T08:00:00.000Z') } });
  const options = { skills: ['2.2.1', '2.2.2', '2.2.3'] as const, examSize: 0, seed: 'seed', now: NOW };

  it('practice draws every question of the chosen skills, the same for the same seed', () => {
    const drawn = sessionQuestions('practice', bank, progress, { ...options, skills: ['2.2.1'] });
    expect(drawn.map((question) => question.id).sort()).toEqual(['q-four', 'q-one']);
    expect(sessionQuestions('practice', bank, progress, options)).toEqual(sessionQuestions('practice', bank, progress, options));
  });

  it('exam draws the chosen number across skills; 0 means all', () => {
    const two = sessionQuestions('exam', bank, progress, { ...options, examSize: 2 });
    expect(two).toHaveLength(2);
    expect(new Set(two.map((question) => question.skill)).size).toBe(2);
    expect(sessionQuestions('exam', bank, progress, options)).toHaveLength(4);
  });

  it('review and due keep to the chosen skills', () => {
    expect(sessionQuestions('review', bank, progress, { ...options, skills: ['2.2.3'] }).map((q) => q.id)).toEqual(['q-three']);
    expect(sessionQuestions('due', bank, progress, options).map((q) => q.id)).toEqual(['q-four']);
    expect(sessionQuestions('due', bank, progress, { ...options, skills: ['2.2.2'] })).toEqual([]);
  });

  it('counts earlier attempts of a question, which seed its next option order', () => {
    const withAttempts = progressWith({
      attempts: [
        { questionId: 'q-one', at: '2026-11-20T08:00:00.000Z', outcome: 'wrong' },
        { questionId: 'q-one', at: '2026-11-21T08:00:00.000Z', outcome: 'correct' },
      ],
    });
    expect(attemptsOf(withAttempts, 'q-one')).toBe(2);
    expect(attemptsOf(withAttempts, 'q-two')).toBe(0);
  });
});
