/** YAML syntax problems as an author reads them: one per file, at the line and column of the slip, with what to do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateYaml } from '../../../src/authoring/check/schema-problems';
import { formatProblem } from '../../../src/authoring/problems';
import { questionSchema } from '../../../src/schemas/question';
import { projectRoot } from './cli';

const FILE = 'tests/fixtures/two-task-course/content/questions/2.2.1/q221-prototype-traffic.yaml';
const good = readFileSync(join(projectRoot, FILE), 'utf8');

/** The problems of the good question with one edit. */
function problemsAfter(from: string, to: string): string[] {
  expect(good).toContain(from);
  const text = good.replace(from, to);
  return validateYaml({ file: 'q.yaml', text }, questionSchema).problems.map(formatProblem);
}

const lineOf = (fragment: string) => good.split('\n').findIndex((line) => line.includes(fragment)) + 1;

describe('a YAML slip gives one message with its line, column and fix', () => {
  it.each([
    {
      slip: 'a key indented one space more than its siblings',
      from: '\n  prompt: "Startup',
      to: '\n   prompt: "Startup',
      at: `q.yaml:${lineOf('prompt: "Startup')}: (yaml): not valid YAML: column 4: "prompt:" is indented 3 spaces, "scenario:" above it 2`,
    },
    {
      slip: "a list item's key indented past the item's first key",
      from: '    correct: true\n',
      to: '     correct: true\n',
      at: `q.yaml:${lineOf('correct: true')}: (yaml): not valid YAML: column 6: "correct:" is indented 5 spaces, "id:" above it 4`,
    },
    {
      slip: 'a key that lines up with no block',
      from: '\n    vi: { text: "Gọi on-demand',
      to: '\n   vi: { text: "Gọi on-demand',
      at: `q.yaml:${lineOf('vi: { text: "Gọi on-demand')}: (yaml): not valid YAML: column 4: "vi:" is indented 3 spaces, which lines up with no key above it: use 2 like "id:" or 4 like "correct:"`,
    },
    {
      slip: 'a quoted text left open',
      from: 'prompt: "How should the startup invoke the model?"',
      to: 'prompt: "How should the startup invoke the model?',
      at: `q.yaml:${lineOf('prompt: "How should')}: (yaml): not valid YAML: column 11: this quoted text is not closed`,
    },
    {
      slip: 'a tab in the indentation',
      from: '\n  prompt: "Startup',
      to: '\n\tprompt: "Startup',
      at: `q.yaml:${lineOf('prompt: "Startup')}: (yaml): not valid YAML: column 1: a tab in the indentation: YAML indents with spaces only`,
    },
  ])('$slip', ({ from, to, at }) => {
    const problems = problemsAfter(from, to);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(at);
  });
});

describe('a wrong value names the field, the value and what it needs, not the validation library', () => {
  it.each([
    {
      what: 'correct: yes',
      from: '    correct: true\n',
      to: '    correct: yes\n',
      says: 'options[1].correct: options[1].correct "yes" is not true or false, without quotes',
    },
    { what: 'an empty en block', from: /\nen:\n(  .*\n)+?(?=options:)/, to: '\nen:\n', says: 'en: en is empty; it needs a block of fields' },
  ])('$what', ({ from, to, says }) => {
    const text = good.replace(from, to);
    expect(text).not.toBe(good);
    const problems = validateYaml({ file: 'q.yaml', text }, questionSchema).problems.map(formatProblem);
    expect(problems.join('\n')).toContain(says);
    expect(problems.join('\n')).not.toMatch(/Invalid input|expected \w+, received/);
  });
});
