// The scenario of docs/simulator-model.md section 10 (its rules: section 9): parsed from untrusted JSON (a file, a
// form) into typed input with every default applied. Every refused value is reported, not just the first.
import { INVOCATIONS, MODEL_SOURCES, STAGES, type Context } from './advisor';
import type { CascadeInput } from './cascade';
import { ARCHITECTURES, type LambdaInput, type ModelSpeed } from './lambda';
import type { OnDemandQuota, TokenPrices } from './on-demand';
import type { OnDemandModelEntry, PriceData } from './pricing';
import { TERMS, type HourlyPrices, type ProvisionedInput, type Term } from './provisioned';
import { PRECISIONS, type SageMakerInput, type SageMakerInstance } from './sagemaker';
import { fieldPath, isAbsent, isObject, Reader, type Rule, type ValidationError } from './validation';
import { HOURLY_WEIGHTS_PRESETS, HOURS_PER_DAY, hourlyWeightsPreset, totalWeight, type Workload } from './workload';

import type { NumberRule } from './validation';

export type { NumberRule };

/**
 * Allowed ranges. The spec asks for finite numbers >= 0; the upper bounds (far beyond any real workload)
 * keep every product finite, so no result can overflow to Infinity.
 */
export const NUMBER_RULES = {
  requestsPerDay: { min: 0, max: 1e10 },
  tokens: { min: 0, max: 1e7 },
  hourlyWeight: { min: 0, max: 1e6 },
  burstFactor: { min: 1, max: 12 },
  /** USD per 1M tokens. */
  tokenPrice: { min: 0, max: 1e4 },
  tpm: { min: 1, max: 1e12 },
  rpm: { min: 1, max: 1e9 },
  burndown: { min: 1, max: 100 },
  ttftSeconds: { min: 0, max: 3600 },
  outputTokensPerSecond: { min: 0.01, max: 1e6 },
  /** USD per model unit or instance per hour. */
  hourlyPrice: { min: 0, max: 1e6 },
  tpmPerUnit: { min: 1, max: 1e12 },
  /** Lambda's own range, 128 MB to 10,240 MB. */
  memoryGB: { min: 0.125, max: 10.24 },
  idleMinutes: { min: 0, max: 1440 },
  initSeconds: { min: 0, max: 900 },
  paramsB: { min: 0.001, max: 1e5 },
  memoryOverhead: { min: 0, max: 10 },
  batch: { min: 1, max: 1e4 },
  minInstances: { min: 1, max: 1000, integer: true },
  gpuMemoryGB: { above: 0, max: 1e6 },
  memoryBandwidthGBs: { min: 1, max: 1e9 },
  share: { min: 0, max: 1 },
  /** USD per request, for the cascade's router and quality gate. */
  requestCost: { min: 0, max: 1e3 },
  latencySlaSeconds: { above: 0, max: 3600 },
} as const satisfies Record<string, NumberRule>;

export const DEFAULTS = {
  burndown: 1,
  lambda: { memoryGB: 0.5, arch: 'x86' },
  sagemaker: { memoryOverhead: 0.2, batch: 8, minInstances: 1 },
  cascade: { cr: 0, cg: 0 },
  context: {
    stage: 'production',
    modelSource: 'bedrock',
    invocation: 'request-response',
    latencySlaSeconds: null,
    maxThrottledShare: 0.01,
  },
} as const satisfies Record<string, unknown>;

/** A Bedrock model with every figure the simulator uses; id null for a model given only by its numbers. */
export interface BedrockModel extends TokenPrices, OnDemandQuota, ModelSpeed {
  id: string | null;
}

export interface PricedModel extends TokenPrices {
  id: string | null;
}

export interface Scenario {
  workload: Workload;
  model: BedrockModel;
  provisioned: ProvisionedInput | null;
  lambda: LambdaInput | null;
  sagemaker: SageMakerInput | null;
  cascade: (CascadeInput & { small: PricedModel; large: PricedModel }) | null;
  context: Context;
}

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

