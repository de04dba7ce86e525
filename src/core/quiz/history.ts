/**
 * The learner's history as series for charts: answers and accuracy per skill per day, reviews due per day, and
 * practice-exam scores. Days are the learner's own calendar days (local time), as the quiz's due days are.
 */
import { addDays, dayStart, daysBetween } from './calendar';
import type { ExamResult, Progress, StoredCard } from './progress';

/** The longest history drawn: a study period of two months; older answers still count in readiness. */
export const HISTORY_DAYS = 60;
/** Accuracy is taken over this many days up to each day: one day's few answers say little on their own. */
export const ACCURACY_WINDOW_DAYS = 7;
/** Without an exam date, the forecast of reviews covers this many days from today. */
export const FORECAST_DAYS = 30;

export interface Tally {
  answered: number;
  /** Answered right and sure: answers marked "I guessed" count as not known, as in readiness. */
  correct: number;
}

export interface ActivityDay {
  /** Local midnight. */
  day: Date;
  /** Per skill code; every skill of the course is present. */
  bySkill: Record<string, Tally>;
  /** Per skill, over ACCURACY_WINDOW_DAYS days ending with this one; null where nothing was answered. */
  accuracy: Record<string, number | null>;
  /** Glossary flashcards reviewed. */
  flashcards: number;
}

/**
 * Each day from the first answer or flashcard review (at most HISTORY_DAYS back) to today. Answers to questions no
 * longer in the bank (`skillOf` does not know them) are left out: they belong to no skill shown.
 */
export function dailyActivity(
  { attempts, termReviews = [] }: Pick<Progress, 'attempts' | 'termReviews'>,
  skillOf: Readonly<Record<string, string>>,
  skills: readonly string[],
  now: Date,
): ActivityDay[] {
  const daysAgo = (at: string) => daysBetween(new Date(at), now);
  const known = attempts.filter((attempt) => skillOf[attempt.questionId] !== undefined && daysAgo(attempt.at) >= 0);
  const reviews = termReviews.filter((review) => daysAgo(review.at) >= 0);
  if (!known.length && !reviews.length) return [];
  const first = Math.min(HISTORY_DAYS - 1, Math.max(...[...known, ...reviews].map((entry) => daysAgo(entry.at))));
  const flashcards = new Array<number>(first + 1).fill(0);
  for (const review of reviews) {
    const index = first - daysAgo(review.at);
    if (index >= 0) flashcards[index] = (flashcards[index] ?? 0) + 1;
  }
  const tallies = Array.from(
    { length: first + 1 },
    () => Object.fromEntries(skills.map((skill) => [skill, { answered: 0, correct: 0 }])) as Record<string, Tally>,
  );
  for (const attempt of known) {
    const index = first - daysAgo(attempt.at);
    const tally = tallies[index]?.[skillOf[attempt.questionId] as string];
    if (!tally) continue;
    tally.answered += 1;
    if (attempt.outcome === 'correct') tally.correct += 1;
  }
  const today = dayStart(now);
  return tallies.map((bySkill, index) => {
    const window = tallies.slice(Math.max(0, index - ACCURACY_WINDOW_DAYS + 1), index + 1);
    const accuracy = Object.fromEntries(
      skills.map((skill) => {
        const answered = window.reduce((sum, day) => sum + (day[skill]?.answered ?? 0), 0);
        const correct = window.reduce((sum, day) => sum + (day[skill]?.correct ?? 0), 0);
        return [skill, answered ? correct / answered : null];
      }),
    );
    return { day: addDays(today, index - first), bySkill, accuracy, flashcards: flashcards[index] ?? 0 };
  });
}

export interface DueDay {
  day: Date;
  /** Questions whose FSRS due day it is; overdue ones count today. */
  due: number;
}

/** Reviews due per day from today for `days` days, as FSRS scheduled them (no reviews assumed in between). */
export function dueByDay(cards: Readonly<Record<string, StoredCard>>, now: Date, days = FORECAST_DAYS): DueDay[] {
  const counts = new Array<number>(days).fill(0);
  for (const card of Object.values(cards)) {
    const index = Math.max(0, daysBetween(now, new Date(card.due)));
    if (index < days) counts[index] = (counts[index] ?? 0) + 1;
  }
  const today = dayStart(now);
  return counts.map((due, index) => ({ day: addDays(today, index), due }));
}

export interface ExamPoint {
  at: Date;
  /** 0..1 */
  score: number;
  correct: number;
  total: number;
}

/** Practice exams oldest first, as scores; an empty form scores nothing and is left out. */
export const examScores = (exams: readonly ExamResult[]): ExamPoint[] =>
  exams
    .filter((exam) => exam.total > 0)
    .map((exam) => ({ at: new Date(exam.at), score: exam.correct / exam.total, correct: exam.correct, total: exam.total }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
