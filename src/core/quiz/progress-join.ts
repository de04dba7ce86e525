// Joining two copies of the progress document: the history parts (attempts, cards, exam results, flashcards) only
// grow, so two copies join without loss. Used by the import of an exported file and by tabs of one browser that
// write the same document at once. Apart from progress.ts's messages so that lesson pages carry it cheaply.
import type { Attempt, ExamResult, Progress, StoredCard, TermReview } from './progress';

/** An ISO time as milliseconds; a missing one is earlier than any. */
export const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

export interface JoinedHistory {
  /** Oldest first; the same question at the same instant counts once. */
  attempts: Attempt[];
  /** Per question, the card reviewed last. */
  cards: Record<string, StoredCard>;
  /** Oldest first; one result per instant. */
  exams: ExamResult[];
  /** Present when either copy has flashcards: per card, the one reviewed last. */
  termCards?: Record<string, StoredCard>;
  /** Present when either copy has flashcard reviews; joined as attempts are. */
  termReviews?: TermReview[];
}

function joinBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string, at: (item: T) => string): T[] {
  const joined = new Map<string, T>();
  for (const item of [...first, ...second]) if (!joined.has(key(item))) joined.set(key(item), item);
  // Ties in time are ordered by key, so that both tabs hold the same list whichever joined first.
  return [...joined.entries()].sort(([keyA, a], [keyB, b]) => time(at(a)) - time(at(b)) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)).map(([, item]) => item);
}

/** Per id, the card reviewed last (`first`'s on a tie). */
function joinCards(first: Readonly<Record<string, StoredCard>>, second: Readonly<Record<string, StoredCard>>): Record<string, StoredCard> {
  const cards = { ...first };
  for (const [id, card] of Object.entries(second)) {
    const mine = cards[id];
    if (!mine || time(card.lastReview) > time(mine.lastReview)) cards[id] = card;
  }
  return cards;
}

const attemptKey = (attempt: Attempt) => `${attempt.questionId}@${time(attempt.at)}`;
const reviewKey = (review: TermReview) => `${review.card}@${time(review.at)}`;
const atOf = (entry: { at: string }) => entry.at;

/** The history of both copies; where both reviewed a card, the later review wins. */
export function joinHistory(first: Progress, second: Progress): JoinedHistory {
  return {
    attempts: joinBy(first.attempts, second.attempts, attemptKey, atOf),
    cards: joinCards(first.cards, second.cards),
    exams: joinBy(first.exams, second.exams, (exam) => String(time(exam.at)), atOf),
    ...(first.termCards || second.termCards ? { termCards: joinCards(first.termCards ?? {}, second.termCards ?? {}) } : {}),
    ...(first.termReviews || second.termReviews ? { termReviews: joinBy(first.termReviews ?? [], second.termReviews ?? [], reviewKey, atOf) } : {}),
  };
}

/**
 * Two tabs' copies as one: the history of both, and the settings (flags, read marks, exam date) of the copy
 * written last, so that a flag removed in one tab stays removed.
 */
export function joinCopies(newer: Progress, older: Progress): Progress {
  return { ...newer, ...joinHistory(newer, older) };
}

const addsCards = (joined: Readonly<Record<string, StoredCard>>, copy: Readonly<Record<string, StoredCard>>) =>
  Object.entries(joined).some(([id, card]) => copy[id] === undefined || copy[id].lastReview !== card.lastReview);

/** Whether `joined` holds history that `copy` lacks: then the tab that joined writes it back. */
export const addsHistory = (joined: Progress, copy: Progress): boolean =>
  joined.attempts.length !== copy.attempts.length ||
  joined.exams.length !== copy.exams.length ||
  (joined.termReviews?.length ?? 0) !== (copy.termReviews?.length ?? 0) ||
  addsCards(joined.cards, copy.cards) ||
  addsCards(joined.termCards ?? {}, copy.termCards ?? {});

/**
 * Another tab's copy joined into ours by history only (settings stay ours: they travel with the storage event), or
 * null when neither copy lacks any of the other's history and there is nothing to write. Written back, it reaches
 * the other tab, which then lacks nothing: two tabs settle after one exchange.
 */
export function joinHistoryOnly(ours: Progress, theirs: Progress): Progress | null {
  const joined = joinCopies(ours, theirs);
  return addsHistory(joined, ours) || addsHistory(joined, theirs) ? joined : null;
}