const SCENARIO_KEYS = ['workload', 'model', 'provisioned', 'lambda', 'sagemaker', 'cascade', 'context'];
const WORKLOAD_KEYS = ['requestsPerDay', 'inputTokens', 'outputTokens', 'hourlyWeights', 'burstFactor'];
const MODEL_NUMBER_RULES = {
  priceIn: NUMBER_RULES.tokenPrice,
  priceOut: NUMBER_RULES.tokenPrice,
  tpm: NUMBER_RULES.tpm,
  rpm: NUMBER_RULES.rpm,
  burndown: NUMBER_RULES.burndown,
  ttftSeconds: NUMBER_RULES.ttftSeconds,
  outputTokensPerSecond: NUMBER_RULES.outputTokensPerSecond,
} as const;
type ModelNumberField = keyof typeof MODEL_NUMBER_RULES;
const MODEL_KEYS = ['id', ...Object.keys(MODEL_NUMBER_RULES)];
const PROVISIONED_KEYS = ['hourly', 'tpmPerUnit', 'term'];
const LAMBDA_KEYS = ['memoryGB', 'arch', 'idleMinutes', 'initSeconds'];
const SAGEMAKER_KEYS = ['paramsB', 'precision', 'memoryOverhead', 'batch', 'minInstances', 'instances'];
const INSTANCE_KEYS = ['type', 'gpuMemoryGB', 'memoryBandwidthGBs', 'hourly'];
const CASCADE_KEYS = ['small', 'large', 'ps', 'e', 'cr', 'cg'];
const CONTEXT_KEYS = ['stage', 'modelSource', 'invocation', 'latencySlaSeconds', 'maxThrottledShare'];

function readHourlyWeights(reader: Reader, value: unknown): number[] {
  const field = 'workload.hourlyWeights';
  const rule: Rule = { kind: 'hourlyWeights', presets: HOURLY_WEIGHTS_PRESETS, length: HOURS_PER_DAY };
  if (typeof value === 'string') {
    const preset = HOURLY_WEIGHTS_PRESETS.find((name) => name === value);
    if (preset) return hourlyWeightsPreset(preset);
    reader.refuse(field, value, rule);
    return [];
  }
  if (!Array.isArray(value)) {
    reader.refuse(field, value, rule);
    return [];
  }
  if (value.length !== HOURS_PER_DAY) {
    reader.refuse(field, value, { kind: 'listLength', length: HOURS_PER_DAY });
    return [];
  }
  const weights = value.map((weight: unknown, hour) => reader.number(weight, fieldPath(field, hour), NUMBER_RULES.hourlyWeight));
  if (weights.every((weight) => Number.isFinite(weight))) {
    if (!(totalWeight(weights) > 0)) reader.refuse(field, value, { kind: 'positiveSum' });
  }
  return weights;
}

function readWorkload(reader: Reader, value: unknown): Workload | undefined {
  const fields = reader.object(value, 'workload', WORKLOAD_KEYS);
  if (!fields) return undefined;
  return {
    requestsPerDay: reader.number(fields.requestsPerDay, 'workload.requestsPerDay', NUMBER_RULES.requestsPerDay),
    inputTokens: reader.number(fields.inputTokens, 'workload.inputTokens', NUMBER_RULES.tokens),
    outputTokens: reader.number(fields.outputTokens, 'workload.outputTokens', NUMBER_RULES.tokens),
    hourlyWeights: readHourlyWeights(reader, fields.hourlyWeights),
    burstFactor: reader.number(fields.burstFactor, 'workload.burstFactor', NUMBER_RULES.burstFactor),
  };
}

function entryNumbers(entry: OnDemandModelEntry): Partial<Record<ModelNumberField, number>> {
  const { priceIn, priceOut, tpm, rpm, burndown, ttftSeconds, outputTokensPerSecond } = entry;
  return {
    priceIn,
    priceOut,
    tpm,
    burndown,
    ttftSeconds,
    outputTokensPerSecond,
    ...(rpm === undefined ? {} : { rpm }),
  };
}

