import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario';
import type { ValidationError } from '../../../src/core/validation';
import { formatValidationError } from '../../../src/core/validation-text';
import { shippedPrices } from '../../../src/core/shipped-data';

const prices = shippedPrices;
const MODEL_IDS = prices.models.map((model) => model.id).join(', ');

/** A valid scenario with every section. */
const BASE = {
  workload: { requestsPerDay: 100_000, inputTokens: 1000, outputTokens: 300, hourlyWeights: 'steady', burstFactor: 1 },
  model: 'nova-lite',
  provisioned: { term: '1-month' },
  lambda: {},
  sagemaker: { paramsB: 8, precision: 'bf16' },
  cascade: { small: 'claude-haiku-4-5', large: 'claude-sonnet-4-5', ps: 0.8, e: 0.1 },
  context: { stage: 'production' },
};

type Node = Record<string | number, unknown>;

/** BASE with one value replaced (or removed, for undefined). */
function withValue(path: readonly (string | number)[], value: unknown): Node {
  const scenario = structuredClone(BASE) as Node;
  let node = scenario;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return scenario;
}

function errorsOf(input: unknown): ValidationError[] {
  const parsed = parseScenario(input, prices);
  if (parsed.ok) throw new Error('expected the scenario to be refused');
  return parsed.errors;
}

const weightsWith = (hour: number, value: unknown) => Array.from({ length: 24 }, (_, h) => (h === hour ? value : 1));

describe('parseScenario: defaults', () => {
  const parsed = parseScenario(BASE, prices);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => formatValidationError(error, 'en')).join('\n'));
  const { scenario } = parsed;

  it('resolves a model id to the figures of the price data', () => {
    expect(scenario.model).toEqual({
      id: 'nova-lite',
      priceIn: 0.06,
      priceOut: 0.24,
      tpm: 2_000_000,
      rpm: null,
      burndown: 1,
      ttftSeconds: 0.4,
      outputTokensPerSecond: 150,
    });
  });

  it.each([
    ['the weights preset', scenario.workload.hourlyWeights, Array.from({ length: 24 }, () => 1)],
    ['provisioned hourly prices from the data', scenario.provisioned?.hourly, { none: 7.1, '1-month': 6.4, '6-month': 5.1 }],
    ['provisioned tpmPerUnit from the data', scenario.provisioned?.tpmPerUnit, 1_000_000],
    ['lambda defaults', scenario.lambda, { memoryGB: 0.5, arch: 'x86', idleMinutes: 10, initSeconds: 0.3 }],
    [
      'sagemaker defaults',
      { ...scenario.sagemaker, instances: undefined },
      { paramsB: 8, precision: 'bf16', memoryOverhead: 0.2, batch: 8, minInstances: 1, instances: undefined },
    ],
    ['the instance catalogue', scenario.sagemaker?.instances.length, prices.instances.length],
    ['cascade router and gate', [scenario.cascade?.cr, scenario.cascade?.cg], [0, 0]],
    ['cascade models by id', [scenario.cascade?.small.priceIn, scenario.cascade?.large.priceOut], [1, 15]],
    [
      'context defaults',
      scenario.context,
      {
        stage: 'production',
        modelSource: 'bedrock',
        invocation: 'request-response',
        latencySlaSeconds: null,
        maxThrottledShare: 0.01,
      },
    ],
  ])('applies %s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('leaves absent sections null', () => {
    const minimal = { workload: BASE.workload, model: BASE.model };
    expect(parseScenario(minimal, prices)).toMatchObject({
      ok: true,
      scenario: { provisioned: null, lambda: null, sagemaker: null, cascade: null },
    });
  });

  it('treats null optional fields as not given', () => {
    const parsedNull = parseScenario({ ...BASE, lambda: null, context: { latencySlaSeconds: null, stage: null } }, prices);
    expect(parsedNull).toMatchObject({
      ok: true,
      scenario: { lambda: null, context: { latencySlaSeconds: null, stage: 'production' } },
    });
  });

  it('lets inline numbers win over the data', () => {
    const parsedInline = parseScenario({ workload: BASE.workload, model: { id: 'claude-haiku-4-5', tpm: 4_000_000, rpm: null } }, prices);
    expect(parsedInline).toMatchObject({
      ok: true,
      scenario: { model: { id: 'claude-haiku-4-5', priceIn: 1, tpm: 4_000_000 } },
    });
  });

  it('takes a model given only by numbers, with burndown 1 and no RPM by default', () => {
    const model = { priceIn: 1, priceOut: 2, tpm: 10_000, ttftSeconds: 1, outputTokensPerSecond: 50 };
    const parsedInline = parseScenario({ workload: BASE.workload, model }, prices);
    expect(parsedInline).toMatchObject({
      ok: true,
      scenario: { model: { ...model, id: null, rpm: null, burndown: 1 } },
    });
  });

  it('takes a cascade model given by its prices only', () => {
    const cascade = { ...BASE.cascade, small: { priceIn: 0.035, priceOut: 0.14 } };
    expect(parseScenario({ ...BASE, cascade }, prices)).toMatchObject({
      ok: true,
      scenario: { cascade: { small: { id: null, priceIn: 0.035, priceOut: 0.14 } } },
    });
  });
});

