/**
 * The schema of content/pricing/model-lifecycle.json: where each Bedrock model stands in its life, with the dates
 * AWS publishes. The functions that read it live in src/core/model-lifecycle.ts.
 */
import { z } from './zod';
import { LIFECYCLE_STATUSES } from './lifecycle-statuses';

export { LIFECYCLE_STATUSES, type LifecycleStatus } from './lifecycle-statuses';

const day = (field: string) => z.iso.date({ error: (issue) => `${field} ${JSON.stringify(issue.input)} is not a date written YYYY-MM-DD` });

export const modelLifecycleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
    name: z.string().min(1, 'must be non-empty text'),
    status: z.enum(LIFECYCLE_STATUSES, { error: (issue) => `status ${JSON.stringify(issue.input)} is not one of ${LIFECYCLE_STATUSES.join(', ')}` }),
    /** The day the model entered Legacy. */
    legacy: day('legacy').optional(),
    /** Public extended access: still served to active users, usually at a higher price. */
    extendedAccess: day('extendedAccess').optional(),
    endOfLife: day('endOfLife').optional(),
    /** How texts name the model, when its name without the provider is not enough. */
    mentions: z.array(z.string().min(1)).optional(),
    asOf: day('asOf'),
    source: z.string().min(1, 'must be non-empty text'),
    note: z.string().min(1).optional(),
  })
  .superRefine((entry, context) => {
    // A source may show only that a model was retired by the day it was read: then the note says so, and the
    // model counts as retired from asOf.
    if (entry.status === 'legacy' && entry.legacy === undefined && entry.note === undefined)
      context.addIssue({
        code: 'custom',
        path: ['legacy'],
        message: 'required when status is legacy (the day it entered Legacy), unless a note says why it is unknown',
      });
    if (entry.status === 'end-of-life' && entry.endOfLife === undefined && entry.note === undefined)
      context.addIssue({ code: 'custom', path: ['endOfLife'], message: 'required when status is end-of-life, unless a note says why it is unknown' });
  });

export const modelLifecyclesSchema = z.array(modelLifecycleSchema).superRefine((entries, context) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate model id "${entry.id}"` });
    seen.add(entry.id);
  });
});

export type ModelLifecycle = z.output<typeof modelLifecycleSchema>;
