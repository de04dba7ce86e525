import { describe, expect, it } from 'vitest';
import { billedSeconds, coldShare, evaluateLambda, lambdaMonthly, modelLatencySeconds } from '../../../src/core/lambda';
import { hourlyWeightsPreset } from '../../../src/core/workload';
import { workload } from './sim-helpers';

const PRICES = { requestPricePerMillion: 0.2, pricePerGBSecond: { x86: 0.0000166667, arm: 0.0000133334 } };

describe('modelLatencySeconds', () => {
  it.each([
    ['Titan Text Express figures', { ttftSeconds: 0.6, outputTokensPerSecond: 80 }, 300, 4.35],
    ['no output', { ttftSeconds: 0.5, outputTokensPerSecond: 120 }, 0, 0.5],
    ['fast model', { ttftSeconds: 0.3, outputTokensPerSecond: 200 }, 200, 1.3],
  ])('%s', (_, speed, outputTokens, seconds) => {
    expect(modelLatencySeconds(speed, outputTokens)).toBeCloseTo(seconds, 12);
  });
});

describe('coldShare', () => {
  const rest = 50 / 55; // minutes 5..59 at burst factor 2
  it.each([
    ['no requests', workload({ requestsPerDay: 0 }), 10, 0],
    ['no idle lifetime: every request is cold', workload(), 0, 1],
    ['one request a minute, 10 idle minutes', workload({ requestsPerDay: 1440 }), 10, Math.exp(-10)],
    ['business hours, 100 a day', workload({ requestsPerDay: 100, hourlyWeights: hourlyWeightsPreset('business-hours') }), 10, Math.exp(-10 / 6)],
    [
      'one a minute with bursts of 2',
      workload({ requestsPerDay: 1440, burstFactor: 2 }),
      1,
      (24 * (5 * 2 * Math.exp(-2) + 55 * rest * Math.exp(-rest))) / 1440,
    ],
    ['busy steady traffic: practically never cold', workload(), 10, 0],
  ])('%s', (_, w, idleMinutes, expected) => {
    expect(coldShare(w, idleMinutes)).toBeCloseTo(expected, 9);
  });
});

describe('billedSeconds', () => {
  it.each([
    [2, 0, 0.3, 2],
    [2, 0.1, 0.3, 2.03],
    [4.35, 1, 0.5, 4.85],
  ])('latency %d s, %d cold, INIT %d s: %d s', (latency, cold, init, expected) => {
    expect(billedSeconds(latency, cold, init)).toBeCloseTo(expected, 12);
  });
});

describe('lambdaMonthly', () => {
  const n = 100_000 * (730 / 24);
  it.each([
    ['x86, 0.5 GB', { memoryGB: 0.5, arch: 'x86' as const }, (n * 0.2) / 1e6 + n * 4.35 * 0.5 * 0.0000166667],
    ['arm, 1 GB', { memoryGB: 1, arch: 'arm' as const }, (n * 0.2) / 1e6 + n * 4.35 * 1 * 0.0000133334],
  ])('%s', (_, input, expected) => {
    expect(lambdaMonthly(100_000, 4.35, input, PRICES)).toBeCloseTo(expected, 6);
  });
});

describe('evaluateLambda', () => {
  it('adds the Bedrock on-demand bill to the Lambda bill', () => {
    const w = workload({ requestsPerDay: 1440 });
    const input = { memoryGB: 0.5, arch: 'x86' as const, idleMinutes: 10, initSeconds: 0.3 };
    const result = evaluateLambda(w, { ttftSeconds: 0.6, outputTokensPerSecond: 80 }, input, PRICES, 500);
    expect(result.coldShare).toBeCloseTo(Math.exp(-10), 12);
    expect(result.billedSeconds).toBeCloseTo(4.35 + Math.exp(-10) * 0.3, 12);
    expect(result.monthly).toBeCloseTo(lambdaMonthly(1440, result.billedSeconds, input, PRICES) + 500, 9);
  });
});
