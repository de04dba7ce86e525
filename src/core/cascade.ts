// Model cascade, docs/simulator-model.md section 6: a router sends simple queries to a small model and a quality
// gate escalates some of them to the large one.
import { note, type Note } from './notes';
import { costPerRequest, type TokenPrices } from './on-demand';
import { monthlyRequests, type Workload } from './workload';

export interface CascadeInput {
  small: TokenPrices;
  large: TokenPrices;
  /** Share of requests the router sends to the small model. */
  ps: number;
  /** Share of the small model's answers the quality gate escalates to the large model. */
  e: number;
  /** Router cost a request (0 for a rule-based router). */
  cr: number;
  /** Quality-gate cost a request. */
  cg: number;
}

/** Costs a request of the small (cs) and large (cl) model, router (cr) and gate (cg). */
export interface CascadeCosts {
  cs: number;
  cl: number;
  cr: number;
  cg: number;
  ps: number;
  e: number;
}

export interface CascadeResult {
  expected: number;
  /** Share saved against sending everything to the large model; null when the large model is free. */
  savings: number | null;
  savingsReason: Note | null;
  monthly: number;
  /** Whether cr + ps * (cs + cg) < ps * (1 - e) * cl. */
  pays: boolean;
}

/** expected = cr + ps * (cs + cg + e * cl) + (1 - ps) * cl */
export function cascadeExpectedCost({ cs, cl, cr, cg, ps, e }: CascadeCosts): number {
  return cr + ps * (cs + cg + e * cl) + (1 - ps) * cl;
}

/** savings = 1 - expected / cl; null when cl is 0 (or so small the ratio overflows). */
export function cascadeSavings(expected: number, cl: number): number | null {
  const savings = 1 - expected / cl;
  return Number.isFinite(savings) ? savings : null;
}

/** The cascade pays only where cr + ps * (cs + cg) < ps * (1 - e) * cl. */
export function cascadePays({ cs, cl, cr, cg, ps, e }: CascadeCosts): boolean {
  return cr + ps * (cs + cg) < ps * (1 - e) * cl;
}

export function cascadeCosts(workload: Workload, input: CascadeInput): CascadeCosts {
  return {
    cs: costPerRequest(workload, input.small),
    cl: costPerRequest(workload, input.large),
    cr: input.cr,
    cg: input.cg,
    ps: input.ps,
    e: input.e,
  };
}

export function evaluateCascade(workload: Workload, input: CascadeInput): CascadeResult {
  const costs = cascadeCosts(workload, input);
  const expected = cascadeExpectedCost(costs);
  const savings = cascadeSavings(expected, costs.cl);
  return {
    expected,
    savings,
    savingsReason: savings === null ? note('savings-undefined', {}) : null,
    monthly: monthlyRequests(workload.requestsPerDay) * expected,
    pays: cascadePays(costs),
  };
}

/** The lesson's claim: a cascade cuts 60-80% of the cost. */
export const LESSON_SAVINGS_BAND = [0.6, 0.8] as const;

/** Savings at ps = 0 and at ps = 1; savings are linear in ps. null when the large model is free. */
export function cascadeSavingsLine(workload: Workload, input: CascadeInput): [number, number] | null {
  return savingsLineOf(cascadeCosts(workload, input));
}

function savingsLineOf(costs: CascadeCosts): [number, number] | null {
  const at = (ps: number) => cascadeSavings(cascadeExpectedCost({ ...costs, ps }), costs.cl);
  const [s0, s1] = [at(0), at(1)];
  return s0 === null || s1 === null ? null : [s0, s1];
}

/** The share of simple queries ps in 0..1 at which the savings reach a target; null when none does. */
export function psForSavings([s0, s1]: readonly [number, number], target: number): number | null {
  if (s1 === s0) return null;
  const ps = (target - s0) / (s1 - s0);
  return ps >= 0 && ps <= 1 ? ps : null;
}

/** When the lesson's 60-80% claim holds for a cascade: the figures the sentence under its chart is built from. */
export interface CascadeClaim {
  /** How many times the large model's cost a request is the small one's; null when the small one is free. */
  gap: number | null;
  ps: number;
  e: number;
  savings: number;
  inBand: 'below' | 'in' | 'above';
  /** Whether the cascade pays at all (cascadePays). */
  pays: boolean;
  psForLow: number | null;
  psForHigh: number | null;
}

export function cascadeClaim(workload: Workload, input: CascadeInput, result: Pick<CascadeResult, 'savings' | 'pays'>): CascadeClaim | null {
  const costs = cascadeCosts(workload, input);
  const line = savingsLineOf(costs);
  if (!line || result.savings === null) return null;
  const { cs, cl } = costs;
  const [low, high] = LESSON_SAVINGS_BAND;
  const gap = cl / cs;
  return {
    gap: Number.isFinite(gap) ? gap : null,
    ps: input.ps,
    e: input.e,
    savings: result.savings,
    inBand: result.savings < low ? 'below' : result.savings > high ? 'above' : 'in',
    pays: result.pays,
    psForLow: psForSavings(line, low),
    psForHigh: psForSavings(line, high),
  };
}
