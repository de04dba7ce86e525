/** Model lifecycles: how texts name a model, and whether it was retired on a day. */
import { describe, expect, it } from 'vitest';
import { groupByLifecycle, mentionsOf, modelsNamedIn, pickerLifecycles, retirementOn } from '../../../src/core/model-lifecycle';
import { modelLifecyclesSchema, type ModelLifecycle } from '../../../src/schemas/model-lifecycle';

const entry = (fields: Partial<ModelLifecycle> & Pick<ModelLifecycle, 'id' | 'name'>): ModelLifecycle => ({
  status: 'active',
  asOf: '2026-12-02',
  source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html',
  ...fields,
});

const sonnet4 = entry({ id: 'claude-sonnet-4', name: 'Anthropic Claude Sonnet 4', status: 'legacy', legacy: '2026-04-01' });
const sonnet45 = entry({ id: 'claude-sonnet-4-5', name: 'Anthropic Claude Sonnet 4.5' });
const haiku3 = entry({ id: 'claude-3-haiku', name: 'Anthropic Claude 3 Haiku', status: 'end-of-life', legacy: '2025-09-01', endOfLife: '2026-03-01' });
const llama = entry({ id: 'llama-3-1-70b-instruct', name: 'Meta Llama 3.1 70B Instruct' });
const all = [sonnet4, sonnet45, haiku3, llama];
const retiredBy = entry({
  id: 'claude-3-opus',
  name: 'Anthropic Claude 3 Opus',
  status: 'end-of-life',
  asOf: '2026-05-26',
  note: 'absent from the legacy table read that day',
});

describe('mentionsOf', () => {
  it.each([
    [sonnet4, ['Claude Sonnet 4']],
    [llama, ['Llama 3.1 70B']],
    [entry({ id: 'x', name: 'Amazon Nova Pro', mentions: ['Nova Pro', 'Amazon Nova Pro'] }), ['Nova Pro', 'Amazon Nova Pro']],
  ])('%o -> %o', (model, mentions) => {
    expect(mentionsOf(model)).toEqual(mentions);
  });
});

describe('modelsNamedIn', () => {
  it.each([
    ['Route hard questions to Claude Sonnet 4.5.', ['claude-sonnet-4-5']],
    ['The team still runs Claude Sonnet 4, then moves to Claude Sonnet 4.5.', ['claude-sonnet-4', 'claude-sonnet-4-5']],
    ['A fine-tuned Llama 3.1 70B on SageMaker', ['llama-3-1-70b-instruct']],
    ['Claude 3.5 Haiku is not Claude 3 Haiku', ['claude-3-haiku']],
    ['claude 3 haiku, written in lower case', ['claude-3-haiku']],
    ['No model named here', []],
  ])('%s', (text, ids) => {
    expect(modelsNamedIn(text, all).map((model) => model.id)).toEqual(ids);
  });
});

describe('retirementOn', () => {
  it.each([
    { model: haiku3, day: '2025-08-31', retired: undefined },
    { model: haiku3, day: '2025-09-01', retired: { severity: 'legacy', since: '2025-09-01' } },
    { model: haiku3, day: '2026-03-01', retired: { severity: 'end-of-life', since: '2026-03-01' } },
    { model: sonnet45, day: '2026-12-02', retired: undefined },
    // Retired by the day its source was read, the day itself unknown.
    { model: retiredBy, day: '2026-05-25', retired: undefined },
    { model: retiredBy, day: '2026-05-26', retired: { severity: 'end-of-life', since: '2026-05-26' } },
  ])('$model.id on $day', ({ model, day, retired }) => {
    expect(retirementOn(model, day)).toEqual(retired);
  });
});

describe('modelLifecyclesSchema', () => {
  it('names the field and the rule of a bad entry', () => {
    const result = modelLifecyclesSchema.safeParse([
      { ...haiku3, endOfLife: undefined },
      { ...sonnet45, status: 'retired' },
      { ...sonnet45, asOf: '2026-13-01' },
    ]);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      '0.endOfLife: required when status is end-of-life, unless a note says why it is unknown',
      '1.status: status "retired" is not one of active, legacy, end-of-life',
      '2.asOf: asOf "2026-13-01" is not a date written YYYY-MM-DD',
    ]);
  });

  it('refuses an id used twice', () => {
    const result = modelLifecyclesSchema.safeParse([sonnet45, haiku3, sonnet45]);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['2.id: duplicate model id "claude-sonnet-4-5"']);
  });
});

describe('groupByLifecycle', () => {
  const models = [{ id: 'claude-3-haiku' }, { id: 'claude-sonnet-4-5' }, { id: 'not-listed' }];

  it('puts active models first, then legacy and end-of-life ones with their end-of-life day', () => {
    const legacyHaiku = { ...haiku3, status: 'legacy' as const };
    expect(groupByLifecycle(models, [legacyHaiku, sonnet45])).toEqual([
      {
        status: 'active',
        entries: [
          { model: { id: 'claude-sonnet-4-5' }, endOfLife: undefined },
          { model: { id: 'not-listed' }, endOfLife: undefined },
        ],
      },
      { status: 'legacy', entries: [{ model: { id: 'claude-3-haiku' }, endOfLife: '2026-03-01' }] },
    ]);
  });

  it('leaves out empty groups and counts an unlisted model as active', () => {
    expect(groupByLifecycle([{ id: 'not-listed' }], [haiku3]).map((group) => group.status)).toEqual(['active']);
  });
});

describe('pickerLifecycles', () => {
  it('keeps the priced models only, with their status and end-of-life day and nothing else', () => {
    expect(pickerLifecycles([{ id: 'claude-3-haiku' }, { id: 'claude-sonnet-4-5' }], all)).toEqual([
      { id: 'claude-sonnet-4-5', status: 'active' },
      { id: 'claude-3-haiku', status: 'end-of-life', endOfLife: '2026-03-01' },
    ]);
  });
});
