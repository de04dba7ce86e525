import { describe, expect, it } from 'vitest';
import {
  breakEven,
  costBreakEvenRequestsPerDay,
  evaluateProvisioned,
  provisionedCapacityPerMinute,
  provisionedCostSteps,
  provisionedMonthly,
  provisionedMonthlyByTerm,
  provisionedUnits,
  unitCapacityRequestsPerDay,
} from '../../../src/core/provisioned';
import { hourlyWeightsPreset } from '../../../src/core/workload';
import { workload } from './sim-helpers';

const TITAN_HOURLY = { none: 20.5, '1-month': 18.4, '6-month': 14.8 };

describe('provisionedUnits', () => {
  it.each([
    ['at least one unit, even with no traffic', workload({ requestsPerDay: 0 }), 1_000_000, 1],
    ['steady 100,000 a day fits one unit', workload(), 1_000_000, 1],
    // Peak 694.4 requests a minute x 1,300 tokens = 902,778 tokens a minute.
    ['one million a day needs a second unit of 500,000', workload({ requestsPerDay: 1_000_000 }), 500_000, 2],
    // Bursts of 6 x 69.44 requests x 1,300 tokens = 541,667 tokens a minute.
    ['bursts raise the count', workload({ burstFactor: 6 }), 100_000, 6],
  ])('%s', (_, w, tpmPerUnit, units) => {
    expect(provisionedUnits(w, tpmPerUnit)).toBe(units);
  });
});

describe('provisionedMonthly', () => {
  it.each([
    [1, 18.4, 13_432],
    [2, 14.8, 21_608],
    [3, 0, 0],
  ])('%i unit(s) at $%d an hour cost $%d in 730 hours', (units, hourly, monthly) => {
    expect(provisionedMonthly(units, hourly)).toBeCloseTo(monthly, 6);
  });
});

describe('the cost and capacity the charts draw', () => {
  it('prices the units the traffic needs on each term', () => {
    // One million a day at 1,300 tokens needs two units of 500,000 tokens a minute.
    expect(provisionedMonthlyByTerm(workload({ requestsPerDay: 1_000_000 }), { tpmPerUnit: 500_000, hourly: TITAN_HOURLY })).toEqual({
      none: 2 * 20.5 * 730,
      '1-month': 2 * 18.4 * 730,
      '6-month': 2 * 14.8 * 730,
    });
  });

  it('carries the requests a minute of the units, and none can be drawn for requests without tokens', () => {
    expect(provisionedCapacityPerMinute(workload(), 1_300_000)).toBeCloseTo(1000, 9);
    expect(provisionedCapacityPerMinute(workload({ inputTokens: 0, outputTokens: 0 }), 1_000_000)).toBeNull();
  });

  it("steps up by one unit's price at each unit's capacity, in runs that cover the whole axis", () => {
    const steps = provisionedCostSteps(workload(), { tpmPerUnit: 1_300_000, hourly: TITAN_HOURLY }, 4_000_000, 200)['1-month'];
    expect(steps.map((step) => step.y)).toEqual([1, 2, 3].map((units) => units * 18.4 * 730));
    expect(steps[0]?.x0).toBe(0);
    expect(steps.at(-1)?.x1).toBe(4_000_000);
  });
});

describe('costBreakEvenRequestsPerDay', () => {
  it.each([
    ['Titan Text Express, 1-month term', 18.4, 0.00038, 1_162_105.26],
    ['Titan Text Express, 6-month term', 14.8, 0.00038, 934_736.84],
    ['Titan Text Express, no commitment', 20.5, 0.00038, 1_294_736.84],
    ['free model unit', 0, 0.00038, 0],
  ])('%s', (_, hourly, cost, expected) => {
    expect(costBreakEvenRequestsPerDay(hourly, cost)).toBeCloseTo(expected, 2);
  });

  it.each([
    ['on-demand costs nothing', 0],
    ['on-demand costs so little that R* overflows', 1e-320],
  ])('is null when %s', (_, cost) => {
    expect(costBreakEvenRequestsPerDay(18.4, cost)).toBeNull();
  });
});

describe('unitCapacityRequestsPerDay', () => {
  it.each([
    ['steady, no burst', workload(), 1_000_000, (1_000_000 * 60 * 24) / 1300],
    ['steady, burst 2', workload({ burstFactor: 2 }), 1_000_000, (1_000_000 * 60 * 24) / (2 * 1300)],
    [
      'business hours, burst 6',
      workload({ hourlyWeights: hourlyWeightsPreset('business-hours'), burstFactor: 6 }),
      1_000_000,
      (1_000_000 * 60 * 10) / (6 * 1300),
    ],
    ['no tokens: unlimited', workload({ inputTokens: 0, outputTokens: 0 }), 1_000_000, null],
  ])('%s', (_, w, tpmPerUnit, expected) => {
    const capacity = unitCapacityRequestsPerDay(w, tpmPerUnit);
    if (expected === null) expect(capacity).toBeNull();
    else expect(capacity).toBeCloseTo(expected, 4);
  });
});

describe('breakEven', () => {
  it('is R* when one unit can carry it', () => {
    const result = breakEven(workload(), 18.4, 0.00038, 2_000_000);
    expect(result.requestsPerDay).toBeCloseTo(1_162_105.26, 2);
    expect(result.reason).toBeNull();
  });

  it('is null with a reason when R* is beyond one unit (R* > R1)', () => {
    // R1 = 1,000,000 x 1,440 / 1,300 = 1,107,692 < R* = 1,162,105.
    const result = breakEven(workload(), 18.4, 0.00038, 1_000_000);
    expect(result.requestsPerDay).toBeNull();
    expect(result.reason).toMatchObject({
      code: 'break-even-beyond-one-unit',
      topic: 'provisioned',
    });
    expect(result.reason?.text.en).toContain('1,162,105');
    expect(result.reason?.text.vi).toContain('1.107.692');
  });

  it('is null with a reason when on-demand is free', () => {
    const result = breakEven(workload({ inputTokens: 0, outputTokens: 0 }), 18.4, 0, 1_000_000);
    expect(result).toMatchObject({ requestsPerDay: null, reason: { code: 'break-even-free-on-demand' } });
  });
});

describe('evaluateProvisioned', () => {
  it('prices the chosen term and gives the break-even of every term', () => {
    const result = evaluateProvisioned(workload(), { hourly: TITAN_HOURLY, tpmPerUnit: 1_000_000, term: '6-month' }, 0.00038);
    expect(result.units).toBe(1);
    expect(result.monthly).toBeCloseTo(14.8 * 730, 6);
    expect(result.breakEven['6-month'].requestsPerDay).toBeCloseTo(934_736.84, 2);
    expect(result.breakEven['1-month'].requestsPerDay).toBeNull();
    expect(result.breakEven.none.requestsPerDay).toBeNull();
  });
});
