import { describe, expect, it } from 'vitest';
import { dailyActivity, dueByDay, examScores, HISTORY_DAYS } from '../../../src/core/quiz/history';
import type { Attempt, Outcome } from '../../../src/core/quiz/progress';
import { dueCard } from './fixtures';

// Local times, as the learner's calendar days are local.
const NOW = new Date(2026, 11, 10, 20, 0);
const at = (month: number, day: number, hour = 9) => new Date(2026, month, day, hour).toISOString();
const attempt = (questionId: string, when: string, outcome: Outcome): Attempt => ({ questionId, at: when, outcome });
const SKILL_OF = { 'q-a': '1.1', 'q-b': '1.1', 'q-c': '1.2' };
const SKILLS = ['1.1', '1.2'];
const localDay = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].join('-');

describe('dailyActivity', () => {
  it('counts answers per skill per local day from the first answer to today, with guesses as not known', () => {
    const days = dailyActivity(
      {
        attempts: [
          attempt('q-a', at(11, 8, 23), 'correct'),
          attempt('q-b', at(11, 8), 'guessed'),
          attempt('q-c', at(11, 10, 0), 'wrong'),
          attempt('q-gone', at(11, 9), 'correct'),
        ],
      },
      SKILL_OF,
      SKILLS,
      NOW,
    );
    expect(days.map((day) => localDay(day.day))).toEqual(['2026-12-8', '2026-12-9', '2026-12-10']);
    expect(days.map((day) => day.bySkill)).toEqual([
      { '1.1': { answered: 2, correct: 1 }, '1.2': { answered: 0, correct: 0 } },
      { '1.1': { answered: 0, correct: 0 }, '1.2': { answered: 0, correct: 0 } },
      { '1.1': { answered: 0, correct: 0 }, '1.2': { answered: 1, correct: 0 } },
    ]);
    // Accuracy over the last seven days: a day without answers carries the window's figure, a skill never
    // answered has none.
    expect(days.map((day) => day.accuracy)).toEqual([
      { '1.1': 0.5, '1.2': null },
      { '1.1': 0.5, '1.2': null },
      { '1.1': 0.5, '1.2': 0 },
    ]);
  });

  it('counts flashcard reviews per day apart from the skills, and starts the days at the first of either', () => {
    const days = dailyActivity(
      {
        attempts: [attempt('q-c', at(11, 10), 'correct')],
        termReviews: [
          { card: 'define-a', at: at(11, 7), outcome: 'correct' },
          { card: 'name-a', at: at(11, 7, 10), outcome: 'wrong' },
          { card: 'define-b', at: at(11, 10), outcome: 'guessed' },
        ],
      },
      SKILL_OF,
      SKILLS,
      NOW,
    );
    expect(days.map((day) => day.flashcards)).toEqual([2, 0, 0, 1]);
    expect(days.map((day) => day.bySkill['1.2']?.answered)).toEqual([0, 0, 0, 1]);
  });

  it('takes accuracy over seven days only', () => {
    const days = dailyActivity({ attempts: [attempt('q-a', at(11, 1), 'wrong'), attempt('q-a', at(11, 8), 'correct')] }, SKILL_OF, SKILLS, NOW);
    expect(days).toHaveLength(10);
    expect(days[6]?.accuracy['1.1']).toBe(0); // Dec 7: the window Dec 1-7 holds the wrong answer only
    expect(days[7]?.accuracy['1.1']).toBe(1); // Dec 8: Dec 2-8, the wrong answer has left the window
  });

  it('draws at most sixty days, and nothing before any answer', () => {
    expect(dailyActivity({ attempts: [] }, SKILL_OF, SKILLS, NOW)).toEqual([]);
    const long = dailyActivity({ attempts: [attempt('q-a', at(5, 1), 'correct'), attempt('q-c', at(11, 10), 'correct')] }, SKILL_OF, SKILLS, NOW);
    expect(long).toHaveLength(HISTORY_DAYS);
    expect(long.reduce((sum, day) => sum + (day.bySkill['1.1']?.answered ?? 0), 0)).toBe(0);
  });
});

describe('dueByDay', () => {
  it('counts overdue cards today and each other card on its due day, within the window', () => {
    const days = dueByDay(
      { a: dueCard(at(11, 1)), b: dueCard(at(11, 10, 23)), c: dueCard(at(11, 12)), d: dueCard(at(11, 14)), e: dueCard(at(11, 30)) },
      NOW,
      5,
    );
    expect(days.map((day) => [localDay(day.day), day.due])).toEqual([
      ['2026-12-10', 2],
      ['2026-12-11', 0],
      ['2026-12-12', 1],
      ['2026-12-13', 0],
      ['2026-12-14', 1],
    ]);
  });
});

describe('examScores', () => {
  it('orders exams by time and leaves out an empty form', () => {
    expect(
      examScores([
        { at: '2026-12-09T10:00:00.000Z', total: 20, correct: 15 },
        { at: '2026-12-01T10:00:00.000Z', total: 10, correct: 4 },
        { at: '2026-12-05T10:00:00.000Z', total: 0, correct: 0 },
      ]).map(({ score, correct, total }) => [score, correct, total]),
    ).toEqual([
      [0.4, 4, 10],
      [0.75, 15, 20],
    ]);
  });
});
