// When the lesson's "60-80% lower cost" claim for a cascade holds: the figures the sentence under the chart
// is built from, all taken from src/core.
import { cascadeCosts } from '../../core/cascade';
import type { CascadeSection } from '../../core/evaluate';
import type { Scenario } from '../../core/scenario';
import { cascadeChart, LESSON_SAVINGS_BAND } from './chart-geometry';

export interface CascadeClaim {
  /** How many times the large model's cost a request is the small one's; null when the small one is free. */
  gap: number | null;
  ps: number;
  e: number;
  savings: number;
  inBand: 'below' | 'in' | 'above';
  /** The cascadePays condition of the model, as the core decided it. */
  pays: boolean;
  psForLow: number | null;
  psForHigh: number | null;
}

export function cascadeClaim(scenario: Scenario, cascade: CascadeSection): CascadeClaim | null {
  const chart = cascadeChart(scenario);
  if (!scenario.cascade || !chart || cascade.savings === null) return null;
  const { cs, cl } = cascadeCosts(scenario.workload, scenario.cascade);
  const [low, high] = LESSON_SAVINGS_BAND;
  const gap = cl / cs;
  return {
    gap: Number.isFinite(gap) ? gap : null,
    ps: scenario.cascade.ps,
    e: scenario.cascade.e,
    savings: cascade.savings,
    inBand: cascade.savings < low ? 'below' : cascade.savings > high ? 'above' : 'in',
    pays: cascade.pays,
    psForLow: chart.psForLow,
    psForHigh: chart.psForHigh,
  };
}
