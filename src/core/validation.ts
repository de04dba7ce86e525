// Bad input, docs/simulator-model.md section 9: a refused value is reported with its field, the value and the
// rule it broke, and reads in both languages.
import { formatNumber } from './number-format';
import type { Locale } from './notes';

export type Rule =
  /** A finite number, optionally bounded; `above` is an exclusive lower bound. */
  | { kind: 'number'; min?: number; max?: number; above?: number; integer?: boolean }
  | { kind: 'oneOf'; allowed: readonly string[] }
  | { kind: 'modelId'; known: readonly string[] }
  /** A model id from the price data or an object of numbers. */
  | { kind: 'model' }
  | { kind: 'object' }
  | { kind: 'text' }
  | { kind: 'list' }
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

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

function describeNumberRule(rule: Extract<Rule, { kind: 'number' }>, locale: Locale): string {
  const vi = locale === 'vi';
  const n = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 10 });
  const { min, max, above, integer } = rule;
  if (min !== undefined && max !== undefined && !integer) {
    return vi ? `phải từ ${n(min)} đến ${n(max)}` : `must be between ${n(min)} and ${n(max)}`;
  }
  const kind = integer ? (vi ? 'số nguyên' : 'a whole number') : vi ? 'số hữu hạn' : 'a finite number';
  const bounds = [above !== undefined ? `> ${n(above)}` : min !== undefined ? `>= ${n(min)}` : null, max !== undefined ? `<= ${n(max)}` : null].filter(
    (bound) => bound !== null,
  );
  return `${vi ? 'phải là' : 'must be'} ${kind} ${bounds.join(vi ? ' và ' : ' and ')}`.trimEnd();
}

/** The rule as a clause: "must be between 1 and 12". */
export function describeRule(rule: Rule, locale: Locale): string {
  const vi = locale === 'vi';
  switch (rule.kind) {
    case 'number':
      return describeNumberRule(rule, locale);
    case 'oneOf':
      return vi ? `phải là một trong ${quoteList(rule.allowed)}` : `must be one of ${quoteList(rule.allowed)}`;
    case 'modelId':
      return vi
        ? `phải là id của một model trong price data: ${rule.known.join(', ')}`
        : `must be the id of a model in the price data: ${rule.known.join(', ')}`;
    case 'model':
      return vi
        ? 'phải là id của một model trong price data hoặc một object chứa các con số'
        : 'must be the id of a model in the price data or an object of numbers';
    case 'object':
      return vi ? 'phải là một object' : 'must be an object';
    case 'text':
      return vi ? 'phải là chuỗi ký tự không rỗng' : 'must be non-empty text';
    case 'list':
      return vi ? 'phải là danh sách có ít nhất một phần tử' : 'must be a list with at least one item';
    case 'hourlyWeights':
      return vi
        ? `phải là ${quoteList(rule.presets)} hoặc danh sách ${rule.length} số`
        : `must be ${quoteList(rule.presets)} or a list of ${rule.length} numbers`;
    case 'listLength':
      return vi ? `phải có đúng ${rule.length} phần tử` : `must have exactly ${rule.length} items`;
    case 'positiveSum':
      return vi ? 'tổng phải là số hữu hạn lớn hơn 0' : 'must add up to a finite number above 0';
    case 'knownField':
      return vi ? `các field hợp lệ: ${rule.known.join(', ')}` : `known fields: ${rule.known.join(', ')}`;
    case 'noDataDefault':
      if (rule.model === null) return vi ? 'bắt buộc với model khai báo inline' : 'required for an inline model';
      return vi
        ? `bắt buộc: price data không có giá trị mặc định cho model "${rule.model}"`
        : `required: the price data has no default for model "${rule.model}"`;
  }
}

const MAX_SHOWN_CHARS = 60;

/** The value as the user wrote it: strings quoted, long lists cut. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN_CHARS ? `${json.slice(0, MAX_SHOWN_CHARS - 3)}...` : json;
}

/** e.g. `workload.burstFactor: 15 is not allowed (must be between 1 and 12)`. */
export function formatValidationError(error: ValidationError, locale: Locale): string {
  const vi = locale === 'vi';
  const rule = describeRule(error.rule, locale);
  if (error.rule.kind === 'knownField') {
    return vi ? `${error.field}: field không tồn tại (${rule})` : `${error.field}: unknown field (${rule})`;
  }
  if (error.value === undefined) {
    return vi ? `${error.field}: bị thiếu (${rule})` : `${error.field}: missing (${rule})`;
  }
  const value = formatValue(error.value);
  return vi ? `${error.field}: ${value} không hợp lệ (${rule})` : `${error.field}: ${value} is not allowed (${rule})`;
}
