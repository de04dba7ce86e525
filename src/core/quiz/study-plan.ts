/**
 * The study plan to an exam date: which reviews fall on which day so that every question is as likely as the days
 * left allow to be recalled on the exam date, and how many minutes a day that takes. The rules, and why, are in
 * docs/readiness.md ("Study plan").
 */
import { addDays, dayStart, daysBetween } from './calendar';
import { byRecallOnExam, lastAttempts } from './due';
import { examMoment } from './exam-date';
import type { Progress, StoredCard } from './progress';
import { reviewCard } from './scheduler';

/** Assumption: reading a scenario question, answering it and reading its explanation takes about two minutes. */
export const MINUTES_PER_QUESTION = 2;

export interface PlanDay {
  /** Local midnight of the day. */
  day: Date;
  /** Reviews of questions answered before. */
  reviews: number;
  /** Questions met for the first time (never answered, or last answered with "I guessed"). */
  newQuestions: number;
  minutes: number;
}

export interface StudyPlan {
  /** Study days from today to the day before the exam; empty when the exam is today or past. */
  days: PlanDay[];
  /** Mean minutes over the study days, rounded up. */
  minutesPerDay: number;
  /** Ids to review today, the least likely to be recalled on the exam date first. */
  today: string[];
}

interface Scheduled {
  id: string;
  card: StoredCard;
  /** Day index (0 = today) of the next planned review. */
  next: number;
}

/**
 * When to review a card next, as a day index: its FSRS due day (overdue ones today) when that comes before the
 * exam. FSRS sets the due day where recall falls to its desired retention, 90%, so a card due after the exam is
 * still at 90% or more on the exam date: another review before would add little and cost a slot.
 */
function nextReview(card: StoredCard, today: Date, lastDay: number, after: number): number | null {
  const due = Math.max(after, daysBetween(today, new Date(card.due)));
  return due <= lastDay ? due : null;
}

/**
 * Plans every review until the exam, answering each planned review right (the plan a candidate who keeps up
 * follows). New questions are spread evenly over the study days, earliest first, so each gets its follow-ups.
 */
export function studyPlan(bankIds: readonly string[], progress: Pick<Progress, 'attempts' | 'cards'>, now: Date, examDate: string): StudyPlan {
  const exam = examMoment(examDate);
  const studyDays = daysBetween(now, exam);
  if (studyDays <= 0) return { days: [], minutesPerDay: 0, today: [] };
  const today = dayStart(now);
  const lastDay = studyDays - 1;
  const last = lastAttempts(progress.attempts);
  const known = bankIds.filter((id) => progress.cards[id] !== undefined && last.get(id)?.outcome !== 'guessed');
  const unseen = bankIds.filter((id) => !known.includes(id));

  const reviews = new Array<number>(studyDays).fill(0);
  const fresh = new Array<number>(studyDays).fill(0);
  const queue: Scheduled[] = [];
  const plan = (id: string, card: StoredCard, after: number) => {
    const next = nextReview(card, today, lastDay, after);
    if (next !== null) queue.push({ id, card, next });
  };
  for (const id of known) plan(id, progress.cards[id] as StoredCard, 0);
  unseen.forEach((id, index) => {
    const day = Math.floor((index * studyDays) / unseen.length);
    fresh[day] = (fresh[day] ?? 0) + 1;
    plan(id, reviewCard(undefined, 'correct', addDays(today, day)), day + 1);
  });

  const todayIds: string[] = [];
  // Each pass takes the earliest planned review; a review moves its card on, so the queue only ever shrinks in days.
  while (queue.length) {
    queue.sort((a, b) => a.next - b.next);
    const { id, card, next } = queue.shift() as Scheduled;
    reviews[next] = (reviews[next] ?? 0) + 1;
    if (next === 0) todayIds.push(id);
    const reviewed = reviewCard(card, 'correct', addDays(today, next));
    if (next < lastDay) plan(id, reviewed, next + 1);
  }

  const days = reviews.map((count, index): PlanDay => {
    const newQuestions = fresh[index] ?? 0;
    return { day: addDays(today, index), reviews: count, newQuestions, minutes: (count + newQuestions) * MINUTES_PER_QUESTION };
  });
  const total = days.reduce((sum, day) => sum + day.minutes, 0);
  return {
    days,
    minutesPerDay: Math.ceil(total / studyDays),
    today: byRecallOnExam([...new Set(todayIds)], progress.cards, exam),
  };
}
