// The simulator's numeric fields: one per number of the CLI scenario, keyed by its path in the scenario JSON
// (so parseScenario's errors land on the right field), with the rule from NUMBER_RULES and a label per locale.
import type { Locale } from '../../core/locale';
import { NUMBER_RULES, type NumberRule } from '../../core/scenario';
import type { ValidationError } from '../../core/validation';
import { describeRule, formatValidationError } from '../../core/validation-text';
import { HOURS_PER_DAY } from '../../core/workload';

export type Localized = Record<Locale, string>;

export interface NumberField {
  /** Path in the scenario JSON, e.g. `workload.requestsPerDay`, `provisioned.hourly.1-month`. */
  key: string;
  rule: NumberRule;
  label: Localized;
}

const field = (key: string, rule: NumberRule, vi: string, en: string): NumberField => ({ key, rule, label: { vi, en } });

const hourLabel = (hour: number) => String(hour).padStart(2, '0');

export const HOUR_FIELDS: readonly NumberField[] = Array.from({ length: HOURS_PER_DAY }, (_, hour) =>
  field(`workload.hourlyWeights[${hour}]`, NUMBER_RULES.hourlyWeight, `Giờ ${hourLabel(hour)}`, `Hour ${hourLabel(hour)}`),
);

const modelPrices = (prefix: string, vi: string, en: string) => [
  field(`${prefix}.priceIn`, NUMBER_RULES.tokenPrice, `${vi}: giá input (USD / 1M token)`, `${en}: input price (USD / 1M tokens)`),
  field(`${prefix}.priceOut`, NUMBER_RULES.tokenPrice, `${vi}: giá output (USD / 1M token)`, `${en}: output price (USD / 1M tokens)`),
];

export const NUMBER_FIELDS: readonly NumberField[] = [
  field('workload.requestsPerDay', NUMBER_RULES.requestsPerDay, 'Số request mỗi ngày', 'Requests a day'),
  field('workload.inputTokens', NUMBER_RULES.tokens, 'Token input mỗi request', 'Input tokens per request'),
  field('workload.outputTokens', NUMBER_RULES.tokens, 'Token output mỗi request', 'Output tokens per request'),
  field('workload.burstFactor', NUMBER_RULES.burstFactor, 'Burst factor (đỉnh / trung bình trong giờ)', 'Burst factor (peak / mean within the hour)'),
  ...HOUR_FIELDS,
  ...modelPrices('model', 'Model', 'Model'),
  field('model.tpm', NUMBER_RULES.tpm, 'Quota token mỗi phút (TPM)', 'Tokens-per-minute quota (TPM)'),
  field('model.rpm', NUMBER_RULES.rpm, 'Quota request mỗi phút (RPM)', 'Requests-per-minute quota (RPM)'),
  field('model.burndown', NUMBER_RULES.burndown, 'Output burndown (quota token cho mỗi token output)', 'Output burndown (quota tokens per output token)'),
  field('model.ttftSeconds', NUMBER_RULES.ttftSeconds, 'Thời gian tới token đầu tiên (giây)', 'Time to first token (s)'),
  field('model.outputTokensPerSecond', NUMBER_RULES.outputTokensPerSecond, 'Token output mỗi giây', 'Output tokens a second'),
  field('provisioned.tpmPerUnit', NUMBER_RULES.tpmPerUnit, 'Token mỗi phút của một model unit', 'Tokens a minute per model unit'),
  field('provisioned.hourly.none', NUMBER_RULES.hourlyPrice, 'Giá mỗi giờ, không cam kết (USD / MU)', 'Hourly price, no commitment (USD / MU)'),
  field('provisioned.hourly.1-month', NUMBER_RULES.hourlyPrice, 'Giá mỗi giờ, cam kết 1 tháng (USD / MU)', 'Hourly price, 1-month term (USD / MU)'),
  field('provisioned.hourly.6-month', NUMBER_RULES.hourlyPrice, 'Giá mỗi giờ, cam kết 6 tháng (USD / MU)', 'Hourly price, 6-month term (USD / MU)'),
  field('lambda.memoryGB', NUMBER_RULES.memoryGB, 'Bộ nhớ Lambda (GB)', 'Lambda memory (GB)'),
  field('lambda.idleMinutes', NUMBER_RULES.idleMinutes, 'Phút môi trường rảnh còn sống', 'Minutes an idle environment lives'),
  field('lambda.initSeconds', NUMBER_RULES.initSeconds, 'Thời gian INIT khi cold start (giây)', 'INIT time of a cold start (s)'),
  field('sagemaker.paramsB', NUMBER_RULES.paramsB, 'Kích thước model (tỷ parameters)', 'Model size (billion parameters)'),
  field(
    'sagemaker.memoryOverhead',
    NUMBER_RULES.memoryOverhead,
    'Bộ nhớ thêm cho KV cache (tỷ lệ của weights)',
    'Extra memory for the KV cache (share of the weights)',
  ),
  field('sagemaker.batch', NUMBER_RULES.batch, 'Batch size', 'Batch size'),
  field('sagemaker.minInstances', NUMBER_RULES.minInstances, 'Số instance tối thiểu', 'Minimum instances'),
  ...modelPrices('cascade.small', 'Model nhỏ', 'Small model'),
  ...modelPrices('cascade.large', 'Model lớn', 'Large model'),
  field('cascade.ps', NUMBER_RULES.share, 'Tỷ lệ query đơn giản gửi tới model nhỏ, ps (0–1)', 'Share of simple queries sent to the small model, ps (0–1)'),
  field('cascade.e', NUMBER_RULES.share, 'Tỷ lệ escalation lên model lớn, e (0–1)', 'Share escalated to the large model, e (0–1)'),
  field('cascade.cr', NUMBER_RULES.requestCost, 'Chi phí router mỗi request (USD)', 'Router cost per request (USD)'),
  field('cascade.cg', NUMBER_RULES.requestCost, 'Chi phí quality gate mỗi request (USD)', 'Quality-gate cost per request (USD)'),
  field('context.latencySlaSeconds', NUMBER_RULES.latencySlaSeconds, 'Latency SLA (giây)', 'Latency SLA (s)'),
  field('context.maxThrottledShare', NUMBER_RULES.share, 'Tỷ lệ request bị throttle tối đa chấp nhận (0–1)', 'Largest throttled share you accept (0–1)'),
];

