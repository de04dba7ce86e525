/**
 * What the stored cards and attempts say, without running FSRS: which questions are due and how much of a
 * skill is mastered. Apart from scheduler.ts so a page can show them without loading ts-fsrs.
 */
import type { Question, Skill } from '../../schemas/question';
import type { Attempt, Progress, StoredCard } from './progress';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ids of the questions due at `now`: most overdue first, or, with an exam date, the least likely to be recalled on
 * that date first (ties by id, so the order is stable).
 */
export function dueQueue(cards: Readonly<Record<string, StoredCard>>, now: Date, exam?: Date): string[] {
  const due = Object.entries(cards)
    .map(([id, card]) => ({ id, due: Date.parse(card.due) }))
    .filter(({ due }) => due <= now.getTime())
    .sort((a, b) => a.due - b.due || byId(a.id, b.id))
    .map(({ id }) => id);
  return exam ? byRecallOnExam(due, cards, exam) : due;
}

/**
 * `ids` ordered from the least to the most likely recalled at `exam`. FSRS's forgetting curve is one falling
 * function of (time since the last review) / stability for every card, so ordering by that ratio orders by
 * retrievability without loading the scheduler. A card never reviewed comes first.
 */
export function byRecallOnExam(ids: readonly string[], cards: Readonly<Record<string, StoredCard>>, exam: Date): string[] {
  const forgetting = (id: string) => {
    const card = cards[id];
    if (!card?.lastReview || card.stability <= 0) return Number.POSITIVE_INFINITY;
    // Whole days elapsed, rounded down, as ts-fsrs counts them.
    return Math.max(0, Math.floor((exam.getTime() - Date.parse(card.lastReview)) / 86_400_000)) / card.stability;
  };
  return [...ids]
    .map((id) => ({ id, forgetting: forgetting(id) }))
    .sort((a, b) => (a.forgetting === b.forgetting ? byId(a.id, b.id) : b.forgetting > a.forgetting ? 1 : -1))
    .map(({ id }) => id);
}

/**
 * FSRS stability is the number of days until predicted recall falls to 90%. A first correct answer gives
 * about 2.3 days and a second one, on time, about 14; a guess followed by a correct answer about 6.6.
 * So 7 days means "answered correctly again after a gap": one good session is not mastery.
 */
export const MASTERY_STABILITY_DAYS = 7;

/** Each question's latest attempt, by question id. */
export function lastAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
  const last = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const previous = last.get(attempt.questionId);
    if (!previous || Date.parse(attempt.at) >= Date.parse(previous.at)) last.set(attempt.questionId, attempt);
  }
  return last;
}

/**
 * Mastery of a skill, 0..1: the share of the skill's questions in `bank` whose last attempt was correct
 * (not guessed) and whose card is stable for at least MASTERY_STABILITY_DAYS. Unseen questions count as
 * not mastered, and a wrong answer removes mastery at once. A skill without questions has mastery 0.
 */
export function mastery(skill: Skill, bank: readonly Pick<Question, 'id' | 'skill'>[], progress: Pick<Progress, 'attempts' | 'cards'>): number {
  const questions = bank.filter((question) => question.skill === skill);
  if (!questions.length) return 0;
  const last = lastAttempts(progress.attempts);
  const mastered = questions.filter(({ id }) => last.get(id)?.outcome === 'correct' && (progress.cards[id]?.stability ?? 0) >= MASTERY_STABILITY_DAYS);
  return mastered.length / questions.length;
}
