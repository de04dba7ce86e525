/**
 * Where the shipped price data and simulator presets (content/pricing) enter the code, and are checked, once: in
 * the build, the scripts and the browser alike, with the small validator (no schema library in the bundle). A bad
 * file stops the build here; `npm run check:content` names its line and the reason. The simulator island imports
 * the data from here, so the browser loads it once, with its code, rather than in every page's island props.
 */
import lambdaPrices from '../../content/pricing/lambda.json' with { type: 'json' };
import onDemandModels from '../../content/pricing/bedrock-on-demand.json' with { type: 'json' };
import provisionedPrices from '../../content/pricing/bedrock-provisioned.json' with { type: 'json' };
import presetFile from '../../content/pricing/presets.json' with { type: 'json' };
import sagemakerInstances from '../../content/pricing/sagemaker-instances.json' with { type: 'json' };
import { presetProblems, type Preset } from './presets';
import { priceDataProblems, type PriceData } from './pricing';
import type { ValidationError } from './validation';

function checked<T>(what: string, raw: unknown, problemsOf: (raw: unknown) => ValidationError[]): T {
  const problems = problemsOf(raw);
  if (problems.length)
    throw new Error(`${what} fails its checks at ${problems.map((problem) => problem.field || '(root)').join(', ')}: run npm run check:content`);
  return raw as T;
}

export const shippedPrices = checked<PriceData>(
  'content/pricing',
  { models: onDemandModels, provisioned: provisionedPrices, lambda: lambdaPrices, instances: sagemakerInstances },
  priceDataProblems,
);

export const shippedPresets = checked<Preset[]>('content/pricing/presets.json', presetFile, presetProblems);
