import { describe, expect, it } from 'vitest';
import {
  assertProps,
  formatUsageProblem,
  lessonComponentProblems,
  noticeProblems,
  questionsProblems,
  simulatorPanelProblems,
} from '../../../../src/lessons/mdx/components';

const presets = [
  { id: 'proof-of-concept', scenario: { workload: {} } },
  { id: 'model-cascade', scenario: { cascade: { small: 'a', large: 'b' } } },
];
const questionIds = new Set(['q221-a', 'q141-b']);
const PRESET_LIST = '(proof-of-concept, model-cascade)';

describe('simulatorPanelProblems', () => {
  it.each([
    { props: { view: 'deployment', preset: 'proof-of-concept' }, problems: [] },
    { props: { view: 'cascade', preset: 'model-cascade' }, problems: [] },
    { props: { view: 'deployment' }, problems: [] },
    { props: { view: 'full' }, problems: ['view must be "deployment" or "cascade", not "full"'] },
    { props: { preset: 'proof-of-concept' }, problems: ['view must be "deployment" or "cascade", not missing'] },
    {
      props: { view: 'deployment', preset: 'steady' },
      problems: [`preset "steady" is not a preset of content/pricing/presets.json ${PRESET_LIST}`],
    },
    {
      props: { view: 'cascade', preset: 'proof-of-concept' },
      problems: ['preset "proof-of-concept" has no cascade, so it cannot open the cascade panel'],
    },
    {
      props: { view: { expression: 'view' }, preset: 'model-cascade', size: 'big' },
      problems: [
        'unknown prop size (SimulatorPanel takes view, preset)',
        'view must be "deployment" or "cascade", not the expression {view} (write the value itself)',
      ],
    },
  ])('$props: $problems', ({ props, problems }) => {
    expect(simulatorPanelProblems(props, presets)).toEqual(problems);
  });
});

describe('questionsProblems', () => {
  it.each([
    { props: { ids: ['q221-a', 'q141-b'] }, problems: [] },
    { props: { ids: ['q221-a', 'q999-x', 'q221-a'] }, problems: ['unknown question id "q999-x"', 'question id "q221-a" is listed twice'] },
    { props: { ids: [] }, problems: ['ids must be a list of question ids such as ids={["q221-poc-on-demand"]}, not []'] },
    { props: { ids: 'q221-a' }, problems: ['ids must be a list of question ids such as ids={["q221-poc-on-demand"]}, not "q221-a"'] },
    {
      props: { id: ['q221-a'] },
      problems: ['unknown prop id (Questions takes ids)', 'ids must be a list of question ids such as ids={["q221-poc-on-demand"]}, not missing'],
    },
  ])('$props: $problems', ({ props, problems }) => {
    expect(questionsProblems(props, questionIds)).toEqual(problems);
  });
});

describe('noticeProblems', () => {
  it('takes a text type and title, both optional, and nothing else', () => {
    expect(noticeProblems({ type: 'warning', title: 'Chi phí' })).toEqual([]);
    expect(noticeProblems({})).toEqual([]);
    expect(noticeProblems({ type: true, style: 'tip' })).toEqual(['unknown prop style (Notice takes type, title)', 'type must be text, not true']);
  });
});

describe('lessonComponentProblems', () => {
  const lesson = [
    '# Lab',
    '<SimulatorPanel view="deployment" preset="proof-of-concept" />',
    '<SimulatorPanel view="cascade" preset="model-cascade" />',
    '<Questions ids={["q221-a"]} />',
    '<SimulatorPanel view="deployment" preset="model-cascade" />',
    '<Questions ids={["q999-x", "q141-b"]} />',
    '<Notice type="tip">ok</Notice>',
  ].join('\n');

  it('finds every mistake with its line, one panel of a view per page', () => {
    const problems = lessonComponentProblems(lesson, { presets, questionIds });
    expect(problems).toEqual([
      { line: 5, component: 'SimulatorPanel', reason: 'a page holds one "deployment" panel; there is one on line 2 already' },
      { line: 6, component: 'Questions', reason: 'unknown question id "q999-x"' },
    ]);
    expect(problems.map((problem) => formatUsageProblem('content/lessons/vi/lab.mdx', problem))).toEqual([
      'content/lessons/vi/lab.mdx:5: <SimulatorPanel>: a page holds one "deployment" panel; there is one on line 2 already',
      'content/lessons/vi/lab.mdx:6: <Questions>: unknown question id "q999-x"',
    ]);
  });

  it('passes a lesson whose components are all right', () => {
    expect(lessonComponentProblems(lesson.split('\n').slice(0, 4).join('\n'), { presets, questionIds })).toEqual([]);
  });

  it('reports what the scan could not read', () => {
    expect(lessonComponentProblems('<Questions ids={["q221-a"]} {...more} />', { presets, questionIds })).toEqual([
      { line: 1, component: 'Questions', reason: 'cannot check {...more}: write each prop out as name="value"' },
    ]);
  });
});

describe('assertProps', () => {
  it('stops a render with the reasons, and lets good props through', () => {
    expect(() => assertProps('Questions', ['unknown question id "x"', 'ids are bad'])).toThrow('<Questions>: unknown question id "x"; ids are bad');
    expect(() => assertProps('Notice', [])).not.toThrow();
  });
});
