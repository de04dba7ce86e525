import { describe, expect, it } from 'vitest';
import { priceDataProblems } from '../../../src/core/pricing';
import { formatValidationError } from '../../../src/core/validation-text';
import { shippedPrices } from '../../../src/core/shipped-data';

type Node = Record<string | number, unknown>;

/** The shipped files with one value replaced (or removed, for undefined). */
function withValue(path: readonly (string | number)[], value: unknown): Node {
  const data = structuredClone(shippedPrices) as unknown as Node;
  let node = data;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}

function errorsOf(data: unknown): string[] {
  return priceDataProblems(data).map((problem) => formatValidationError(problem, 'en'));
}

describe('the shipped price data', () => {
  it('passes the schema', () => {
    expect(errorsOf(shippedPrices)).toEqual([]);
    expect(shippedPrices.models.length).toBeGreaterThan(0);
  });

  it('prices the current Bedrock models, each dated within 2026 and sourced', () => {
    const data = shippedPrices;
    expect(data.models.map((model) => model.id)).toEqual([
      'claude-haiku-4-5',
      'claude-sonnet-4-5',
      'claude-sonnet-4-6',
      'claude-opus-4-5',
      'claude-sonnet-5-5',
      'claude-opus-5-5',
      'nova-micro',
      'nova-lite',
      'nova-pro',
      'nova-2-lite',
      'llama-3-1-8b-instruct',
      'llama-3-1-70b-instruct',
      'llama-3-3-70b-instruct',
      'llama-4-maverick',
    ]);
    for (const entry of [...data.models, ...data.provisioned]) {
      expect(entry.asOf, JSON.stringify(entry)).toMatch(/^2026-/);
      expect(entry.source.length).toBeGreaterThan(20);
    }
  });

  it('sells Provisioned Throughput for current models, an unpublished hourly price labelled an assumption', () => {
    const data = shippedPrices;
    expect(data.provisioned.map((price) => price.modelId)).toEqual(['nova-lite', 'llama-3-1-8b-instruct', 'llama-3-1-70b-instruct']);
    expect(data.provisioned[0]?.assumptions?.hourly).toMatch(/Illustrative/);
    // The Llama 3.1 model-unit prices are published (us-west-2), so they are not assumptions.
    expect(data.provisioned[2]).toMatchObject({ hourly: { none: 24, '1-month': 21.18, '6-month': 13.08 } });
    expect(data.provisioned[2]?.assumptions?.hourly).toBeUndefined();
    expect(data.instances).toHaveLength(9);
  });

  it.each([
    ['claude-haiku-4-5', 1, 5],
    ['claude-opus-4-5', 5, 25],
    ['nova-micro', 0.035, 0.14],
    ['nova-2-lite', 0.3, 2.5],
  ])('prices %s at %d / %d per 1M tokens', (id, priceIn, priceOut) => {
    expect(shippedPrices.models.find((model) => model.id === id)).toMatchObject({ priceIn, priceOut });
  });

  it('burns output tokens 5x for Claude 4.7 and below, 10x for the Claude 5.5 models, 1x for the others', () => {
    const byRate = (rate: number) => shippedPrices.models.filter((model) => model.burndown === rate).map((model) => model.id);
    expect(byRate(5)).toEqual(['claude-haiku-4-5', 'claude-sonnet-4-5', 'claude-sonnet-4-6', 'claude-opus-4-5']);
    expect(byRate(10)).toEqual(['claude-sonnet-5-5', 'claude-opus-5-5']);
    expect(byRate(1).every((id) => !id.startsWith('claude-'))).toBe(true);
  });

  it('labels every default quota an assumption: AWS publishes none for these models', () => {
    expect(shippedPrices.models.filter((model) => !model.assumptions?.tpm).map((model) => model.id)).toEqual([]);
  });
});

describe('priceDataProblems refuses a broken entry with a precise message', () => {
  it.each<[string, readonly (string | number)[], unknown, string]>([
    ['an entry without asOf', ['models', 3, 'asOf'], undefined, 'models[3].asOf: missing (must be a date, YYYY-MM or YYYY-MM-DD)'],
    ['a badly written date', ['models', 0, 'asOf'], '2025/07', 'models[0].asOf: "2025/07" is not allowed (must be a date, YYYY-MM or YYYY-MM-DD)'],
    ['an instance without source', ['instances', 2, 'source'], undefined, 'instances[2].source: missing (must be non-empty text)'],
    ['Lambda prices without asOf', ['lambda', 'asOf'], undefined, 'lambda.asOf: missing (must be a date, YYYY-MM or YYYY-MM-DD)'],
    ['a negative price', ['models', 0, 'priceIn'], -1, 'models[0].priceIn: -1 is not allowed (must be a finite number >= 0)'],
    ['a price as text', ['models', 0, 'priceOut'], '0.6', 'models[0].priceOut: "0.6" is not allowed (must be a finite number >= 0)'],
    [
      'an id that is not kebab-case',
      ['models', 0, 'id'],
      'Titan Lite',
      'models[0].id: "Titan Lite" is not allowed (must be kebab-case: lower-case a-z and 0-9 joined by single hyphens)',
    ],
    [
      'a duplicate id',
      ['models', 1, 'id'],
      'claude-haiku-4-5',
      'models[1].id: "claude-haiku-4-5" is not allowed (must be unique in its list: an earlier entry has it)',
    ],
    [
      'an unknown key',
      ['models', 0, 'price'],
      1,
      'models[0].price: unknown field (known fields: id, name, priceIn, priceOut, tpm, burndown, ttftSeconds, outputTokensPerSecond, rpm, asOf, source, note, assumptions)',
    ],
    ['an unflagged ttft', ['models', 0, 'assumptions', 'ttftSeconds'], undefined, 'must flag "ttftSeconds" as an assumption: AWS does not publish it'],
    ['an unflagged tokens-per-unit figure', ['provisioned', 0, 'assumptions'], undefined, 'must flag "tpmPerUnit" as an assumption: AWS does not publish it'],
    [
      'an assumption on a published field',
      ['models', 0, 'assumptions', 'priceIn'],
      'guess',
      'models[0].assumptions.priceIn: "guess" is not allowed (must name an assumable field this entry has (tpm, rpm, ttftSeconds, outputTokensPerSecond))',
    ],
    [
      'an assumption on an absent field',
      ['models', 0, 'assumptions', 'rpm'],
      'guess',
      'models[0].assumptions.rpm: "guess" is not allowed (must name an assumable field this entry has (tpm, rpm, ttftSeconds, outputTokensPerSecond))',
    ],
  ])('%s', (_, path, value, message) => {
    expect(errorsOf(withValue(path, value))).toContainEqual(expect.stringContaining(message));
  });

  it('reports every broken entry, not just the first', () => {
    const data = withValue(['models', 0, 'asOf'], undefined) as { models: Node[] };
    delete (data.models[5] as Node).source;
    expect(errorsOf(data)).toEqual(['models[0].asOf: missing (must be a date, YYYY-MM or YYYY-MM-DD)', 'models[5].source: missing (must be non-empty text)']);
  });
});
