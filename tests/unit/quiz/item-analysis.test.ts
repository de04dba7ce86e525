/** Item analysis against figures worked out by hand in the comments; a property test for the edge cases. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseItems,
  itemFlags,
  MIN_ANSWERS_FOR_UNUSED_DISTRACTOR,
  MIN_CANDIDATES_FOR_DISCRIMINATION,
  type ChoiceCounts,
  type ItemStats,
} from '../../../src/core/quiz/item-analysis';
import { OUTCOMES, type Attempt, type Chosen, type Outcome } from '../../../src/core/quiz/progress';
import type { ClientQuestion } from '../../../src/schemas/question';
import { matching, multiple, ordering, single } from './fixtures';

const minute = (offset: number) => new Date(Date.UTC(2026, 11, 1, 9, offset)).toISOString();

const attempt = (questionId: string, outcome: Outcome, chosen?: Chosen, offset = 0): Attempt =>
  chosen === undefined ? { questionId, at: minute(offset), outcome } : { questionId, at: minute(offset), outcome, chosen };

const candidate = (...attempts: Attempt[]) => ({ attempts });

/** Single questions q-other-1, q-other-2, …: the rest of a test, to rank candidates by. */
const others = (count: number): ClientQuestion[] => Array.from({ length: count }, (_, index) => ({ ...single(), id: `q-other-${index + 1}` }));

/** A candidate right on the first `right` of `total` other questions and wrong on the rest. */
const restAttempts = (right: number, total: number): Attempt[] =>
  Array.from({ length: total }, (_, index) => attempt(`q-other-${index + 1}`, index < right ? 'correct' : 'wrong'));

const statsOf = (questionId: string, documents: { attempts: Attempt[] }[], bank: ClientQuestion[]): ItemStats | undefined =>
  analyseItems(documents, bank).items.find((item) => item.questionId === questionId);

