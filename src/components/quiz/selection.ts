/** Which questions a session asks: the mode's queue, narrowed by the chosen skills. */
import type { Progress } from '../../core/quiz/progress';
import { dueQueue, lastAttempts } from '../../core/quiz/due';
import { examMoment } from '../../core/quiz/exam-date';
import { pickQuestions } from '../../core/quiz/shuffle';
import type { ClientQuestion, Skill } from '../../schemas/question';

export const MODES = ['practice', 'exam', 'review', 'due'] as const;
export type Mode = (typeof MODES)[number];

/** Exam sizes offered; 0 means every question that matches the filters. */
export const EXAM_SIZES = [10, 20, 0] as const;
export const DEFAULT_EXAM_SIZE = 10;

const inSkills = (skills: readonly Skill[]) => (question: ClientQuestion) => skills.includes(question.skill);

/** Questions (or index entries) whose last attempt was wrong, and flagged ones, in bank order. */
export function reviewQuestions<Q extends { id: string }>(bank: readonly Q[], progress: Pick<Progress, 'attempts' | 'flags'>): Q[] {
  const last = lastAttempts(progress.attempts);
  const flagged = new Set(progress.flags);
  return bank.filter((question) => flagged.has(question.id) || last.get(question.id)?.outcome === 'wrong');
}

/**
 * Questions whose card is due: with an exam date, the least likely recalled on that date first; without, the most
 * overdue first. Cards of questions no longer in the bank are skipped.
 */
export function dueQuestions<Q extends { id: string }>(bank: readonly Q[], progress: Pick<Progress, 'cards' | 'examDate'>, now: Date): Q[] {
  const byId = new Map(bank.map((question) => [question.id, question]));
  const exam = progress.examDate ? examMoment(progress.examDate) : undefined;
  return dueQueue(progress.cards, now, exam && exam > now ? exam : undefined).flatMap((id) => byId.get(id) ?? []);
}

/** The questions of one session. Practice and exam draw across skills with a seed; review and due keep their order. */
export function sessionQuestions(
  mode: Mode,
  bank: readonly ClientQuestion[],
  progress: Progress,
  options: { skills: readonly Skill[]; examSize: number; seed: string; now: Date },
): ClientQuestion[] {
  const { skills, examSize, seed, now } = options;
  switch (mode) {
    case 'practice':
      return pickQuestions(bank, bank.length, seed, { skills });
    case 'exam':
      return pickQuestions(bank, examSize || bank.length, seed, { skills });
    case 'review':
      return reviewQuestions(bank, progress).filter(inSkills(skills));
    case 'due':
      return dueQuestions(bank, progress, now).filter(inSkills(skills));
  }
}

/** How many times a question was answered before: the attempt number that seeds its option order. */
export const attemptsOf = (progress: Pick<Progress, 'attempts'>, questionId: string): number =>
  progress.attempts.filter((attempt) => attempt.questionId === questionId).length;
