// Model cascade, simulator-model.md section 6: a router sends simple queries to a small model and a quality
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
