// Lambda + Bedrock, docs/simulator-model.md section 4: the function waits for the model and pays for the wait.
import { monthlyRequests, sumOverMinutes, type Workload } from './workload';

export const ARCHITECTURES = ['x86', 'arm'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export interface LambdaInput {
  memoryGB: number;
  arch: Architecture;
  /** Minutes an idle execution environment lives; AWS does not publish it. */
  idleMinutes: number;
  /** Seconds of the billed INIT phase of a cold start. */
  initSeconds: number;
}

export interface LambdaPrices {
  /** USD per 1M invocations. */
  requestPricePerMillion: number;
  pricePerGBSecond: Record<Architecture, number>;
}

export interface ModelSpeed {
  /** Seconds to the first token. */
  ttftSeconds: number;
  outputTokensPerSecond: number;
}

export interface LambdaResult {
  billedSeconds: number;
  coldShare: number;
  monthly: number;
}

/** latencySeconds = ttftSeconds + To / outputTokensPerSecond */
export function modelLatencySeconds(speed: ModelSpeed, outputTokens: number): number {
  return speed.ttftSeconds + outputTokens / speed.outputTokensPerSecond;
}

/**
 * Share of requests that find no warm environment. Arrivals in a minute are a Poisson stream of rate r, so
 * a request is cold when none came in the idleMinutes before it: probability exp(-r * idleMinutes).
 */
export function coldShare(workload: Workload, idleMinutes: number): number {
  if (workload.requestsPerDay === 0) return 0;
  const cold = sumOverMinutes(workload, (requests) => requests * Math.exp(-requests * idleMinutes));
  return Math.min(1, cold / workload.requestsPerDay);
}

/** Seconds billed per invocation: the wait on the model plus, on cold starts, the INIT phase. */
export function billedSeconds(latencySeconds: number, coldShareOfRequests: number, initSeconds: number): number {
  return latencySeconds + coldShareOfRequests * initSeconds;
}

/** The Lambda part of the bill, without the Bedrock tokens. */
export function lambdaMonthly(
  requestsPerDay: number,
  secondsPerInvocation: number,
  input: Pick<LambdaInput, 'memoryGB' | 'arch'>,
  prices: LambdaPrices,
): number {
  const invocations = monthlyRequests(requestsPerDay);
  return (invocations * prices.requestPricePerMillion) / 1e6 + invocations * secondsPerInvocation * input.memoryGB * prices.pricePerGBSecond[input.arch];
}

export function evaluateLambda(workload: Workload, speed: ModelSpeed, input: LambdaInput, prices: LambdaPrices, onDemandMonthly: number): LambdaResult {
  const share = coldShare(workload, input.idleMinutes);
  const seconds = billedSeconds(modelLatencySeconds(speed, workload.outputTokens), share, input.initSeconds);
  return {
    billedSeconds: seconds,
    coldShare: share,
    monthly: lambdaMonthly(workload.requestsPerDay, seconds, input, prices) + onDemandMonthly,
  };
}
