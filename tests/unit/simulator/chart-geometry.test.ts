import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/core/evaluate';
import { parseScenario, type Scenario } from '../../../src/core/scenario';
import { linearScale, niceCeil, ticks } from '../../../src/lib/chart-scale';
import { areaPath, cascadeChart, costChart, savingsAt, stepPath, trafficChart } from '../../../src/lib/simulator/chart-geometry';
import { cascadeClaim } from '../../../src/core/cascade';
import { onDemandMonthlyAt, throttledSteps } from '../../../src/core/on-demand';
import { trafficSteps } from '../../../src/core/workload';
import { shippedPrices, shippedPresets } from '../../../src/core/shipped-data';

const prices = shippedPrices;
function preset(id: string, patch: (json: Record<string, any>) => void = () => {}): Scenario {
  const json = structuredClone(shippedPresets.find((candidate) => candidate.id === id)!.scenario) as Record<string, any>;
  patch(json);
  const parsed = parseScenario(json, prices);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

// The worked example's figures (docs/simulator-model.md section 11), so that a price refresh does not move these shapes:
// a model with a 300,000 TPM and 400 RPM quota, and a small and a large model 12x apart in price.
const QUOTA_MODEL = { priceIn: 0.2, priceOut: 0.6, tpm: 300_000, rpm: 400, ttftSeconds: 0.6, outputTokensPerSecond: 80 };
const withQuotaModel = (json: Record<string, any>) => {
  json.model = QUOTA_MODEL;
  if (json.provisioned) Object.assign(json.provisioned, { hourly: { none: 20.5, '1-month': 18.4, '6-month': 14.8 }, tpmPerUnit: 1_000_000 });
};
const withLessonCascade = (json: Record<string, any>) => {
  json.cascade.small = { priceIn: 0.25, priceOut: 1.25, tpm: 2_000_000, ttftSeconds: 0.4, outputTokensPerSecond: 120 };
  json.cascade.large = { priceIn: 3, priceOut: 15, tpm: 400_000, ttftSeconds: 0.8, outputTokensPerSecond: 60 };
};

describe('scales and ticks', () => {
  it.each([
    [[0, 10], [0, 100], 5, 50],
    [[0, 10], [200, 0], 10, 0],
    [[-1, 1], [0, 10], 0, 5],
    [[3, 3], [0, 10], 3, 5],
  ] as const)('linearScale(%j, %j)(%d) = %d', (domain, range, value, expected) => {
    expect(linearScale(domain, range)(value)).toBeCloseTo(expected);
  });

  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [1234, 2000],
    [0.031, 0.05],
  ])('niceCeil(%d) = %d', (value, expected) => {
    expect(niceCeil(value)).toBeCloseTo(expected);
  });

  it('ticks split a range evenly, both ends included', () => {
    expect(ticks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(-0.4, 1, 7)).toHaveLength(8);
  });

  it('draws steps as flat runs joined by vertical moves', () => {
    const identity = (value: number) => value;
    expect(
      stepPath(
        [
          { x0: 0, x1: 5, y: 2 },
          { x0: 5, x1: 60, y: 1 },
        ],
        identity,
        identity,
      ),
    ).toBe('M0.0,2.0H5.0L5.0,1.0H60.0');
    expect(areaPath([{ x0: 0, x1: 5, y: 9, base: 4 }], identity, identity)).toBe('M0.0,4.0V9.0H5.0V4.0Z');
  });
});

