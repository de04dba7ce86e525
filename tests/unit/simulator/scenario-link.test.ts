import { describe, expect, it } from 'vitest';
import { decodeScenarioParam, encodeScenarioParam, openScenario } from '../../../src/lib/simulator/scenario-link';
import { shippedPrices, shippedPresets } from '../../../src/core/shipped-data';

const prices = shippedPrices;
const fallback = shippedPresets[0]!.scenario;
const cascadePreset = shippedPresets.find((preset) => preset.id === 'model-cascade')!.scenario;

describe('the scenario in a link', () => {
  it.each([
    ['a preset', cascadePreset],
    ['Vietnamese text', { note: 'Trợ lý tóm tắt tài liệu, latency SLA 3 giây — đ Đ ư ơ', emoji: '🚀' }],
    ['characters base64 writes as + and /', { text: '>>>???~~~' }],
  ])('round-trips %s, in URL-safe characters only', (_, json) => {
    const param = encodeScenarioParam(json);
    expect(param).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeScenarioParam(param)).toEqual(json);
  });

  it.each([
    ['not base64url', 'abc+/=='],
    ['base64 of bytes that are not UTF-8', btoa('\xff\xfe').replace(/\//g, '_').replace(/=+$/, '')],
    ['UTF-8 that is not JSON', btoa('{not json').replace(/=+$/, '')],
    ['a cut-off link', encodeScenarioParam(cascadePreset).slice(0, 40)],
  ])('reads nothing from %s', (_, param) => {
    expect(decodeScenarioParam(param)).toBeUndefined();
  });
});

describe('openScenario', () => {
  it('opens a valid link', () => {
    const opened = openScenario({ param: encodeScenarioParam(cascadePreset), stored: null, fallback }, prices);
    expect(opened.problem).toBeNull();
    expect(opened.json).toEqual(cascadePreset);
    expect(opened.scenario.cascade?.ps).toBe(0.8);
  });

  it('opens the default with a notice for an unreadable link, even when a scenario is stored', () => {
    const opened = openScenario({ param: 'x!x', stored: JSON.stringify(cascadePreset), fallback }, prices);
    expect(opened.json).toBe(fallback);
    expect(opened.problem).toEqual({ source: 'link', errors: null });
  });

  it('opens the default with the reasons for an outdated link (a field renamed, a value out of range)', () => {
    const outdated = { ...cascadePreset, workload: { ...(cascadePreset.workload as object), burstFactor: 15, requestsPerDays: 1 } };
    const opened = openScenario({ param: encodeScenarioParam(outdated), stored: null, fallback }, prices);
    expect(opened.json).toBe(fallback);
    expect(opened.problem?.source).toBe('link');
    expect(opened.problem?.errors?.map((error) => error.field).sort()).toEqual(['workload.burstFactor', 'workload.requestsPerDays']);
  });

  it('opens the stored scenario when there is no link', () => {
    const opened = openScenario({ param: null, stored: JSON.stringify(cascadePreset), fallback }, prices);
    expect(opened).toMatchObject({ json: cascadePreset, problem: null });
  });

  it.each(['{not json', 'null', '[]', JSON.stringify({ workload: {} })])('opens the default with a notice for stored %s', (stored) => {
    const opened = openScenario({ param: null, stored, fallback }, prices);
    expect(opened.json).toBe(fallback);
    expect(opened.problem?.source).toBe('stored');
  });

  it('opens the default quietly when nothing is stored', () => {
    expect(openScenario({ param: null, stored: null, fallback }, prices)).toMatchObject({ json: fallback, problem: null });
  });
});
