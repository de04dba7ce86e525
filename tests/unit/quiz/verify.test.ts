import { describe, expect, it } from 'vitest';
import { checkVerify, valueAtPath, type EvaluateScenario } from '../../../src/core/quiz/verify';
import type { Verify } from '../../../src/schemas/question';

const result = {
  onDemand: { monthly: 120.5, throttledShare: 0 },
  provisioned: { units: 1, breakEven: { none: null, '1-month': 441600 } },
  recommendation: { option: 'onDemand', reasons: ['cheaper'] },
};
const simulator: EvaluateScenario = () => result;
const question = (verify: Omit<Verify, 'scenario' | 'answer'>) => ({
  id: 'q-verify',
  verify: { scenario: { workload: {} }, answer: 'a' as const, ...verify },
});

describe('checkVerify', () => {
  it.each([
    { rule: 'equals a string', verify: { path: 'recommendation.option', equals: 'onDemand' } },
    { rule: 'equals null', verify: { path: 'provisioned.breakEven.none', equals: null } },
    { rule: 'equals a number', verify: { path: 'provisioned.units', equals: 1 } },
    { rule: 'greaterThan', verify: { path: 'provisioned.breakEven.1-month', greaterThan: 300000 } },
    { rule: 'lessThan', verify: { path: 'onDemand.throttledShare', lessThan: 0.01 } },
    { rule: 'an array index', verify: { path: 'recommendation.reasons.0', equals: 'cheaper' } },
  ])('passes when the result agrees: $rule', ({ verify }) => {
    expect(checkVerify(question(verify), simulator)).toEqual({ ok: true });
  });

  it.each([
    {
      rule: 'equals, another value',
      verify: { path: 'recommendation.option', equals: 'provisioned' },
      message: 'q-verify: verify recommendation.option: expected "provisioned" (answer "a"), the simulator gives "onDemand"',
    },
    {
      rule: 'greaterThan, too small',
      verify: { path: 'provisioned.breakEven.1-month', greaterThan: 500000 },
      message: 'q-verify: verify provisioned.breakEven.1-month: expected a number > 500000 (answer "a"), the simulator gives 441600',
    },
    {
      rule: 'lessThan, not a number',
      verify: { path: 'recommendation.option', lessThan: 1 },
      message: 'q-verify: verify recommendation.option: expected a number < 1 (answer "a"), the simulator gives "onDemand"',
    },
    {
      rule: 'a key the result lacks',
      verify: { path: 'provisioned.breakEven.6-month', greaterThan: 1 },
      message: 'q-verify: verify provisioned.breakEven.6-month: not in the result: provisioned.breakEven has no "6-month" (it has "none", "1-month")',
    },
    {
      rule: 'a section the result lacks',
      verify: { path: 'sagemaker.fits', equals: true },
      message: 'q-verify: verify sagemaker.fits: not in the result: the result has no "sagemaker" (it has "onDemand", "provisioned", "recommendation")',
    },
    {
      rule: 'a path through a value',
      verify: { path: 'provisioned.units.count', equals: 1 },
      message: 'q-verify: verify provisioned.units.count: not in the result: provisioned.units is 1, so it has no "count"',
    },
  ])('fails with a precise message: $rule', ({ verify, message }) => {
    expect(checkVerify(question(verify), simulator)).toEqual({ ok: false, message });
  });

  it('reports a scenario the simulator refuses', () => {
    const refusing: EvaluateScenario = () => {
      throw new Error('workload.requestsPerDay: -1 is below 0');
    };
    expect(checkVerify(question({ path: 'recommendation.option', equals: 'onDemand' }), refusing)).toEqual({
      ok: false,
      message: 'q-verify: verify recommendation.option: the simulator refused the scenario: workload.requestsPerDay: -1 is below 0',
    });
  });

  it('passes the scenario to the simulator', () => {
    let seen: unknown;
    checkVerify(question({ path: 'recommendation.option', equals: 'onDemand' }), (scenario) => {
      seen = scenario;
      return result;
    });
    expect(seen).toEqual({ workload: {} });
  });

  it('passes a question without verify', () => {
    expect(checkVerify({ id: 'q-plain' }, simulator)).toEqual({ ok: true });
  });
});

describe('valueAtPath', () => {
  it('does not read inherited properties', () => {
    expect(valueAtPath({}, 'constructor').found).toBe(false);
  });
});
