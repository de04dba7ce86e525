/** Glossary flashcard reviews, in the one progress document of src/stores/progress.ts. */
import type { Outcome } from '../core/quiz/progress';
import { updateProgress } from './progress';
import { loadScheduler } from './scheduler';

/**
 * A flashcard graded: the review kept for the history at once (so it survives the page closing), then the card
 * rescheduled once the scheduler is loaded (on first use, not with the page).
 */
export async function reviewTerm(card: string, outcome: Outcome, now = new Date()): Promise<void> {
  const at = now.toISOString();
  updateProgress((current) => ({ ...current, termReviews: [...(current.termReviews ?? []), { card, at, outcome }], updatedAt: at }));
  const { reviewCard } = await loadScheduler();
  updateProgress((current) => ({ ...current, termCards: { ...current.termCards, [card]: reviewCard(current.termCards?.[card], outcome, now) } }));
}
