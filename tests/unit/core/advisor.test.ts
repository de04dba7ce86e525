import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/core/scenario';
import { recommend, type AdvisorInput, type Context, type DeploymentOption } from '../../../src/core/advisor';
import type { NoteCode } from '../../../src/core/notes';
import { LESSON_TOPICS } from '../../../src/schemas/lesson-topics';

const ON_DEMAND = { costPerRequest: 0.00038, monthly: 1155.83, throttledShare: 0 };
const PROVISIONED_DEARER = {
  term: '1-month' as const,
  result: { units: 1, monthly: 13_432, breakEven: {} as never },
};
const PROVISIONED_CHEAPER = { ...PROVISIONED_DEARER, result: { ...PROVISIONED_DEARER.result, monthly: 1000 } };
const LAMBDA = { billedSeconds: 4.35, coldShare: 0.2, monthly: 1300 };
const SAGEMAKER_FITS = { fits: true as const, instanceType: 'ml.p4d.24xlarge', count: 1, monthly: 27_512.24 };
const CASCADE_PAYS = { expected: 0.0028625, savings: 0.6183, monthly: 8706.77, pays: true, savingsReason: null };
const CASCADE_LOSES = { ...CASCADE_PAYS, savings: -0.1, pays: false };

function input(context: Partial<Context>, rest: Partial<Omit<AdvisorInput, 'context'>> = {}): AdvisorInput {
  return {
    context: { ...DEFAULTS.context, ...context },
    onDemand: ON_DEMAND,
    coldStartSeconds: 2.5,
    provisioned: null,
    lambda: null,
    sagemaker: null,
    cascade: null,
    ...rest,
  };
}

describe('recommend follows the lesson criteria in order', () => {
  it.each<[string, AdvisorInput, DeploymentOption, NoteCode[]]>([
    ['own weights -> SageMaker', input({ modelSource: 'own-weights' }), 'sagemaker', ['own-weights', 'missing-sagemaker-input']],
    ['own weights, priced', input({ modelSource: 'own-weights' }, { sagemaker: SAGEMAKER_FITS }), 'sagemaker', ['own-weights', 'sagemaker-cost']],
    ['own weights come before the stage', input({ modelSource: 'own-weights', stage: 'poc' }), 'sagemaker', ['own-weights', 'missing-sagemaker-input']],
    [
      'fine-tuned in Bedrock -> provisioned, with the Nova exception',
      input({ modelSource: 'bedrock-fine-tuned' }),
      'provisioned',
      ['fine-tuned-in-bedrock', 'nova-custom-exception', 'missing-provisioned-input'],
    ],
    [
      'fine-tuned, priced',
      input({ modelSource: 'bedrock-fine-tuned' }, { provisioned: PROVISIONED_DEARER }),
      'provisioned',
      ['fine-tuned-in-bedrock', 'nova-custom-exception', 'provisioned-cost'],
    ],
    [
      'fine-tuned comes before the stage',
      input({ modelSource: 'bedrock-fine-tuned', stage: 'development' }),
      'provisioned',
      ['fine-tuned-in-bedrock', 'nova-custom-exception', 'missing-provisioned-input'],
    ],
    ['development -> on-demand', input({ stage: 'development' }), 'onDemand', ['development-stage', 'on-demand-cost']],
    [
      'proof of concept -> on-demand, even throttled',
      input({ stage: 'poc' }, { onDemand: { ...ON_DEMAND, throttledShare: 0.5 } }),
      'onDemand',
      ['development-stage', 'on-demand-cost'],
    ],
    ['event-driven, no SLA -> Lambda', input({ invocation: 'event-driven' }), 'lambda', ['event-driven', 'no-latency-sla', 'missing-lambda-input']],
    [
      'event-driven, SLA allows a cold start -> Lambda',
      input({ invocation: 'event-driven', latencySlaSeconds: 2.5 }, { lambda: LAMBDA }),
      'lambda',
      ['event-driven', 'cold-start-within-sla', 'lambda-cost'],
    ],
    [
      'event-driven, SLA too tight for a cold start -> provisioned',
      input({ invocation: 'event-driven', latencySlaSeconds: 2 }),
      'provisioned',
      ['cold-start-breaks-sla', 'strict-latency-sla', 'missing-provisioned-input'],
    ],
    [
      'production with a latency SLA -> provisioned',
      input({ latencySlaSeconds: 3 }, { provisioned: PROVISIONED_DEARER }),
      'provisioned',
      ['strict-latency-sla', 'provisioned-not-cheaper'],
    ],
    [
      'throttling above the limit -> provisioned',
      input({}, { onDemand: { ...ON_DEMAND, throttledShare: 0.2 } }),
      'provisioned',
      ['throttling-above-limit', 'missing-provisioned-input'],
    ],
    [
      'throttling exactly at the limit stays on-demand',
      input({ maxThrottledShare: 0.2 }, { onDemand: { ...ON_DEMAND, throttledShare: 0.2 } }),
      'onDemand',
      ['on-demand-within-quota', 'on-demand-cost', 'missing-provisioned-input'],
    ],
    ['provisioned cheaper -> provisioned', input({}, { provisioned: PROVISIONED_CHEAPER }), 'provisioned', ['provisioned-cheaper']],
    [
      'every production criterion at once',
      input({ latencySlaSeconds: 3 }, { provisioned: PROVISIONED_CHEAPER, onDemand: { ...ON_DEMAND, throttledShare: 0.5 } }),
      'provisioned',
      ['strict-latency-sla', 'throttling-above-limit', 'provisioned-cheaper'],
    ],
    [
      'otherwise on-demand, saying PT costs more',
      input({}, { provisioned: PROVISIONED_DEARER }),
      'onDemand',
      ['on-demand-within-quota', 'on-demand-cost', 'provisioned-not-cheaper'],
    ],
    ['otherwise on-demand, saying PT could not be compared', input({}), 'onDemand', ['on-demand-within-quota', 'on-demand-cost', 'missing-provisioned-input']],
    [
      'a paying cascade is mentioned last',
      input({ stage: 'poc' }, { cascade: CASCADE_PAYS }),
      'onDemand',
      ['development-stage', 'on-demand-cost', 'cascade-pays'],
    ],
    ['so is a losing one', input({ stage: 'poc' }, { cascade: CASCADE_LOSES }), 'onDemand', ['development-stage', 'on-demand-cost', 'cascade-does-not-pay']],
  ])('%s', (_, advisorInput, option, codes) => {
    const recommendation = recommend(advisorInput);
    expect(recommendation.option).toBe(option);
    expect(recommendation.reasons.map((reason) => reason.code)).toEqual(codes);
  });
});

