import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultJson, runScenario } from '../../../src/core/evaluate';
import { parseScenario } from '../../../src/core/scenario';
import { compileDraft, draftFromScenario, evaluateDraft, selectModel, selectProfile, type Draft } from '../../../src/lib/simulator/draft';
import { NUMBER_FIELDS } from '../../../src/lib/simulator/fields';
import { shippedPrices, shippedPresets } from '../../../src/core/shipped-data';

const prices = shippedPrices;
const FIXTURES = new URL('../../fixtures/scenarios/', import.meta.url);
const scenarios: [string, unknown][] = [
  ...readdirSync(FIXTURES).map((file): [string, unknown] => [file, JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'))]),
  ...shippedPresets.map((preset): [string, unknown] => [`preset ${preset.id}`, preset.scenario]),
];

function draftOf(json: unknown): Draft {
  const parsed = parseScenario(json, prices);
  if (!parsed.ok) throw new Error('invalid test scenario');
  return draftFromScenario(json, parsed.scenario, prices);
}

describe('the form of a scenario', () => {
  it.each(scenarios)('%s evaluates to exactly what the CLI prints for it', (_, json) => {
    const evaluation = evaluateDraft(draftOf(json), prices, 'en');
    expect(evaluation.fieldErrors).toEqual({});
    const cli = runScenario(json, prices);
    if (!cli.ok || !evaluation.run) throw new Error('expected both to run');
    expect(resultJson(evaluation.run.result, 'en')).toEqual(resultJson(cli.result, 'en'));
  });

  it('writes a data model back as its id, and as the id with the figures once one is changed', () => {
    const draft = draftOf(shippedPresets[0]!.scenario);
    expect(compileDraft(draft, prices, 'en').json.model).toBe('claude-haiku-4-5');
    draft.texts['model.tpm'] = '4000000';
    expect(compileDraft(draft, prices, 'en').json.model).toMatchObject({ id: 'claude-haiku-4-5', tpm: 4000000 });
  });

  it('fills the model figures and the provisioned prices from the price data when a model is picked', () => {
    const draft = draftOf(shippedPresets[0]!.scenario);
    selectModel(draft, 'nova-lite', prices);
    expect(draft.texts['model.priceIn']).toBe('0.06');
    expect(draft.texts['provisioned.hourly.6-month']).toBe('5.1');
    expect(draft.hasRpm).toBe(false);
  });

  it('starts the 24-hour editor from the profile shown', () => {
    const draft = draftOf(shippedPresets[0]!.scenario);
    expect(draft.profile).toBe('business-hours');
    selectProfile(draft, 'custom');
    expect(draft.texts['workload.hourlyWeights[7]']).toBe('0');
    expect(draft.texts['workload.hourlyWeights[8]']).toBe('1');
    expect(compileDraft(draft, prices, 'en').json.workload).toMatchObject({ hourlyWeights: expect.any(Array) });
  });
});

describe('bad input in the form', () => {
  /** Every section on, the 24-hour editor and the optional fields shown: every numeric field in play. */
  function everyFieldShown(): Draft {
    const draft = draftOf(JSON.parse(readFileSync(new URL('all-sections.json', FIXTURES), 'utf8')));
    draft.hasRpm = true;
    draft.hasSla = true;
    return draft;
  }

  it.each(NUMBER_FIELDS.map((field) => field.key))('%s: -5, abc, 1e400 and nothing each give a message naming the field', (key) => {
    const label = NUMBER_FIELDS.find((field) => field.key === key)!.label.en;
    for (const text of ['-5', 'abc', '1e400', '']) {
      const draft = everyFieldShown();
      draft.texts[key] = text;
      const evaluation = evaluateDraft(draft, prices, 'en');
      // -5 is allowed nowhere: every rule has a lower bound of 0 or more.
      expect(evaluation.fieldErrors[key], `${key} = ${JSON.stringify(text)}`).toMatch(new RegExp(`^${label.replace(/[()]/g, '\\$&')}: `));
      expect(evaluation.run).toBeNull();
      expect(JSON.stringify(evaluation)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('puts the weights adding up to 0 on the profile', () => {
    const draft = everyFieldShown();
    for (let hour = 0; hour < 24; hour++) draft.texts[`workload.hourlyWeights[${hour}]`] = '0';
    expect(evaluateDraft(draft, prices, 'vi').fieldErrors['workload.hourlyWeights']).toMatch(/tổng phải là số hữu hạn lớn hơn 0/);
  });

  it('ignores fields of a section that is off', () => {
    const draft = everyFieldShown();
    draft.sections.lambda = false;
    draft.texts['lambda.memoryGB'] = 'abc';
    expect(evaluateDraft(draft, prices, 'en').run).not.toBeNull();
  });
});
