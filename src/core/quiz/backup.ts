// When to remind a learner to export: progress lives in one browser, which may clear it under storage pressure
// unless the site's storage was made persistent.
import { DAY_MS } from './calendar';
import type { Progress } from './progress';

/** Unexported answers this old are worth a reminder: a week of study is more than a learner would redo lightly. */
export const EXPORT_REMINDER_DAYS = 7;

export interface ExportReminder {
  /** Answers given since the last export (or ever, if never exported). */
  answers: number;
  /** ISO 8601: the first of them. */
  since: string;
}

/** A reminder when storage is not persistent and the oldest unexported answer is a week old or more; else null. */
export function exportReminder(progress: Progress, persisted: boolean, now: Date): ExportReminder | null {
  if (persisted) return null;
  const exported = progress.exportedAt ? Date.parse(progress.exportedAt) : Number.NEGATIVE_INFINITY;
  const unexported = progress.attempts.filter((attempt) => Date.parse(attempt.at) > exported);
  const first = unexported.reduce<string | undefined>(
    (oldest, attempt) => (oldest === undefined || Date.parse(attempt.at) < Date.parse(oldest) ? attempt.at : oldest),
    undefined,
  );
  if (first === undefined || now.getTime() - Date.parse(first) < EXPORT_REMINDER_DAYS * DAY_MS) return null;
  return { answers: unexported.length, since: first };
}
