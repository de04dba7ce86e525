// Properties over random valid input, across the whole allowed range (extremes and tiny numbers included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCascade } from '../../../src/core/cascade';
import { runScenario } from '../../../src/core/evaluate';
import { coldShare } from '../../../src/core/lambda';
import { costPerRequest, evaluateOnDemand, throttledShare } from '../../../src/core/on-demand';
import { costBreakEvenRequestsPerDay, evaluateProvisioned, unitCapacityRequestsPerDay } from '../../../src/core/provisioned';
import { NUMBER_RULES, type NumberRule } from '../../../src/core/scenario';
import { monthlyRequests, requestsInMinute, sumOverMinutes, type Workload } from '../../../src/core/workload';
import { shippedPrices } from '../../../src/core/shipped-data';

const prices = shippedPrices;

/** Any number a rule allows. */
const allowed = (rule: NumberRule) =>
  fc.double({
    min: rule.min ?? rule.above ?? 0,
    max: rule.max ?? Number.MAX_VALUE,
    minExcluded: rule.above !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });

const weights = fc.oneof(
  fc.constantFrom('steady', 'business-hours'),
  fc.array(allowed(NUMBER_RULES.hourlyWeight), { minLength: 24, maxLength: 24 }).filter((list) => list.reduce((sum, weight) => sum + weight, 0) > 0),
);

const workloadJson = fc.record({
  requestsPerDay: allowed(NUMBER_RULES.requestsPerDay),
  inputTokens: allowed(NUMBER_RULES.tokens),
  outputTokens: allowed(NUMBER_RULES.tokens),
  hourlyWeights: weights,
  burstFactor: allowed(NUMBER_RULES.burstFactor),
});

/** Workloads of plausible size, for the properties that compare two evaluations. */
const realisticWorkload: fc.Arbitrary<Workload> = fc.record({
  requestsPerDay: fc.double({ min: 0, max: 5e6, noNaN: true }),
  inputTokens: fc.integer({ min: 0, max: 20_000 }),
  outputTokens: fc.integer({ min: 0, max: 4000 }),
  hourlyWeights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 24, maxLength: 24 }).filter((list) => list.some((weight) => weight > 0)),
  burstFactor: fc.double({ min: 1, max: 12, noNaN: true }),
});

const inlineModel = fc.record(
  {
    priceIn: allowed(NUMBER_RULES.tokenPrice),
    priceOut: allowed(NUMBER_RULES.tokenPrice),
    tpm: allowed(NUMBER_RULES.tpm),
    rpm: allowed(NUMBER_RULES.rpm),
    burndown: allowed(NUMBER_RULES.burndown),
    ttftSeconds: allowed(NUMBER_RULES.ttftSeconds),
    outputTokensPerSecond: allowed(NUMBER_RULES.outputTokensPerSecond),
  },
  { requiredKeys: ['priceIn', 'priceOut', 'tpm', 'ttftSeconds', 'outputTokensPerSecond'] },
);
const model = fc.oneof(fc.constantFrom(...prices.models.map((entry) => entry.id)), inlineModel);