/**
 * A model given as an id of the price data, or as numbers; numbers given next to an `id` win over the data.
 * Returns the id and the numbers found; refuses missing `required` numbers of a model given only by numbers.
 */
function readModelNumbers(
  reader: Reader,
  value: unknown,
  field: string,
  prices: PriceData,
  required: readonly ModelNumberField[],
): { id: string | null; numbers: Partial<Record<ModelNumberField, number>> } | undefined {
  const findEntry = (id: unknown, idField: string) => {
    const entry = prices.models.find((model) => model.id === id);
    if (!entry) reader.refuse(idField, id, { kind: 'modelId', known: prices.models.map((model) => model.id) });
    return entry;
  };
  if (typeof value === 'string') {
    const entry = findEntry(value, field);
    return entry && { id: entry.id, numbers: entryNumbers(entry) };
  }
  const fields = reader.object(value, field, MODEL_KEYS, { kind: 'model' });
  if (!fields) return undefined;
  const hasId = !isAbsent(fields.id);
  const entry = hasId ? findEntry(fields.id, fieldPath(field, 'id')) : undefined;
  const numbers = entry ? entryNumbers(entry) : {};
  for (const [key, rule] of Object.entries(MODEL_NUMBER_RULES) as [ModelNumberField, NumberRule][]) {
    const given = fields[key];
    if (!isAbsent(given)) numbers[key] = reader.number(given, fieldPath(field, key), rule);
    // With an unknown id, what the data would have supplied is unknown: the id error says enough.
    else if (!hasId && required.includes(key)) reader.refuse(fieldPath(field, key), undefined, { kind: 'number', ...rule });
  }
  return { id: entry?.id ?? null, numbers };
}

const FULL_MODEL_FIELDS: readonly ModelNumberField[] = ['priceIn', 'priceOut', 'tpm', 'ttftSeconds', 'outputTokensPerSecond'];

function readBedrockModel(reader: Reader, value: unknown, prices: PriceData): BedrockModel | undefined {
  const model = readModelNumbers(reader, value, 'model', prices, FULL_MODEL_FIELDS);
  if (!model) return undefined;
  const { numbers } = model;
  return {
    id: model.id,
    priceIn: numbers.priceIn ?? Number.NaN,
    priceOut: numbers.priceOut ?? Number.NaN,
    tpm: numbers.tpm ?? Number.NaN,
    rpm: numbers.rpm ?? null,
    burndown: numbers.burndown ?? DEFAULTS.burndown,
    ttftSeconds: numbers.ttftSeconds ?? Number.NaN,
    outputTokensPerSecond: numbers.outputTokensPerSecond ?? Number.NaN,
  };
}

function readPricedModel(reader: Reader, value: unknown, field: string, prices: PriceData): PricedModel | undefined {
  const model = readModelNumbers(reader, value, field, prices, ['priceIn', 'priceOut']);
  if (!model) return undefined;
  return { id: model.id, priceIn: model.numbers.priceIn ?? Number.NaN, priceOut: model.numbers.priceOut ?? Number.NaN };
}

