// A flashcard session: the queue of src/core/quiz/flashcards.ts, one card at a time, answer hidden until asked for.
import { flashcardQueue, parseCardKey, type Direction } from '../../core/quiz/flashcards';
import type { Outcome, StoredCard } from '../../core/quiz/progress';
import { reviewTerm } from '../../stores/flashcards';

export interface FlashcardTerm {
  id: string;
  term: string;
  definition: string;
  /** The term's name in the other language, or null where it is the same. */
  otherTerm: string | null;
}

export interface ShownCard {
  key: string;
  direction: Direction;
  term: FlashcardTerm;
}

export class FlashcardSession {
  queue: string[] = $state([]);
  position = $state(0);
  revealed = $state(false);
  started = $state(false);
  readonly #terms: Map<string, FlashcardTerm>;

  constructor(terms: readonly FlashcardTerm[]) {
    this.#terms = new Map(terms.map((term) => [term.id, term]));
  }

  /** Due cards and new ones, as the queue would be built now. */
  preview(termCards: Readonly<Record<string, StoredCard>>, now = new Date()) {
    return flashcardQueue([...this.#terms.keys()], termCards, now);
  }

  start(termCards: Readonly<Record<string, StoredCard>>, now = new Date()): void {
    this.queue = this.preview(termCards, now).cards;
    this.position = 0;
    this.revealed = false;
    this.started = true;
  }

  get current(): ShownCard | null {
    const key = this.queue[this.position];
    const parsed = key === undefined ? null : parseCardKey(key);
    const term = parsed ? this.#terms.get(parsed.termId) : undefined;
    return key && parsed && term ? { key, direction: parsed.direction, term } : null;
  }

  get done(): boolean {
    return this.started && this.position >= this.queue.length;
  }

  reveal(): void {
    this.revealed = true;
  }

  /** Saves the grade and moves on at once; the save finishes in the background. */
  grade(outcome: Outcome): Promise<void> {
    const shown = this.current;
    if (!shown || !this.revealed) return Promise.resolve();
    this.position += 1;
    this.revealed = false;
    return reviewTerm(shown.key, outcome);
  }
}
