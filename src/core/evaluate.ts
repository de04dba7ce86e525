// One evaluation of a scenario: every section whose input is present, plus the advisor's recommendation.
// The result has the shape of docs/simulator-model.md section 10; numbers are not rounded.
import { recommend, type Recommendation } from './advisor';
import { evaluateCascade, type CascadeResult } from './cascade';
import { evaluateLambda, modelLatencySeconds, type LambdaResult } from './lambda';
import type { Locale, Note } from './notes';
import { evaluateOnDemand, type OnDemandResult } from './on-demand';
import type { PriceData } from './pricing';
import { evaluateProvisioned, TERMS, type ProvisionedResult, type Term } from './provisioned';
import { evaluateSageMaker, type SageMakerResult } from './sagemaker';
import { parseScenario, type Scenario } from './scenario';
import type { ValidationError } from './validation';

export interface ProvisionedSection {
  units: number;
  monthly: number;
  /** Requests a day where provisioned and on-demand cost the same; null where provisioned never pays. */
  breakEven: Record<Term, number | null>;
  /** Why a term has no break-even; present only when one has none. */
  breakEvenReasons?: Partial<Record<Term, Note>>;
}

export interface CascadeSection {
  expected: number;
  savings: number | null;
  monthly: number;
  pays: boolean;
  /** Present only when savings is null. */
  savingsReason?: Note;
}

export interface EvaluationResult {
  onDemand: OnDemandResult;
  provisioned?: ProvisionedSection;
  lambda?: LambdaResult;
  sagemaker?: SageMakerResult;
  cascade?: CascadeSection;
  recommendation: Recommendation;
}

export function evaluateScenario(scenario: Scenario, prices: PriceData): EvaluationResult {
  const { workload, model, context } = scenario;
  const onDemand = evaluateOnDemand(workload, model);
  const provisioned = scenario.provisioned && evaluateProvisioned(workload, scenario.provisioned, onDemand.costPerRequest);
  const lambda = scenario.lambda && evaluateLambda(workload, model, scenario.lambda, prices.lambda, onDemand.monthly);
  const sagemaker = scenario.sagemaker && evaluateSageMaker(workload, scenario.sagemaker);
  const cascade = scenario.cascade && evaluateCascade(workload, scenario.cascade);
  const initSeconds = scenario.lambda?.initSeconds ?? prices.lambda.initSeconds;
  const recommendation = recommend({
    context,
    onDemand,
    coldStartSeconds: modelLatencySeconds(model, workload.outputTokens) + initSeconds,
    provisioned: scenario.provisioned && provisioned && { result: provisioned, term: scenario.provisioned.term },
    lambda,
    sagemaker,
    cascade,
  });
  return {
    onDemand,
    ...(provisioned ? { provisioned: provisionedSection(provisioned) } : {}),
    ...(lambda ? { lambda } : {}),
    ...(sagemaker ? { sagemaker } : {}),
    ...(cascade ? { cascade: cascadeSection(cascade) } : {}),
    recommendation,
  };
}

function provisionedSection({ units, monthly, breakEven }: ProvisionedResult): ProvisionedSection {
  const breakEvenReasons: Partial<Record<Term, Note>> = {};
  for (const term of TERMS) {
    const { reason } = breakEven[term];
    if (reason) breakEvenReasons[term] = reason;
  }
  return {
    units,
    monthly,
    breakEven: {
      none: breakEven.none.requestsPerDay,
      '1-month': breakEven['1-month'].requestsPerDay,
      '6-month': breakEven['6-month'].requestsPerDay,
    },
    ...(Object.keys(breakEvenReasons).length > 0 ? { breakEvenReasons } : {}),
  };
}

function cascadeSection({ expected, savings, monthly, pays, savingsReason }: CascadeResult): CascadeSection {
  return { expected, savings, monthly, pays, ...(savingsReason ? { savingsReason } : {}) };
}

export type ScenarioRun = { ok: true; scenario: Scenario; result: EvaluationResult } | { ok: false; errors: ValidationError[] };

/** Parse and evaluate in one step, as the simulator does on every change. */
export function runScenario(input: unknown, prices: PriceData): ScenarioRun {
  const parsed = parseScenario(input, prices);
  return parsed.ok ? { ...parsed, result: evaluateScenario(parsed.scenario, prices) } : parsed;
}

/** A note as the CLI prints it: one language, no params. */
export interface NoteJson {
  code: Note['code'];
  topic: Note['topic'];
  text: string;
}

const noteJson = (note: Note, locale: Locale): NoteJson => ({
  code: note.code,
  topic: note.topic,
  text: note.text[locale],
});

const localizeReasons = (reasons: Partial<Record<Term, Note>>, locale: Locale) =>
  Object.fromEntries(Object.entries(reasons).map(([term, reason]) => [term, noteJson(reason, locale)]));

/** The result with every note reduced to one language: what `npm run sim` prints. */
export function resultJson(result: EvaluationResult, locale: Locale) {
  const { onDemand, provisioned, lambda, sagemaker, cascade, recommendation } = result;
  return {
    onDemand,
    ...(provisioned
      ? {
          provisioned: provisioned.breakEvenReasons ? { ...provisioned, breakEvenReasons: localizeReasons(provisioned.breakEvenReasons, locale) } : provisioned,
        }
      : {}),
    ...(lambda ? { lambda } : {}),
    ...(sagemaker ? { sagemaker: sagemaker.fits ? sagemaker : { ...sagemaker, reason: noteJson(sagemaker.reason, locale) } } : {}),
    ...(cascade
      ? {
          cascade: cascade.savingsReason ? { ...cascade, savingsReason: noteJson(cascade.savingsReason, locale) } : cascade,
        }
      : {}),
    recommendation: {
      option: recommendation.option,
      reasons: recommendation.reasons.map((reason) => noteJson(reason, locale)),
    },
  };
}
