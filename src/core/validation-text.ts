// The words of the validator's messages (src/core/validation.ts), per locale: "workload.burstFactor: 15 is not
// allowed (must be between 1 and 12)".
import { show } from '../schemas/describe';
import type { Locale } from './locale';
import { formatNumber } from './number-format';
import type { Rule, ValidationError } from './validation';

const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

type RuleOf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

/** The words of the messages in one language: each rule as a clause, and the three sentence shapes around it. */
interface ValidationText {
  rules: { [K in Rule['kind']]: (rule: RuleOf<K>, n: (value: number) => string) => string };
  unknownField: (rule: string) => string;
  missing: (rule: string) => string;
  notAllowed: (value: string, rule: string) => string;
}

/** "must be a whole number >= 1 and <= 12", or "between" when both bounds are inclusive and any number will do. */
const numberClause =
  (words: { between: (min: string, max: string) => string; mustBe: string; whole: string; finite: string; and: string }) =>
  ({ min, max, above, integer }: RuleOf<'number'>, n: (value: number) => string): string => {
    if (min !== undefined && max !== undefined && !integer) return words.between(n(min), n(max));
    const bounds = [above !== undefined ? `> ${n(above)}` : min !== undefined ? `>= ${n(min)}` : null, max !== undefined ? `<= ${n(max)}` : null].filter(
      (bound) => bound !== null,
    );
    return `${words.mustBe} ${integer ? words.whole : words.finite} ${bounds.join(words.and)}`.trimEnd();
  };

const VALIDATION_TEXT: Record<Locale, ValidationText> = {
  en: {
    rules: {
      number: numberClause({
        between: (min, max) => `must be between ${min} and ${max}`,
        mustBe: 'must be',
        whole: 'a whole number',
        finite: 'a finite number',
        and: ' and ',
      }),
      oneOf: (rule) => `must be one of ${quoteList(rule.allowed)}`,
      modelId: (rule) => `must be the id of a model in the price data: ${rule.known.join(', ')}`,
      model: () => 'must be the id of a model in the price data or an object of numbers',
      object: () => 'must be an object',
      text: () => 'must be non-empty text',
      list: (rule) => (rule.min > 0 ? `must be a list with at least ${rule.min} item${rule.min === 1 ? '' : 's'}` : 'must be a list'),
      dateTime: () => 'must be a date and time in UTC, as 2026-11-28T09:00:00.000Z',
      kebabCase: () => 'must be kebab-case: lower-case a-z and 0-9 joined by single hyphens',
      equals: (rule) => `must be ${JSON.stringify(rule.value)}`,
      date: () => 'must be a date, YYYY-MM or YYYY-MM-DD',
      unique: () => 'must be unique in its list: an earlier entry has it',
      assumable: (rule) => `must name an assumable field this entry has (${rule.assumable.join(', ')})`,
      assumed: (rule) => `must flag "${rule.field}" as an assumption: AWS does not publish it`,
      hourlyWeights: (rule) => `must be ${quoteList(rule.presets)} or a list of ${rule.length} numbers`,
      listLength: (rule) => `must have exactly ${rule.length} items`,
      positiveSum: () => 'must add up to a finite number above 0',
      knownField: (rule) => `known fields: ${rule.known.join(', ')}`,
      noDataDefault: (rule) => (rule.model === null ? 'required for an inline model' : `required: the price data has no default for model "${rule.model}"`),
    },
    unknownField: (rule) => `unknown field (${rule})`,
    missing: (rule) => `missing (${rule})`,
    notAllowed: (value, rule) => `${value} is not allowed (${rule})`,
  },
  vi: {
    rules: {
      number: numberClause({ between: (min, max) => `phải từ ${min} đến ${max}`, mustBe: 'phải là', whole: 'số nguyên', finite: 'số hữu hạn', and: ' và ' }),
      oneOf: (rule) => `phải là một trong ${quoteList(rule.allowed)}`,
      modelId: (rule) => `phải là id của một model trong price data: ${rule.known.join(', ')}`,
      model: () => 'phải là id của một model trong price data hoặc một object chứa các con số',
      object: () => 'phải là một object',
      text: () => 'phải là chuỗi ký tự không rỗng',
      list: (rule) => (rule.min > 0 ? `phải là danh sách có ít nhất ${rule.min} phần tử` : 'phải là danh sách'),
      dateTime: () => 'phải là ngày giờ UTC, như 2026-11-28T09:00:00.000Z',
      kebabCase: () => 'phải là kebab-case: chữ thường a-z và số 0-9 nối bằng một dấu gạch ngang',
      equals: (rule) => `phải là ${JSON.stringify(rule.value)}`,
      date: () => 'phải là ngày, YYYY-MM hoặc YYYY-MM-DD',
      unique: () => 'không được trùng trong danh sách: một mục trước đã dùng',
      assumable: (rule) => `phải là field mà mục này có và được phép giả định (${rule.assumable.join(', ')})`,
      assumed: (rule) => `phải ghi "${rule.field}" là giả định: AWS không công bố giá trị này`,
      hourlyWeights: (rule) => `phải là ${quoteList(rule.presets)} hoặc danh sách ${rule.length} số`,
      listLength: (rule) => `phải có đúng ${rule.length} phần tử`,
      positiveSum: () => 'tổng phải là số hữu hạn lớn hơn 0',
      knownField: (rule) => `các field hợp lệ: ${rule.known.join(', ')}`,
      noDataDefault: (rule) =>
        rule.model === null ? 'bắt buộc với model khai báo inline' : `bắt buộc: price data không có giá trị mặc định cho model "${rule.model}"`,
    },
    unknownField: (rule) => `field không tồn tại (${rule})`,
    missing: (rule) => `bị thiếu (${rule})`,
    notAllowed: (value, rule) => `${value} không hợp lệ (${rule})`,
  },
};

/** The rule as a clause: "must be between 1 and 12". */
export function describeRule(rule: Rule, locale: Locale): string {
  const clause = VALIDATION_TEXT[locale].rules[rule.kind] as (rule: Rule, n: (value: number) => string) => string;
  return clause(rule, (value) => formatNumber(locale, value, { maximumFractionDigits: 10 }));
}

/** What is wrong, without the field: `15 is not allowed (must be between 1 and 12)`. */
export function describeProblem(error: ValidationError, locale: Locale): string {
  const text = VALIDATION_TEXT[locale];
  const rule = describeRule(error.rule, locale);
  if (error.rule.kind === 'knownField') return text.unknownField(rule);
  if (error.value === undefined) return text.missing(rule);
  return text.notAllowed(show(error.value), rule);
}

/** e.g. `workload.burstFactor: 15 is not allowed (must be between 1 and 12)`. */
export function formatValidationError(error: ValidationError, locale: Locale): string {
  return `${error.field}: ${describeProblem(error, locale)}`;
}
