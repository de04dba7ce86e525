import { describe, expect, it } from 'vitest';
import { show } from '../../../src/schemas/describe';
import { fieldPath, type Rule } from '../../../src/core/validation';
import { describeRule, formatValidationError } from '../../../src/core/validation-text';

describe('fieldPath', () => {
  it.each([
    ['', 'workload', 'workload'],
    ['workload', 'burstFactor', 'workload.burstFactor'],
    ['workload.hourlyWeights', 3, 'workload.hourlyWeights[3]'],
    ['sagemaker.instances[0]', 'hourly', 'sagemaker.instances[0].hourly'],
  ] as const)('%s + %s = %s', (parent, key, path) => {
    expect(fieldPath(parent, key)).toBe(path);
  });
});

describe('show: a value in a message', () => {
  it.each([
    [15, '15'],
    [-0.5, '-0.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['abc', '"abc"'],
    [null, 'null'],
    [true, 'true'],
    [[1, 2, 3], '[1,2,3]'],
    [undefined, '(missing)'],
    [Array.from({ length: 50 }, () => 1), `${JSON.stringify(Array.from({ length: 50 }, () => 1)).slice(0, 79)}…`],
  ])('shows %j as %s', (value, shown) => {
    expect(show(value)).toBe(shown);
  });
});

describe('describeRule', () => {
  it.each<[Rule, string, string]>([
    [{ kind: 'number', min: 1, max: 12 }, 'must be between 1 and 12', 'phải từ 1 đến 12'],
    [{ kind: 'number', min: 0, max: 1e10 }, 'must be between 0 and 10,000,000,000', 'phải từ 0 đến 10.000.000.000'],
    [{ kind: 'number', min: 0.125, max: 10.24 }, 'must be between 0.125 and 10.24', 'phải từ 0,125 đến 10,24'],
    [{ kind: 'number', min: 0 }, 'must be a finite number >= 0', 'phải là số hữu hạn >= 0'],
    [{ kind: 'number', above: 0, max: 3600 }, 'must be a finite number > 0 and <= 3,600', 'phải là số hữu hạn > 0 và <= 3.600'],
    [{ kind: 'number', min: 1, max: 1000, integer: true }, 'must be a whole number >= 1 and <= 1,000', 'phải là số nguyên >= 1 và <= 1.000'],
    [{ kind: 'oneOf', allowed: ['x86', 'arm'] }, 'must be one of "x86", "arm"', 'phải là một trong "x86", "arm"'],
    [{ kind: 'modelId', known: ['a', 'b'] }, 'must be the id of a model in the price data: a, b', 'phải là id của một model trong price data: a, b'],
    [{ kind: 'listLength', length: 24 }, 'must have exactly 24 items', 'phải có đúng 24 phần tử'],
    [{ kind: 'positiveSum' }, 'must add up to a finite number above 0', 'tổng phải là số hữu hạn lớn hơn 0'],
    [{ kind: 'noDataDefault', model: null }, 'required for an inline model', 'bắt buộc với model khai báo inline'],
  ])('%j', (rule, en, vi) => {
    expect(describeRule(rule, 'en')).toBe(en);
    expect(describeRule(rule, 'vi')).toBe(vi);
  });
});

describe('formatValidationError', () => {
  const burst = { field: 'workload.burstFactor', value: 15, rule: { kind: 'number', min: 1, max: 12 } } as const;
  it.each([
    [burst, 'en', 'workload.burstFactor: 15 is not allowed (must be between 1 and 12)'],
    [burst, 'vi', 'workload.burstFactor: 15 không hợp lệ (phải từ 1 đến 12)'],
    [{ ...burst, value: undefined }, 'en', 'workload.burstFactor: missing (must be between 1 and 12)'],
    [{ ...burst, value: undefined }, 'vi', 'workload.burstFactor: bị thiếu (phải từ 1 đến 12)'],
    [
      { field: 'workload.burst', value: 2, rule: { kind: 'knownField', known: ['burstFactor'] } },
      'en',
      'workload.burst: unknown field (known fields: burstFactor)',
    ],
    [
      { field: 'workload.burst', value: 2, rule: { kind: 'knownField', known: ['burstFactor'] } },
      'vi',
      'workload.burst: field không tồn tại (các field hợp lệ: burstFactor)',
    ],
  ] as const)('%j in %s', (error, locale, message) => {
    expect(formatValidationError(error, locale)).toBe(message);
  });
});
