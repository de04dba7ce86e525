// Explanations the simulator gives: why a result is null, why the advisor picks an option. Each one is
// structured (code, params), names the lesson topic it comes from, and reads in both languages.
import type { Stage } from './advisor';
import type { Term } from './provisioned';
import type { Precision } from './sagemaker';

import type { LessonTopic } from '../schemas/lesson-topics';
import type { Locale } from './locale';
import { formatNumber } from './number-format';

export type { Locale };
export type Localized = Record<Locale, string>;

interface ProvisionedCost {
  units: number;
  term: Term;
  monthly: number;
  onDemandMonthly: number;
}

interface ColdStart {
  coldStartSeconds: number;
  latencySlaSeconds: number;
}

interface Throttling {
  throttledShare: number;
  maxThrottledShare: number;
}

export interface NoteParams {
  'break-even-free-on-demand': Record<string, never>;
  'break-even-beyond-one-unit': { breakEvenRequestsPerDay: number; unitCapacity: number };
  'no-instance-fits': {
    precision: Precision;
    requiredGB: number;
    largestType: string;
    largestGB: number;
    lowestFittingPrecision: Precision | null;
  };
  'savings-undefined': Record<string, never>;
  'own-weights': Record<string, never>;
  'sagemaker-cost': { instanceType: string; count: number; monthly: number };
  'fine-tuned-in-bedrock': Record<string, never>;
  'nova-custom-exception': { since: string };
  'provisioned-cost': ProvisionedCost;
  'provisioned-cheaper': ProvisionedCost;
  'provisioned-not-cheaper': ProvisionedCost;
  'development-stage': { stage: Stage };
  'on-demand-cost': { costPerRequest: number; monthly: number };
  'event-driven': Record<string, never>;
  'cold-start-within-sla': ColdStart;
  'no-latency-sla': { coldStartSeconds: number };
  'cold-start-breaks-sla': ColdStart;
  'lambda-cost': { monthly: number; coldShare: number };
  'strict-latency-sla': { latencySlaSeconds: number };
  'throttling-above-limit': Throttling;
  'on-demand-within-quota': Throttling;
  'missing-provisioned-input': Record<string, never>;
  'missing-lambda-input': Record<string, never>;
  'missing-sagemaker-input': Record<string, never>;
  'cascade-pays': { savings: number; monthly: number };
  'cascade-does-not-pay': { savings: number | null };
}

export type NoteCode = keyof NoteParams;

export type Note = {
  [C in NoteCode]: { code: C; topic: LessonTopic; params: NoteParams[C]; text: Localized };
}[NoteCode];

/** Number formatting of one locale, for the texts. */
interface Format {
  usd(value: number): string;
  percent(value: number): string;
  count(value: number): string;
  decimal(value: number): string;
  term(term: Term): string;
}

interface CatalogueEntry<C extends NoteCode> {
  topic: LessonTopic;
  en: (params: NoteParams[C], format: Format) => string;
  vi: (params: NoteParams[C], format: Format) => string;
}

const unitsEn = (units: number) => `${units} model unit${units === 1 ? '' : 's'}`;