/** `hourly` and `tpmPerUnit` default to the price data's Provisioned Throughput entry for the model, if any. */
function readProvisioned(reader: Reader, value: unknown, modelId: string | null, prices: PriceData): ProvisionedInput | undefined {
  const fields = reader.object(value, 'provisioned', PROVISIONED_KEYS);
  if (!fields) return undefined;
  const entry = prices.provisioned.find((price) => price.modelId === modelId);
  const noDefault: Rule = { kind: 'noDataDefault', model: modelId };
  const fromData = (given: unknown, field: string, rule: NumberRule, dataValue: number | undefined) => {
    if (!isAbsent(given)) return reader.number(given, field, rule);
    if (dataValue !== undefined) return dataValue;
    reader.refuse(field, undefined, noDefault);
    return Number.NaN;
  };

  const hourly = {} as HourlyPrices;
  const hourlyFields = isAbsent(fields.hourly) ? {} : reader.object(fields.hourly, 'provisioned.hourly', TERMS);
  if (isAbsent(fields.hourly) && !entry) reader.refuse('provisioned.hourly', undefined, noDefault);
  else if (hourlyFields) {
    for (const term of TERMS) {
      hourly[term] = fromData(hourlyFields[term], `provisioned.hourly.${term}`, NUMBER_RULES.hourlyPrice, entry?.hourly[term]);
    }
  }
  return {
    hourly,
    tpmPerUnit: fromData(fields.tpmPerUnit, 'provisioned.tpmPerUnit', NUMBER_RULES.tpmPerUnit, entry?.tpmPerUnit),
    term: reader.oneOf<Term>(fields.term, 'provisioned.term', TERMS),
  };
}

function readLambda(reader: Reader, value: unknown, prices: PriceData): LambdaInput | undefined {
  const fields = reader.object(value, 'lambda', LAMBDA_KEYS);
  if (!fields) return undefined;
  return {
    memoryGB: reader.numberOr(fields.memoryGB, 'lambda.memoryGB', NUMBER_RULES.memoryGB, DEFAULTS.lambda.memoryGB),
    arch: reader.oneOfOr(fields.arch, 'lambda.arch', ARCHITECTURES, DEFAULTS.lambda.arch),
    idleMinutes: reader.numberOr(fields.idleMinutes, 'lambda.idleMinutes', NUMBER_RULES.idleMinutes, prices.lambda.idleMinutes),
    initSeconds: reader.numberOr(fields.initSeconds, 'lambda.initSeconds', NUMBER_RULES.initSeconds, prices.lambda.initSeconds),
  };
}

function readInstances(reader: Reader, value: unknown, prices: PriceData): SageMakerInstance[] {
  if (isAbsent(value))
    return prices.instances.map(({ type, gpuMemoryGB, memoryBandwidthGBs, hourly }) => ({
      type,
      gpuMemoryGB,
      memoryBandwidthGBs,
      hourly,
    }));
  const field = 'sagemaker.instances';
  if (!Array.isArray(value) || value.length === 0) {
    reader.refuse(field, value, { kind: 'list', min: 1 });
    return [];
  }
  return value.flatMap((item: unknown, index) => {
    const itemField = fieldPath(field, index);
    const fields = reader.object(item, itemField, INSTANCE_KEYS);
    if (!fields) return [];
    return [
      {
        type: reader.text(fields.type, fieldPath(itemField, 'type')),
        gpuMemoryGB: reader.number(fields.gpuMemoryGB, fieldPath(itemField, 'gpuMemoryGB'), NUMBER_RULES.gpuMemoryGB),
        memoryBandwidthGBs: reader.number(fields.memoryBandwidthGBs, fieldPath(itemField, 'memoryBandwidthGBs'), NUMBER_RULES.memoryBandwidthGBs),
        hourly: reader.number(fields.hourly, fieldPath(itemField, 'hourly'), NUMBER_RULES.hourlyPrice),
      },
    ];
  });
}

function readSageMaker(reader: Reader, value: unknown, prices: PriceData): SageMakerInput | undefined {
  const fields = reader.object(value, 'sagemaker', SAGEMAKER_KEYS);
  if (!fields) return undefined;
  const { memoryOverhead, batch, minInstances } = DEFAULTS.sagemaker;
  return {
    paramsB: reader.number(fields.paramsB, 'sagemaker.paramsB', NUMBER_RULES.paramsB),
    precision: reader.oneOf(fields.precision, 'sagemaker.precision', PRECISIONS),
    memoryOverhead: reader.numberOr(fields.memoryOverhead, 'sagemaker.memoryOverhead', NUMBER_RULES.memoryOverhead, memoryOverhead),
    batch: reader.numberOr(fields.batch, 'sagemaker.batch', NUMBER_RULES.batch, batch),
    minInstances: reader.numberOr(fields.minInstances, 'sagemaker.minInstances', NUMBER_RULES.minInstances, minInstances),
    instances: readInstances(reader, fields.instances, prices),
  };
}

