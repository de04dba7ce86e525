// Traffic profile of docs/simulator-model.md section 1: how a day's requests spread over hours and minutes.

/** A month as the AWS Pricing Calculator counts it. */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_DAY = 24;
export const MINUTES_PER_HOUR = 60;
/** Minutes at the start of every hour that carry the burst. */
export const BURST_MINUTES = 5;
const REST_MINUTES = MINUTES_PER_HOUR - BURST_MINUTES;

export const HOURLY_WEIGHTS_PRESETS = ['steady', 'business-hours'] as const;
export type HourlyWeightsPreset = (typeof HOURLY_WEIGHTS_PRESETS)[number];

export interface RequestTokens {
  /** Mean input tokens per request (Ti). */
  inputTokens: number;
  /** Mean output tokens per request (To). */
  outputTokens: number;
}

export interface Workload extends RequestTokens {
  /** Mean requests a day (R). */
  requestsPerDay: number;
  /** Relative traffic of each of the 24 hours (w). */
  hourlyWeights: readonly number[];
  /** Peak-to-average ratio inside each hour (P), 1 to 12. */
  burstFactor: number;
}

export function hourlyWeightsPreset(preset: HourlyWeightsPreset): number[] {
  return Array.from({ length: HOURS_PER_DAY }, (_, hour) => (preset === 'steady' || (hour >= 8 && hour <= 17) ? 1 : 0));
}

/** f(j): how many times the hour's mean minute rate minute j runs at. */
export function minuteFactor(minute: number, burstFactor: number): number {
  return minute < BURST_MINUTES ? burstFactor : restFactor(burstFactor);
}

function restFactor(burstFactor: number): number {
  return (MINUTES_PER_HOUR - BURST_MINUTES * burstFactor) / REST_MINUTES;
}

/** sum(w): the weights of the 24 hours added up. */
export function totalWeight(hourlyWeights: readonly number[]): number {
  let total = 0;
  for (const weight of hourlyWeights) total += weight;
  return total;
}

/** r(h, j): expected requests in minute j of hour h. */
export function requestsInMinute(workload: Workload, hour: number, minute: number): number {
  const share = (workload.hourlyWeights[hour] ?? 0) / totalWeight(workload.hourlyWeights);
  return ((workload.requestsPerDay * share) / MINUTES_PER_HOUR) * minuteFactor(minute, workload.burstFactor);
}

/**
 * Sum of perMinute(r(h, j)) over the 1440 minutes of a day. Minutes 0..4 of an hour share one rate and
 * minutes 5..59 another, so 48 calls give the same sum as 1440.
 */
export function sumOverMinutes(workload: Workload, perMinute: (requests: number) => number): number {
  const { requestsPerDay, hourlyWeights, burstFactor } = workload;
  const total = totalWeight(hourlyWeights);
  const rest = restFactor(burstFactor);
  let result = 0;
  for (let hour = 0; hour < HOURS_PER_DAY; hour++) {
    const meanPerMinute = (requestsPerDay * ((hourlyWeights[hour] ?? 0) / total)) / MINUTES_PER_HOUR;
    result += BURST_MINUTES * perMinute(meanPerMinute * burstFactor) + REST_MINUTES * perMinute(meanPerMinute * rest);
  }
  return result;
}

/** Share of a day's requests that arrive in the busiest minute: a burst minute of the busiest hour. */
export function peakMinuteShare(workload: Workload): number {
  const { hourlyWeights, burstFactor } = workload;
  return (Math.max(...hourlyWeights) / totalWeight(hourlyWeights) / MINUTES_PER_HOUR) * burstFactor;
}

/** peakRpm = R * max(w) / sum(w) / 60 * P. */
export function peakRequestsPerMinute(workload: Workload): number {
  return workload.requestsPerDay * peakMinuteShare(workload);
}

/** N: requests in a 730-hour month. */
export function monthlyRequests(requestsPerDay: number): number {
  return (requestsPerDay * HOURS_PER_MONTH) / HOURS_PER_DAY;
}

/** A run of constant value y from x0 to x1 (minutes of a day, or requests a day): how the charts draw a series. */
export interface Step {
  x0: number;
  x1: number;
  y: number;
}

/**
 * Requests a minute over the 1,440 minutes of a day, as 48 runs: in every hour the burst minutes and the rest
 * share one rate each (docs/simulator-model.md section 1).
 */
export function trafficSteps(workload: Workload): Step[] {
  const steps: Step[] = [];
  for (let hour = 0; hour < HOURS_PER_DAY; hour++) {
    const start = hour * MINUTES_PER_HOUR;
    steps.push(
      { x0: start, x1: start + BURST_MINUTES, y: requestsInMinute(workload, hour, 0) },
      { x0: start + BURST_MINUTES, x1: start + MINUTES_PER_HOUR, y: requestsInMinute(workload, hour, BURST_MINUTES) },
    );
  }
  return steps;
}
