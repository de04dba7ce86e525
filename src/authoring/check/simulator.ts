/** The simulator as `verify` blocks see it: the CLI's result JSON (docs/simulator-model.md section 10). */
import { resultJson, runScenario } from '../../core/evaluate';
import type { EvaluateScenario } from '../../core/quiz/verify';
import { formatValidationError } from '../../core/validation-text';
import { shippedPrices } from '../../core/shipped-data';

export const evaluateLikeCli: EvaluateScenario = (scenario) => {
  const run = runScenario(scenario, shippedPrices);
  if (!run.ok) throw new Error(run.errors.map((error) => formatValidationError(error, 'en')).join('; '));
  return resultJson(run.result, 'en');
};
