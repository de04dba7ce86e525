import { describe, expect, it } from 'vitest';
import { cascadeExpectedCost, cascadePays, cascadeSavings, evaluateCascade } from '../../../src/core/cascade';
import { costPerRequest } from '../../../src/core/on-demand';
import { workload } from './sim-helpers';

const CLAUDE_3_HAIKU = { priceIn: 0.25, priceOut: 1.25 };
const CLAUDE_3_5_SONNET = { priceIn: 3, priceOut: 15 };
const CLAUDE_HAIKU_4_5 = { priceIn: 1, priceOut: 5 };
const CLAUDE_SONNET_4_5 = { priceIn: 3, priceOut: 15 };
/** A router that is itself the small model, reading the 1,000-token query and answering with 10 tokens. */
const routerCost = (model: { priceIn: number; priceOut: number }) => costPerRequest({ inputTokens: 1000, outputTokens: 10 }, model);

describe('cascadeExpectedCost', () => {
  it.each([
    ['everything to the large model', { cs: 1, cl: 10, cr: 0, cg: 0, ps: 0, e: 0 }, 10],
    ['everything to the small model, no escalation', { cs: 1, cl: 10, cr: 0, cg: 0, ps: 1, e: 0 }, 1],
    ['everything escalated', { cs: 1, cl: 10, cr: 0, cg: 0, ps: 1, e: 1 }, 11],
    ['router and gate add up', { cs: 1, cl: 10, cr: 0.5, cg: 0.25, ps: 0.5, e: 0.2 }, 0.5 + 0.5 * (1 + 0.25 + 2) + 5],
  ])('%s', (_, costs, expected) => {
    expect(cascadeExpectedCost(costs)).toBeCloseTo(expected, 12);
  });
});

describe('cascadeSavings', () => {
  it.each([
    [10, 10, 0],
    [2.5, 10, 0.75],
    [12, 10, -0.2],
  ])('expected %d against %d saves %d', (expected, cl, savings) => {
    expect(cascadeSavings(expected, cl)).toBeCloseTo(savings, 12);
  });

  it.each([
    ['the large model is free', 0, 0],
    ['the large model is free but the router is not', 0.001, 0],
  ])('is null when %s', (_, expected, cl) => {
    expect(cascadeSavings(expected, cl)).toBeNull();
  });
});

describe('cascadePays', () => {
  const base = { cs: 0.000625, cl: 0.0075, cr: 0.0002625, cg: 0, ps: 0.8, e: 0.1 };
  it.each([
    ['the lesson example', base, true],
    ['everything escalated', { ...base, e: 1 }, false],
    ['no query goes to the small model', { ...base, ps: 0 }, false],
    ['nothing routed and a free router: no saving either', { ...base, ps: 0, cr: 0 }, false],
    ['the small model costs as much as the large', { ...base, cs: 0.0075, cr: 0 }, false],
    ['an expensive router eats the saving', { ...base, cr: 0.006 }, false],
  ])('%s: %s', (_, costs, pays) => {
    expect(cascadePays(costs)).toBe(pays);
  });
});

describe('evaluateCascade: the lesson anchors', () => {
  const input = { ps: 0.8, e: 0.1, cg: 0 };

  it('Claude 3 Haiku -> Claude 3.5 Sonnet (12x price gap) saves 61.83%', () => {
    const result = evaluateCascade(workload(), {
      ...input,
      small: CLAUDE_3_HAIKU,
      large: CLAUDE_3_5_SONNET,
      cr: routerCost(CLAUDE_3_HAIKU),
    });
    expect(routerCost(CLAUDE_3_HAIKU)).toBeCloseTo(0.0002625, 12);
    expect(result.expected).toBeCloseTo(0.0028625, 12);
    expect(result.savings).toBeCloseTo(0.6183, 4);
    expect(result.monthly).toBeCloseTo(100_000 * (730 / 24) * 0.0028625, 6);
    expect(result.pays).toBe(true);
  });

  it.each([
    // The same $0.0002625 router: only the model prices change.
    ['with the same router cost', 0.0002625, 0.4183],
    // The router is Haiku 4.5 itself (prices: docs/model-facts.md section 3): about 31%.
    ['with Haiku 4.5 as the router', routerCost(CLAUDE_HAIKU_4_5), 0.3133],
  ])('Claude Haiku 4.5 -> Sonnet 4.5 (3x price gap) saves far less, %s', (_, cr, savings) => {
    const result = evaluateCascade(workload(), { ...input, small: CLAUDE_HAIKU_4_5, large: CLAUDE_SONNET_4_5, cr });
    expect(result.savings).toBeCloseTo(savings, 4);
    expect(result.savings).toBeLessThan(0.6);
  });

  it('has no savings, with a reason, when the large model is free', () => {
    const free = { priceIn: 0, priceOut: 0 };
    const result = evaluateCascade(workload(), { ...input, small: free, large: free, cr: 0 });
    expect(result.savings).toBeNull();
    expect(result.savingsReason).toMatchObject({ code: 'savings-undefined', topic: 'cascade-benefits' });
  });
});
