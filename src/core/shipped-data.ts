/**
 * The shipped price data and simulator presets (content/pricing), typed as what they are checked to be.
 * loadPriceData (pricing.ts) and loadPresets (presets.ts) check these same files with their schemas, and every
 * page that shows the simulator calls both, so a bad file fails the build. The simulator island imports them
 * from here: the browser loads them once, with its code, rather than in every page's island props, and never
 * loads the schema library.
 */
import lambdaPrices from '../../content/pricing/lambda.json' with { type: 'json' };
import onDemandModels from '../../content/pricing/bedrock-on-demand.json' with { type: 'json' };
import provisionedPrices from '../../content/pricing/bedrock-provisioned.json' with { type: 'json' };
import presetFile from '../../content/pricing/presets.json' with { type: 'json' };
import sagemakerInstances from '../../content/pricing/sagemaker-instances.json' with { type: 'json' };
import type { Preset } from './presets';
import type { PriceData } from './pricing';

export const shippedPrices = {
  models: onDemandModels,
  provisioned: provisionedPrices,
  lambda: lambdaPrices,
  instances: sagemakerInstances,
} as PriceData;

export const shippedPresets = presetFile as Preset[];
