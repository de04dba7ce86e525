// SageMaker AI real-time endpoint, docs/simulator-model.md section 5: GPU memory decides whether a model fits,
// memory bandwidth how fast it generates.
import { note, type Note } from './notes';
import { HOURS_PER_MONTH, peakRequestsPerMinute, type Workload } from './workload';

/** From most to fewest bytes per parameter. */
export const PRECISIONS = ['fp32', 'fp16', 'bf16', 'int8', 'int4'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const BYTES_PER_PARAM: Record<Precision, number> = { fp32: 4, fp16: 2, bf16: 2, int8: 1, int4: 0.5 };

export interface SageMakerInstance {
  type: string;
  /** All GPUs of the instance together. */
  gpuMemoryGB: number;
  memoryBandwidthGBs: number;
  /** USD per hour. */
  hourly: number;
}

export interface SageMakerInput {
  /** Billions of parameters. */
  paramsB: number;
  precision: Precision;
  /** Extra memory on top of the weights, for the KV cache and activations, as a share of the weights. */
  memoryOverhead: number;
  batch: number;
  minInstances: number;
  instances: readonly SageMakerInstance[];
}

export interface SageMakerPlacement {
  instanceType: string;
  count: number;
  monthly: number;
}

export type SageMakerResult = ({ fits: true } & SageMakerPlacement) | { fits: false; reason: Note; lowestFittingPrecision: Precision | null };

export function weightsGB(paramsB: number, precision: Precision): number {
  return paramsB * BYTES_PER_PARAM[precision];
}

export function requiredGB(weights: number, memoryOverhead: number): number {
  return weights * (1 + memoryOverhead);
}

export function fits(required: number, instance: SageMakerInstance): boolean {
  return required <= instance.gpuMemoryGB;
}

/** Decoding is memory-bound: every step reads all weights once and yields one token per sequence in the batch. */
export function instanceTokensPerSecond(instance: SageMakerInstance, weights: number, batch: number): number {
  return (batch * instance.memoryBandwidthGBs) / weights;
}

/** Output tokens a second the endpoint must produce at the peak minute. */
export function neededTokensPerSecond(workload: Workload): number {
  return (peakRequestsPerMinute(workload) * workload.outputTokens) / 60;
}

export function instanceCount(needed: number, tokensPerSecond: number, minInstances: number): number {
  return Math.max(minInstances, Math.ceil(needed / tokensPerSecond));
}

/** The fitting instance type with the lowest monthly cost (the first listed on a tie), or null. */
export function cheapestFittingInstance(workload: Workload, input: SageMakerInput): SageMakerPlacement | null {
  const weights = weightsGB(input.paramsB, input.precision);
  const required = requiredGB(weights, input.memoryOverhead);
  const needed = neededTokensPerSecond(workload);
  let best: SageMakerPlacement | null = null;
  for (const instance of input.instances) {
    if (!fits(required, instance)) continue;
    const count = instanceCount(needed, instanceTokensPerSecond(instance, weights, input.batch), input.minInstances);
    const monthly = count * instance.hourly * HOURS_PER_MONTH;
    if (best === null || monthly < best.monthly) best = { instanceType: instance.type, count, monthly };
  }
  return best;
}

export function largestInstance(instances: readonly SageMakerInstance[]): SageMakerInstance | null {
  let largest: SageMakerInstance | null = null;
  for (const instance of instances) {
    if (largest === null || instance.gpuMemoryGB > largest.gpuMemoryGB) largest = instance;
  }
  return largest;
}

/**
 * Of the precisions below the requested one, the least reduced that fits on the largest instance: the
 * smallest quantization step that makes the model fit. null when even int4 does not fit.
 */
export function lowestFittingPrecision(
  paramsB: number,
  precision: Precision,
  memoryOverhead: number,
  instances: readonly SageMakerInstance[],
): Precision | null {
  const largest = largestInstance(instances);
  if (largest === null) return null;
  const fitting = PRECISIONS.find(
    (candidate) => BYTES_PER_PARAM[candidate] < BYTES_PER_PARAM[precision] && fits(requiredGB(weightsGB(paramsB, candidate), memoryOverhead), largest),
  );
  return fitting ?? null;
}

export function evaluateSageMaker(workload: Workload, input: SageMakerInput): SageMakerResult {
  const placement = cheapestFittingInstance(workload, input);
  if (placement !== null) return { fits: true, ...placement };
  const largest = largestInstance(input.instances);
  const lowest = lowestFittingPrecision(input.paramsB, input.precision, input.memoryOverhead, input.instances);
  return {
    fits: false,
    reason: note('no-instance-fits', {
      precision: input.precision,
      requiredGB: requiredGB(weightsGB(input.paramsB, input.precision), input.memoryOverhead),
      largestType: largest?.type ?? '',
      largestGB: largest?.gpuMemoryGB ?? 0,
      lowestFittingPrecision: lowest,
    }),
    lowestFittingPrecision: lowest,
  };
}
