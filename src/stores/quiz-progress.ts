/** Quiz changes to the one progress document of src/stores/progress.ts: answers, flags, import. */
import type { Outcome } from '../core/quiz/progress';
import { progress } from './progress';

export interface Answer {
  questionId: string;
  outcome: Outcome;
}

/**
 * Graded answers: each an attempt in the history and its question's card reviewed. The FSRS scheduler is
 * loaded on the first answer, not with the page.
 */
export async function recordAnswers(answers: readonly Answer[], now = new Date()): Promise<void> {
  if (!answers.length) return;
  const { reviewCard } = await import('../core/quiz/scheduler');
  const current = progress.get();
  const at = now.toISOString();
  const cards = { ...current.cards };
  for (const { questionId, outcome } of answers) cards[questionId] = reviewCard(cards[questionId], outcome, now);
  progress.set({
    ...current,
    attempts: [...current.attempts, ...answers.map(({ questionId, outcome }) => ({ questionId, at, outcome }))],
    cards,
    updatedAt: at,
  });
}

export function setFlagged(questionIds: readonly string[], flagged: boolean): void {
  const current = progress.get();
  const others = current.flags.filter((id) => !questionIds.includes(id));
  progress.set({ ...current, flags: flagged ? [...others, ...questionIds] : others, updatedAt: new Date().toISOString() });
}

/**
 * Merges an exported file; on a bad file nothing changes and the reason comes back. The merge and its messages
 * load on the first import, not with the page.
 */
export async function importProgress(raw: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const { mergeImport } = await import('../core/quiz/progress-import');
  const result = mergeImport(progress.get(), raw);
  if (!result.ok) return result;
  progress.set(result.progress);
  return { ok: true };
}