describe('analyseItems', () => {
  it('gives empty output for empty input', () => {
    const empty = { candidates: 0, firstAttempts: 0, unknownQuestions: [], items: [] };
    expect(analyseItems([], [])).toEqual(empty);
    expect(analyseItems([], [single()])).toEqual(empty);
    expect(analyseItems([candidate(), candidate()], [single(), multiple()])).toEqual(empty);
  });

  it('counts facility with guessed answers as right, and each option of a single question', () => {
    // Four candidates: right (chose a), guessed right (a), wrong (b), wrong before choices were recorded.
    const documents = [
      candidate(attempt('q-single', 'correct', ['a'])),
      candidate(attempt('q-single', 'guessed', ['a'])),
      candidate(attempt('q-single', 'wrong', ['b'])),
      candidate(attempt('q-single', 'wrong')),
    ];
    expect(analyseItems(documents, [single()])).toEqual({
      candidates: 4,
      firstAttempts: 4,
      unknownQuestions: [],
      items: [
        {
          questionId: 'q-single',
          n: 4,
          right: 2,
          guessed: 1,
          facility: 0.5,
          // Nobody attempted another question, so nobody can be ranked.
          ranked: 0,
          discrimination: null,
          choices: {
            answers: 3,
            options: [
              { id: 'a', key: true, count: 2 },
              { id: 'b', key: false, count: 1 },
              { id: 'c', key: false, count: 0 },
            ],
          },
          flags: [],
        },
      ],
    });
  });

  it('counts each candidate once, at their earliest attempt, whatever the order of the list', () => {
    const documents = [
      candidate(attempt('q-single', 'wrong', ['b'], 5), attempt('q-single', 'correct', ['a'], 1), attempt('q-single', 'correct', ['a'], 9)),
      // Two attempts at the same instant: the one listed first.
      candidate(attempt('q-single', 'wrong', ['c'], 2), attempt('q-single', 'correct', ['a'], 2)),
    ];
    const stats = statsOf('q-single', documents, [single()]);
    expect(stats).toMatchObject({ n: 2, right: 1, facility: 0.5 });
    expect(stats?.choices?.options.map((option) => option.count)).toEqual([1, 0, 1]);
  });

  it('counts every option a multiple answer chose, and no options for ordering and matching', () => {
    const documents = [
      candidate(
        attempt('q-multiple', 'correct', ['a', 'b']),
        attempt('q-ordering', 'wrong', ['a', 'b', 'c']),
        attempt('q-matching', 'correct', { p1: 'b', p2: 'a' }),
      ),
      candidate(attempt('q-multiple', 'wrong', ['a', 'c']), attempt('q-ordering', 'correct', ['c', 'a', 'b'])),
    ];
    const { items } = analyseItems(documents, [multiple(), ordering(), matching()]);
    expect(items.map(({ questionId, n, facility, choices }) => ({ questionId, n, facility, choices }))).toEqual([
      {
        questionId: 'q-multiple',
        n: 2,
        facility: 0.5,
        choices: {
          answers: 2,
          options: [
            { id: 'a', key: true, count: 2 },
            { id: 'b', key: true, count: 1 },
            { id: 'c', key: false, count: 1 },
            { id: 'd', key: false, count: 0 },
          ],
        },
      },
      { questionId: 'q-ordering', n: 2, facility: 0.5, choices: null },
      { questionId: 'q-matching', n: 1, facility: 1, choices: null },
    ]);
  });

  it('leaves questions the bank does not have out of every figure, and names them', () => {
    const documents = [
      candidate(attempt('q-gone', 'correct'), attempt('q-single', 'wrong', ['b'])),
      candidate(attempt('q-gone', 'wrong'), attempt('q-older', 'wrong')),
    ];
    const analysis = analyseItems(documents, [single()]);
    expect(analysis).toMatchObject({ candidates: 1, firstAttempts: 1, unknownQuestions: ['q-gone', 'q-older'] });
    expect(analysis.items.map((item) => item.questionId)).toEqual(['q-single']);
    expect(analysis.items[0]?.ranked).toBe(0);
  });

  it('takes discrimination from the upper and lower 27%, ranked by their share right on the other questions', () => {
    // Ten candidates: candidate i is right on i of 9 other questions, so their rest scores are 0/9 … 9/9.
    // The groups hold round(0.27 × 10) = 3: upper = candidates 9, 8, 7; lower = 0, 1, 2.
    // Right on q-single: 9, 8, 3 and 0. Upper facility 2/3, lower 1/3: D = 1/3. Facility 4/10.
    const rightOnItem = new Set([9, 8, 3, 0]);
    const documents = Array.from({ length: 10 }, (_, index) =>
      candidate(attempt('q-single', rightOnItem.has(index) ? 'correct' : 'wrong', [rightOnItem.has(index) ? 'a' : 'b']), ...restAttempts(index, 9)),
    );
    const stats = statsOf('q-single', documents, [single(), ...others(9)]);
    expect(stats).toMatchObject({ n: 10, ranked: 10, facility: 0.4 });
    expect(stats?.discrimination).toBeCloseTo(1 / 3, 12);
    // The six wrong answers all chose b: more than the four who chose the key.
    expect(stats?.flags).toEqual([{ kind: 'distractorOverKey', option: 'b', count: 6, keyCount: 4 }]);
  });

  it('shares the places at a group edge among tied candidates, so file order does not matter', () => {
    // Rest scores: candidates 0-3 right on both other questions (1), 4-6 on one (0.5), 7-9 on none (0).
    // Right on q-single: 0, 1, 4 and 7. Upper group (3 places): the four tied at 1, two of them right,
    // share the three places: 3 × 2/4 = 1.5 right, facility 0.5. Lower group: 7, 8, 9, one right: 1/3.
    // D = 0.5 − 1/3 = 1/6, under 0.2: weak.
    const rightOnItem = new Set([0, 1, 4, 7]);
    const documents = Array.from({ length: 10 }, (_, index) =>
      candidate(attempt('q-single', rightOnItem.has(index) ? 'correct' : 'wrong'), ...restAttempts(index < 4 ? 2 : index < 7 ? 1 : 0, 2)),
    );
    const bank = [single(), ...others(2)];
    const stats = statsOf('q-single', documents, bank);
    expect(stats?.discrimination).toBeCloseTo(1 / 6, 12);
    expect(stats?.flags).toEqual([{ kind: 'weakDiscrimination' }]);
    expect(statsOf('q-single', documents.toReversed(), bank)).toEqual(stats);
  });

  it('flags negative discrimination: the weakest candidates got it right', () => {
    // Rest scores 0/9 … 9/9 as above; only candidates 0, 1 and 2 right: upper 0, lower 1, D = −1. Facility 0.3.
    const documents = Array.from({ length: 10 }, (_, index) => candidate(attempt('q-single', index < 3 ? 'correct' : 'wrong'), ...restAttempts(index, 9)));
    const stats = statsOf('q-single', documents, [single(), ...others(9)]);
    expect(stats).toMatchObject({ facility: 0.3, discrimination: -1, flags: [{ kind: 'negativeDiscrimination' }] });
  });

  it(`needs ${MIN_CANDIDATES_FOR_DISCRIMINATION} ranked candidates; one who answered nothing else is not ranked`, () => {
    const ranked = Array.from({ length: MIN_CANDIDATES_FOR_DISCRIMINATION - 1 }, (_, index) =>
      candidate(attempt('q-single', 'correct'), ...restAttempts(index, 9)),
    );
    const bank = [single(), ...others(9)];
    const unranked = candidate(attempt('q-single', 'wrong'));
    expect(statsOf('q-single', [...ranked, unranked], bank)).toMatchObject({ n: 10, ranked: 9, discrimination: null });
    // One more, wrong, with rest 0. Upper 3: rest 8/9, 7/9, 6/9, all right: 1. Lower 3: the two tied at 0 (one
    // right) take two places, the next (1/9, right) the third: 2/3 right. D = 1/3.
    const enough = [...ranked, candidate(attempt('q-single', 'wrong'), ...restAttempts(0, 9))];
    const stats = statsOf('q-single', enough, bank);
    expect(stats).toMatchObject({ n: 10, ranked: 10 });
    expect(stats?.discrimination).toBeCloseTo(1 / 3, 12);
  });

  it('lists flagged questions first, each part in the bank order', () => {
    // Five candidates: q-single 3 of 5 right, q-ordering none (too hard), q-multiple all (too easy).
    const documents = Array.from({ length: 5 }, (_, index) =>
      candidate(attempt('q-single', index < 3 ? 'correct' : 'wrong'), attempt('q-ordering', 'wrong'), attempt('q-multiple', 'correct', ['a', 'b'])),
    );
    const { items } = analyseItems(documents, [single(), ordering(), multiple()]);
    expect(items.map((item) => [item.questionId, item.flags])).toEqual([
      ['q-ordering', [{ kind: 'tooHard' }]],
      ['q-multiple', [{ kind: 'tooEasy' }]],
      ['q-single', []],
    ]);
  });
});

