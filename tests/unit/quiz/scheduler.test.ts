import { describe, expect, it } from 'vitest';
import { cardProblems, type Attempt, type Outcome, type StoredCard } from '../../../src/core/quiz/progress';
import { dueQueue, mastery, MASTERY_STABILITY_DAYS, reviewCard } from '../../../src/core/quiz/scheduler';

const now = new Date('2026-11-29T10:00:00.000Z');
const DAY = 86_400_000;
const daysUntilDue = (card: StoredCard) => (Date.parse(card.due) - now.getTime()) / DAY;

describe('reviewCard', () => {
  // Whole days with ts-fsrs 5 default weights, no short-term steps, no fuzz.
  it.each<{ outcome: Outcome; days: number }>([
    { outcome: 'wrong', days: 1 },
    { outcome: 'guessed', days: 2 },
    { outcome: 'correct', days: 3 },
  ])('schedules a new card answered $outcome in $days days', ({ outcome, days }) => {
    expect(daysUntilDue(reviewCard(undefined, outcome, now))).toBe(days);
  });

  it('puts a guess between a wrong and a correct answer', () => {
    const [wrong, guessed, correct] = (['wrong', 'guessed', 'correct'] as const).map((o) => daysUntilDue(reviewCard(undefined, o, now)));
    expect(wrong).toBeLessThan(guessed as number);
    expect(guessed).toBeLessThan(correct as number);
  });

  it('returns plain JSON that the progress schema accepts', () => {
    const card = reviewCard(undefined, 'correct', now);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(cardProblems(card)).toEqual([]);
    expect(card).toMatchObject({ state: 'Review', reps: 1, lapses: 0, lastReview: now.toISOString() });
  });

  it('grows the interval when a due card is answered correctly again', () => {
    const first = reviewCard(undefined, 'correct', now);
    const second = reviewCard(first, 'correct', new Date(first.due));
    expect(second.stability).toBeGreaterThan(first.stability);
    expect(second.scheduledDays).toBeGreaterThan(first.scheduledDays);
  });

  it('counts a lapse when a learnt card is answered wrong, and brings it back the next day', () => {
    const first = reviewCard(undefined, 'correct', now);
    const reviewed = new Date(first.due);
    const lapsed = reviewCard(first, 'wrong', reviewed);
    expect(lapsed).toMatchObject({ lapses: 1, scheduledDays: 1, due: new Date(reviewed.getTime() + DAY).toISOString() });
    expect(lapsed.stability).toBeLessThan(first.stability);
  });
});

describe('dueQueue', () => {
  const card = (due: string): StoredCard => ({ ...reviewCard(undefined, 'correct', now), due });
  const cards = {
    'q-later': card('2026-12-05T00:00:00.000Z'),
    'q-now': card('2026-11-29T10:00:00.000Z'),
    'q-b-overdue': card('2026-11-20T00:00:00.000Z'),
    'q-a-overdue': card('2026-11-20T00:00:00.000Z'),
    'q-oldest': card('2026-11-01T00:00:00.000Z'),
  };

  it('lists only due cards, most overdue first, ties by id', () => {
    expect(dueQueue(cards, now)).toEqual(['q-oldest', 'q-a-overdue', 'q-b-overdue', 'q-now']);
  });

  it('is empty with no cards', () => {
    expect(dueQueue({}, now)).toEqual([]);
  });
});

describe('mastery', () => {
  const bank = [
    { id: 'q1', skill: '2.2.1' },
    { id: 'q2', skill: '2.2.1' },
    { id: 'q3', skill: '2.2.1' },
    { id: 'q4', skill: '2.2.1' },
    { id: 'q9', skill: '2.2.2' },
  ] as const;
  const stable = { ...reviewCard(undefined, 'correct', now), stability: MASTERY_STABILITY_DAYS + 1 };
  const fresh = reviewCard(undefined, 'correct', now);
  const attempt = (questionId: string, outcome: Outcome, at = '2026-11-29T10:00:00.000Z'): Attempt => ({ questionId, outcome, at });

  it.each<{ name: string; attempts: Attempt[]; cards: Record<string, StoredCard>; expected: number }>([
    { name: 'nothing answered', attempts: [], cards: {}, expected: 0 },
    { name: 'one stable correct answer of four', attempts: [attempt('q1', 'correct')], cards: { q1: stable }, expected: 0.25 },
    { name: 'correct but not yet stable', attempts: [attempt('q1', 'correct')], cards: { q1: fresh }, expected: 0 },
    { name: 'stable but guessed last time', attempts: [attempt('q1', 'guessed')], cards: { q1: stable }, expected: 0 },
    {
      name: 'stable but wrong last time',
      attempts: [attempt('q1', 'correct', '2026-11-01T00:00:00.000Z'), attempt('q1', 'wrong')],
      cards: { q1: stable },
      expected: 0,
    },
    {
      name: 'the last attempt by time, not by position',
      attempts: [attempt('q1', 'correct'), attempt('q1', 'wrong', '2026-11-01T00:00:00.000Z')],
      cards: { q1: stable },
      expected: 0.25,
    },
    {
      name: 'other skills do not count',
      attempts: [attempt('q9', 'correct'), attempt('q2', 'correct')],
      cards: { q9: stable, q2: stable },
      expected: 0.25,
    },
  ])('$name -> $expected', ({ attempts, cards, expected }) => {
    expect(mastery('2.2.1', bank, { attempts, cards })).toBe(expected);
  });

  it('is 0 for a skill without questions', () => {
    expect(mastery('2.2.3', bank, { attempts: [], cards: {} })).toBe(0);
  });
});
