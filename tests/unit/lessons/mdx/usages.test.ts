import { describe, expect, it } from 'vitest';
import { componentUsages } from '../../../../src/lessons/mdx/usages';

const NAMES = ['SimulatorPanel', 'Questions', 'Notice'];

describe('componentUsages', () => {
  it('reads quoted props, literal lists and bare names, with the line of each tag in the file', () => {
    const text = [
      '---',
      'title: "<Notice> in front matter is not a tag"',
      '---',
      '',
      'Text.',
      '<SimulatorPanel view="cascade" preset=\'model-cascade\' />',
      '<Questions',
      '  ids={[',
      '    "q221-a",',
      "    'q221-b',",
      '  ]}',
      '/>',
      '<Notice type="tip" title="Mẹo">',
      'Body',
      '</Notice>',
      '<Notice open>x</Notice>',
    ].join('\n');
    expect(componentUsages(text, NAMES)).toEqual([
      { name: 'SimulatorPanel', line: 6, props: { view: 'cascade', preset: 'model-cascade' }, problems: [] },
      { name: 'Questions', line: 7, props: { ids: ['q221-a', 'q221-b'] }, problems: [] },
      { name: 'Notice', line: 13, props: { type: 'tip', title: 'Mẹo' }, problems: [] },
      { name: 'Notice', line: 16, props: { open: true }, problems: [] },
    ]);
  });

  it('keeps what is not a literal as its expression, and reports spreads and unclosed tags', () => {
    const text = '<SimulatorPanel view={views[0]} preset={"a" + "b"} />\n<Questions ids={[]} {...rest} />\n<Questions ids={["x"]}';
    expect(componentUsages(text, NAMES)).toEqual([
      { name: 'SimulatorPanel', line: 1, props: { view: { expression: 'views[0]' }, preset: { expression: '"a" + "b"' } }, problems: [] },
      { name: 'Questions', line: 2, props: { ids: [] }, problems: ['cannot check {...rest}: write each prop out as name="value"'] },
      { name: 'Questions', line: 3, props: { ids: ['x'] }, problems: ['the tag is not closed with > or />'] },
    ]);
  });

  it('skips tags in fenced and inline code, and names that only start like a component', () => {
    const text = [
      'Write `<Questions ids={["x"]} />` to add questions.',
      '```mdx',
      '<SimulatorPanel view="nope" />',
      '```',
      '~~~~',
      '<Notice type="x">',
      '~~~~',
      '<QuestionsList />',
      '<Questions ids={["real"]} />',
    ].join('\n');
    expect(componentUsages(text, NAMES)).toEqual([{ name: 'Questions', line: 9, props: { ids: ['real'] }, problems: [] }]);
  });
});
