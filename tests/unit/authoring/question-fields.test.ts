/** The studio's form over a question file: texts paired by language, other values alone, edits that move nothing else. */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/authoring/content-tree';
import { questionFields, setField } from '../../../src/authoring/studio/question-fields';
import { questionSkeleton } from '../../../src/authoring/skeleton';
import { QUESTION_TYPES } from '../../../src/schemas/question';
import { projectRoot } from './cli';

const tree = readContentTree(projectRoot);

describe('questionFields', () => {
  it.each(QUESTION_TYPES)('a new %s question: every text a vi/en pair, every other value a field', (type) => {
    const text = questionSkeleton({ id: 'q221-new', skill: '2.2.1', lessonPath: 'task-2-2/skill-2-2-1', type, today: '2026-12-03' });
    const { texts, values } = questionFields(parseDocument(text));
    expect(texts.map((pair) => pair.name)).toEqual(expect.arrayContaining(['scenario', 'prompt', 'explanation']));
    for (const pair of texts) {
      expect(pair.vi.name).toMatch(/(^|\.)vi\./);
      expect(pair.en.name).toBe(pair.vi.name.replace(/(^|\.)vi\./, '$1en.'));
    }
    expect(values.map((field) => field.name)).toEqual(expect.arrayContaining(['id', 'skill', 'type', 'difficulty', 'tags[0]', 'provenance.source']));
    expect(values.some((field) => /(^|\.)(vi|en)\./.test(field.name))).toBe(false);
  });

  it('pairs option texts and feedback and keeps misconceptions and correct flags as values', () => {
    const file = tree.questions.find((candidate) => candidate.file.endsWith('/q221-lambda-sporadic-cold-start.yaml'));
    const { texts, values } = questionFields(parseDocument(file?.text ?? ''));
    expect(texts.map((pair) => pair.name)).toEqual(expect.arrayContaining(['options[0].text', 'options[0].feedback']));
    expect(values.map((field) => field.name)).toEqual(expect.arrayContaining(['options[1].misconception']));
  });
});

describe('setField', () => {
  const file = tree.questions[0];
  if (!file) throw new Error('no question');

  it('changes one value and leaves every other line of the file as it was', () => {
    const edited = setField(file.text, ['en', 'prompt'], 'A new prompt: which option?');
    const before = file.text.split('\n');
    const after = edited.split('\n');
    const changed = after.flatMap((line, index) => (line === before[index] ? [] : [line]));
    expect(changed).toEqual(['  prompt: "A new prompt: which option?"']);
    expect(setField(edited, ['en', 'prompt'], parseDocument(file.text).getIn(['en', 'prompt']) as string)).toBe(file.text);
  });

  it('keeps numbers and booleans typed', () => {
    expect(setField(file.text, ['difficulty'], 3)).toContain('\ndifficulty: 3\n');
  });
});