const singleCounts = (answers: number, a: number, b: number, c: number): ChoiceCounts => ({
  answers,
  options: [
    { id: 'a', key: true, count: a },
    { id: 'b', key: false, count: b },
    { id: 'c', key: false, count: c },
  ],
});

describe('itemFlags', () => {
  const plain = { n: 10, facility: 0.5, discrimination: 0.4, choices: null };
  it.each([
    { name: 'nothing unusual', figures: plain, flags: [] },
    { name: 'facility 0 from 4 answers (too few)', figures: { ...plain, n: 4, facility: 0 }, flags: [] },
    { name: 'facility 0 from 5 answers', figures: { ...plain, n: 5, facility: 0 }, flags: [{ kind: 'tooHard' }] },
    { name: 'facility 0.2 (the edge)', figures: { ...plain, facility: 0.2 }, flags: [] },
    { name: 'facility 0.9 (the edge)', figures: { ...plain, facility: 0.9 }, flags: [] },
    { name: 'facility 1', figures: { ...plain, facility: 1 }, flags: [{ kind: 'tooEasy' }] },
    { name: 'discrimination 0.2 (the edge)', figures: { ...plain, discrimination: 0.2 }, flags: [] },
    { name: 'discrimination 0.19', figures: { ...plain, discrimination: 0.19 }, flags: [{ kind: 'weakDiscrimination' }] },
    { name: 'discrimination 0', figures: { ...plain, discrimination: 0 }, flags: [{ kind: 'weakDiscrimination' }] },
    { name: 'discrimination −0.1', figures: { ...plain, discrimination: -0.1 }, flags: [{ kind: 'negativeDiscrimination' }] },
    { name: 'no discrimination', figures: { ...plain, discrimination: null }, flags: [] },
    {
      name: `an unused distractor in ${MIN_ANSWERS_FOR_UNUSED_DISTRACTOR - 1} answers (too few)`,
      figures: { ...plain, choices: singleCounts(19, 15, 4, 0) },
      flags: [],
    },
    {
      name: `an unused distractor in ${MIN_ANSWERS_FOR_UNUSED_DISTRACTOR} answers`,
      figures: { ...plain, choices: singleCounts(20, 15, 5, 0) },
      flags: [{ kind: 'unusedDistractor', option: 'c' }],
    },
    { name: 'a distractor chosen as often as the key', figures: { ...plain, choices: singleCounts(6, 3, 3, 0) }, flags: [] },
    {
      name: 'a distractor chosen more than the key',
      figures: { ...plain, choices: singleCounts(5, 1, 3, 1) },
      flags: [{ kind: 'distractorOverKey', option: 'b', count: 3, keyCount: 1 }],
    },
    { name: 'a distractor over the key in 4 answers (too few)', figures: { ...plain, choices: singleCounts(4, 1, 3, 0) }, flags: [] },
    {
      name: 'a distractor over the least chosen key of a multiple question',
      figures: {
        ...plain,
        choices: {
          answers: 6,
          options: [
            { id: 'a', key: true, count: 6 },
            { id: 'b', key: true, count: 2 },
            { id: 'c', key: false, count: 3 },
            { id: 'd', key: false, count: 1 },
          ],
        },
      },
      flags: [{ kind: 'distractorOverKey', option: 'c', count: 3, keyCount: 2 }],
    },
  ])('$name', ({ figures, flags }) => {
    expect(itemFlags(figures)).toEqual(flags);
  });
});

