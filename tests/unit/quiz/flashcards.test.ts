import { describe, expect, it } from 'vitest';
import { cardKey, flashcardQueue, parseCardKey } from '../../../src/core/quiz/flashcards';
import { reviewCard } from '../../../src/core/quiz/scheduler';
import { dueCard } from './fixtures';

const NOW = new Date('2026-12-10T12:00:00.000Z');

describe('card keys', () => {
  it.each([
    ['define', 'on-demand', 'define-on-demand'],
    ['name', 'model-unit', 'name-model-unit'],
  ] as const)('%s %s reads back from %s', (direction, termId, key) => {
    expect(cardKey(direction, termId)).toBe(key);
    expect(parseCardKey(key)).toEqual({ direction, termId });
  });

  it('refuses a key of no direction', () => {
    expect(parseCardKey('recall-on-demand')).toBeNull();
  });
});

describe('flashcardQueue', () => {
  const TERMS = ['a', 'b', 'c'];

  it('starts with every define card, then the name cards, up to the limit', () => {
    expect(flashcardQueue(TERMS, {}, NOW, 4)).toEqual({ cards: ['define-a', 'define-b', 'define-c', 'name-a'], due: 0, unseen: 6 });
  });

  it('puts due cards first, the longest overdue first, and leaves cards not due and unknown terms out', () => {
    const cards = {
      'define-a': dueCard('2026-12-09T00:00:00.000Z'),
      'name-b': dueCard('2026-12-05T00:00:00.000Z'),
      'define-b': dueCard('2026-12-20T00:00:00.000Z'),
      'define-gone': dueCard('2026-12-01T00:00:00.000Z'),
    };
    expect(flashcardQueue(TERMS, cards, NOW, 2)).toEqual({ cards: ['name-b', 'define-a', 'define-c', 'name-a'], due: 2, unseen: 3 });
  });

  it('schedules a card remembered at once later than one remembered with effort, and a forgotten one soonest', () => {
    const after = (outcome: 'correct' | 'guessed' | 'wrong') => Date.parse(reviewCard(undefined, outcome, NOW).due);
    expect(after('wrong')).toBeLessThan(after('guessed'));
    expect(after('guessed')).toBeLessThan(after('correct'));
  });
});
