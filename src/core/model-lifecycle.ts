/**
 * Where each Bedrock model stands in its life (content/pricing/model-lifecycle.json): active, legacy or end of
 * life, with the dates AWS publishes. Questions are checked against it so that none teaches a retired model
 * as current, and the simulator's model picker shows it.
 */
import { z } from 'zod';

export const LIFECYCLE_STATUSES = ['active', 'legacy', 'end-of-life'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

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
    if (entry.status !== 'active' && entry.legacy === undefined)
      context.addIssue({ code: 'custom', path: ['legacy'], message: `required when status is ${entry.status} (the day it entered Legacy)` });
    if (entry.status === 'end-of-life' && entry.endOfLife === undefined)
      context.addIssue({ code: 'custom', path: ['endOfLife'], message: 'required when status is end-of-life' });
  });

export const modelLifecyclesSchema = z.array(modelLifecycleSchema).superRefine((entries, context) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate model id "${entry.id}"` });
    seen.add(entry.id);
  });
});

export type ModelLifecycle = z.output<typeof modelLifecycleSchema>;

const PROVIDERS = /^(Amazon|Anthropic|Meta|Mistral AI|Mistral|Cohere|AI21 Labs|DeepSeek|OpenAI|Qwen|Writer|Google|MiniMax|Moonshot AI)\s+/;

/** How a text names the model: "Anthropic Claude 3 Haiku" -> "Claude 3 Haiku", "Meta Llama 3.1 70B Instruct" -> "Llama 3.1 70B". */
export function mentionsOf(entry: Pick<ModelLifecycle, 'name' | 'mentions'>): string[] {
  return entry.mentions ?? [entry.name.replace(PROVIDERS, '').replace(/\s+(Instruct|Chat)$/, '').trim()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's pattern: "Claude Sonnet 4" must not match inside "Claude Sonnet 4.5", nor "Nova Pro" inside "Nova Pro 2". */
const mentionPattern = (mention: string) => new RegExp(`(?<![\\w.])${escape(mention).replace(/\s+/g, '\\s+')}(?![\\w]|\\.\\d|\\s+\\d)`, 'i');

/** The models a text names. */
export function modelsNamedIn(text: string, lifecycles: readonly ModelLifecycle[]): ModelLifecycle[] {
  return lifecycles.filter((entry) => mentionsOf(entry).some((mention) => mentionPattern(mention).test(text)));
}

export type Retirement = { severity: 'end-of-life' | 'legacy'; since: string };

/** Whether the model was at end of life, or legacy, on a day (YYYY-MM-DD); undefined while it was active then. */
export function retirementOn(entry: ModelLifecycle, dayIso: string): Retirement | undefined {
  if (entry.endOfLife !== undefined && entry.endOfLife <= dayIso) return { severity: 'end-of-life', since: entry.endOfLife };
  if (entry.legacy !== undefined && entry.legacy <= dayIso) return { severity: 'legacy', since: entry.legacy };
  return undefined;
}
