// Shared builders for the core tests.
import { hourlyWeightsPreset, type Workload } from '../../../src/core/workload';

/** The lesson's Titan Text Express example: 100,000 requests a day, 1,000 in and 300 out, steady. */
export function workload(overrides: Partial<Workload> = {}): Workload {
  return {
    requestsPerDay: 100_000,
    inputTokens: 1000,
    outputTokens: 300,
    hourlyWeights: hourlyWeightsPreset('steady'),
    burstFactor: 1,
    ...overrides,
  };
}

export const TITAN_TEXT_EXPRESS = { priceIn: 0.2, priceOut: 0.6, tpm: 300_000, rpm: 400, burndown: 1 };