const term = fc.constantFrom('none', '1-month', '6-month');
const scenarioJson = fc.record(
  {
    workload: workloadJson,
    model,
    provisioned: fc.record({
      hourly: fc.record({
        none: allowed(NUMBER_RULES.hourlyPrice),
        '1-month': allowed(NUMBER_RULES.hourlyPrice),
        '6-month': allowed(NUMBER_RULES.hourlyPrice),
      }),
      tpmPerUnit: allowed(NUMBER_RULES.tpmPerUnit),
      term,
    }),
    lambda: fc.record({
      memoryGB: allowed(NUMBER_RULES.memoryGB),
      arch: fc.constantFrom('x86', 'arm'),
      idleMinutes: allowed(NUMBER_RULES.idleMinutes),
      initSeconds: allowed(NUMBER_RULES.initSeconds),
    }),
    sagemaker: fc.record(
      {
        paramsB: allowed(NUMBER_RULES.paramsB),
        precision: fc.constantFrom('fp32', 'fp16', 'bf16', 'int8', 'int4'),
        memoryOverhead: allowed(NUMBER_RULES.memoryOverhead),
        batch: allowed(NUMBER_RULES.batch),
        minInstances: fc.integer({ min: 1, max: 1000 }),
        instances: fc.array(
          fc.record({
            type: fc.string({ minLength: 1 }).filter((type) => type.trim() !== ''),
            gpuMemoryGB: allowed(NUMBER_RULES.gpuMemoryGB),
            memoryBandwidthGBs: allowed(NUMBER_RULES.memoryBandwidthGBs),
            hourly: allowed(NUMBER_RULES.hourlyPrice),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      },
      { requiredKeys: ['paramsB', 'precision'] },
    ),
    cascade: fc.record(
      {
        small: model,
        large: model,
        ps: allowed(NUMBER_RULES.share),
        e: allowed(NUMBER_RULES.share),
        cr: allowed(NUMBER_RULES.requestCost),
        cg: allowed(NUMBER_RULES.requestCost),
      },
      { requiredKeys: ['small', 'large', 'ps', 'e'] },
    ),
    context: fc.record(
      {
        stage: fc.constantFrom('development', 'poc', 'production'),
        modelSource: fc.constantFrom('bedrock', 'bedrock-fine-tuned', 'own-weights'),
        invocation: fc.constantFrom('request-response', 'event-driven'),
        latencySlaSeconds: allowed(NUMBER_RULES.latencySlaSeconds),
        maxThrottledShare: allowed(NUMBER_RULES.share),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['workload', 'model'] },
);

/** Every number in a result, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
}

function evaluate(input: unknown) {
  const run = runScenario(input, prices);
  if (!run.ok) throw new Error(`refused a valid scenario: ${JSON.stringify(run.errors)}`);
  return run.result;
}

const RUNS = { numRuns: 300 };

describe('over random valid scenarios', () => {
  it('no result holds NaN or Infinity', () => {
    fc.assert(
      fc.property(scenarioJson, (input) => {
        for (const [path, value] of numbersIn(evaluate(input))) {
          if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
        }
      }),
      RUNS,
    );
  });

  it('no cost, count or volume is negative', () => {
    fc.assert(
      fc.property(scenarioJson, (input) => {
        for (const [path, value] of numbersIn(evaluate(input))) {
          // Savings go negative when a cascade costs more than the large model alone; params of notes are inputs.
          if (path.endsWith('.savings') || path.includes('.params.')) continue;
          if (value < 0) throw new Error(`${path} is ${value}`);
        }
      }),
      RUNS,
    );
  });

  it('shares stay between 0 and 1', () => {
    fc.assert(
      fc.property(scenarioJson, (input) => {
        const result = evaluate(input);
        expect(result.onDemand.throttledShare).toBeGreaterThanOrEqual(0);
        expect(result.onDemand.throttledShare).toBeLessThanOrEqual(1);
        if (result.lambda) {
          expect(result.lambda.coldShare).toBeGreaterThanOrEqual(0);
          expect(result.lambda.coldShare).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });
});

describe('over random realistic workloads', () => {
  const quota = fc.record({
    tpm: fc.integer({ min: 1000, max: 5_000_000 }),
    rpm: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    burndown: fc.constantFrom(1, 5),
  });
  const tokenPrices = fc.record({
    priceIn: fc.double({ min: 0, max: 100, noNaN: true }),
    priceOut: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('the 48-class minute sum equals the 1440-minute sum', () => {
    fc.assert(
      fc.property(realisticWorkload, fc.double({ min: 0, max: 1000, noNaN: true }), (workload, capacity) => {
        const perMinute = (requests: number) => Math.max(0, requests - capacity);
        let reference = 0;
        for (let minute = 0; minute < 1440; minute++) {
          reference += perMinute(requestsInMinute(workload, Math.floor(minute / 60), minute % 60));
        }
        expect(sumOverMinutes(workload, perMinute)).toBeCloseTo(reference, 6);
      }),
    );
  });

  it('on-demand cost is linear in requests', () => {
    fc.assert(
      fc.property(realisticWorkload, tokenPrices, quota, fc.double({ min: 0, max: 100, noNaN: true }), (workload, pricesOf, limits, k) => {
        const model = { ...pricesOf, ...limits };
        const base = evaluateOnDemand(workload, model).monthly;
        const scaled = evaluateOnDemand({ ...workload, requestsPerDay: k * workload.requestsPerDay }, model).monthly;
        expect(Math.abs(scaled - k * base)).toBeLessThanOrEqual(1e-9 * Math.max(1, k * base));
      }),
    );
  });

  it('throttledShare is in [0, 1] and never falls as the burst factor rises', () => {
    fc.assert(
      fc.property(realisticWorkload, quota, fc.double({ min: 1, max: 12, noNaN: true }), (workload, limits, otherBurst) => {
        const [low, high] = [workload.burstFactor, otherBurst].sort((a, b) => a - b) as [number, number];
        const atLow = throttledShare({ ...workload, burstFactor: low }, limits);
        const atHigh = throttledShare({ ...workload, burstFactor: high }, limits);
        expect(atLow).toBeGreaterThanOrEqual(0);
        expect(atHigh).toBeLessThanOrEqual(1);
        expect(atHigh).toBeGreaterThanOrEqual(atLow - 1e-12);
      }),
    );
  });

  it('coldShare is in [0, 1]', () => {
    fc.assert(
      fc.property(realisticWorkload, fc.double({ min: 0, max: 1440, noNaN: true }), (workload, idleMinutes) => {
        const share = coldShare(workload, idleMinutes);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('at the break-even volume, one model unit costs what on-demand does', () => {
    fc.assert(
      fc.property(
        realisticWorkload,
        tokenPrices,
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.integer({ min: 10_000, max: 1e9 }),
        (workload, pricesOf, hourly, tpmPerUnit) => {
          const cost = costPerRequest(workload, pricesOf);
          const breakEven = costBreakEvenRequestsPerDay(hourly, cost);
          const unitCapacity = unitCapacityRequestsPerDay(workload, tpmPerUnit);
          // Only where one unit carries the break-even volume, with a margin for float rounding at the edge.
          fc.pre(breakEven !== null && (unitCapacity === null || breakEven < unitCapacity * (1 - 1e-9)));
          const atBreakEven = { ...workload, requestsPerDay: breakEven as number };
          const provisioned = evaluateProvisioned(
            atBreakEven,
            { hourly: { none: hourly, '1-month': hourly, '6-month': hourly }, tpmPerUnit, term: '1-month' },
            cost,
          );
          expect(provisioned.units).toBe(1);
          expect((monthlyRequests(atBreakEven.requestsPerDay) * cost) / provisioned.monthly).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('cascade savings fall as the escalation share rises', () => {
    fc.assert(
      fc.property(
        realisticWorkload,
        tokenPrices,
        tokenPrices,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.01, noNaN: true }),
        (workload, small, large, ps, e1, e2, cr) => {
          const [low, high] = [e1, e2].sort((a, b) => a - b) as [number, number];
          const at = (e: number) => evaluateCascade(workload, { small, large, ps, e, cr, cg: 0 }).savings;
          const [savingsLow, savingsHigh] = [at(low), at(high)];
          if (savingsLow === null || savingsHigh === null) return;
          expect(savingsHigh).toBeLessThanOrEqual(savingsLow + 1e-9);
        },
      ),
    );
  });
});
