// Bedrock Provisioned Throughput, docs/simulator-model.md section 3: model units billed every hour.
import { note, type Note } from './notes';
import { HOURS_PER_DAY, HOURS_PER_MONTH, peakMinuteShare, peakRequestsPerMinute, type Step, type Workload } from './workload';

export const TERMS = ['none', '1-month', '6-month'] as const;
export type Term = (typeof TERMS)[number];
/** USD per model unit per hour, per commitment term. */
export type HourlyPrices = Record<Term, number>;

export interface ProvisionedInput {
  hourly: HourlyPrices;
  /** Tokens a minute (input plus output) one model unit delivers; AWS does not publish it. */
  tpmPerUnit: number;
  term: Term;
}

/** Requests a day where provisioned and on-demand cost the same, or null with the reason there is none. */
export type BreakEven = { requestsPerDay: number; reason: null } | { requestsPerDay: null; reason: Note };

export interface ProvisionedResult {
  units: number;
  monthly: number;
  breakEven: Record<Term, BreakEven>;
}

/** units = max(1, ceil(peakRpm * (Ti + To) / tpmPerUnit)) */
export function provisionedUnits(workload: Workload, tpmPerUnit: number): number {
  const peakTokensPerMinute = peakRequestsPerMinute(workload) * (workload.inputTokens + workload.outputTokens);
  return Math.max(1, Math.ceil(peakTokensPerMinute / tpmPerUnit));
}

export function provisionedMonthly(units: number, hourlyPrice: number): number {
  return units * hourlyPrice * HOURS_PER_MONTH;
}

/** R* = 24 * H / c; null when on-demand costs nothing a request (or so little that R* overflows). */
export function costBreakEvenRequestsPerDay(hourlyPrice: number, costPerRequest: number): number | null {
  const requestsPerDay = (HOURS_PER_DAY * hourlyPrice) / costPerRequest;
  return Number.isFinite(requestsPerDay) ? requestsPerDay : null;
}

/**
 * R1 = tpmPerUnit * 60 * sum(w) / (max(w) * P * (Ti + To)): the most requests a day one unit carries at
 * this shape. null when requests use no tokens, so a unit carries any number of them.
 */
export function unitCapacityRequestsPerDay(workload: Workload, tpmPerUnit: number): number | null {
  const tokensPerRequest = workload.inputTokens + workload.outputTokens;
  const capacity = tpmPerUnit / (tokensPerRequest * peakMinuteShare(workload));
  return Number.isFinite(capacity) ? capacity : null;
}

export function breakEven(workload: Workload, hourlyPrice: number, costPerRequest: number, tpmPerUnit: number): BreakEven {
  const requestsPerDay = costBreakEvenRequestsPerDay(hourlyPrice, costPerRequest);
  if (requestsPerDay === null) {
    return { requestsPerDay: null, reason: note('break-even-free-on-demand', {}) };
  }
  const unitCapacity = unitCapacityRequestsPerDay(workload, tpmPerUnit);
  if (unitCapacity !== null && requestsPerDay > unitCapacity) {
    // Past one unit's capacity, every added unit costs more than the on-demand traffic it carries.
    return {
      requestsPerDay: null,
      reason: note('break-even-beyond-one-unit', { breakEvenRequestsPerDay: requestsPerDay, unitCapacity }),
    };
  }
  return { requestsPerDay, reason: null };
}

export function evaluateProvisioned(workload: Workload, input: ProvisionedInput, costPerRequest: number): ProvisionedResult {
  const units = provisionedUnits(workload, input.tpmPerUnit);
  const termBreakEven = (term: Term) => breakEven(workload, input.hourly[term], costPerRequest, input.tpmPerUnit);
  return {
    units,
    monthly: provisionedMonthly(units, input.hourly[input.term]),
    breakEven: {
      none: termBreakEven('none'),
      '1-month': termBreakEven('1-month'),
      '6-month': termBreakEven('6-month'),
    },
  };
}

/** Requests a minute the units the traffic needs carry at its token mix; null when requests use no tokens. */
export function provisionedCapacityPerMinute(workload: Workload, tpmPerUnit: number): number | null {
  const units = provisionedUnits(workload, tpmPerUnit);
  const capacity = (units * tpmPerUnit) / (workload.inputTokens + workload.outputTokens);
  return Number.isFinite(capacity) ? capacity : null;
}

/** Monthly cost of the units the traffic needs, on each term. */
export function provisionedMonthlyByTerm(workload: Workload, provisioned: Pick<ProvisionedInput, 'tpmPerUnit' | 'hourly'>): Record<Term, number> {
  const units = provisionedUnits(workload, provisioned.tpmPerUnit);
  return Object.fromEntries(TERMS.map((term) => [term, provisionedMonthly(units, provisioned.hourly[term])])) as Record<Term, number>;
}

/**
 * Monthly cost on each term from 0 to `maxRequestsPerDay` requests a day, sampled `samples` times: it steps up by
 * one unit's price at every unit's capacity. Neighbouring samples of equal cost are merged into one run.
 */
export function provisionedCostSteps(
  workload: Workload,
  provisioned: Pick<ProvisionedInput, 'tpmPerUnit' | 'hourly'>,
  maxRequestsPerDay: number,
  samples: number,
): Record<Term, Step[]> {
  const steps = Object.fromEntries(TERMS.map((term) => [term, [] as Step[]])) as Record<Term, Step[]>;
  for (let i = 0; i < samples; i++) {
    const [x0, x1] = [(maxRequestsPerDay * i) / samples, (maxRequestsPerDay * (i + 1)) / samples];
    const units = provisionedUnits({ ...workload, requestsPerDay: x1 }, provisioned.tpmPerUnit);
    for (const term of TERMS) {
      const y = provisionedMonthly(units, provisioned.hourly[term]);
      const last = steps[term].at(-1);
      if (last && last.y === y) last.x1 = x1;
      else steps[term].push({ x0, x1, y });
    }
  }
  return steps;
}