const catalogue: { [C in NoteCode]: CatalogueEntry<C> } = {
  'break-even-free-on-demand': {
    topic: 'provisioned',
    en: () => 'On-demand costs (next to) nothing a request at this token mix, so Provisioned Throughput never pays for itself.',
    vi: () => 'Với lượng token này, on-demand gần như không tốn gì cho mỗi request, nên Provisioned Throughput không bao giờ hoàn vốn.',
  },
  'break-even-beyond-one-unit': {
    topic: 'provisioned',
    en: (p, f) =>
      `Break-even needs ${f.count(p.breakEvenRequestsPerDay)} requests a day, but one model unit carries at most ${f.count(p.unitCapacity)} a day at this token mix and traffic shape: Provisioned Throughput never pays for itself.`,
    vi: (p, f) =>
      `Điểm hòa vốn cần ${f.count(p.breakEvenRequestsPerDay)} request/ngày, nhưng với lượng token và hình dạng traffic này một model unit chỉ gánh được tối đa ${f.count(p.unitCapacity)} request/ngày: Provisioned Throughput không bao giờ hoàn vốn.`,
  },
  'no-instance-fits': {
    topic: 'containers',
    en: (p, f) =>
      `At ${p.precision} the model needs ${f.decimal(p.requiredGB)} GB of GPU memory; the largest instance, ${p.largestType}, has ${f.decimal(p.largestGB)} GB. ` +
      (p.lowestFittingPrecision ? `Quantized to ${p.lowestFittingPrecision} it would fit.` : 'It does not fit even at int4.'),
    vi: (p, f) =>
      `Ở ${p.precision}, model cần ${f.decimal(p.requiredGB)} GB GPU memory; instance lớn nhất là ${p.largestType} chỉ có ${f.decimal(p.largestGB)} GB. ` +
      (p.lowestFittingPrecision ? `Quantize xuống ${p.lowestFittingPrecision} thì vừa.` : 'Kể cả int4 cũng không vừa.'),
  },
  'savings-undefined': {
    topic: 'cascade-benefits',
    en: () => 'The large model costs nothing a request here, so there is nothing to save against it.',
    vi: () => 'Ở đây model lớn không tốn chi phí cho mỗi request, nên không có gì để tiết kiệm so với nó.',
  },
  'own-weights': {
    topic: 'options',
    en: () =>
      'You bring your own model weights: a SageMaker AI endpoint serves any model in a container you control, at the price of managing the infrastructure.',
    vi: () =>
      'Bạn dùng model weights của riêng mình: SageMaker AI endpoint chạy được bất kỳ model nào trong container do bạn kiểm soát, đổi lại phải tự quản lý infrastructure.',
  },
  'sagemaker-cost': {
    topic: 'containers',
    en: (p, f) => `Cheapest instance that holds the model and keeps up with the peak: ${p.count} x ${p.instanceType}, ${f.usd(p.monthly)} a month.`,
    vi: (p, f) => `Instance rẻ nhất vừa chứa được model vừa theo kịp giờ cao điểm: ${p.count} x ${p.instanceType}, ${f.usd(p.monthly)}/tháng.`,
  },
  'fine-tuned-in-bedrock': {
    topic: 'knowledge',
    en: () => 'A model customised (fine-tuned) in Bedrock can only be invoked through Provisioned Throughput.',
    vi: () => 'Model đã customize (fine-tune) trong Bedrock chỉ invoke được qua Provisioned Throughput.',
  },
  'nova-custom-exception': {
    topic: 'knowledge',
    en: (p) => `Exception: Amazon Nova models customised on or after ${p.since} can also be deployed on demand.`,
    vi: (p) => `Ngoại lệ: các model Amazon Nova được customize từ ngày ${p.since} trở đi có thể deploy on-demand.`,
  },
  'provisioned-cost': {
    topic: 'provisioned',
    en: (p, f) => `${unitsEn(p.units)} on the ${f.term(p.term)} term: ${f.usd(p.monthly)} a month (on-demand: ${f.usd(p.onDemandMonthly)}).`,
    vi: (p, f) => `${p.units} model unit, kỳ hạn ${f.term(p.term)}: ${f.usd(p.monthly)}/tháng (on-demand: ${f.usd(p.onDemandMonthly)}).`,
  },
  'provisioned-cheaper': {
    topic: 'provisioned',
    en: (p, f) =>
      `Provisioned Throughput is cheaper at this volume: ${unitsEn(p.units)} on the ${f.term(p.term)} term cost ${f.usd(p.monthly)} a month against ${f.usd(p.onDemandMonthly)} on demand.`,
    vi: (p, f) =>
      `Ở lưu lượng này Provisioned Throughput rẻ hơn: ${p.units} model unit kỳ hạn ${f.term(p.term)} tốn ${f.usd(p.monthly)}/tháng, so với ${f.usd(p.onDemandMonthly)} nếu dùng on-demand.`,
  },
  'provisioned-not-cheaper': {
    topic: 'provisioned',
    en: (p, f) =>
      `Provisioned Throughput would cost more: ${f.usd(p.monthly)} a month (${unitsEn(p.units)}, ${f.term(p.term)} term) against ${f.usd(p.onDemandMonthly)} on demand.`,
    vi: (p, f) =>
      `Provisioned Throughput đắt hơn: ${f.usd(p.monthly)}/tháng (${p.units} model unit, kỳ hạn ${f.term(p.term)}) so với ${f.usd(p.onDemandMonthly)} khi dùng on-demand.`,
  },
  'development-stage': {
    topic: 'on-demand',
    en: (p) => `At the ${p.stage === 'poc' ? 'proof-of-concept' : p.stage} stage on-demand fits best: pay per token, no commitment, nothing to manage.`,
    vi: (p) => `Ở giai đoạn ${p.stage === 'poc' ? 'PoC' : p.stage}, on-demand là hợp nhất: trả theo token, không cam kết, không phải quản lý gì.`,
  },
  'on-demand-cost': {
    topic: 'options',
    en: (p, f) => `On-demand: ${f.usd(p.costPerRequest)} a request, ${f.usd(p.monthly)} a month.`,
    vi: (p, f) => `On-demand: ${f.usd(p.costPerRequest)}/request, ${f.usd(p.monthly)}/tháng.`,
  },
  'event-driven': {
    topic: 'options',
    en: () => 'Invocations are event-driven and sporadic: Lambda + Bedrock is serverless, scales with the events and costs nothing while idle.',
    vi: () => 'Invocation theo event và rời rạc: Lambda + Bedrock là serverless, tự scale theo event và không tốn tiền khi không có request.',
  },
  'cold-start-within-sla': {
    topic: 'options',
    en: (p, f) =>
      `A request that meets a cold start takes about ${f.decimal(p.coldStartSeconds)} s, within the latency SLA of ${f.decimal(p.latencySlaSeconds)} s.`,
    vi: (p, f) =>
      `Một request gặp cold start mất khoảng ${f.decimal(p.coldStartSeconds)} giây, vẫn nằm trong latency SLA ${f.decimal(p.latencySlaSeconds)} giây.`,
  },
  'no-latency-sla': {
    topic: 'options',
    en: (p, f) => `No latency SLA is set, so an occasional cold start (about ${f.decimal(p.coldStartSeconds)} s for that request) is acceptable.`,
    vi: (p, f) => `Không có latency SLA, nên thỉnh thoảng gặp cold start (request đó mất khoảng ${f.decimal(p.coldStartSeconds)} giây) vẫn chấp nhận được.`,
  },
  'cold-start-breaks-sla': {
    topic: 'options',
    en: (p, f) =>
      `Invocations are event-driven, but a request that meets a cold start takes about ${f.decimal(p.coldStartSeconds)} s, over the latency SLA of ${f.decimal(p.latencySlaSeconds)} s: Lambda is ruled out.`,
    vi: (p, f) =>
      `Invocation theo event, nhưng request gặp cold start mất khoảng ${f.decimal(p.coldStartSeconds)} giây, vượt latency SLA ${f.decimal(p.latencySlaSeconds)} giây: loại Lambda.`,
  },
  'lambda-cost': {
    topic: 'knowledge',
    en: (p, f) => `Lambda + Bedrock: ${f.usd(p.monthly)} a month including the tokens; ${f.percent(p.coldShare)} of invocations start cold.`,
    vi: (p, f) => `Lambda + Bedrock: ${f.usd(p.monthly)}/tháng, đã gồm tiền token; ${f.percent(p.coldShare)} số invocation bị cold start.`,
  },
  'strict-latency-sla': {
    topic: 'provisioned',
    en: (p, f) =>
      `Production with a latency SLA of ${f.decimal(p.latencySlaSeconds)} s: Provisioned Throughput reserves capacity, so latency stays low and consistent.`,
    vi: (p, f) => `Production với latency SLA ${f.decimal(p.latencySlaSeconds)} giây: Provisioned Throughput dành riêng capacity nên latency thấp và ổn định.`,
  },
  'throttling-above-limit': {
    topic: 'options',
    en: (p, f) =>
      `On-demand quotas would throttle ${f.percent(p.throttledShare)} of requests (ThrottlingException), more than the ${f.percent(p.maxThrottledShare)} you accept.`,
    vi: (p, f) =>
      `Quota on-demand sẽ throttle ${f.percent(p.throttledShare)} số request (ThrottlingException), vượt mức ${f.percent(p.maxThrottledShare)} bạn chấp nhận.`,
  },
  'on-demand-within-quota': {
    topic: 'on-demand',
    en: (p, f) =>
      `Traffic stays within the on-demand quota (${f.percent(p.throttledShare)} throttled, ${f.percent(p.maxThrottledShare)} accepted): pay per token, no commitment.`,
    vi: (p, f) =>
      `Traffic nằm trong quota on-demand (${f.percent(p.throttledShare)} bị throttle, chấp nhận ${f.percent(p.maxThrottledShare)}): trả theo token, không cam kết.`,
  },
  'missing-provisioned-input': {
    topic: 'provisioned',
    en: () => 'No provisioned input (hourly price, tokens per model unit, term) was given, so its cost could not be compared with on-demand.',
    vi: () => 'Chưa có input provisioned (giá theo giờ, token mỗi model unit, kỳ hạn) nên chưa so sánh được chi phí với on-demand.',
  },
  'missing-lambda-input': {
    topic: 'options',
    en: () => 'No lambda input was given, so the Lambda cost could not be compared.',
    vi: () => 'Chưa có input lambda nên chưa so sánh được chi phí Lambda.',
  },
  'missing-sagemaker-input': {
    topic: 'containers',
    en: () => 'No sagemaker input (parameters, precision) was given, so no instance could be sized or priced.',
    vi: () => 'Chưa có input sagemaker (số parameters, precision) nên chưa chọn và tính giá instance được.',
  },
  'cascade-pays': {
    topic: 'cascade-benefits',
    en: (p, f) => `The cascade saves ${f.percent(p.savings)} against sending every request to the large model: ${f.usd(p.monthly)} a month.`,
    vi: (p, f) => `Model cascade tiết kiệm ${f.percent(p.savings)} so với gửi mọi request tới model lớn: ${f.usd(p.monthly)}/tháng.`,
  },
  'cascade-does-not-pay': {
    topic: 'cascade-benefits',
    en: (p, f) =>
      'This cascade does not pay: the router, the quality gate and the escalations cost more than the small model saves' +
      (p.savings === null ? '.' : ` (savings ${f.percent(p.savings)}).`),
    vi: (p, f) =>
      'Cascade này không có lợi: chi phí router, quality gate và escalation lớn hơn phần model nhỏ tiết kiệm được' +
      (p.savings === null ? '.' : ` (tiết kiệm ${f.percent(p.savings)}).`),
  },
};

