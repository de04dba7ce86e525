// The price data (content/pricing/*.json): its schema and loader. Every entry says when (asOf) and where
// (source) its figures come from, and names in `assumptions` each value AWS does not publish, with a note.
import { z } from 'zod';
import { shippedPrices } from './shipped-data';
import { fieldPath } from './validation';

const requiredAs = (what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `required (${what})` : `must be ${what}`);

const DATE = 'a date, YYYY-MM or YYYY-MM-DD';
const text = () => z.string({ error: requiredAs('text') }).min(1, 'must be non-empty text');
const amount = () => z.number({ error: requiredAs('a finite number') }).min(0, 'must be >= 0');
const positive = () => z.number({ error: requiredAs('a finite number') }).positive('must be > 0');
const kebabId = () => text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');

const provenance = {
  asOf: z.string({ error: requiredAs(DATE) }).regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, `must be ${DATE}`),
  source: text(),
  note: text().optional(),
  /** Field name -> why the value is assumed. */
  assumptions: z.record(z.string(), text()).optional(),
};

/**
 * Checks that `assumptions` names only fields of the entry that may be assumed, and always names the ones AWS
 * never publishes.
 */
function withAssumptions<Shape extends z.ZodRawShape>(shape: Shape, assumable: readonly string[], alwaysAssumed: readonly string[]) {
  return z.strictObject({ ...shape, ...provenance }).superRefine((entry, context) => {
    const assumptions = (entry as { assumptions?: Record<string, string> }).assumptions ?? {};
    for (const field of Object.keys(assumptions)) {
      if (!assumable.includes(field) || !(field in entry)) {
        context.addIssue({
          code: 'custom',
          path: ['assumptions', field],
          message: `not an assumable field of this entry (assumable: ${assumable.join(', ')})`,
        });
      }
    }
    for (const field of alwaysAssumed) {
      if (!(field in assumptions)) {
        context.addIssue({
          code: 'custom',
          path: ['assumptions'],
          message: `must flag "${field}" as an assumption: AWS does not publish it`,
        });
      }
    }
  });
}

const onDemandModelSchema = withAssumptions(
  {
    id: kebabId(),
    name: text(),
    priceIn: amount(),
    priceOut: amount(),
    tpm: positive(),
    rpm: positive().optional(),
    burndown: z.number({ error: requiredAs('a number') }).min(1, 'must be >= 1'),
    ttftSeconds: amount(),
    outputTokensPerSecond: positive(),
  },
  ['tpm', 'rpm', 'ttftSeconds', 'outputTokensPerSecond'],
  ['ttftSeconds', 'outputTokensPerSecond'],
);

const provisionedPriceSchema = withAssumptions(
  {
    modelId: kebabId(),
    name: text(),
    hourly: z.strictObject({ none: amount(), '1-month': amount(), '6-month': amount() }),
    tpmPerUnit: positive(),
  },
  ['hourly', 'tpmPerUnit'],
  ['tpmPerUnit'],
);

const lambdaPricesSchema = withAssumptions(
  {
    requestPricePerMillion: amount(),
    pricePerGBSecond: z.strictObject({ x86: amount(), arm: amount() }),
    idleMinutes: amount(),
    initSeconds: amount(),
  },
  ['idleMinutes', 'initSeconds'],
  ['idleMinutes'],
);

const sagemakerInstanceSchema = withAssumptions(
  {
    type: text(),
    gpus: text(),
    gpuMemoryGB: positive(),
    memoryBandwidthGBs: positive(),
    hourly: amount(),
  },
  ['gpuMemoryGB', 'memoryBandwidthGBs', 'hourly'],
  [],
);

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) context.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${key(item)}"` });
      seen.add(key(item));
    });
  };

export const priceDataSchema = z.strictObject({
  models: z
    .array(onDemandModelSchema)
    .min(1)
    .superRefine(uniqueBy((model) => model.id, 'model id')),
  provisioned: z.array(provisionedPriceSchema).superRefine(uniqueBy((price) => price.modelId, 'modelId')),
  lambda: lambdaPricesSchema,
  instances: z
    .array(sagemakerInstanceSchema)
    .min(1)
    .superRefine(uniqueBy((instance) => instance.type, 'instance type')),
});

export type PriceData = z.infer<typeof priceDataSchema>;
export type OnDemandModelEntry = PriceData['models'][number];
export type ProvisionedPriceEntry = PriceData['provisioned'][number];

export type PriceDataParse = { ok: true; data: PriceData } | { ok: false; errors: string[] };

/** Validates price data; each error reads `path: message`, e.g. `models[3].asOf: required (...)`. */
export function parsePriceData(raw: unknown): PriceDataParse {
  const parsed = priceDataSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const path = issue.path.reduce<string>((parent, key) => fieldPath(parent, typeof key === 'number' ? key : String(key)), '');
      return `${path || '(root)'}: ${issue.message}`;
    }),
  };
}

let shipped: PriceData | undefined;

/** The shipped price data, validated once. Throws with every problem when the files are broken. */
export function loadPriceData(): PriceData {
  if (shipped) return shipped;
  const parsed = parsePriceData(shippedPrices);
  if (!parsed.ok) throw new Error(`Invalid price data in content/pricing:\n${parsed.errors.join('\n')}`);
  shipped = parsed.data;
  return shipped;
}