function readCascade(reader: Reader, value: unknown, prices: PriceData): Scenario['cascade'] | undefined {
  const fields = reader.object(value, 'cascade', CASCADE_KEYS);
  if (!fields) return undefined;
  const small = readPricedModel(reader, fields.small, 'cascade.small', prices);
  const large = readPricedModel(reader, fields.large, 'cascade.large', prices);
  const cascade = {
    ps: reader.number(fields.ps, 'cascade.ps', NUMBER_RULES.share),
    e: reader.number(fields.e, 'cascade.e', NUMBER_RULES.share),
    cr: reader.numberOr(fields.cr, 'cascade.cr', NUMBER_RULES.requestCost, DEFAULTS.cascade.cr),
    cg: reader.numberOr(fields.cg, 'cascade.cg', NUMBER_RULES.requestCost, DEFAULTS.cascade.cg),
  };
  return small && large ? { small, large, ...cascade } : undefined;
}

function readContext(reader: Reader, value: unknown): Context | undefined {
  const defaults = DEFAULTS.context;
  if (isAbsent(value)) return { ...defaults };
  const fields = reader.object(value, 'context', CONTEXT_KEYS);
  if (!fields) return undefined;
  return {
    stage: reader.oneOfOr(fields.stage, 'context.stage', STAGES, defaults.stage),
    modelSource: reader.oneOfOr(fields.modelSource, 'context.modelSource', MODEL_SOURCES, defaults.modelSource),
    invocation: reader.oneOfOr(fields.invocation, 'context.invocation', INVOCATIONS, defaults.invocation),
    latencySlaSeconds: isAbsent(fields.latencySlaSeconds)
      ? defaults.latencySlaSeconds
      : reader.number(fields.latencySlaSeconds, 'context.latencySlaSeconds', NUMBER_RULES.latencySlaSeconds),
    maxThrottledShare: reader.numberOr(fields.maxThrottledShare, 'context.maxThrottledShare', NUMBER_RULES.share, defaults.maxThrottledShare),
  };
}

/** An optional section: null when absent, undefined when refused. */
function optional<T>(value: unknown, read: (value: unknown) => T | undefined): T | null | undefined {
  return isAbsent(value) ? null : read(value);
}

export function parseScenario(input: unknown, prices: PriceData): ScenarioParse {
  if (!isObject(input)) return { ok: false, errors: [{ field: 'scenario', value: input, rule: { kind: 'object' } }] };
  const reader = new Reader();
  // The root has no name in field paths: an unknown section is reported as `extra`, not `scenario.extra`.
  const fields = reader.object(input, '', SCENARIO_KEYS) ?? {};

  const workload = readWorkload(reader, fields.workload);
  const model = readBedrockModel(reader, fields.model, prices);
  const provisioned = optional(fields.provisioned, (value) => readProvisioned(reader, value, model?.id ?? null, prices));
  const lambda = optional(fields.lambda, (value) => readLambda(reader, value, prices));
  const sagemaker = optional(fields.sagemaker, (value) => readSageMaker(reader, value, prices));
  const cascade = optional(fields.cascade, (value) => readCascade(reader, value, prices));
  const context = readContext(reader, fields.context);

  if (
    reader.errors.length > 0 ||
    workload === undefined ||
    model === undefined ||
    provisioned === undefined ||
    lambda === undefined ||
    sagemaker === undefined ||
    cascade === undefined ||
    context === undefined
  ) {
    return { ok: false, errors: reader.errors };
  }
  return { ok: true, scenario: { workload, model, provisioned, lambda, sagemaker, cascade, context } };
}
