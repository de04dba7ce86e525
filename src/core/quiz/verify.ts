/**
 * A question's `verify` block: the simulator, run on the block's scenario, must agree with the answer.
 * The simulator is a parameter so the quiz domain does not depend on it.
 */
import { show, type Question, type Verify } from '../../schemas/question';

/** Runs one scenario (docs/simulator-model.md section 10) and returns the result JSON; throws on a refused scenario. */
export type EvaluateScenario = (scenario: Record<string, unknown>) => unknown;

export type VerifyCheck = { ok: true } | { ok: false; message: string };

type Lookup = { found: true; value: unknown } | { found: false; problem: string };

/** Follows a dotted path; a segment may be an object key or an array index. */
export function valueAtPath(root: unknown, path: string): Lookup {
  let value = root;
  const walked: string[] = [];
  for (const segment of path.split('.')) {
    const here = walked.length ? walked.join('.') : 'the result';
    if (typeof value !== 'object' || value === null) return { found: false, problem: `${here} is ${show(value)}, so it has no ${show(segment)}` };
    if (!Object.hasOwn(value, segment))
      return {
        found: false,
        problem: `${here} has no ${show(segment)} (it has ${
          Object.keys(value)
            .map((key) => show(key))
            .join(', ') || 'nothing'
        })`,
      };
    value = (value as Record<string, unknown>)[segment];
    walked.push(segment);
  }
  return { found: true, value };
}

/** The schema allows exactly one of equals, lessThan, greaterThan. */
function expectation(verify: Verify, actual: unknown): { holds: boolean; expected: string } {
  if (verify.lessThan !== undefined) return { holds: typeof actual === 'number' && actual < verify.lessThan, expected: `a number < ${verify.lessThan}` };
  if (verify.greaterThan !== undefined)
    return { holds: typeof actual === 'number' && actual > verify.greaterThan, expected: `a number > ${verify.greaterThan}` };
  return { holds: actual === verify.equals, expected: show(verify.equals) };
}

/** Checks one question; a question without `verify` has nothing to check and passes. */
export function checkVerify(question: Pick<Question, 'id' | 'verify'>, evaluate: EvaluateScenario): VerifyCheck {
  const { verify } = question;
  if (!verify) return { ok: true };
  const fail = (detail: string): VerifyCheck => ({ ok: false, message: `${question.id}: verify ${verify.path}: ${detail}` });

  let result: unknown;
  try {
    result = evaluate(verify.scenario);
  } catch (error) {
    return fail(`the simulator refused the scenario: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lookup = valueAtPath(result, verify.path);
  if (!lookup.found) return fail(`not in the result: ${lookup.problem}`);
  const { holds, expected } = expectation(verify, lookup.value);
  return holds ? { ok: true } : fail(`expected ${expected} (answer ${show(verify.answer)}), the simulator gives ${show(lookup.value)}`);
}