describe('a day of traffic', () => {
  it('has 48 steps covering 1,440 minutes that add up to the requests of the day', () => {
    const scenario = preset('bursty');
    const steps = trafficSteps(scenario.workload);
    expect(steps).toHaveLength(48);
    expect(steps.at(-1)!.x1).toBe(1440);
    const total = steps.reduce((sum, step) => sum + step.y * (step.x1 - step.x0), 0);
    expect(total).toBeCloseTo(scenario.workload.requestsPerDay, 6);
  });

  it('shades the minutes above the on-demand capacity and keeps a far capacity off the axis', () => {
    const bursty = trafficChart(preset('bursty', withQuotaModel));
    // 300,000 TPM / 1,300 tokens, capped by 400 RPM.
    expect(bursty.onDemandCapacity).toBe(230.76923076923077);
    expect(bursty.throttled.every((step) => step.y > 230.76923076923077 && step.base === 230.76923076923077)).toBe(true);
    const poc = trafficChart(preset('proof-of-concept'));
    expect(poc.throttled).toEqual([]);
    expect(poc.yMax).toBeLessThan(poc.onDemandCapacity!);
    expect(poc.yMax).toBeGreaterThanOrEqual(poc.peak);
  });

  it('has no capacity line to draw where requests use no tokens', () => {
    expect(throttledSteps([{ x0: 0, x1: 5, y: 3 }], null)).toEqual([]);
    const free = trafficChart(
      preset('steady-production', (json) => {
        withQuotaModel(json);
        Object.assign(json.workload, { inputTokens: 0, outputTokens: 0 });
      }),
    );
    // Only the RPM quota is left to cap on-demand; a model unit carries any number of such requests.
    expect([free.onDemandCapacity, free.provisionedCapacity]).toEqual([400, null]);
  });
});

describe('monthly cost against requests a day', () => {
  it('reaches past the traffic and every break-even, and the steps meet on-demand at the break-even', () => {
    const scenario = preset('steady-production', (json) => (json.workload.requestsPerDay = 200000));
    const result = evaluateScenario(scenario, prices);
    const chart = costChart(scenario, result.provisioned!.breakEven)!;
    const sixMonth = result.provisioned!.breakEven['6-month']!;
    expect(chart.xMax).toBeGreaterThanOrEqual(sixMonth);
    expect(chart.xMax).toBeGreaterThanOrEqual(200000);
    // One unit carries the break-even traffic: its price equals on-demand there.
    expect(onDemandMonthlyAt(scenario.workload, scenario.model, sixMonth)).toBeCloseTo(chart.provisioned['6-month'][0]!.y, 6);
    expect(chart.onDemand[1]![1]).toBeLessThanOrEqual(chart.yMax);
  });

  it('is absent without provisioned input', () => {
    const scenario = preset('proof-of-concept');
    expect(costChart(scenario, { none: null, '1-month': null, '6-month': null })).toBeNull();
  });
});

describe('cascade savings against ps', () => {
  it('puts the current ps on the core savings and finds where 60% and 80% are reached', () => {
    const scenario = preset('model-cascade', withLessonCascade);
    const result = evaluateScenario(scenario, prices);
    const chart = cascadeChart(scenario)!;
    expect(savingsAt(chart, scenario.cascade!.ps)).toBeCloseTo(result.cascade!.savings!, 12);
    expect(savingsAt(chart, chart.psForLow!)).toBeCloseTo(0.6, 12);
    // With 10% escalated, even sending everything to the small model saves 78%: the top of the band is out of reach.
    expect(chart.psForHigh).toBeNull();
    expect(chart.yMin).toBeLessThanOrEqual(0);
    expect(cascadeClaim(scenario.workload, scenario.cascade!, result.cascade!)).toMatchObject({ inBand: 'in', pays: true, ps: 0.8, e: 0.1, psForHigh: null });
    const noEscalation = cascadeChart(
      preset('model-cascade', (json) => {
        withLessonCascade(json);
        json.cascade.e = 0;
      }),
    )!;
    expect(savingsAt(noEscalation, noEscalation.psForHigh!)).toBeCloseTo(0.8, 12);
  });

  it('says 60% is out of reach when the escalation eats the gap', () => {
    const scenario = preset('model-cascade', (json) => (json.cascade.e = 0.6));
    const chart = cascadeChart(scenario)!;
    expect([chart.psForLow, chart.psForHigh]).toEqual([null, null]);
  });

  it('has nothing to draw when the large model is free', () => {
    const scenario = preset('model-cascade', (json) => (json.cascade.large = { priceIn: 0, priceOut: 0 }));
    expect(cascadeChart(scenario)).toBeNull();
  });
});
