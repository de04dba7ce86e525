/**
 * The retired-model check on the real content: a question that teaches a model retired by its `verified` day
 * fails the check (end of life) or is warned (legacy), wherever it names or simulates it, unless it says it is
 * historical; and every priced model needs a lifecycle.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/authoring/check/index';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import { readContentTree, type ContentTree } from '../../../src/authoring/content-tree';
import { formatProblem } from '../../../src/authoring/problems';
import { projectRoot } from './cli';

const tree = readContentTree(projectRoot);
const FILE = 'content/questions/2.2.1/q221-poc-on-demand.yaml';
const CASCADE_FILE = 'content/questions/2.2.3/case-lexidoc-cascade-savings.yaml';
const original = tree.questions.find((source) => source.file === FILE)!.text;

/** The check's lines for one edited question file, errors and warnings. */
function linesFor(edit: (text: string) => string, file = FILE): string[] {
  const edited: ContentTree = { ...tree, questions: tree.questions.map((source) => (source.file === file ? { ...source, text: edit(source.text) } : source)) };
  return checkContent(edited, evaluateLikeCli)
    .filter((problem) => problem.file === file)
    .map(formatProblem);
}

describe('a question naming a retired model', () => {
  it('passes as it is, on a current model', () => {
    expect(original).toContain('Claude Sonnet 4.6');
    expect(linesFor((text) => text)).toEqual([]);
  });

  it('fails at the first field naming a model already at end of life, with the day it retired', () => {
    const lines = linesFor((text) => text.replaceAll('Claude Sonnet 4.6', 'Claude 3 Haiku'));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/questions\/2\.2\.1\/q221-poc-on-demand\.yaml:\d+: provenance\.source: Anthropic Claude 3 Haiku was at end of life from 2026-09-10, before this question's verified date 2026-12-03/,
      ),
    );
    expect(lines.every((line) => !line.includes(': warning: '))).toBe(true);
  });

  it('is warned, not failed, for a legacy model, also when only its verify block simulates it', () => {
    const simulated = linesFor((text) => text.replace('model: claude-sonnet-4-6', 'model: claude-sonnet-4-5'));
    expect(simulated).toEqual([expect.stringMatching(/: verify\.scenario\.model: warning: Anthropic Claude Sonnet 4\.5 was legacy from 2026-10-08/)]);
    const cascade = linesFor((text) => text.replace('large: claude-sonnet-4-6', 'large: claude-sonnet-4-5'), CASCADE_FILE);
    expect(cascade).toEqual([expect.stringMatching(/: verify\.scenario\.cascade\.large: warning: Anthropic Claude Sonnet 4\.5 was legacy/)]);
  });

  it('is accepted when provenance.historical says why the question is about the past', () => {
    const historical = (text: string) =>
      text
        .replaceAll('Claude Sonnet 4.6', 'Claude 3 Haiku')
        .replace(/(\n  verified: [\d-]+)/, '$1\n  historical: "A 2024 migration decision, kept to teach how on-demand was chosen."');
    expect(linesFor(historical)).toEqual([]);
  });
});

describe('the lifecycle file', () => {
  it('must list every priced model', () => {
    const lifecycle = tree.lifecycle!;
    const withoutHaiku = JSON.stringify(JSON.parse(lifecycle.text).filter((entry: { id: string }) => entry.id !== 'claude-haiku-4-5'));
    const problems = checkContent({ ...tree, lifecycle: { ...lifecycle, text: withoutHaiku } }, evaluateLikeCli).map(formatProblem);
    expect(problems).toContainEqual(
      expect.stringContaining('content/pricing/model-lifecycle.json:1: (file): no lifecycle for priced model "claude-haiku-4-5"'),
    );
  });
});
