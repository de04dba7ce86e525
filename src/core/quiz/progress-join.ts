// Joining two copies of the progress document: the history parts (attempts, cards, exam results) only grow, so
// two copies join without loss. Used by the import of an exported file and by tabs of one browser that write
// the same document at once. Apart from progress.ts's messages so that lesson pages carry it cheaply.
import type { Attempt, ExamResult, Progress, StoredCard } from './progress';

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

export interface JoinedHistory {
  /** Oldest first; the same question at the same instant counts once. */
  attempts: Attempt[];
  /** Per question, the card reviewed last. */
  cards: Record<string, StoredCard>;
  /** Oldest first; one result per instant. */
  exams: ExamResult[];
}

function joinBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string, at: (item: T) => string): T[] {
  const joined = new Map<string, T>();
  for (const item of [...first, ...second]) if (!joined.has(key(item))) joined.set(key(item), item);
  // Ties in time are ordered by key, so that both tabs hold the same list whichever joined first.
  return [...joined.entries()].sort(([keyA, a], [keyB, b]) => time(at(a)) - time(at(b)) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)).map(([, item]) => item);
}

/** The history of both copies; where both reviewed a question's card, the later review wins (`first` on a tie). */
export function joinHistory(first: Progress, second: Progress): JoinedHistory {
  const cards = { ...first.cards };
  for (const [id, card] of Object.entries(second.cards)) {
    const mine = cards[id];
    if (!mine || time(card.lastReview) > time(mine.lastReview)) cards[id] = card;
  }
  return {
    attempts: joinBy(
      first.attempts,
      second.attempts,
      (attempt) => `${attempt.questionId}@${time(attempt.at)}`,
      (attempt) => attempt.at,
    ),
    cards,
    exams: joinBy(
      first.exams,
      second.exams,
      (exam) => String(time(exam.at)),
      (exam) => exam.at,
    ),
  };
}

/**
 * Two tabs' copies as one: the history of both, and the settings (flags, read marks, exam date) of the copy
 * written last, so that a flag removed in one tab stays removed.
 */
export function joinCopies(newer: Progress, older: Progress): Progress {
  return { ...newer, ...joinHistory(newer, older) };
}

/** Whether `joined` holds history that `copy` lacks: then the tab that joined writes it back. */
export const addsHistory = (joined: Progress, copy: Progress): boolean =>
  joined.attempts.length !== copy.attempts.length ||
  joined.exams.length !== copy.exams.length ||
  Object.entries(joined.cards).some(([id, card]) => copy.cards[id] === undefined || copy.cards[id].lastReview !== card.lastReview);
