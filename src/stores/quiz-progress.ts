/** Quiz changes to the one progress document of src/stores/progress.ts: answers, flags, import. */
import type { Attempt, Chosen, ExamResult, Outcome, Progress } from '../core/quiz/progress';
import type { MergeSummary } from '../core/quiz/progress-import';
import type { Response } from '../core/quiz/scoring';
import { progress, updateProgress } from './progress';
import { loadScheduler } from './scheduler';

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
 * Graded answers: each an attempt in the history at once, so an answer is kept even if the page closes right away;
 * then its question's card reviewed, once the scheduler is loaded.
 */
export async function recordAnswers(answers: readonly Answer[], now = new Date()): Promise<void> {
  if (!answers.length) return;
  const at = now.toISOString();
  updateProgress((current) => ({ ...current, attempts: [...current.attempts, ...answers.map((answer) => attemptOf(answer, at))], updatedAt: at }));
  const { reviewCard } = await loadScheduler();
  updateProgress((current) => {
    const cards = { ...current.cards };
    for (const { questionId, outcome } of answers) cards[questionId] = reviewCard(cards[questionId], outcome, now);
    return { ...current, cards };
  });
}

export function setFlagged(questionIds: readonly string[], flagged: boolean): void {
  updateProgress((current) => {
    const others = current.flags.filter((id) => !questionIds.includes(id));
    return { ...current, flags: flagged ? [...others, ...questionIds] : others, updatedAt: new Date().toISOString() };
  });
}

/**
 * Merges an exported file; on a bad file nothing changes and the reason comes back. The merge and its messages
 * load on the first import, not with the page.
 */
export async function importProgress(raw: string): Promise<{ ok: true; merged: MergeSummary } | { ok: false; error: string }> {
  const { mergeImported, readImport } = await import('../core/quiz/progress-import');
  const file = readImport(raw);
  if (!file.ok) return file;
  let merged: MergeSummary | undefined;
  updateProgress((current) => {
    const result = mergeImported(current, file.progress);
    merged = result.merged;
    return result.progress;
  });
  return { ok: true, merged: merged! };
}

/** A submitted exam-mode session, for the history of exam results. */
export function recordExam(result: Omit<ExamResult, 'at'>, now = new Date()): void {
  const at = now.toISOString();
  updateProgress((current) => ({ ...current, exams: [...current.exams, { ...result, at }], updatedAt: at }));
}

/** The document to save as a file, stamped with the time of this export (the reminder to export reads it). */
export function exportedProgress(now = new Date()): Progress {
  updateProgress((current) => ({ ...current, exportedAt: now.toISOString() }));
  return progress.get();
}
