// The advisor: picks a deployment option by the lesson's criteria (skill 2.2.1), in a fixed order, and says
// why with notes that point back to the lesson.
import type { CascadeResult } from './cascade';
import type { LambdaResult } from './lambda';
import { note, type Note } from './notes';
import type { OnDemandResult } from './on-demand';
import type { ProvisionedResult, Term } from './provisioned';
import type { SageMakerResult } from './sagemaker';

export const STAGES = ['development', 'poc', 'production'] as const;
export type Stage = (typeof STAGES)[number];
export const MODEL_SOURCES = ['bedrock', 'bedrock-fine-tuned', 'own-weights'] as const;
export type ModelSource = (typeof MODEL_SOURCES)[number];
export const INVOCATIONS = ['request-response', 'event-driven'] as const;
export type Invocation = (typeof INVOCATIONS)[number];

/** The key of the recommended section in the result. */
export type DeploymentOption = 'onDemand' | 'provisioned' | 'sagemaker' | 'lambda';

export interface Context {
  stage: Stage;
  modelSource: ModelSource;
  invocation: Invocation;
  latencySlaSeconds: number | null;
  /** Largest share of throttled requests that is still acceptable. */
  maxThrottledShare: number;
}

/** Amazon Nova models customised from this date on can be deployed on demand, without Provisioned Throughput. */
export const NOVA_ON_DEMAND_CUSTOMISATION_SINCE = '2025-07-16';

export interface AdvisorInput {
  context: Context;
  onDemand: OnDemandResult;
  /** Seconds a request takes when it meets a cold start: the INIT phase plus the model's answer. */
  coldStartSeconds: number;
  provisioned: { result: ProvisionedResult; term: Term } | null;
  lambda: LambdaResult | null;
  sagemaker: SageMakerResult | null;
  cascade: CascadeResult | null;
}

export interface Recommendation {
  option: DeploymentOption;
  reasons: Note[];
}

export function recommend(input: AdvisorInput): Recommendation {
  const { option, reasons } = chooseOption(input);
  return { option, reasons: input.cascade ? [...reasons, cascadeNote(input.cascade)] : reasons };
}

function chooseOption(input: AdvisorInput): Recommendation {
  const { context, onDemand, provisioned } = input;
  if (context.modelSource === 'own-weights') {
    return { option: 'sagemaker', reasons: [note('own-weights', {}), sagemakerNote(input.sagemaker)] };
  }
  if (context.modelSource === 'bedrock-fine-tuned') {
    return {
      option: 'provisioned',
      reasons: [
        note('fine-tuned-in-bedrock', {}),
        note('nova-custom-exception', { since: NOVA_ON_DEMAND_CUSTOMISATION_SINCE }),
        provisioned ? note('provisioned-cost', provisionedCost(input, provisioned)) : note('missing-provisioned-input', {}),
      ],
    };
  }
  if (context.stage !== 'production') {
    return {
      option: 'onDemand',
      reasons: [
        note('development-stage', { stage: context.stage }),
        note('on-demand-cost', { costPerRequest: onDemand.costPerRequest, monthly: onDemand.monthly }),
      ],
    };
  }

  const sla = context.latencySlaSeconds;
  let lambdaRuledOut: Note | null = null;
  if (context.invocation === 'event-driven') {
    const { coldStartSeconds } = input;
    if (sla === null || coldStartSeconds <= sla) {
      return {
        option: 'lambda',
        reasons: [
          note('event-driven', {}),
          sla === null ? note('no-latency-sla', { coldStartSeconds }) : note('cold-start-within-sla', { coldStartSeconds, latencySlaSeconds: sla }),
          input.lambda ? note('lambda-cost', { monthly: input.lambda.monthly, coldShare: input.lambda.coldShare }) : note('missing-lambda-input', {}),
        ],
      };
    }
    lambdaRuledOut = note('cold-start-breaks-sla', { coldStartSeconds, latencySlaSeconds: sla });
  }

  const throttling = { throttledShare: onDemand.throttledShare, maxThrottledShare: context.maxThrottledShare };
  // Lambda is only ruled out by an SLA, and an SLA alone is enough for provisioned.
  const forProvisioned: Note[] = lambdaRuledOut ? [lambdaRuledOut] : [];
  if (sla !== null) forProvisioned.push(note('strict-latency-sla', { latencySlaSeconds: sla }));
  if (throttling.throttledShare > throttling.maxThrottledShare) {
    forProvisioned.push(note('throttling-above-limit', throttling));
  }
  // The cost comparison is reported whichever way it goes, and when it was not possible.
  const cost = provisioned ? provisionedCost(input, provisioned) : null;
  let costNote: Note | null = null;
  if (cost === null) costNote = note('missing-provisioned-input', {});
  else if (cost.monthly < cost.onDemandMonthly) forProvisioned.push(note('provisioned-cheaper', cost));
  else costNote = note('provisioned-not-cheaper', cost);

  if (forProvisioned.length > 0) {
    return { option: 'provisioned', reasons: [...forProvisioned, ...(costNote ? [costNote] : [])] };
  }
  return {
    option: 'onDemand',
    reasons: [
      note('on-demand-within-quota', throttling),
      note('on-demand-cost', { costPerRequest: onDemand.costPerRequest, monthly: onDemand.monthly }),
      ...(costNote ? [costNote] : []),
    ],
  };
}

function provisionedCost(input: AdvisorInput, provisioned: NonNullable<AdvisorInput['provisioned']>) {
  return {
    units: provisioned.result.units,
    term: provisioned.term,
    monthly: provisioned.result.monthly,
    onDemandMonthly: input.onDemand.monthly,
  };
}

function sagemakerNote(sagemaker: SageMakerResult | null): Note {
  if (sagemaker === null) return note('missing-sagemaker-input', {});
  if (!sagemaker.fits) return sagemaker.reason;
  const { instanceType, count, monthly } = sagemaker;
  return note('sagemaker-cost', { instanceType, count, monthly });
}

function cascadeNote(cascade: CascadeResult): Note {
  return cascade.pays && cascade.savings !== null
    ? note('cascade-pays', { savings: cascade.savings, monthly: cascade.monthly })
    : note('cascade-does-not-pay', { savings: cascade.savings });
}
