import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/schemas/question';
import { hashSeed, mulberry32, pickQuestions, shuffle, shuffleOptions } from '../../../src/core/quiz/shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const options = letters.map((id) => ({ id, fixed: id === 'c' || id === 'h' }));

describe('seeded randomness', () => {
  it.each(['', 'seed', 'hạt giống'])('gives numbers in [0, 1) for seed %j', (seed) => {
    const random = mulberry32(hashSeed(seed));
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('gives the same order for the same seed', () => {
    expect(shuffle(letters, 'exam-1')).toEqual(shuffle(letters, 'exam-1'));
  });

  it.each([
    ['exam-1', 'exam-2'],
    ['a', 'b'],
    ['2026-11-29', '2026-11-30'],
  ])('gives different orders for seeds %j and %j', (first, second) => {
    expect(shuffle(letters, first)).not.toEqual(shuffle(letters, second));
  });

  it('does not change its input', () => {
    const input = [...letters];
    shuffle(input, 'x');
    expect(input).toEqual(letters);
  });
});

describe('shuffleOptions', () => {
  it.each(['one', 'two', 'three', 'four'])('keeps fixed options at their index and every option (seed %j)', (seed) => {
    const shuffled = shuffleOptions(options, seed);
    expect(shuffled[2]?.id).toBe('c');
    expect(shuffled[7]?.id).toBe('h');
    expect(shuffled.map((option) => option.id).sort()).toEqual(letters);
  });

  it('moves the options that are not fixed', () => {
    const orders = new Set(
      ['one', 'two', 'three'].map((seed) =>
        shuffleOptions(options, seed)
          .map((o) => o.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('leaves options alone when all are fixed', () => {
    const fixed = letters.slice(0, 3).map((id) => ({ id, fixed: true }));
    expect(shuffleOptions(fixed, 'seed')).toEqual(fixed);
  });
});

type Entry = Pick<Question, 'id' | 'skill' | 'type' | 'difficulty' | 'case'>;
const entry = (id: string, skill: Question['skill'], fields: Partial<Entry> = {}): Entry => ({
  id,
  skill,
  type: 'single',
  difficulty: 2,
  ...fields,
});
const standalone = (skill: Question['skill'], n: number) => Array.from({ length: n }, (_, index) => entry(`q${skill.replaceAll('.', '')}-${index}`, skill));
const caseShop = [
  entry('shop-1', '2.2.1', { case: 'case-shop' }),
  entry('shop-2', '2.2.3', { case: 'case-shop' }),
  entry('shop-3', '2.2.1', { case: 'case-shop' }),
];
const bank = [...standalone('2.2.1', 6), ...caseShop, ...standalone('2.2.2', 6), ...standalone('2.2.3', 2)];

const perSkill = (picked: readonly Entry[]) =>
  Object.fromEntries(['2.2.1', '2.2.2', '2.2.3'].map((skill) => [skill, picked.filter((q) => q.skill === skill).length]));

describe('pickQuestions', () => {
  it.each(['s1', 's2', 's3', 's4', 's5'])('draws the same questions in the same order for seed %j', (seed) => {
    expect(pickQuestions(bank, 9, seed)).toEqual(pickQuestions(bank, 9, seed));
  });

  it.each(['s1', 's2', 's3', 's4', 's5'])('keeps a case whole and in bank order (seed %j)', (seed) => {
    const ids = pickQuestions(bank, bank.length, seed).map((q) => q.id);
    const at = ids.indexOf('shop-1');
    expect(ids.slice(at, at + 3)).toEqual(['shop-1', 'shop-2', 'shop-3']);
  });

  it('skips a case that does not fit rather than splitting it', () => {
    expect(pickQuestions([...caseShop, entry('alone', '2.2.2')], 2, 'tight').map((q) => q.id)).toEqual(['alone']);
  });

  it.each([
    { count: 6, expected: { '2.2.1': 2, '2.2.2': 2, '2.2.3': 2 } },
    { count: 4, expected: { '2.2.1': 2, '2.2.2': 1, '2.2.3': 1 } },
  ])('spreads $count standalone questions evenly over the skills', ({ count, expected }) => {
    const noCases = bank.filter((q) => q.case === undefined);
    expect(perSkill(pickQuestions(noCases, count, 'even'))).toEqual(expected);
  });

  it('gives the rest to the other skills once a skill runs out', () => {
    const noCases = bank.filter((q) => q.case === undefined);
    expect(perSkill(pickQuestions(noCases, 10, 'run-out'))).toEqual({ '2.2.1': 4, '2.2.2': 4, '2.2.3': 2 });
  });

  it.each(['a', 'b', 'c', 'd'])('never exceeds count, even with a case (seed %j)', (seed) => {
    expect(pickQuestions(bank, 4, seed)).toHaveLength(4);
  });

  it('returns the whole bank when count exceeds it', () => {
    expect(
      pickQuestions(bank, 100, 'all')
        .map((q) => q.id)
        .sort(),
    ).toEqual(bank.map((q) => q.id).sort());
  });

  it.each([
    { filters: { skills: ['2.2.2'] as const }, check: (q: Entry) => q.skill === '2.2.2' },
    { filters: { types: ['ordering'] as const }, check: (q: Entry) => q.type === 'ordering' },
    { filters: { difficulties: [3] as const }, check: (q: Entry) => q.difficulty === 3 },
  ])('applies filters $filters', ({ filters, check }) => {
    const varied = bank.map((q, index) => ({ ...q, type: index % 2 ? 'ordering' : 'single', difficulty: index % 3 === 0 ? 3 : 1 }) as Entry);
    const picked = pickQuestions(varied, 8, 'filtered', filters);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.every(check)).toBe(true);
  });
});
