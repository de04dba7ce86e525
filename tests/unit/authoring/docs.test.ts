/**
 * docs/authoring.md is what authors copy from: each of its examples, and a question written from the docs alone
 * (tests/fixtures/authoring/from-docs), must pass the whole check against the real lessons and simulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/authoring/check/index';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import type { SourceFile } from '../../../src/authoring/content-paths';
import { readContentTree } from '../../../src/authoring/content-tree';
import { QUESTION_TYPES } from '../../../src/schemas/question';
import { fixtureRoot, projectRoot } from './cli';

const docs = readFileSync(join(projectRoot, 'docs/authoring.md'), 'utf8');
const examples = [...docs.matchAll(/```yaml\n(id: [\s\S]*?)```/g)].map((match) => match[1] ?? '');
const parsed = examples.map((text) => ({ text, data: parse(text) as { id: string; skill?: string; type?: string } }));

const asFile = ({ text, data }: (typeof parsed)[number]): SourceFile =>
  data.skill ? { file: `content/questions/${data.skill}/${data.id}.yaml`, text } : { file: `content/cases/${data.id}.yaml`, text };

describe('docs/authoring.md', () => {
  it('has one complete example of each question type, and a case', () => {
    expect(parsed.map(({ data }) => data.type ?? 'case').sort()).toEqual([...QUESTION_TYPES, 'case'].sort());
  });

  it('examples and the question written from the docs pass the check with the real lessons and simulator', () => {
    const real = readContentTree(projectRoot);
    const fromDocs = readContentTree(fixtureRoot('from-docs')).questions;
    expect(fromDocs.map((file) => file.file)).toEqual(['content/questions/2.2.3/q223-from-docs.yaml']);
    const files = parsed.map(asFile);
    const tree = {
      ...real,
      questions: [...files.filter((file) => file.file.startsWith('content/questions/')), ...fromDocs],
      cases: [...real.cases, ...files.filter((file) => file.file.startsWith('content/cases/'))],
    };
    const problems = checkContent(tree, evaluateLikeCli).filter((problem) => problem.severity === 'error' || /TODO/.test(problem.message));
    expect(problems).toEqual([]);
  });
});
