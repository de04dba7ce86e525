import { describe, expect, it } from 'vitest';
import {
  costPerRequest,
  evaluateOnDemand,
  quotaTokensPerRequest,
  requestCapacityPerMinute,
  throttledRequestsPerDay,
  throttledShare,
} from '../../../src/core/on-demand';
import { hourlyWeightsPreset } from '../../../src/core/workload';
import { TITAN_TEXT_EXPRESS, workload } from './sim-helpers';

describe('costPerRequest', () => {
  it.each([
    ['Titan Text Express, 1,000 in / 300 out', 1000, 300, 0.2, 0.6, 0.00038],
    ['Claude 3 Haiku, 1,000 in / 300 out', 1000, 300, 0.25, 1.25, 0.000625],
    ['Claude 3.5 Sonnet, 1,000 in / 300 out', 1000, 300, 3, 15, 0.0075],
    ['Claude Haiku 4.5, 1,000 in / 300 out', 1000, 300, 1, 5, 0.0025],
    ['no tokens', 0, 0, 3, 15, 0],
    ['input only', 2000, 0, 0.8, 4, 0.0016],
  ])('%s', (_, inputTokens, outputTokens, priceIn, priceOut, expected) => {
    expect(costPerRequest({ inputTokens, outputTokens }, { priceIn, priceOut })).toBeCloseTo(expected, 12);
  });
});

describe('quotaTokensPerRequest', () => {
  it.each([
    ['burndown 1 counts output once', 1, 1300],
    ['burndown 5 (Claude 4 and later) counts output five times', 5, 2500],
  ])('%s', (_, burndown, expected) => {
    expect(quotaTokensPerRequest({ inputTokens: 1000, outputTokens: 300 }, burndown)).toBe(expected);
  });
});

describe('requestCapacityPerMinute', () => {
  const tokens = { inputTokens: 1000, outputTokens: 300 };
  it.each([
    ['tokens only', { tpm: 300_000, rpm: null, burndown: 1 }, tokens, 300_000 / 1300],
    ['RPM is the tighter limit', { tpm: 400_000, rpm: 50, burndown: 1 }, tokens, 50],
    ['TPM is the tighter limit', { tpm: 300_000, rpm: 400, burndown: 1 }, tokens, 300_000 / 1300],
    ['burndown shrinks it', { tpm: 400_000, rpm: null, burndown: 5 }, tokens, 160],
    ['no tokens, RPM only', { tpm: 1000, rpm: 7, burndown: 1 }, { inputTokens: 0, outputTokens: 0 }, 7],
    ['no tokens, no RPM: unlimited', { tpm: 1000, rpm: null, burndown: 1 }, { inputTokens: 0, outputTokens: 0 }, null],
  ])('%s', (_, quota, requestTokens, expected) => {
    const capacity = requestCapacityPerMinute(requestTokens, quota);
    if (expected === null) expect(capacity).toBeNull();
    else expect(capacity).toBeCloseTo(expected, 9);
  });
});

describe('throttledShare', () => {
  const titan = TITAN_TEXT_EXPRESS;
  it.each([
    ['within the quota', workload(), titan, 0],
    ['no requests', workload({ requestsPerDay: 0 }), titan, 0],
    // Flat 1,000,000 a day is 694.4 a minute against a capacity of 230.77.
    ['flat traffic above the quota', workload({ requestsPerDay: 1_000_000 }), titan, 1 - 300_000 / 1300 / (1_000_000 / 1440)],
    // Burst minutes run at 3 x 69.44 = 208.3 a minute: below 230.77, nothing throttled.
    ['burst just under the quota', workload({ burstFactor: 3 }), titan, 0],
    // Burst minutes at 4 x 69.44 = 277.8: 47.0 over, 5 minutes an hour, 24 hours.
    ['burst above the quota', workload({ burstFactor: 4 }), titan, (5 * 24 * (4 * (100_000 / 1440) - 300_000 / 1300)) / 100_000],
    ['everything throttled at the RPM floor', workload({ requestsPerDay: 1440 }), { ...titan, rpm: 0.5 }, 0.5],
  ])('%s', (_, w, quota, expected) => {
    expect(throttledShare(w, quota)).toBeCloseTo(expected, 9);
  });

  it('counts business-hours traffic only in the open hours', () => {
    const w = workload({ requestsPerDay: 200_000, hourlyWeights: hourlyWeightsPreset('business-hours') });
    // 200,000 over 600 minutes is 333.3 a minute: 102.6 a minute over 230.77, in each of the 600 minutes.
    expect(throttledRequestsPerDay(w, titan)).toBeCloseTo(600 * (200_000 / 600 - 300_000 / 1300), 6);
  });
});

describe('evaluateOnDemand', () => {
  it('prices the lesson example at $0.00038 a request', () => {
    const result = evaluateOnDemand(workload(), TITAN_TEXT_EXPRESS);
    expect(result.costPerRequest).toBeCloseTo(0.00038, 12);
    expect(result.monthly).toBeCloseTo(100_000 * (730 / 24) * 0.00038, 6);
    expect(result.throttledShare).toBe(0);
  });

  it('bills throttled requests too (they are retried)', () => {
    const result = evaluateOnDemand(workload({ requestsPerDay: 1_000_000 }), TITAN_TEXT_EXPRESS);
    expect(result.throttledShare).toBeGreaterThan(0.5);
    expect(result.monthly).toBeCloseTo(1_000_000 * (730 / 24) * 0.00038, 6);
  });
});