describe('reasons', () => {
  const everyReason = [
    recommend(input({ modelSource: 'bedrock-fine-tuned' }, { provisioned: PROVISIONED_DEARER, cascade: CASCADE_PAYS })),
    recommend(input({ invocation: 'event-driven', latencySlaSeconds: 10 }, { lambda: LAMBDA, cascade: CASCADE_LOSES })),
    recommend(input({ latencySlaSeconds: 3 }, { provisioned: PROVISIONED_CHEAPER, onDemand: { ...ON_DEMAND, throttledShare: 0.5 } })),
    recommend(input({ modelSource: 'own-weights' }, { sagemaker: SAGEMAKER_FITS })),
  ].flatMap((recommendation) => recommendation.reasons);

  it.each(everyReason.map((reason) => [reason.code, reason] as const))('%s reads in both languages', (_, reason) => {
    expect(LESSON_TOPICS).toContain(reason.topic);
    expect(reason.text.en.length).toBeGreaterThan(20);
    expect(reason.text.vi.length).toBeGreaterThan(20);
    expect(reason.text.vi).not.toBe(reason.text.en);
  });

  it('quote the figures in each locale', () => {
    const [, , cheaper] = recommend(
      input({ latencySlaSeconds: 3 }, { provisioned: PROVISIONED_CHEAPER, onDemand: { ...ON_DEMAND, throttledShare: 0.5 } }),
    ).reasons;
    expect(cheaper?.text.en).toBe(
      'Provisioned Throughput is cheaper at this volume: 1 model unit on the 1-month term cost $1,000.00 a month against $1,155.83 on demand.',
    );
    expect(cheaper?.text.vi).toBe(
      // Intl puts a no-break space between the amount and US$.
      'Ở lưu lượng này Provisioned Throughput rẻ hơn: 1 model unit kỳ hạn 1 tháng tốn 1.000,00\u00a0US$/tháng, so với 1.155,83\u00a0US$ nếu dùng on-demand.',
    );
  });

  it('name the Nova exception date', () => {
    const [, nova] = recommend(input({ modelSource: 'bedrock-fine-tuned' })).reasons;
    expect(nova?.text.en).toContain('2025-07-16');
    expect(nova?.text.vi).toContain('2025-07-16');
  });
});
