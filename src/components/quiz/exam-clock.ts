/**
 * The exam timer as plain arithmetic over timestamps, so extending, pausing and expiry are exact and
 * testable; the island only samples it once a second.
 */
export const MINUTE_MS = 60_000;

/** Pacing of a practice exam: AWS professional exams give about two and a half minutes a question. */
export const MS_PER_QUESTION = 2.5 * MINUTE_MS;
/** "+5 min" for a learner who wants a little more. */
export const EXTEND_MS = 5 * MINUTE_MS;
/** AWS grants candidates whose first language is not English 30 extra minutes (ESL +30). */
export const ESL_ACCOMMODATION_MS = 30 * MINUTE_MS;
/** Remaining times announced to screen readers; every second would drown out the questions. */
export const ANNOUNCE_AT_MS = [10 * MINUTE_MS, 5 * MINUTE_MS, MINUTE_MS] as const;

export interface ExamClock {
  /** Time left when the clock last started or stopped. */
  budgetMs: number;
  /** When it started counting down; null while it is off. */
  runningSince: number | null;
}

export const startClock = (questionCount: number, now: number): ExamClock => ({
  budgetMs: Math.max(1, questionCount) * MS_PER_QUESTION,
  runningSince: now,
});

export const remainingMs = (clock: ExamClock, now: number): number =>
  clock.runningSince === null ? clock.budgetMs : Math.max(0, clock.budgetMs - (now - clock.runningSince));

export const isRunning = (clock: ExamClock): boolean => clock.runningSince !== null;

export const extendClock = (clock: ExamClock, ms: number): ExamClock => ({ ...clock, budgetMs: clock.budgetMs + ms });

/** Off: no countdown and no automatic submit; the time left is kept for turning it back on. */
export const turnClockOff = (clock: ExamClock, now: number): ExamClock => ({ budgetMs: remainingMs(clock, now), runningSince: null });

export const turnClockOn = (clock: ExamClock, now: number): ExamClock => (clock.runningSince === null ? { ...clock, runningSince: now } : clock);

export const hasExpired = (clock: ExamClock, now: number): boolean => isRunning(clock) && remainingMs(clock, now) === 0;

/** The announcement threshold passed between two samples, if any (the smallest one when several are). */
export function thresholdCrossed(beforeMs: number, afterMs: number): number | null {
  const crossed = ANNOUNCE_AT_MS.filter((threshold) => beforeMs > threshold && afterMs <= threshold);
  return crossed.length ? Math.min(...crossed) : null;
}

/** "1:05:09" or "04:59"; whole seconds, rounded up so 0:00 means time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
