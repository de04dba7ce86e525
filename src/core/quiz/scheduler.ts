/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are stored as plain JSON (see progress.ts) and converted
 * to ts-fsrs cards only for the computation.
 */
import { Rating, State, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { Outcome, StoredCard } from './progress';

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

/** The chance of recalling the card's answer on `date`, by FSRS's forgetting curve; a card before its first review has none. */
export function retrievabilityOn(card: StoredCard, date: Date): number {
  return scheduler.get_retrievability(toFsrsCard(card), date, false);
}

// Reading the stored cards needs no FSRS maths; it lives apart so pages can show it without loading ts-fsrs.
export { dueQueue, mastery, MASTERY_STABILITY_DAYS } from './due';
