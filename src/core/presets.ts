// Scenarios for the lesson's cases (content/pricing/presets.json), ready to load into the simulator.
import { z } from 'zod';
import { shippedPresets } from './shipped-data';

const localized = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

const presetsSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
      title: localized,
      description: localized,
      /** A CLI scenario, checked by parseScenario against the price data. */
      scenario: z.record(z.string(), z.unknown()),
    }),
  )
  .min(1);

export type Preset = z.infer<typeof presetsSchema>[number];

/** The shipped presets; throws when the file does not have the preset shape. */
export function loadPresets(): Preset[] {
  return presetsSchema.parse(shippedPresets);
}
