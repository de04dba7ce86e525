import { describe, expect, it } from 'vitest';
import {
  ESL_ACCOMMODATION_MS,
  EXTEND_MS,
  MINUTE_MS,
  MS_PER_QUESTION,
  extendClock,
  formatRemaining,
  hasExpired,
  isRunning,
  remainingMs,
  startClock,
  thresholdCrossed,
  turnClockOff,
  turnClockOn,
} from '../../../src/components/quiz/exam-clock';

const T0 = Date.parse('2026-11-29T08:00:00Z');

describe('exam clock', () => {
  it('gives each question its pacing and counts down from the start', () => {
    const clock = startClock(10, T0);
    expect(remainingMs(clock, T0)).toBe(10 * MS_PER_QUESTION);
    expect(remainingMs(clock, T0 + 90_000)).toBe(10 * MS_PER_QUESTION - 90_000);
    expect(isRunning(clock)).toBe(true);
  });

  it('never goes below zero and expires only at zero', () => {
    const clock = startClock(1, T0);
    expect(hasExpired(clock, T0 + MS_PER_QUESTION - 1)).toBe(false);
    expect(hasExpired(clock, T0 + MS_PER_QUESTION)).toBe(true);
    expect(remainingMs(clock, T0 + 10 * MS_PER_QUESTION)).toBe(0);
  });

  it('+5 min and +30 min (ESL) add to the time left, also after some time has passed', () => {
    const later = T0 + 7 * MINUTE_MS;
    const clock = startClock(4, T0);
    const before = remainingMs(clock, later);
    expect(remainingMs(extendClock(clock, EXTEND_MS), later)).toBe(before + 5 * MINUTE_MS);
    expect(remainingMs(extendClock(clock, ESL_ACCOMMODATION_MS), later)).toBe(before + 30 * MINUTE_MS);
    expect(remainingMs(extendClock(extendClock(clock, EXTEND_MS), ESL_ACCOMMODATION_MS), later)).toBe(before + 35 * MINUTE_MS);
  });

  it('turned off, keeps the time left, never expires, and resumes from it when turned on', () => {
    const clock = turnClockOff(startClock(2, T0), T0 + MINUTE_MS);
    const left = 2 * MS_PER_QUESTION - MINUTE_MS;
    expect(isRunning(clock)).toBe(false);
    expect(remainingMs(clock, T0 + 100 * MINUTE_MS)).toBe(left);
    expect(hasExpired(clock, T0 + 100 * MINUTE_MS)).toBe(false);
    const resumed = turnClockOn(clock, T0 + 100 * MINUTE_MS);
    expect(remainingMs(resumed, T0 + 101 * MINUTE_MS)).toBe(left - MINUTE_MS);
    expect(turnClockOn(resumed, T0 + 200 * MINUTE_MS)).toBe(resumed);
  });

  it('extending while off adds to the kept time', () => {
    const clock = extendClock(turnClockOff(startClock(2, T0), T0), ESL_ACCOMMODATION_MS);
    expect(remainingMs(clock, T0 + 5 * MINUTE_MS)).toBe(2 * MS_PER_QUESTION + ESL_ACCOMMODATION_MS);
  });

  it.each([
    { before: 10 * MINUTE_MS + 500, after: 10 * MINUTE_MS - 500, crossed: 10 * MINUTE_MS },
    { before: 5 * MINUTE_MS + 1, after: 5 * MINUTE_MS, crossed: 5 * MINUTE_MS },
    { before: 61_000, after: 59_000, crossed: MINUTE_MS },
    { before: 11 * MINUTE_MS, after: 30_000, crossed: MINUTE_MS },
    { before: 9 * MINUTE_MS, after: 8 * MINUTE_MS, crossed: null },
    { before: 4 * MINUTE_MS, after: 34 * MINUTE_MS, crossed: null },
  ])('announces a threshold only when passing it: $before -> $after', ({ before, after, crossed }) => {
    expect(thresholdCrossed(before, after)).toBe(crossed);
  });

  it.each([
    { ms: 0, text: '00:00' },
    { ms: 1, text: '00:01' },
    { ms: 59_001, text: '01:00' },
    { ms: 25 * MINUTE_MS, text: '25:00' },
    { ms: 65 * MINUTE_MS + 9_000, text: '1:05:09' },
  ])('formats $ms ms as $text', ({ ms, text }) => {
    expect(formatRemaining(ms)).toBe(text);
  });
});
