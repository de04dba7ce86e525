/** Glossary flashcard reviews, in the one progress document of src/stores/progress.ts. */
import type { Outcome } from '../core/quiz/progress';
import { updateProgress } from './progress';

/** A flashcard graded: its card rescheduled and the review kept for the history. The scheduler loads on first use. */
export async function reviewTerm(card: string, outcome: Outcome, now = new Date()): Promise<void> {
  const { reviewCard } = await import('../core/quiz/scheduler');
  const at = now.toISOString();
  updateProgress((current) => ({
    ...current,
    termCards: { ...current.termCards, [card]: reviewCard(current.termCards?.[card], outcome, now) },
    termReviews: [...(current.termReviews ?? []), { card, at, outcome }],
    updatedAt: at,
  }));
}
