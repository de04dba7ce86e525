import { describe, expect, it } from 'vitest';
import {
  cheapestFittingInstance,
  evaluateSageMaker,
  fits,
  instanceCount,
  instanceTokensPerSecond,
  lowestFittingPrecision,
  neededTokensPerSecond,
  requiredGB,
  weightsGB,
  type SageMakerInput,
} from '../../../src/core/sagemaker';
import { hourlyWeightsPreset } from '../../../src/core/workload';
import { workload } from './sim-helpers';
import { shippedPrices } from '../../../src/core/shipped-data';

const CATALOGUE = shippedPrices.instances;
const G5_48 = { type: 'ml.g5.48xlarge', gpuMemoryGB: 192, memoryBandwidthGBs: 4800, hourly: 20.36 };
const officeHours = workload({
  requestsPerDay: 20_000,
  hourlyWeights: hourlyWeightsPreset('business-hours'),
  burstFactor: 2,
});

const input = (overrides: Partial<SageMakerInput>): SageMakerInput => ({
  paramsB: 70,
  precision: 'fp16',
  memoryOverhead: 0.2,
  batch: 8,
  minInstances: 1,
  instances: CATALOGUE,
  ...overrides,
});

describe('weightsGB', () => {
  it.each([
    [70, 'fp16', 140],
    [8, 'bf16', 16],
    [70, 'int4', 35],
    [405, 'fp32', 1620],
    [7, 'int8', 7],
  ] as const)('%i B parameters at %s weigh %i GB', (paramsB, precision, gb) => {
    expect(weightsGB(paramsB, precision)).toBe(gb);
  });
});

describe('requiredGB and fits', () => {
  it.each([
    [140, 0.2, 168],
    [16, 0, 16],
    [35, 1, 70],
  ])('%i GB of weights with %d overhead need %i GB', (weights, overhead, gb) => {
    expect(requiredGB(weights, overhead)).toBeCloseTo(gb, 9);
  });

  it.each([
    [168, G5_48, true],
    [192, G5_48, true],
    [192.1, G5_48, false],
  ])('%d GB on 192 GB fits: %s', (required, instance, expected) => {
    expect(fits(required, instance)).toBe(expected);
  });
});

describe('throughput and count', () => {
  it('a memory-bound instance yields batch x bandwidth / weights tokens a second', () => {
    expect(instanceTokensPerSecond(G5_48, 140, 8)).toBeCloseTo((8 * 4800) / 140, 9);
  });

  it('needs the peak minute output, per second', () => {
    // Peak: 20,000 / 10 hours / 60 x 2 = 66.7 requests a minute, 300 tokens each.
    expect(neededTokensPerSecond(officeHours)).toBeCloseTo((66.6667 * 300) / 60, 2);
  });

  it.each([
    [333.3, 274.3, 1, 2],
    [100, 274.3, 1, 1],
    [0, 274.3, 3, 3],
    [1000, 100, 2, 10],
  ])('needed %d tok/s at %d tok/s an instance, at least %i: %i instances', (needed, perInstance, min, count) => {
    expect(instanceCount(needed, perInstance, min)).toBe(count);
  });
});

describe('cheapestFittingInstance', () => {
  it.each([
    // 168 GB fits g5.48 (2 needed), g6.48 (3), p4d (1) and p5 (1): one p4d is cheapest.
    ['Llama 3.1 70B at fp16', officeHours, input({}), { instanceType: 'ml.p4d.24xlarge', count: 1, monthly: 37.688 * 730 }],
    [
      'Llama 3.1 8B at bf16, low traffic',
      workload({ requestsPerDay: 1000 }),
      input({ paramsB: 8, precision: 'bf16' }),
      { instanceType: 'ml.g6.2xlarge', count: 1, monthly: 1.222 * 730 },
    ],
    [
      'two instances at least',
      workload({ requestsPerDay: 1000 }),
      input({ paramsB: 8, precision: 'bf16', minInstances: 2 }),
      { instanceType: 'ml.g6.2xlarge', count: 2, monthly: 2 * 1.222 * 730 },
    ],
  ])('%s', (_, w, sagemaker, expected) => {
    const placement = cheapestFittingInstance(w, sagemaker);
    expect(placement).toMatchObject({ instanceType: expected.instanceType, count: expected.count });
    expect(placement?.monthly).toBeCloseTo(expected.monthly, 6);
  });

  it('is null when nothing fits', () => {
    expect(cheapestFittingInstance(officeHours, input({ paramsB: 405 }))).toBeNull();
  });
});

describe('lowestFittingPrecision', () => {
  it.each([
    ['405B at fp16 (972 GB) fits at int8 on 640 GB', 405, 'fp16', 'int8'],
    ['405B at fp32 skips fp16 and bf16 (972 GB)', 405, 'fp32', 'int8'],
    ['1,000B needs int4 (600 GB)', 1000, 'fp16', 'int4'],
    ['2,000B fits nowhere', 2000, 'fp16', null],
    ['70B at fp32 fits at fp16', 70, 'fp32', 'fp16'],
    ['nothing below int4', 2000, 'int4', null],
  ] as const)('%s', (_, paramsB, precision, expected) => {
    expect(lowestFittingPrecision(paramsB, precision, 0.2, CATALOGUE)).toBe(expected);
  });
});

describe('evaluateSageMaker', () => {
  it('places a fitting model', () => {
    expect(evaluateSageMaker(officeHours, input({}))).toMatchObject({
      fits: true,
      instanceType: 'ml.p4d.24xlarge',
      count: 1,
    });
  });

  it('says why a model does not fit and which precision would', () => {
    const result = evaluateSageMaker(officeHours, input({ paramsB: 405 }));
    expect(result).toMatchObject({ fits: false, lowestFittingPrecision: 'int8', reason: { code: 'no-instance-fits' } });
    if (result.fits) return;
    expect(result.reason.text.en).toContain('972 GB');
    expect(result.reason.text.en).toContain('ml.p5.48xlarge');
    expect(result.reason.text.vi).toContain('Quantize xuống int8');
  });
});
