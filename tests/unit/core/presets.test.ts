import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/core/evaluate';
import { formatValidationError } from '../../../src/core/validation-text';
import { presetProblems } from '../../../src/core/presets';
import { shippedPrices, shippedPresets } from '../../../src/core/shipped-data';

const prices = shippedPrices;
const presets = shippedPresets;

function evaluatePreset(id: string) {
  const preset = presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const run = runScenario(preset.scenario, prices);
  if (!run.ok) throw new Error(run.errors.map((error) => formatValidationError(error, 'en')).join('\n'));
  return run.result;
}

describe('content/pricing/presets.json', () => {
  it('passes its checks: kebab-case ids, unique, titles and descriptions in both languages', () => {
    expect(presetProblems(presets)).toEqual([]);
  });

  it.each<[string, (copy: Record<string, any>[]) => void, string]>([
    ['a repeated id', (copy) => (copy[1]!.id = copy[0]!.id), '[1].id: "proof-of-concept" is not allowed (must be unique in its list'],
    ['an empty English title', (copy) => (copy[0]!.title.en = ''), '[0].title.en: "" is not allowed (must be non-empty text)'],
    ['a scenario that is not an object', (copy) => (copy[2]!.scenario = 'fast'), '[2].scenario: "fast" is not allowed (must be an object)'],
    ['an unknown field', (copy) => (copy[0]!.colour = 'red'), '[0].colour: unknown field'],
  ])('refuses %s, naming the field', (_, breakIt, message) => {
    const copy = structuredClone(presets) as unknown as Record<string, any>[];
    breakIt(copy);
    expect(presetProblems(copy).map((problem) => formatValidationError(problem, 'en'))).toContainEqual(expect.stringContaining(message));
  });

  it.each(presets.map((preset) => [preset.id, preset] as const))('%s is a valid scenario', (_, preset) => {
    const run = runScenario(preset.scenario, prices);
    expect(run.ok ? [] : run.errors.map((error) => formatValidationError(error, 'en'))).toEqual([]);
  });

  it.each([
    ['proof-of-concept', 'onDemand', ['development-stage', 'on-demand-cost']],
    ['steady-production', 'provisioned', ['strict-latency-sla', 'provisioned-cheaper']],
    ['bursty', 'onDemand', ['on-demand-within-quota', 'on-demand-cost', 'provisioned-not-cheaper']],
    ['event-driven-sporadic', 'lambda', ['event-driven', 'cold-start-within-sla', 'lambda-cost']],
    ['fine-tuned-in-bedrock', 'provisioned', ['fine-tuned-in-bedrock', 'nova-custom-exception', 'provisioned-cost']],
    ['own-open-weights', 'sagemaker', ['own-weights', 'sagemaker-cost']],
    ['model-cascade', 'onDemand', ['on-demand-within-quota', 'on-demand-cost', 'missing-provisioned-input', 'cascade-pays']],
  ])('%s recommends %s', (id, option, codes) => {
    const { recommendation } = evaluatePreset(id);
    expect(recommendation.option).toBe(option);
    expect(recommendation.reasons.map((reason) => reason.code)).toEqual(codes);
  });

  it('covers every preset in the table above', () => {
    expect(presets.map((preset) => preset.id)).toEqual([
      'proof-of-concept',
      'steady-production',
      'bursty',
      'event-driven-sporadic',
      'fine-tuned-in-bedrock',
      'own-open-weights',
      'model-cascade',
    ]);
  });

  it('shows the bursty case has no break-even at any term', () => {
    expect(evaluatePreset('bursty').provisioned?.breakEven).toEqual({ none: null, '1-month': null, '6-month': null });
  });

  it('shows the steady case breaking even on the 6-month term only', () => {
    const { provisioned } = evaluatePreset('steady-production');
    expect(provisioned?.breakEven['6-month']).toBeCloseTo(927_272.73, 2);
    expect(provisioned?.breakEven['1-month']).toBeNull();
  });

  it('shows the cascade between two models 3x apart in price saving 41.83%, short of the 60-80% band', () => {
    expect(evaluatePreset('model-cascade').cascade?.savings).toBeCloseTo(0.4183, 4);
  });
});