/** Every number anywhere in a value. */
const numbersIn = (value: unknown): number[] =>
  typeof value === 'number' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(numbersIn) : [];

describe('figures', () => {
  it('are always finite and in range, for any documents', () => {
    const bank = [single(), multiple(), ordering(), ...others(3)];
    const ids = [...bank.map((question) => question.id), 'q-gone'];
    const anAttempt = fc.record({
      questionId: fc.constantFrom(...ids),
      at: fc.integer({ min: 0, max: 59 }).map(minute),
      outcome: fc.constantFrom(...OUTCOMES),
      chosen: fc.option(fc.subarray(['a', 'b', 'c', 'd']), { nil: undefined }),
    });
    const documents = fc.array(fc.record({ attempts: fc.array(anAttempt, { maxLength: 12 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(documents, (given) => {
        const attempts = given.map(({ attempts: list }) => ({
          attempts: list.map(({ chosen, ...rest }) => (chosen === undefined ? rest : { ...rest, chosen })),
        }));
        const analysis = analyseItems(attempts, bank);
        expect(numbersIn(analysis).filter((value) => !Number.isFinite(value))).toEqual([]);
        for (const item of analysis.items) {
          expect(item.n).toBeGreaterThan(0);
          expect(item.facility).toBeGreaterThanOrEqual(0);
          expect(item.facility).toBeLessThanOrEqual(1);
          expect(Math.abs(item.discrimination ?? 0)).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
