/** The study plan to an exam date: what falls on which day, what it achieves on the exam date, and its minutes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attempt, Progress, StoredCard } from '../../../src/core/quiz/progress';
import { retrievabilityOn, reviewCard } from '../../../src/core/quiz/scheduler';
import { byRecallOnExam } from '../../../src/core/quiz/due';
import { examMoment } from '../../../src/core/quiz/exam-date';
import { MINUTES_PER_QUESTION, studyPlan } from '../../../src/core/quiz/study-plan';

// Local noon, so that local days are the same in any time zone the tests run in.
const NOW = new Date(2026, 11, 3, 12);
const dayOf = (offset: number) => new Date(2026, 11, 3 + offset, 12);
const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const examIn = (days: number) => iso(dayOf(days));

/** A question answered right on each of these day offsets (negative: in the past). */
function answered(id: string, days: readonly number[]): { card: StoredCard; attempts: Attempt[] } {
  let card: StoredCard | undefined;
  const attempts: Attempt[] = [];
  for (const day of days) {
    card = reviewCard(card, 'correct', dayOf(day));
    attempts.push({ questionId: id, at: dayOf(day).toISOString(), outcome: 'correct' });
  }
  return { card: card as StoredCard, attempts };
}

function progressOf(entries: Record<string, readonly number[]>): Pick<Progress, 'attempts' | 'cards'> {
  const built = Object.entries(entries).map(([id, days]) => [id, answered(id, days)] as const);
  return { cards: Object.fromEntries(built.map(([id, { card }]) => [id, card])), attempts: built.flatMap(([, { attempts }]) => attempts) };
}

describe('byRecallOnExam', () => {
  it('orders as FSRS retrievability on the exam date does, least likely first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -90, max: 0 }), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 60 }),
        (histories, days) => {
          const entries = Object.fromEntries(histories.map((history, index) => [`q-${index}`, [...new Set(history)].sort((a, b) => a - b)]));
          const { cards } = progressOf(entries);
          const exam = examMoment(examIn(days));
          const chances = byRecallOnExam(Object.keys(cards), cards, exam).map((id) => retrievabilityOn(cards[id] as StoredCard, exam));
          for (let index = 1; index < chances.length; index += 1) expect(chances[index]).toBeGreaterThanOrEqual((chances[index - 1] ?? 0) - 1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('puts a card never reviewed first, and orders ties by id', () => {
    const { cards } = progressOf({ 'q-b': [-5], 'q-a': [-5] });
    const { lastReview: _never, ...unreviewed } = cards['q-a'] as StoredCard;
    expect(byRecallOnExam(['q-b', 'q-a', 'q-c'], { ...cards, 'q-c': unreviewed }, examMoment(examIn(3)))).toEqual(['q-c', 'q-a', 'q-b']);
  });
});

describe('studyPlan', () => {
  it.each([0, -3])('plans nothing when the exam is %i days away', (days) => {
    expect(studyPlan(['q-a'], progressOf({ 'q-a': [-2] }), NOW, examIn(days))).toEqual({ days: [], minutesPerDay: 0, today: [] });
  });

  it('spreads the questions never answered over the study days, earliest first', () => {
    const plan = studyPlan(['q-a', 'q-b', 'q-c', 'q-d', 'q-e'], { attempts: [], cards: {} }, NOW, examIn(10));
    expect(plan.days).toHaveLength(10);
    expect(plan.days.map((day) => day.newQuestions)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    expect(plan.days[0]?.day).toEqual(new Date(2026, 11, 3));
  });

  it('puts the reviews already due on today, the one least likely recalled on the exam date first', () => {
    const progress = progressOf({ 'q-weak': [-3], 'q-strong': [-40, -37, -25, -5] });
    // Both are due by now or soon; the one reviewed once long ago has forgotten most.
    const plan = studyPlan(['q-strong', 'q-weak'], progress, NOW, examIn(5));
    expect(plan.today[0]).toBe('q-weak');
    const exam = examMoment(examIn(5));
    const [first, second] = plan.today.map((id) => retrievabilityOn(progress.cards[id] as StoredCard, exam));
    if (second !== undefined) expect(first).toBeLessThanOrEqual(second);
  });

  it('leaves out a question that will be recalled on the exam date anyway', () => {
    // Stable for months: due long after an exam in three days, and above FSRS's 90% on it.
    const progress = progressOf({ 'q-known': [-120, -100, -60, -1] });
    expect(retrievabilityOn(progress.cards['q-known'] as StoredCard, examMoment(examIn(3)))).toBeGreaterThan(0.9);
    const plan = studyPlan(['q-known'], progress, NOW, examIn(3));
    expect(plan.days.reduce((sum, day) => sum + day.reviews, 0)).toBe(0);
    expect(plan.minutesPerDay).toBe(0);
  });

  it('counts two minutes for each review and each new question, and the mean per day rounded up', () => {
    const plan = studyPlan(['q-a', 'q-b', 'q-c'], progressOf({ 'q-a': [-3] }), NOW, examIn(4));
    for (const day of plan.days) expect(day.minutes).toBe((day.reviews + day.newQuestions) * MINUTES_PER_QUESTION);
    expect(plan.minutesPerDay).toBe(Math.ceil(plan.days.reduce((sum, day) => sum + day.minutes, 0) / 4));
  });

  it('a guessed question starts again as new', () => {
    const progress = progressOf({ 'q-a': [-2] });
    const guessed = { ...progress, attempts: [{ questionId: 'q-a', at: dayOf(-1).toISOString(), outcome: 'guessed' as const }] };
    expect(studyPlan(['q-a'], guessed, NOW, examIn(3)).days.map((day) => day.newQuestions)).toEqual([1, 0, 0]);
  });

  it('gives a day for each study day and finite minutes, for any history and exam date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -60, max: -1 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (histories, days) => {
          const entries = Object.fromEntries(histories.map((history, index) => [`q-${index}`, [...new Set(history)].sort((a, b) => a - b)]));
          const progress = progressOf(entries);
          const plan = studyPlan(Object.keys(entries), progress, NOW, examIn(days));
          expect(plan.days).toHaveLength(days);
          for (const day of plan.days) expect(Number.isFinite(day.minutes) && day.minutes >= 0).toBe(true);
          expect(Number.isFinite(plan.minutesPerDay)).toBe(true);
          expect(plan.today.every((id) => id in entries)).toBe(true);
          // What FSRS has due by today is all in today's list.
          const dueNow = Object.entries(progress.cards).filter(([, card]) => Date.parse(card.due) < new Date(2026, 11, 4).getTime());
          expect(plan.today.sort()).toEqual(dueNow.map(([id]) => id).sort());
        },
      ),
      { numRuns: 50 },
    );
  });
});
