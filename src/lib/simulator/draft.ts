// What the simulator's form holds: the raw text of every numeric field and the choices, turned into the CLI's
// scenario JSON and run through src/core on every change. Pure, so it is tested without a browser.
import type { Invocation, ModelSource, Stage } from '../../core/advisor';
import { runScenario, type ScenarioRun } from '../../core/evaluate';
import type { Architecture } from '../../core/lambda';
import type { Locale } from '../../core/locale';
import type { OnDemandModelEntry, PriceData } from '../../core/pricing';
import type { Term } from '../../core/provisioned';
import type { Precision, SageMakerInstance } from '../../core/sagemaker';
import { DEFAULTS, type Scenario } from '../../core/scenario';
import { formatValidationError } from '../../core/validation-text';
import { HOURS_PER_DAY, hourlyWeightsPreset, type HourlyWeightsPreset } from '../../core/workload';
import { FIELD_BY_KEY, fieldMessage, readNumberText, type TextProblem } from './fields';

/** A model of the price data by id, or the reader's own numbers. */
export const CUSTOM_MODEL = 'custom';
export type Profile = HourlyWeightsPreset | 'custom';
export const SECTIONS = ['provisioned', 'lambda', 'sagemaker', 'cascade'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface Draft {
  /** Raw text of each numeric field, by its path in the scenario JSON. */
  texts: Record<string, string>;
  profile: Profile;
  model: string;
  hasRpm: boolean;
  sections: Record<SectionName, boolean>;
  term: Term;
  arch: Architecture;
  precision: Precision;
  small: string;
  large: string;
  stage: Stage;
  modelSource: ModelSource;
  invocation: Invocation;
  hasSla: boolean;
  /** An instance list that came with a scenario; null: the price data's catalogue. */
  instances: SageMakerInstance[] | null;
}

/**
 * Values a section starts from when the reader switches it on; the core has no default for them because the
 * CLI requires them. The provisioned prices come from the price data when the model has an entry.
 */
const STARTING_VALUES = {
  paramsB: 8,
  precision: 'fp16',
  ps: 0.7,
  e: 0.1,
  latencySlaSeconds: 3,
  cascadeSmall: 'claude-haiku-4-5',
} as const;

const MAIN_MODEL_NUMBERS = ['priceIn', 'priceOut', 'tpm', 'burndown', 'ttftSeconds', 'outputTokensPerSecond'] as const;
const PRICE_NUMBERS = ['priceIn', 'priceOut'] as const;

type Fields = Record<string, unknown>;
const objectAt = (value: unknown, key: string): Fields | undefined => {
  const inner = (value as Fields | undefined)?.[key];
  return typeof inner === 'object' && inner !== null ? (inner as Fields) : undefined;
};

const entryOf = (prices: PriceData, id: string) => prices.models.find((model) => model.id === id);

function fillModelTexts(texts: Record<string, string>, prefix: string, numbers: Readonly<Fields>, keys: readonly string[]) {
  for (const key of keys) {
    const value = numbers[key];
    if (typeof value === 'number') texts[`${prefix}.${key}`] = String(value);
  }
}

function fillProvisionedTexts(texts: Record<string, string>, modelId: string | null, prices: PriceData): boolean {
  const entry = prices.provisioned.find((price) => price.modelId === modelId);
  if (!entry) return false;
  texts['provisioned.tpmPerUnit'] = String(entry.tpmPerUnit);
  for (const [term, price] of Object.entries(entry.hourly)) texts[`provisioned.hourly.${term}`] = String(price);
  return true;
}

/** The form for a scenario that parseScenario accepted; `raw` tells presets and ids from inline numbers. */
export function draftFromScenario(raw: unknown, scenario: Scenario, prices: PriceData): Draft {
  const { workload, model, provisioned, lambda, sagemaker, cascade, context } = scenario;
  const texts: Record<string, string> = {
    'workload.requestsPerDay': String(workload.requestsPerDay),
    'workload.inputTokens': String(workload.inputTokens),
    'workload.outputTokens': String(workload.outputTokens),
    'workload.burstFactor': String(workload.burstFactor),
  };
  workload.hourlyWeights.forEach((weight, hour) => (texts[`workload.hourlyWeights[${hour}]`] = String(weight)));
  fillModelTexts(texts, 'model', { ...model }, [...MAIN_MODEL_NUMBERS, 'rpm']);

  // Sections that are off still get values, so switching one on starts from something sensible.
  const fallbackProvisioned = prices.provisioned[0];
  if (provisioned) {
    texts['provisioned.tpmPerUnit'] = String(provisioned.tpmPerUnit);
    for (const [term, price] of Object.entries(provisioned.hourly)) texts[`provisioned.hourly.${term}`] = String(price);
  } else if (!fillProvisionedTexts(texts, model.id, prices) && fallbackProvisioned) {
    fillProvisionedTexts(texts, fallbackProvisioned.modelId, prices);
  }
  texts['lambda.memoryGB'] = String(lambda?.memoryGB ?? DEFAULTS.lambda.memoryGB);
  texts['lambda.idleMinutes'] = String(lambda?.idleMinutes ?? prices.lambda.idleMinutes);
  texts['lambda.initSeconds'] = String(lambda?.initSeconds ?? prices.lambda.initSeconds);
  texts['sagemaker.paramsB'] = String(sagemaker?.paramsB ?? STARTING_VALUES.paramsB);
  texts['sagemaker.memoryOverhead'] = String(sagemaker?.memoryOverhead ?? DEFAULTS.sagemaker.memoryOverhead);
  texts['sagemaker.batch'] = String(sagemaker?.batch ?? DEFAULTS.sagemaker.batch);
  texts['sagemaker.minInstances'] = String(sagemaker?.minInstances ?? DEFAULTS.sagemaker.minInstances);

  const small = cascade?.small ?? entryOf(prices, STARTING_VALUES.cascadeSmall);
  const large = cascade?.large ?? model;
  if (small) fillModelTexts(texts, 'cascade.small', { ...small }, PRICE_NUMBERS);
  fillModelTexts(texts, 'cascade.large', { ...large }, PRICE_NUMBERS);
  texts['cascade.ps'] = String(cascade?.ps ?? STARTING_VALUES.ps);
  texts['cascade.e'] = String(cascade?.e ?? STARTING_VALUES.e);
  texts['cascade.cr'] = String(cascade?.cr ?? DEFAULTS.cascade.cr);
  texts['cascade.cg'] = String(cascade?.cg ?? DEFAULTS.cascade.cg);
  texts['context.latencySlaSeconds'] = String(context.latencySlaSeconds ?? STARTING_VALUES.latencySlaSeconds);
  texts['context.maxThrottledShare'] = String(context.maxThrottledShare);

  const rawWeights = objectAt(raw, 'workload')?.hourlyWeights;
  return {
    texts,
    profile: rawWeights === 'steady' || rawWeights === 'business-hours' ? rawWeights : 'custom',
    model: model.id ?? CUSTOM_MODEL,
    hasRpm: model.rpm !== null,
    sections: { provisioned: !!provisioned, lambda: !!lambda, sagemaker: !!sagemaker, cascade: !!cascade },
    term: provisioned?.term ?? '1-month',
    arch: lambda?.arch ?? DEFAULTS.lambda.arch,
    precision: sagemaker?.precision ?? STARTING_VALUES.precision,
    small: small?.id ?? CUSTOM_MODEL,
    large: large.id ?? CUSTOM_MODEL,
    stage: context.stage,
    modelSource: context.modelSource,
    invocation: context.invocation,
    hasSla: context.latencySlaSeconds !== null,
    instances: objectAt(raw, 'sagemaker')?.instances !== undefined && sagemaker ? [...sagemaker.instances] : null,
  };
}

/** Picks a model of the price data (its figures fill the fields) or switches to the reader's own numbers. */
export function selectModel(draft: Draft, choice: string, prices: PriceData): void {
  draft.model = choice;
  const entry = entryOf(prices, choice);
  if (!entry) return;
  fillModelTexts(draft.texts, 'model', { ...entry }, [...MAIN_MODEL_NUMBERS, 'rpm']);
  draft.hasRpm = entry.rpm !== undefined;
  fillProvisionedTexts(draft.texts, entry.id, prices);
}

export function selectCascadeModel(draft: Draft, which: 'small' | 'large', choice: string, prices: PriceData): void {
  draft[which] = choice;
  const entry = entryOf(prices, choice);
  if (entry) fillModelTexts(draft.texts, `cascade.${which}`, { ...entry }, PRICE_NUMBERS);
}

/** A preset profile; switching to the 24-hour editor starts it from the profile shown so far. */
export function selectProfile(draft: Draft, profile: Profile): void {
  if (profile === 'custom' && draft.profile !== 'custom') {
    hourlyWeightsPreset(draft.profile).forEach((weight, hour) => (draft.texts[`workload.hourlyWeights[${hour}]`] = String(weight)));
  }
  draft.profile = profile;
}

type TextProblems = Map<string, { problem: TextProblem; text: string }>;

/** Reads fields for one compile; a field that does not read as a number goes into the JSON as its raw text. */
function reader(draft: Draft, locale: Locale, problems: TextProblems) {
  return (key: string): number | string => {
    const text = draft.texts[key] ?? '';
    const read = readNumberText(text, locale);
    if (read.ok) return read.value;
    problems.set(key, { problem: read.problem, text });
    return text;
  };
}

/**
 * A model as the CLI takes it: the id alone while the figures are the price data's, the id with the figures
 * once the reader changed one (figures win over the data), the figures alone for the reader's own model.
 */
function modelJson(
  choice: string,
  prefix: string,
  keys: readonly string[],
  rpm: 'with' | 'without' | 'ignore',
  read: (key: string) => number | string,
  prices: PriceData,
): unknown {
  const numbers: Fields = Object.fromEntries(keys.map((key) => [key, read(`${prefix}.${key}`)]));
  if (rpm === 'with') numbers.rpm = read(`${prefix}.rpm`);
  const entry = choice === CUSTOM_MODEL ? undefined : entryOf(prices, choice);
  if (!entry) return numbers;
  const entryNumbers = entry as OnDemandModelEntry & Fields;
  const rpmMatches = rpm === 'ignore' || (rpm === 'with' ? numbers.rpm === entry.rpm : entry.rpm === undefined);
  if (rpmMatches && keys.every((key) => numbers[key] === entryNumbers[key])) return entry.id;
  // The data's RPM quota cannot be removed from a model given by id: without one, the figures stand alone.
  return rpm === 'without' && entry.rpm !== undefined ? numbers : { id: entry.id, ...numbers };
}

export function compileDraft(draft: Draft, prices: PriceData, locale: Locale): { json: Fields; problems: TextProblems } {
  const problems: TextProblems = new Map();
  const read = reader(draft, locale, problems);
  const { sections } = draft;
  const json: Fields = {
    workload: {
      requestsPerDay: read('workload.requestsPerDay'),
      inputTokens: read('workload.inputTokens'),
      outputTokens: read('workload.outputTokens'),
      hourlyWeights: draft.profile === 'custom' ? Array.from({ length: HOURS_PER_DAY }, (_, hour) => read(`workload.hourlyWeights[${hour}]`)) : draft.profile,
      burstFactor: read('workload.burstFactor'),
    },
    model: modelJson(draft.model, 'model', MAIN_MODEL_NUMBERS, draft.hasRpm ? 'with' : 'without', read, prices),
  };
  if (sections.provisioned) {
    json.provisioned = {
      hourly: {
        none: read('provisioned.hourly.none'),
        '1-month': read('provisioned.hourly.1-month'),
        '6-month': read('provisioned.hourly.6-month'),
      },
      tpmPerUnit: read('provisioned.tpmPerUnit'),
      term: draft.term,
    };
  }
  if (sections.lambda) {
    json.lambda = {
      memoryGB: read('lambda.memoryGB'),
      arch: draft.arch,
      idleMinutes: read('lambda.idleMinutes'),
      initSeconds: read('lambda.initSeconds'),
    };
  }
  if (sections.sagemaker) {
    json.sagemaker = {
      paramsB: read('sagemaker.paramsB'),
      precision: draft.precision,
      memoryOverhead: read('sagemaker.memoryOverhead'),
      batch: read('sagemaker.batch'),
      minInstances: read('sagemaker.minInstances'),
      ...(draft.instances ? { instances: draft.instances } : {}),
    };
  }
  if (sections.cascade) {
    json.cascade = {
      small: modelJson(draft.small, 'cascade.small', PRICE_NUMBERS, 'ignore', read, prices),
      large: modelJson(draft.large, 'cascade.large', PRICE_NUMBERS, 'ignore', read, prices),
      ps: read('cascade.ps'),
      e: read('cascade.e'),
      cr: read('cascade.cr'),
      cg: read('cascade.cg'),
    };
  }
  json.context = {
    stage: draft.stage,
    modelSource: draft.modelSource,
    invocation: draft.invocation,
    ...(draft.hasSla ? { latencySlaSeconds: read('context.latencySlaSeconds') } : {}),
    maxThrottledShare: read('context.maxThrottledShare'),
  };
  return { json, problems };
}

/** The field that shows a refusal with no numeric field of its own: the 24 weights adding up to 0. */
export const PROFILE_ERROR_KEY = 'workload.hourlyWeights';

export interface DraftEvaluation {
  json: Fields;
  /** Message per field key, in the reader's language. */
  fieldErrors: Record<string, string>;
  /** Refusals that belong to no field shown. */
  otherErrors: string[];
  run: Extract<ScenarioRun, { ok: true }> | null;
}

export function evaluateDraft(draft: Draft, prices: PriceData, locale: Locale): DraftEvaluation {
  const { json, problems } = compileDraft(draft, prices, locale);
  const fieldErrors: Record<string, string> = {};
  for (const [key, problem] of problems) {
    const spec = FIELD_BY_KEY.get(key);
    if (spec) fieldErrors[key] = fieldMessage(spec, { kind: 'text', ...problem }, locale);
  }
  const run = runScenario(json, prices);
  if (run.ok) return { json, fieldErrors, otherErrors: [], run: problems.size === 0 ? run : null };
  const otherErrors: string[] = [];
  for (const error of run.errors) {
    // A field whose text did not read as a number already says so.
    if (problems.has(error.field)) continue;
    const spec = FIELD_BY_KEY.get(error.field);
    if (spec) fieldErrors[error.field] ??= fieldMessage(spec, { kind: 'rule', error }, locale);
    else if (error.field === PROFILE_ERROR_KEY) fieldErrors[PROFILE_ERROR_KEY] = formatValidationError(error, locale);
    else otherErrors.push(formatValidationError(error, locale));
  }
  return { json, fieldErrors, otherErrors, run: null };
}