const TERM_LABELS: Record<Locale, Record<Term, string>> = {
  en: { none: 'no-commitment', '1-month': '1-month', '6-month': '6-month' },
  vi: { none: 'không cam kết', '1-month': '1 tháng', '6-month': '6 tháng' },
};

function makeFormat(locale: Locale): Format {
  return {
    // Per-request costs are fractions of a cent: keep three significant digits.
    usd: (value) =>
      formatNumber(locale, value, Math.abs(value) >= 1 ? { style: 'usd', maximumFractionDigits: 2 } : { style: 'usd', maximumSignificantDigits: 3 }),
    percent: (value) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 2 }),
    count: (value) => formatNumber(locale, value, { maximumFractionDigits: 0 }),
    decimal: (value) => formatNumber(locale, value, { maximumFractionDigits: 2 }),
    term: (term) => TERM_LABELS[locale][term],
  };
}

const formats: Record<Locale, Format> = { en: makeFormat('en'), vi: makeFormat('vi') };

export function note<C extends NoteCode>(code: C, params: NoteParams[C]): Note {
  const entry: CatalogueEntry<C> = catalogue[code];
  return {
    code,
    topic: entry.topic,
    params,
    text: { en: entry.en(params, formats.en), vi: entry.vi(params, formats.vi) },
  } as Note;
}