export const FIELD_BY_KEY: ReadonlyMap<string, NumberField> = new Map(NUMBER_FIELDS.map((f) => [f.key, f]));

export type TextProblem = 'empty' | 'notANumber' | 'notFinite';
export type NumberRead = { ok: true; value: number } | { ok: false; problem: TextProblem; text: string };

/** A plain decimal as people type it; `1e3` too. Thousands separators are refused rather than guessed. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Vietnamese writes the decimal mark as a comma: "0,5". */
const VI_DECIMAL = /^[+-]?\d+,\d+$/;

/**
 * The number in a field's raw text. Range rules are left to parseScenario, the one place that knows them;
 * here only what cannot reach it as a JSON number: nothing typed, not a number, or past Infinity.
 */
export function readNumberText(text: string, locale: Locale): NumberRead {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', text };
  const normal = locale === 'vi' && VI_DECIMAL.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!DECIMAL.test(normal)) return { ok: false, problem: 'notANumber', text };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notFinite', text };
  return { ok: true, value };
}

/** The problem beside the field, named by its label in the reader's language. */
export function fieldMessage(
  spec: NumberField,
  problem: { kind: 'text'; problem: TextProblem; text: string } | { kind: 'rule'; error: ValidationError },
  locale: Locale,
): string {
  const label = spec.label[locale];
  if (problem.kind === 'rule') return formatValidationError({ ...problem.error, field: label }, locale);
  const rule = describeRule({ kind: 'number', ...spec.rule }, locale);
  const shown = JSON.stringify(problem.text.trim());
  const vi = locale === 'vi';
  switch (problem.problem) {
    case 'empty':
      return vi ? `${label}: chưa nhập, hãy nhập một số (${rule})` : `${label}: empty, enter a number (${rule})`;
    case 'notANumber':
      return vi ? `${label}: ${shown} không phải là số (${rule})` : `${label}: ${shown} is not a number (${rule})`;
    case 'notFinite':
      return vi ? `${label}: ${shown} quá lớn, không phải số hữu hạn (${rule})` : `${label}: ${shown} is too large to be a finite number (${rule})`;
  }
}
