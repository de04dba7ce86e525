// Scales, paths and series of the simulator's charts. Every value drawn comes from a src/core function; this
// module only samples them and maps them to pixels, so the charts and their tables show the same numbers.
import { niceCeil, type Scale } from '../chart-scale';
import { cascadeSavingsLine, LESSON_SAVINGS_BAND, psForSavings } from '../../core/cascade';
import { onDemandMonthlyAt, requestCapacityPerMinute, throttledSteps } from '../../core/on-demand';
import { provisionedCapacityPerMinute, provisionedCostSteps, TERMS, type Term } from '../../core/provisioned';
import type { Scenario } from '../../core/scenario';
import { trafficSteps, type Step } from '../../core/workload';

/** SVG path through steps: up or down at each boundary, flat along each step. */
export function stepPath(steps: readonly Step[], x: Scale, y: Scale): string {
  return steps.map((step, i) => `${i === 0 ? 'M' : 'L'}${x(step.x0).toFixed(1)},${y(step.y).toFixed(1)}H${x(step.x1).toFixed(1)}`).join('');
}

/** Closed area between steps and a floor (`base`), for shading. */
export function areaPath(steps: readonly (Step & { base: number })[], x: Scale, y: Scale): string {
  return steps
    .map((s) => {
      const [x0, x1] = [x(s.x0).toFixed(1), x(s.x1).toFixed(1)];
      return `M${x0},${y(s.base).toFixed(1)}V${y(s.y).toFixed(1)}H${x1}V${y(s.base).toFixed(1)}Z`;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------------
// A day of traffic

export interface TrafficChart {
  steps: Step[];
  throttled: (Step & { base: number })[];
  onDemandCapacity: number | null;
  provisionedCapacity: number | null;
  peak: number;
  /** Top of the y axis: the peak and the capacities that are near it, rounded up. */
  yMax: number;
}

/** A capacity further above the peak than this is named, not drawn: it would flatten the traffic. */
const CAPACITY_DRAWN_UP_TO = 4;

export function trafficChart(scenario: Scenario): TrafficChart {
  const steps = trafficSteps(scenario.workload);
  const onDemandCapacity = requestCapacityPerMinute(scenario.workload, scenario.model);
  const provisionedCapacity = scenario.provisioned ? provisionedCapacityPerMinute(scenario.workload, scenario.provisioned.tpmPerUnit) : null;
  const peak = Math.max(0, ...steps.map((step) => step.y));
  const near = [onDemandCapacity, provisionedCapacity].filter(
    (capacity): capacity is number => capacity !== null && (peak === 0 || capacity <= peak * CAPACITY_DRAWN_UP_TO),
  );
  return {
    steps,
    throttled: throttledSteps(steps, onDemandCapacity),
    onDemandCapacity,
    provisionedCapacity,
    peak,
    yMax: niceCeil(Math.max(peak, ...near) * 1.05),
  };
}

// ---------------------------------------------------------------------------------------------------
// Monthly cost against requests a day

export interface CostChart {
  xMax: number;
  yMax: number;
  onDemand: [number, number][];
  provisioned: Record<Term, Step[]>;
  breakEven: Record<Term, number | null>;
}

const COST_SAMPLES = 240;

/**
 * On-demand cost is a line through the origin; provisioned cost steps up by one unit's price at every unit's
 * capacity, sampled finely enough to show each step at the scales drawn. The x axis reaches past the
 * current traffic and every break-even point.
 */
export function costChart(scenario: Scenario, breakEven: Record<Term, number | null>): CostChart | null {
  const { workload, model, provisioned } = scenario;
  if (!provisioned) return null;
  const reach = [workload.requestsPerDay, ...TERMS.map((term) => breakEven[term] ?? 0)];
  const xMax = niceCeil(Math.max(...reach) * 1.3);
  const steps = provisionedCostSteps(workload, provisioned, xMax, COST_SAMPLES);
  const onDemandAtMax = onDemandMonthlyAt(workload, model, xMax);
  const highest = Math.max(onDemandAtMax, ...TERMS.map((term) => steps[term].at(-1)?.y ?? 0));
  return {
    xMax,
    yMax: niceCeil(highest),
    onDemand: [
      [0, 0],
      [xMax, onDemandAtMax],
    ],
    provisioned: steps,
    breakEven,
  };
}

// ---------------------------------------------------------------------------------------------------
// Cascade savings against the share of simple queries

export interface CascadeChart {
  /** Savings at ps = 0 and ps = 1; savings are linear in ps, so the line is exact. */
  line: [[number, number], [number, number]];
  yMin: number;
  yMax: number;
  /** ps where the savings reach 60% and 80%, when they do within 0..1. */
  psForLow: number | null;
  psForHigh: number | null;
}

/** Savings at a share of simple queries, on the chart's exact line. */
export function savingsAt(chart: CascadeChart, ps: number): number {
  const [[, s0], [, s1]] = chart.line;
  return s0 + (s1 - s0) * ps;
}

export function cascadeChart(scenario: Scenario): CascadeChart | null {
  if (!scenario.cascade) return null;
  const line = cascadeSavingsLine(scenario.workload, scenario.cascade);
  if (!line) return null;
  const [s0, s1] = line;
  return {
    line: [
      [0, s0],
      [1, s1],
    ],
    yMin: Math.min(0, Math.floor(Math.min(s0, s1) * 5) / 5),
    yMax: 1,
    psForLow: psForSavings(line, LESSON_SAVINGS_BAND[0]),
    psForHigh: psForSavings(line, LESSON_SAVINGS_BAND[1]),
  };
}
