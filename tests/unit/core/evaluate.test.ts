import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, resultJson, runScenario, type EvaluationResult } from '../../../src/core/evaluate';
import type { Note } from '../../../src/core/notes';
import { parseScenario } from '../../../src/core/scenario';
import { shippedPrices } from '../../../src/core/shipped-data';

const prices = shippedPrices;
const FIXTURES = join(import.meta.dirname, '../../fixtures/scenarios');

const WORKLOAD = {
  requestsPerDay: 100_000,
  inputTokens: 1000,
  outputTokens: 300,
  hourlyWeights: 'steady',
  burstFactor: 1,
};
// The worked example of docs/simulator-model.md section 11, in its own figures (2024 Titan Text Express and Claude 3
// Haiku / 3.5 Sonnet prices), so that refreshing the price data does not move the anchors.
const LESSON_MODEL = { priceIn: 0.2, priceOut: 0.6, tpm: 300_000, rpm: 400, burndown: 1, ttftSeconds: 0.6, outputTokensPerSecond: 80 };
const LESSON_HOURLY = { none: 20.5, '1-month': 18.4, '6-month': 14.8 };
const SMALL = { priceIn: 0.25, priceOut: 1.25, tpm: 2_000_000, ttftSeconds: 0.4, outputTokensPerSecond: 120 };
const LARGE = { priceIn: 3, priceOut: 15, tpm: 400_000, ttftSeconds: 0.8, outputTokensPerSecond: 60 };
const SECTIONS = {
  provisioned: { term: '1-month', tpmPerUnit: 2_000_000, hourly: LESSON_HOURLY },
  lambda: {},
  sagemaker: { paramsB: 8, precision: 'bf16' },
  cascade: { small: SMALL, large: LARGE, ps: 0.8, e: 0.1, cr: 0.0002625 },
};

function evaluate(input: unknown): EvaluationResult {
  const run = runScenario(input, prices);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return run.result;
}

function notesOf(result: EvaluationResult): Note[] {
  return [
    ...result.recommendation.reasons,
    ...Object.values(result.provisioned?.breakEvenReasons ?? {}),
    ...(result.sagemaker && !result.sagemaker.fits ? [result.sagemaker.reason] : []),
    ...(result.cascade?.savingsReason ? [result.cascade.savingsReason] : []),
  ];
}

describe('evaluateScenario', () => {
  it.each([
    ['only the required input', {}, ['onDemand', 'recommendation']],
    ['provisioned', { provisioned: SECTIONS.provisioned }, ['onDemand', 'provisioned', 'recommendation']],
    ['lambda', { lambda: SECTIONS.lambda }, ['onDemand', 'lambda', 'recommendation']],
    ['sagemaker', { sagemaker: SECTIONS.sagemaker }, ['onDemand', 'sagemaker', 'recommendation']],
    ['cascade', { cascade: SECTIONS.cascade }, ['onDemand', 'cascade', 'recommendation']],
    ['every section', SECTIONS, ['onDemand', 'provisioned', 'lambda', 'sagemaker', 'cascade', 'recommendation']],
  ])('shows a section only when its input is given: %s', (_, sections, keys) => {
    expect(Object.keys(evaluate({ workload: WORKLOAD, model: LESSON_MODEL, ...sections }))).toEqual(keys);
  });

  it('reproduces the lesson anchors', () => {
    const result = evaluate({ workload: WORKLOAD, model: LESSON_MODEL, ...SECTIONS });
    expect(result.onDemand.costPerRequest).toBeCloseTo(0.00038, 12);
    expect(result.provisioned?.breakEven['1-month']).toBeCloseTo(1_162_105.26, 2);
    expect(result.cascade?.savings).toBeCloseTo(0.6183, 4);
  });

  it('gives a reason for each term without a break-even, and only then', () => {
    const withBreakEven = evaluate({
      workload: WORKLOAD,
      model: LESSON_MODEL,
      provisioned: SECTIONS.provisioned,
    });
    expect(withBreakEven.provisioned).not.toHaveProperty('breakEvenReasons');
    const partly = evaluate({ workload: WORKLOAD, model: LESSON_MODEL, provisioned: { term: '6-month', hourly: LESSON_HOURLY, tpmPerUnit: 1_000_000 } });
    expect(partly.provisioned?.breakEven).toMatchObject({ none: null, '1-month': null });
    expect(Object.keys(partly.provisioned?.breakEvenReasons ?? {})).toEqual(['none', '1-month']);
  });

  it('uses the Lambda INIT time of the price data for the cold start when no lambda input is given', () => {
    const context = { invocation: 'event-driven', latencySlaSeconds: 4.6 };
    // 0.6 s to the first token + 300 / 80 s = 4.35 s, plus 0.3 s of INIT = 4.65 s > 4.6 s.
    expect(evaluate({ workload: WORKLOAD, model: LESSON_MODEL, context }).recommendation.option).toBe('provisioned');
    expect(evaluate({ workload: WORKLOAD, model: LESSON_MODEL, lambda: { initSeconds: 0.2 }, context }).recommendation.option).toBe('lambda');
  });

  it('is the same from runScenario as from parseScenario then evaluateScenario', () => {
    const input = { workload: WORKLOAD, model: LESSON_MODEL, ...SECTIONS };
    const parsed = parseScenario(input, prices);
    if (!parsed.ok) throw new Error('expected a valid scenario');
    expect(evaluate(input)).toEqual(evaluateScenario(parsed.scenario, prices));
  });
});

describe('resultJson', () => {
  const result = evaluate({
    workload: WORKLOAD,
    model: LESSON_MODEL,
    ...SECTIONS,
    provisioned: { term: '1-month', hourly: LESSON_HOURLY, tpmPerUnit: 1_000_000 },
    sagemaker: { paramsB: 405, precision: 'fp16' },
  });

  it.each(['en', 'vi'] as const)('reduces every note to { code, topic, text } in %s', (locale) => {
    const json = resultJson(result, locale);
    const notes = [
      ...json.recommendation.reasons,
      ...Object.values((json.provisioned as { breakEvenReasons: object }).breakEvenReasons),
      (json.sagemaker as { reason: object }).reason,
    ];
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes) expect(Object.keys(note)).toEqual(['code', 'topic', 'text']);
    expect(json.recommendation.reasons[0]?.text).toBe(result.recommendation.reasons[0]?.text[locale]);
  });

  it('keeps the numbers as they are', () => {
    const json = resultJson(result, 'en');
    expect(json.onDemand).toEqual(result.onDemand);
    expect(json.provisioned?.breakEven).toEqual(result.provisioned?.breakEven);
    expect(json.cascade).toEqual(result.cascade);
  });
});

describe('the scenarios in tests/fixtures/scenarios', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));

  it('are at least three', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['all-sections.json', 'provisioned'],
    ['bursty-office-hours.json', 'onDemand'],
    ['llama-70b-own-weights.json', 'sagemaker'],
    ['support-chatbot-cascade.json', 'provisioned'],
    ['titan-steady-100k.json', 'onDemand'],
  ])('%s evaluates and recommends %s', (file, option) => {
    const result = evaluate(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
    expect(result.recommendation.option).toBe(option);
    for (const note of notesOf(result)) {
      expect(note.text.en).not.toBe('');
      expect(note.text.vi).not.toBe('');
    }
  });
});
