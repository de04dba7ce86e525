import { describe, expect, it } from 'vitest';
import {
  hourlyWeightsPreset,
  minuteFactor,
  monthlyRequests,
  peakMinuteShare,
  peakRequestsPerMinute,
  requestsInMinute,
  sumOverMinutes,
} from '../../../src/core/workload';
import { workload } from './sim-helpers';

/** The spec's sum over 1440 minutes, minute by minute, as the reference for the 48-step shortcut. */
function sumMinuteByMinute(w: Parameters<typeof requestsInMinute>[0], perMinute: (r: number) => number): number {
  let total = 0;
  for (let hour = 0; hour < 24; hour++) {
    for (let minute = 0; minute < 60; minute++) total += perMinute(requestsInMinute(w, hour, minute));
  }
  return total;
}

const BUSINESS_HOURS = hourlyWeightsPreset('business-hours');
const UNEVEN = [1, 0, 0, 0, 0, 0, 2, 3, 5, 8, 9, 9, 7, 8, 9, 9, 8, 6, 4, 3, 2, 2, 1, 1];

describe('hourlyWeightsPreset', () => {
  it.each([
    ['steady', 24, 24],
    ['business-hours', 24, 10],
  ] as const)('%s has %i hours and weight %i in total', (preset, length, total) => {
    const weights = hourlyWeightsPreset(preset);
    expect(weights).toHaveLength(length);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it.each([
    [7, 0],
    [8, 1],
    [17, 1],
    [18, 0],
  ])('business-hours gives hour %i the weight %i', (hour, weight) => {
    expect(BUSINESS_HOURS[hour]).toBe(weight);
  });
});

describe('minuteFactor', () => {
  it.each([
    [0, 1, 1],
    [4, 1, 1],
    [5, 1, 1],
    [0, 3, 3],
    [4, 3, 3],
    [5, 3, 45 / 55],
    [59, 3, 45 / 55],
    [0, 12, 12],
    [30, 12, 0],
  ])('minute %i at burst factor %d runs at %d times the mean', (minute, burst, factor) => {
    expect(minuteFactor(minute, burst)).toBeCloseTo(factor, 12);
  });

  it.each([1, 2.5, 7, 12])('the factors of an hour average 1 at burst factor %d', (burst) => {
    let total = 0;
    for (let minute = 0; minute < 60; minute++) total += minuteFactor(minute, burst);
    expect(total / 60).toBeCloseTo(1, 12);
  });
});

describe('requestsInMinute', () => {
  it.each([
    ['steady, flat', workload(), 3, 10, 100_000 / 1440],
    ['steady, burst minute', workload({ burstFactor: 2 }), 3, 0, (100_000 / 1440) * 2],
    ['business hours, closed', workload({ hourlyWeights: BUSINESS_HOURS }), 3, 0, 0],
    ['business hours, open', workload({ hourlyWeights: BUSINESS_HOURS }), 9, 30, 100_000 / 10 / 60],
  ])('%s', (_, w, hour, minute, expected) => {
    expect(requestsInMinute(w, hour, minute)).toBeCloseTo(expected, 9);
  });
});

describe('sumOverMinutes', () => {
  it.each([
    ['steady', workload()],
    ['bursty business hours', workload({ hourlyWeights: BUSINESS_HOURS, burstFactor: 6 })],
    ['uneven day, burst 12', workload({ hourlyWeights: UNEVEN, burstFactor: 12 })],
    ['uneven day, burst 2.7', workload({ hourlyWeights: UNEVEN, burstFactor: 2.7, requestsPerDay: 12_345 })],
  ])('over 48 minute classes equals the 1440-minute sum: %s', (_, w) => {
    const perMinute = (r: number) => Math.max(0, r - 150) + r * Math.exp(-r * 0.1);
    expect(sumOverMinutes(w, perMinute)).toBeCloseTo(sumMinuteByMinute(w, perMinute), 6);
  });

  it('adds up to the requests of the day', () => {
    const w = workload({ hourlyWeights: UNEVEN, burstFactor: 4 });
    expect(sumOverMinutes(w, (r) => r)).toBeCloseTo(w.requestsPerDay, 6);
  });
});

describe('peakRequestsPerMinute', () => {
  it.each([
    ['steady, no burst', workload(), 100_000 / 1440],
    ['steady, burst 3', workload({ burstFactor: 3 }), (100_000 / 1440) * 3],
    ['business hours, burst 6', workload({ requestsPerDay: 20_000, hourlyWeights: BUSINESS_HOURS, burstFactor: 6 }), 200],
    ['no traffic', workload({ requestsPerDay: 0 }), 0],
  ])('%s', (_, w, expected) => {
    expect(peakRequestsPerMinute(w)).toBeCloseTo(expected, 9);
  });

  it('is the largest r(h, j) of the day', () => {
    const w = workload({ hourlyWeights: UNEVEN, burstFactor: 5 });
    const largest = Math.max(...Array.from({ length: 24 * 60 }, (_, i) => requestsInMinute(w, Math.floor(i / 60), i % 60)));
    expect(peakRequestsPerMinute(w)).toBeCloseTo(largest, 9);
    expect(peakMinuteShare(w) * w.requestsPerDay).toBeCloseTo(largest, 9);
  });
});

describe('monthlyRequests', () => {
  it.each([
    [0, 0],
    [24, 730],
    [100_000, 3_041_666.6667],
  ])('%i a day is %d a 730-hour month', (perDay, perMonth) => {
    expect(monthlyRequests(perDay)).toBeCloseTo(perMonth, 3);
  });
});
