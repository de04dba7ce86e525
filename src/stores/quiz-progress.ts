/** Quiz changes to the one progress document of src/stores/progress.ts: answers, flags, import. */
import type { Attempt, Chosen, ExamResult, Outcome } from '../core/quiz/progress';
import type { MergeSummary } from '../core/quiz/progress-import';
import type { Response } from '../core/quiz/scoring';
import { progress } from './progress';

export interface Answer {
  questionId: string;
  outcome: Outcome;
  /** What was graded; kept as the attempt's `chosen`, so that item analysis can count each option. */
  response: Response | undefined;
}

/** A response in the shape of src/core/quiz/progress.ts `Chosen`. */
function chosenOf(response: Response): Chosen {
  switch (response.type) {
    case 'single':
      return [response.choice];
    case 'multiple':
      return [...response.choices];
    case 'ordering':
      return [...response.order];
    case 'matching':
      return { ...response.pairs };
  }
}

const attemptOf = ({ questionId, outcome, response }: Answer, at: string): Attempt =>
  response === undefined ? { questionId, at, outcome } : { questionId, at, outcome, chosen: chosenOf(response) };

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
    attempts: [...current.attempts, ...answers.map((answer) => attemptOf(answer, at))],
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
export async function importProgress(raw: string): Promise<{ ok: true; merged: MergeSummary } | { ok: false; error: string }> {
  const { mergeImport } = await import('../core/quiz/progress-import');
  const result = mergeImport(progress.get(), raw);
  if (!result.ok) return result;
  progress.set(result.progress);
  return { ok: true, merged: result.merged };
}

/** A submitted exam-mode session, for the history of exam results. */
export function recordExam(result: Omit<ExamResult, 'at'>, now = new Date()): void {
  const current = progress.get();
  const at = now.toISOString();
  progress.set({ ...current, exams: [...current.exams, { ...result, at }], updatedAt: at });
}
