/**
 * Glossary flashcards: each term is two cards, the term asking for its definition ("define") and the definition
 * asking for its term ("name"), scheduled by the same FSRS as the questions. Kept apart from the questions'
 * cards, so that they count in the history but never in readiness.
 */
import type { StoredCard } from './progress';

export const DIRECTIONS = ['define', 'name'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** "define-provisioned-throughput": kebab-case like every id in the progress document. */
export const cardKey = (direction: Direction, termId: string) => `${direction}-${termId}`;

export function parseCardKey(key: string): { direction: Direction; termId: string } | null {
  const direction = DIRECTIONS.find((one) => key.startsWith(`${one}-`));
  return direction ? { direction, termId: key.slice(direction.length + 1) } : null;
}

/** New cards per session: enough to make progress, few enough that their reviews do not pile up. */
export const NEW_CARDS_PER_SESSION = 10;

export interface FlashcardQueue {
  /** Card keys due now, the longest overdue first, then new cards. */
  cards: string[];
  due: number;
  /** Cards never reviewed, in all; the session takes NEW_CARDS_PER_SESSION of them at most. */
  unseen: number;
}

/**
 * A session: every card of a known term that is due, then new cards in glossary order, every term's "define" card
 * before any "name" card, so that a term is not asked both ways in a row.
 */
export function flashcardQueue(
  termIds: readonly string[],
  termCards: Readonly<Record<string, StoredCard>>,
  now: Date,
  newLimit = NEW_CARDS_PER_SESSION,
): FlashcardQueue {
  const known = new Set(termIds);
  const due = Object.entries(termCards)
    .filter(([key, card]) => known.has(parseCardKey(key)?.termId ?? '') && Date.parse(card.due) <= now.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([key]) => key);
  const unseen = DIRECTIONS.flatMap((direction) => termIds.map((id) => cardKey(direction, id))).filter((key) => termCards[key] === undefined);
  return { cards: [...due, ...unseen.slice(0, newLimit)], due: due.length, unseen: unseen.length };
}
