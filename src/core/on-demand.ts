// Bedrock on-demand, docs/simulator-model.md section 2: pay per token, throttled by a per-minute quota.
import { monthlyRequests, sumOverMinutes, type RequestTokens, type Step, type Workload } from './workload';

/** USD per 1M tokens. */
export interface TokenPrices {
  priceIn: number;
  priceOut: number;
}

export interface OnDemandQuota {
  /** Tokens-per-minute quota (TPM), input plus output. */
  tpm: number;
  /** Legacy requests-per-minute quota (RPM), where one applies. */
  rpm: number | null;
  /** How many quota tokens each output token burns (b). */
  burndown: number;
}

export interface OnDemandResult {
  costPerRequest: number;
  monthly: number;
  throttledShare: number;
}

/** c = (Ti * priceIn + To * priceOut) / 1e6 */
export function costPerRequest(tokens: RequestTokens, prices: TokenPrices): number {
  return (tokens.inputTokens * prices.priceIn + tokens.outputTokens * prices.priceOut) / 1e6;
}

/** q = Ti + b * To: what one request takes from the TPM quota. */
export function quotaTokensPerRequest(tokens: RequestTokens, burndown: number): number {
  return tokens.inputTokens + burndown * tokens.outputTokens;
}

/** Requests a minute the quota lets through; null when nothing limits them (no tokens, no RPM). */
export function requestCapacityPerMinute(tokens: RequestTokens, quota: OnDemandQuota): number | null {
  const byTokens = quota.tpm / quotaTokensPerRequest(tokens, quota.burndown);
  const capacity = quota.rpm === null ? byTokens : Math.min(byTokens, quota.rpm);
  return Number.isFinite(capacity) ? capacity : null;
}

/** Requests a day over the quota, each counted once on its first attempt. */
export function throttledRequestsPerDay(workload: Workload, quota: OnDemandQuota): number {
  const capacity = requestCapacityPerMinute(workload, quota);
  if (capacity === null) return 0;
  return sumOverMinutes(workload, (requests) => Math.max(0, requests - capacity));
}

export function throttledShare(workload: Workload, quota: OnDemandQuota): number {
  if (workload.requestsPerDay === 0) return 0;
  // Mathematically at most 1; the clamp absorbs float rounding.
  return Math.min(1, throttledRequestsPerDay(workload, quota) / workload.requestsPerDay);
}

export function evaluateOnDemand(workload: Workload, model: TokenPrices & OnDemandQuota): OnDemandResult {
  const cost = costPerRequest(workload, model);
  return {
    costPerRequest: cost,
    // Throttled requests are retried, so they are paid for like the others.
    monthly: monthlyRequests(workload.requestsPerDay) * cost,
    throttledShare: throttledShare(workload, model),
  };
}

/** The part of each run above a capacity: the requests throttled in those minutes; none without a capacity. */
export function throttledSteps(steps: readonly Step[], capacity: number | null): (Step & { base: number })[] {
  if (capacity === null) return [];
  return steps.filter((step) => step.y > capacity).map((step) => ({ ...step, base: capacity }));
}

/** On-demand monthly cost at a number of requests a day: where a break-even point sits on the cost line. */
export function onDemandMonthlyAt(tokens: RequestTokens, prices: TokenPrices, requestsPerDay: number): number {
  return monthlyRequests(requestsPerDay) * costPerRequest(tokens, prices);
}