describe('parseScenario: bad input is refused with field, value and rule', () => {
  it.each<[string, readonly (string | number)[], unknown, string, unknown, string]>([
    [
      'burst factor too high',
      ['workload', 'burstFactor'],
      15,
      'workload.burstFactor',
      15,
      'workload.burstFactor: 15 is not allowed (must be between 1 and 12)',
    ],
    [
      'burst factor below 1',
      ['workload', 'burstFactor'],
      0.5,
      'workload.burstFactor',
      0.5,
      'workload.burstFactor: 0.5 is not allowed (must be between 1 and 12)',
    ],
    [
      'negative requests',
      ['workload', 'requestsPerDay'],
      -1,
      'workload.requestsPerDay',
      -1,
      'workload.requestsPerDay: -1 is not allowed (must be between 0 and 10,000,000,000)',
    ],
    [
      'text for a number',
      ['workload', 'requestsPerDay'],
      'abc',
      'workload.requestsPerDay',
      'abc',
      'workload.requestsPerDay: "abc" is not allowed (must be between 0 and 10,000,000,000)',
    ],
    [
      'a numeric string',
      ['workload', 'inputTokens'],
      '1000',
      'workload.inputTokens',
      '1000',
      'workload.inputTokens: "1000" is not allowed (must be between 0 and 10,000,000)',
    ],
    [
      'NaN',
      ['workload', 'requestsPerDay'],
      Number.NaN,
      'workload.requestsPerDay',
      Number.NaN,
      'workload.requestsPerDay: NaN is not allowed (must be between 0 and 10,000,000,000)',
    ],
    [
      'Infinity',
      ['workload', 'inputTokens'],
      Number.POSITIVE_INFINITY,
      'workload.inputTokens',
      Number.POSITIVE_INFINITY,
      'workload.inputTokens: Infinity is not allowed (must be between 0 and 10,000,000)',
    ],
    [
      '1e400, which JSON reads as Infinity',
      ['workload', 'outputTokens'],
      JSON.parse('1e400'),
      'workload.outputTokens',
      Number.POSITIVE_INFINITY,
      'workload.outputTokens: Infinity is not allowed (must be between 0 and 10,000,000)',
    ],
    [
      'a missing number',
      ['workload', 'requestsPerDay'],
      undefined,
      'workload.requestsPerDay',
      undefined,
      'workload.requestsPerDay: missing (must be between 0 and 10,000,000,000)',
    ],
    [
      'null for a required number',
      ['workload', 'burstFactor'],
      null,
      'workload.burstFactor',
      null,
      'workload.burstFactor: null is not allowed (must be between 1 and 12)',
    ],
    [
      'unknown weights preset',
      ['workload', 'hourlyWeights'],
      'weekly',
      'workload.hourlyWeights',
      'weekly',
      'workload.hourlyWeights: "weekly" is not allowed (must be "steady", "business-hours" or a list of 24 numbers)',
    ],
    [
      'weights of the wrong length',
      ['workload', 'hourlyWeights'],
      [1, 1, 1],
      'workload.hourlyWeights',
      [1, 1, 1],
      'workload.hourlyWeights: [1,1,1] is not allowed (must have exactly 24 items)',
    ],
    [
      'weights summing to 0',
      ['workload', 'hourlyWeights'],
      weightsWith(-1, 0).map(() => 0),
      'workload.hourlyWeights',
      weightsWith(-1, 0).map(() => 0),
      `workload.hourlyWeights: ${JSON.stringify(weightsWith(-1, 0).map(() => 0))} is not allowed (must add up to a finite number above 0)`,
    ],
    [
      'a negative weight',
      ['workload', 'hourlyWeights'],
      weightsWith(3, -1),
      'workload.hourlyWeights[3]',
      -1,
      'workload.hourlyWeights[3]: -1 is not allowed (must be between 0 and 1,000,000)',
    ],
    [
      'a text weight',
      ['workload', 'hourlyWeights'],
      weightsWith(5, 'x'),
      'workload.hourlyWeights[5]',
      'x',
      'workload.hourlyWeights[5]: "x" is not allowed (must be between 0 and 1,000,000)',
    ],
    ['an unknown model id', ['model'], 'gpt-4', 'model', 'gpt-4', `model: "gpt-4" is not allowed (must be the id of a model in the price data: ${MODEL_IDS})`],
    ['a number for a model', ['model'], 42, 'model', 42, 'model: 42 is not allowed (must be the id of a model in the price data or an object of numbers)'],
    [
      'an unknown model id inline',
      ['model'],
      { id: 'gpt-4', tpm: 5 },
      'model.id',
      'gpt-4',
      `model.id: "gpt-4" is not allowed (must be the id of a model in the price data: ${MODEL_IDS})`,
    ],
    [
      'a zero TPM quota',
      ['model'],
      { id: 'claude-haiku-4-5', tpm: 0 },
      'model.tpm',
      0,
      'model.tpm: 0 is not allowed (must be between 1 and 1,000,000,000,000)',
    ],
    [
      'an unknown term',
      ['provisioned', 'term'],
      'weekly',
      'provisioned.term',
      'weekly',
      'provisioned.term: "weekly" is not allowed (must be one of "none", "1-month", "6-month")',
    ],
    [
      'a negative tpmPerUnit',
      ['provisioned', 'tpmPerUnit'],
      -5,
      'provisioned.tpmPerUnit',
      -5,
      'provisioned.tpmPerUnit: -5 is not allowed (must be between 1 and 1,000,000,000,000)',
    ],
    [
      'a text hourly price',
      ['provisioned', 'hourly'],
      { '1-month': 'cheap' },
      'provisioned.hourly.1-month',
      'cheap',
      'provisioned.hourly.1-month: "cheap" is not allowed (must be between 0 and 1,000,000)',
    ],
    ['too much Lambda memory', ['lambda', 'memoryGB'], 20, 'lambda.memoryGB', 20, 'lambda.memoryGB: 20 is not allowed (must be between 0.125 and 10.24)'],
    ['an unknown architecture', ['lambda', 'arch'], 'riscv', 'lambda.arch', 'riscv', 'lambda.arch: "riscv" is not allowed (must be one of "x86", "arm")'],
    ['negative idle minutes', ['lambda', 'idleMinutes'], -1, 'lambda.idleMinutes', -1, 'lambda.idleMinutes: -1 is not allowed (must be between 0 and 1,440)'],
    [
      'an unknown precision',
      ['sagemaker', 'precision'],
      'fp8',
      'sagemaker.precision',
      'fp8',
      'sagemaker.precision: "fp8" is not allowed (must be one of "fp32", "fp16", "bf16", "int8", "int4")',
    ],
    ['zero parameters', ['sagemaker', 'paramsB'], 0, 'sagemaker.paramsB', 0, 'sagemaker.paramsB: 0 is not allowed (must be between 0.001 and 100,000)'],
    [
      'half an instance',
      ['sagemaker', 'minInstances'],
      1.5,
      'sagemaker.minInstances',
      1.5,
      'sagemaker.minInstances: 1.5 is not allowed (must be a whole number >= 1 and <= 1,000)',
    ],
    [
      'an empty instance list',
      ['sagemaker', 'instances'],
      [],
      'sagemaker.instances',
      [],
      'sagemaker.instances: [] is not allowed (must be a list with at least 1 item)',
    ],
    [
      'an instance without GPU memory',
      ['sagemaker', 'instances'],
      [{ type: 'x', gpuMemoryGB: 0, memoryBandwidthGBs: 600, hourly: 1 }],
      'sagemaker.instances[0].gpuMemoryGB',
      0,
      'sagemaker.instances[0].gpuMemoryGB: 0 is not allowed (must be a finite number > 0 and <= 1,000,000)',
    ],
    ['a share above 1', ['cascade', 'ps'], 1.5, 'cascade.ps', 1.5, 'cascade.ps: 1.5 is not allowed (must be between 0 and 1)'],
    ['a negative escalation share', ['cascade', 'e'], -0.1, 'cascade.e', -0.1, 'cascade.e: -0.1 is not allowed (must be between 0 and 1)'],
    ['a negative router cost', ['cascade', 'cr'], -1, 'cascade.cr', -1, 'cascade.cr: -1 is not allowed (must be between 0 and 1,000)'],
    [
      'an unknown small model',
      ['cascade', 'small'],
      'tiny',
      'cascade.small',
      'tiny',
      `cascade.small: "tiny" is not allowed (must be the id of a model in the price data: ${MODEL_IDS})`,
    ],
    [
      'an unknown stage',
      ['context', 'stage'],
      'prod',
      'context.stage',
      'prod',
      'context.stage: "prod" is not allowed (must be one of "development", "poc", "production")',
    ],
    [
      'an unknown model source',
      ['context', 'modelSource'],
      'huggingface',
      'context.modelSource',
      'huggingface',
      'context.modelSource: "huggingface" is not allowed (must be one of "bedrock", "bedrock-fine-tuned", "own-weights")',
    ],
    [
      'an unknown invocation',
      ['context', 'invocation'],
      'batch',
      'context.invocation',
      'batch',
      'context.invocation: "batch" is not allowed (must be one of "request-response", "event-driven")',
    ],
    [
      'a zero latency SLA',
      ['context', 'latencySlaSeconds'],
      0,
      'context.latencySlaSeconds',
      0,
      'context.latencySlaSeconds: 0 is not allowed (must be a finite number > 0 and <= 3,600)',
    ],
    [
      'a throttled share above 1',
      ['context', 'maxThrottledShare'],
      2,
      'context.maxThrottledShare',
      2,
      'context.maxThrottledShare: 2 is not allowed (must be between 0 and 1)',
    ],
    [
      'an unknown section',
      ['extra'],
      true,
      'extra',
      true,
      'extra: unknown field (known fields: workload, model, provisioned, lambda, sagemaker, cascade, context)',
    ],
    ['a section that is not an object', ['lambda'], 'fast', 'lambda', 'fast', 'lambda: "fast" is not allowed (must be an object)'],
  ])('%s', (_, path, value, field, shownValue, message) => {
    const errors = errorsOf(withValue(path, value));
    const error = errors.find((candidate) => candidate.field === field);
    expect(error).toBeDefined();
    expect(error?.value).toEqual(shownValue);
    expect(formatValidationError(error as ValidationError, 'en')).toBe(message);
    expect(formatValidationError(error as ValidationError, 'vi')).toMatch(
      new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: .*(không hợp lệ|bị thiếu|field không tồn tại)`),
    );
  });

  it('refuses input that is not an object at all', () => {
    expect(errorsOf([]).map((error) => formatValidationError(error, 'en'))).toEqual(['scenario: [] is not allowed (must be an object)']);
  });

  it('needs hourly prices and tpmPerUnit where the data has none for the model', () => {
    const errors = errorsOf({ ...BASE, model: 'claude-haiku-4-5' });
    expect(errors.map((error) => formatValidationError(error, 'en'))).toEqual([
      'provisioned.hourly: missing (required: the price data has no default for model "claude-haiku-4-5")',
      'provisioned.tpmPerUnit: missing (required: the price data has no default for model "claude-haiku-4-5")',
    ]);
    expect(formatValidationError(errors[0] as ValidationError, 'vi')).toBe(
      'provisioned.hourly: bị thiếu (bắt buộc: price data không có giá trị mặc định cho model "claude-haiku-4-5")',
    );
  });

  it('names every missing number of a model given only by numbers', () => {
    expect(errorsOf({ ...BASE, model: { priceIn: 1 } }).map((error) => error.field)).toEqual([
      'model.priceOut',
      'model.tpm',
      'model.ttftSeconds',
      'model.outputTokensPerSecond',
      'provisioned.hourly',
      'provisioned.tpmPerUnit',
    ]);
  });

  it('collects every error, not just the first', () => {
    const input = {
      workload: {
        requestsPerDay: -1,
        inputTokens: 'abc',
        outputTokens: 300,
        hourlyWeights: [1, 2],
        burstFactor: 15,
        burst: 2,
      },
      model: 'gpt-4',
      cascade: { small: 'claude-haiku-4-5', large: 'claude-sonnet-4-5', ps: 2, e: 0.1 },
      context: { stage: 'prod' },
    };
    expect(errorsOf(input).map((error) => error.field)).toEqual([
      'workload.burst',
      'workload.requestsPerDay',
      'workload.inputTokens',
      'workload.hourlyWeights',
      'workload.burstFactor',
      'model',
      'cascade.ps',
      'context.stage',
    ]);
  });
});
