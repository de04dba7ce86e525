// The project's one small validator, for data that reaches the browser (a scenario from a form, a link or a file;
// stored or imported progress), where zod would weigh more than the code it guards. Content files are checked
// with zod at build time. A refused value is reported with its field, the value and the rule it broke
// (docs/simulator-model.md section 9); src/core/validation-text.ts words it in both languages, in a module of its
// own so that pages which only check (every lesson page loads progress) carry no message texts.
import { KEBAB_CASE } from '../schemas/describe';

export type Rule =
  /** A finite number, optionally bounded; `above` is an exclusive lower bound. */
  | { kind: 'number'; min?: number; max?: number; above?: number; integer?: boolean }
  | { kind: 'oneOf'; allowed: readonly string[] }
  | { kind: 'modelId'; known: readonly string[] }
  /** A model id from the price data or an object of numbers. */
  | { kind: 'model' }
  | { kind: 'object' }
  | { kind: 'text' }
  /** A list; `min` items at least. */
  | { kind: 'list'; min: number }
  /** A date and time in UTC, as JSON writes it: 2026-11-28T09:00:00.000Z. */
  | { kind: 'dateTime' }
  | { kind: 'kebabCase' }
  /** Exactly this value: a document's format version. */
  | { kind: 'equals'; value: string | number }
  /** A day or a month: 2026-12-03 or 2026-12. */
  | { kind: 'date' }
  /** An id or key that an earlier entry of the same list already has. */
  | { kind: 'unique' }
  /** `assumptions` may name only fields that the entry has and that AWS may leave unpublished. */
  | { kind: 'assumable'; assumable: readonly string[] }
  /** `assumptions` must name a field AWS never publishes. */
  | { kind: 'assumed'; field: string }
  | { kind: 'hourlyWeights'; presets: readonly string[]; length: number }
  | { kind: 'listLength'; length: number }
  | { kind: 'positiveSum' }
  | { kind: 'knownField'; known: readonly string[] }
  /** Required because the price data holds no value to default to (model null: an inline model). */
  | { kind: 'noDataDefault'; model: string | null };

export interface ValidationError {
  /** Dotted scenario path, e.g. `workload.hourlyWeights[3]`. */
  field: string;
  /** The refused value; undefined when the field is missing. */
  value: unknown;
  rule: Rule;
}

export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export type NumberRule = Omit<Extract<Rule, { kind: 'number' }>, 'kind'>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** null and undefined both mean "not given", so a form can clear an optional field. */
export const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

function satisfies(value: number, rule: NumberRule): boolean {
  return (
    Number.isFinite(value) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (rule.above === undefined || value > rule.above) &&
    (!rule.integer || Number.isInteger(value))
  );
}

/**
 * Reads values and collects what it refuses. A refused value reads as a placeholder (NaN, the first allowed
 * value) so parsing can go on and find the other errors; the parse is thrown away when any was found.
 */
export class Reader {
  readonly errors: ValidationError[] = [];

  refuse(field: string, value: unknown, rule: Rule): void {
    this.errors.push({ field, value, rule });
  }

  /** The fields of an object, after refusing those not in `known`; undefined when it is not an object. */
  object(value: unknown, field: string, known: readonly string[], rule: Rule = { kind: 'object' }): Fields | undefined {
    if (!isObject(value)) {
      this.refuse(field, value, rule);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.refuse(fieldPath(field, key), value[key], { kind: 'knownField', known });
    }
    return value;
  }

  number(value: unknown, field: string, rule: NumberRule): number {
    if (typeof value === 'number' && satisfies(value, rule)) return value;
    this.refuse(field, value, { kind: 'number', ...rule });
    return Number.NaN;
  }

  numberOr(value: unknown, field: string, rule: NumberRule, fallback: number): number {
    return isAbsent(value) ? fallback : this.number(value, field, rule);
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly [T, ...T[]]): T {
    const match = allowed.find((option) => option === value);
    if (match !== undefined) return match;
    this.refuse(field, value, { kind: 'oneOf', allowed });
    return allowed[0];
  }

  oneOfOr<T extends string>(value: unknown, field: string, allowed: readonly [T, ...T[]], fallback: T): T {
    return isAbsent(value) ? fallback : this.oneOf(value, field, allowed);
  }

  text(value: unknown, field: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.refuse(field, value, { kind: 'text' });
    return '';
  }

  /** An object of any keys (a map); undefined when it is not an object. */
  record(value: unknown, field: string): Fields | undefined {
    if (isObject(value)) return value;
    this.refuse(field, value, { kind: 'object' });
    return undefined;
  }

  /** A list of any length; undefined when it is not a list. */
  list(value: unknown, field: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.refuse(field, value, { kind: 'list', min: 0 });
    return undefined;
  }

  dateTime(value: unknown, field: string): string {
    if (typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
    this.refuse(field, value, { kind: 'dateTime' });
    return '';
  }

  kebabCase(value: unknown, field: string): string {
    if (typeof value === 'string' && KEBAB_CASE.test(value)) return value;
    this.refuse(field, value, { kind: 'kebabCase' });
    return '';
  }

  date(value: unknown, field: string): string {
    if (typeof value === 'string' && DATE.test(value)) return value;
    this.refuse(field, value, { kind: 'date' });
    return '';
  }

  /** Refuses each entry whose `key` an earlier entry of the list already has. */
  unique(entries: readonly Fields[], listField: string, key: string): void {
    const seen = new Set<unknown>();
    entries.forEach((entry, index) => {
      if (seen.has(entry[key])) this.refuse(fieldPath(fieldPath(listField, index), key), entry[key], { kind: 'unique' });
      seen.add(entry[key]);
    });
  }

  equals(value: unknown, field: string, expected: string | number): void {
    if (value !== expected) this.refuse(field, value, { kind: 'equals', value: expected });
  }
}

/** The problems `read` finds in a value, read on its own. */
export function problemsOf(read: (reader: Reader) => void): ValidationError[] {
  const reader = new Reader();
  read(reader);
  return reader.errors;
}

/** "models[3].hourly.none" as the path of keys it names: ["models", 3, "hourly", "none"]. */
export function fieldSegments(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? (key ?? '') : Number(index)));
}
