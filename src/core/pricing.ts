// The price data (content/pricing/*.json): its shape and its rules, read with the project's small validator so
// that the browser, which ships this data with the simulator, checks it where it enters (src/core/shipped-data.ts).
// Every entry says when (asOf) and where (source) its figures come from, and names in `assumptions` each value
// AWS does not publish, with a note.
import { fieldPath, problemsOf, type Fields, type NumberRule, type Reader, type ValidationError } from './validation';

interface Provenance {
  /** YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  source: string;
  note?: string;
  /** Field name -> why the value is assumed. */
  assumptions?: Record<string, string>;
}

export interface OnDemandModelEntry extends Provenance {
  id: string;
  name: string;
  /** USD per 1M tokens. */
  priceIn: number;
  priceOut: number;
  tpm: number;
  rpm?: number;
  burndown: number;
  ttftSeconds: number;
  outputTokensPerSecond: number;
}

export interface ProvisionedPriceEntry extends Provenance {
  modelId: string;
  name: string;
  /** USD per model unit and hour, per term. */
  hourly: { none: number; '1-month': number; '6-month': number };
  tpmPerUnit: number;
}

export interface LambdaPrices extends Provenance {
  requestPricePerMillion: number;
  pricePerGBSecond: { x86: number; arm: number };
  idleMinutes: number;
  initSeconds: number;
}

export interface SageMakerInstanceEntry extends Provenance {
  type: string;
  gpus: string;
  gpuMemoryGB: number;
  memoryBandwidthGBs: number;
  hourly: number;
}

export interface PriceData {
  models: OnDemandModelEntry[];
  provisioned: ProvisionedPriceEntry[];
  lambda: LambdaPrices;
  instances: SageMakerInstanceEntry[];
}

const AMOUNT: NumberRule = { min: 0 };
const POSITIVE: NumberRule = { above: 0 };
const PROVENANCE_KEYS = ['asOf', 'source', 'note', 'assumptions'];

/** How an entry is read: its fields and their rules, which fields may be assumed, and which always are. */
interface EntryRules {
  text?: readonly string[];
  ids?: readonly string[];
  numbers: Record<string, NumberRule>;
  optionalNumbers?: Record<string, NumberRule>;
  /** Objects of numbers: field -> keys. */
  groups?: Record<string, readonly string[]>;
  assumable: readonly string[];
  alwaysAssumed: readonly string[];
}

const MODEL: EntryRules = {
  ids: ['id'],
  text: ['name'],
  numbers: { priceIn: AMOUNT, priceOut: AMOUNT, tpm: POSITIVE, burndown: { min: 1 }, ttftSeconds: AMOUNT, outputTokensPerSecond: POSITIVE },
  optionalNumbers: { rpm: POSITIVE },
  assumable: ['tpm', 'rpm', 'ttftSeconds', 'outputTokensPerSecond'],
  alwaysAssumed: ['ttftSeconds', 'outputTokensPerSecond'],
};

const PROVISIONED: EntryRules = {
  ids: ['modelId'],
  text: ['name'],
  numbers: { tpmPerUnit: POSITIVE },
  groups: { hourly: ['none', '1-month', '6-month'] },
  assumable: ['hourly', 'tpmPerUnit'],
  alwaysAssumed: ['tpmPerUnit'],
};

const LAMBDA: EntryRules = {
  numbers: { requestPricePerMillion: AMOUNT, idleMinutes: AMOUNT, initSeconds: AMOUNT },
  groups: { pricePerGBSecond: ['x86', 'arm'] },
  assumable: ['idleMinutes', 'initSeconds'],
  alwaysAssumed: ['idleMinutes'],
};

const INSTANCE: EntryRules = {
  text: ['type', 'gpus'],
  numbers: { gpuMemoryGB: POSITIVE, memoryBandwidthGBs: POSITIVE, hourly: AMOUNT },
  assumable: ['gpuMemoryGB', 'memoryBandwidthGBs', 'hourly'],
  alwaysAssumed: [],
};

function readAssumptions(reader: Reader, fields: Fields, field: string, rules: EntryRules): void {
  const at = fieldPath(field, 'assumptions');
  const assumptions = fields.assumptions === undefined ? {} : (reader.record(fields.assumptions, at) ?? {});
  for (const [name, why] of Object.entries(assumptions)) {
    if (!rules.assumable.includes(name) || fields[name] === undefined)
      reader.refuse(fieldPath(at, name), why, { kind: 'assumable', assumable: rules.assumable });
    else reader.text(why, fieldPath(at, name));
  }
  for (const name of rules.alwaysAssumed) if (!(name in assumptions)) reader.refuse(at, fields.assumptions, { kind: 'assumed', field: name });
}

function readEntry(reader: Reader, value: unknown, field: string, rules: EntryRules): Fields | undefined {
  const { text = [], ids = [], numbers, optionalNumbers = {}, groups = {} } = rules;
  const known = [...ids, ...text, ...Object.keys(numbers), ...Object.keys(optionalNumbers), ...Object.keys(groups), ...PROVENANCE_KEYS];
  const fields = reader.object(value, field, known);
  if (!fields) return undefined;
  const at = (name: string) => fieldPath(field, name);
  for (const name of ids) reader.kebabCase(fields[name], at(name));
  for (const name of text) reader.text(fields[name], at(name));
  for (const [name, rule] of Object.entries(numbers)) reader.number(fields[name], at(name), rule);
  for (const [name, rule] of Object.entries(optionalNumbers)) if (fields[name] !== undefined) reader.number(fields[name], at(name), rule);
  for (const [name, keys] of Object.entries(groups)) {
    const group = reader.object(fields[name], at(name), keys);
    if (group) for (const key of keys) reader.number(group[key], fieldPath(at(name), key), AMOUNT);
  }
  reader.date(fields.asOf, at('asOf'));
  reader.text(fields.source, at('source'));
  if (fields.note !== undefined) reader.text(fields.note, at('note'));
  readAssumptions(reader, fields, field, rules);
  return fields;
}

function readList(reader: Reader, value: unknown, field: string, rules: EntryRules, options: { min: number; uniqueBy: string }): void {
  const list = reader.list(value, field);
  if (!list) return;
  if (list.length < options.min) reader.refuse(field, value, { kind: 'list', min: options.min });
  const entries = list.flatMap((entry, index) => {
    const fields = readEntry(reader, entry, fieldPath(field, index), rules);
    return fields ? [fields] : [];
  });
  if (entries.length === list.length) reader.unique(entries, field, options.uniqueBy);
}

/** Every problem of the price data: `models[3].asOf`, `lambda.idleMinutes` and so on; none when it is sound. */
export function priceDataProblems(raw: unknown): ValidationError[] {
  return problemsOf((reader) => {
    const data = reader.object(raw, '', ['models', 'provisioned', 'lambda', 'instances']);
    if (!data) return;
    readList(reader, data.models, 'models', MODEL, { min: 1, uniqueBy: 'id' });
    readList(reader, data.provisioned, 'provisioned', PROVISIONED, { min: 0, uniqueBy: 'modelId' });
    readEntry(reader, data.lambda, 'lambda', LAMBDA);
    readList(reader, data.instances, 'instances', INSTANCE, { min: 1, uniqueBy: 'type' });
  });
}
