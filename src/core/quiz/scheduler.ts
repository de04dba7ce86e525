/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are stored as plain JSON (see progress.ts) and converted
 * to ts-fsrs cards only for the computation.
 */
import { Rating, State, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { Question, Skill } from '../../schemas/question';
import type { Attempt, Outcome, Progress, StoredCard } from './progress';

/**
 * Whole days only: minute-level learning steps are off, because a question asked again ten minutes later
 * tests memory of the answer rather than understanding. No fuzz, so every device computes the same dates.
 */
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

/** "I guessed" marks a correct answer that should still come back soon. */
const RATING: Record<Outcome, Grade> = { correct: Rating.Good, guessed: Rating.Hard, wrong: Rating.Again };

function toFsrsCard(stored: StoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0, // ts-fsrs recomputes it from last_review
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: State[stored.state],
    ...(stored.lastReview ? { last_review: new Date(stored.lastReview) } : {}),
  };
}

function toStoredCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state] as StoredCard['state'],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** The card after one answer; `undefined` for a question answered for the first time. */
export function reviewCard(card: StoredCard | undefined, outcome: Outcome, now: Date): StoredCard {
  const current = card ? toFsrsCard(card) : createEmptyCard(now);
  return toStoredCard(scheduler.next(current, now, RATING[outcome]).card);
}

/** Ids of the questions due at `now`, most overdue first (ties by id, so the order is stable). */
export function dueQueue(cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  return Object.entries(cards)
    .map(([id, card]) => ({ id, due: Date.parse(card.due) }))
    .filter(({ due }) => due <= now.getTime())
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);
}

/**
 * FSRS stability is the number of days until predicted recall falls to 90%. A first correct answer gives
 * about 2.3 days and a second one, on time, about 14; a guess followed by a correct answer about 6.6.
 * So 7 days means "answered correctly again after a gap": one good session is not mastery.
 */
export const MASTERY_STABILITY_DAYS = 7;

function lastAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
  const last = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const previous = last.get(attempt.questionId);
    if (!previous || Date.parse(attempt.at) >= Date.parse(previous.at)) last.set(attempt.questionId, attempt);
  }
  return last;
}

/**
 * Mastery of a skill, 0..1: the share of the skill's questions in `bank` whose last attempt was correct
 * (not guessed) and whose card is stable for at least MASTERY_STABILITY_DAYS. Unseen questions count as
 * not mastered, and a wrong answer removes mastery at once. A skill without questions has mastery 0.
 */
export function mastery(
  skill: Skill,
  bank: readonly Pick<Question, 'id' | 'skill'>[],
  progress: Pick<Progress, 'attempts' | 'cards'>,
): number {
  const questions = bank.filter((question) => question.skill === skill);
  if (!questions.length) return 0;
  const last = lastAttempts(progress.attempts);
  const mastered = questions.filter(
    ({ id }) => last.get(id)?.outcome === 'correct' && (progress.cards[id]?.stability ?? 0) >= MASTERY_STABILITY_DAYS,
  );
  return mastered.length / questions.length;
}
