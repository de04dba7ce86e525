/**
 * Where each Bedrock model stands in its life (content/pricing/model-lifecycle.json): active, legacy or end of
 * life, with the dates AWS publishes. Questions are checked against it so that none teaches a retired model
 * as current, and the simulator's model picker shows it.
 */
import { LIFECYCLE_STATUSES, type LifecycleStatus } from '../schemas/lifecycle-statuses';
import type { ModelLifecycle } from '../schemas/model-lifecycle';

export type { LifecycleStatus, ModelLifecycle };

const PROVIDERS = /^(Amazon|Anthropic|Meta|Mistral AI|Mistral|Cohere|AI21 Labs|DeepSeek|OpenAI|Qwen|Writer|Google|MiniMax|Moonshot AI)\s+/;

/** How a text names the model: "Anthropic Claude 3 Haiku" -> "Claude 3 Haiku", "Meta Llama 3.1 70B Instruct" -> "Llama 3.1 70B". */
export function mentionsOf(entry: Pick<ModelLifecycle, 'name' | 'mentions'>): string[] {
  return (
    entry.mentions ?? [
      entry.name
        .replace(PROVIDERS, '')
        .replace(/\s+(Instruct|Chat)$/, '')
        .trim(),
    ]
  );
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
  // Without its day, a retirement is known only from the day the source was read.
  const endOfLife = entry.endOfLife ?? (entry.status === 'end-of-life' ? entry.asOf : undefined);
  const legacy = entry.legacy ?? (entry.status === 'legacy' ? entry.asOf : undefined);
  if (endOfLife !== undefined && endOfLife <= dayIso) return { severity: 'end-of-life', since: endOfLife };
  if (legacy !== undefined && legacy <= dayIso) return { severity: 'legacy', since: legacy };
  return undefined;
}

export type LifecycleGroup<M> = { status: LifecycleStatus; entries: { model: M; endOfLife?: string }[] };

/** What a model picker needs of a lifecycle: a few bytes per model rather than the sources and notes. */
export type PickerLifecycle = Pick<ModelLifecycle, 'id' | 'status' | 'endOfLife'>;

/** The lifecycles of the given models, cut to what a picker shows. */
export function pickerLifecycles(models: readonly { id: string }[], lifecycles: readonly ModelLifecycle[]): PickerLifecycle[] {
  const ids = new Set(models.map((model) => model.id));
  return lifecycles.filter((entry) => ids.has(entry.id)).map(({ id, status, endOfLife }) => (endOfLife ? { id, status, endOfLife } : { id, status }));
}

/**
 * A model picker's models grouped by lifecycle status, active first, empty groups left out, so that a candidate
 * sees which models are being retired. A model the lifecycle data does not list counts as active.
 */
export function groupByLifecycle<M extends { id: string }>(models: readonly M[], lifecycles: readonly PickerLifecycle[]): LifecycleGroup<M>[] {
  const byId = new Map(lifecycles.map((entry) => [entry.id, entry]));
  return LIFECYCLE_STATUSES.map((status) => ({
    status,
    entries: models
      .filter((model) => (byId.get(model.id)?.status ?? 'active') === status)
      .map((model) => ({ model, endOfLife: byId.get(model.id)?.endOfLife })),
  })).filter((group) => group.entries.length > 0);
}
