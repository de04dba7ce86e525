/**
 * The rules of the components an MDX lesson may use without importing them: <SimulatorPanel>, <Questions> and
 * <Notice>. The build checks every use in the file (with its line) before rendering; the components call the
 * same rules on the props they get, so nothing unchecked reaches a reader.
 */
import type { Preset } from '../../core/presets';
import type { PanelName } from '../embeds';
import { componentUsages } from './usages';

export const LESSON_COMPONENT_NAMES = ['SimulatorPanel', 'Questions', 'Notice'] as const;
export type LessonComponentName = (typeof LESSON_COMPONENT_NAMES)[number];

export const PANEL_VIEWS: readonly PanelName[] = ['deployment', 'cascade'];

/** What the checks compare props with. */
export interface LessonComponentContext {
  presets: readonly Pick<Preset, 'id' | 'scenario'>[];
  questionIds: ReadonlySet<string>;
}

const PROPS: Record<LessonComponentName, readonly string[]> = {
  SimulatorPanel: ['view', 'preset'],
  Questions: ['ids'],
  Notice: ['type', 'title'],
};

function unknownProps(name: LessonComponentName, props: Readonly<Record<string, unknown>>): string[] {
  const known = PROPS[name];
  return Object.keys(props)
    .filter((prop) => prop !== 'children' && !known.includes(prop))
    .map((prop) => `unknown prop ${prop} (${name} takes ${known.join(', ')})`);
}

/** Why the props of a <SimulatorPanel> are wrong; none when `view` is a panel and `preset` a preset that fits it. */
export function simulatorPanelProblems(props: Readonly<Record<string, unknown>>, presets: LessonComponentContext['presets']): string[] {
  const problems = unknownProps('SimulatorPanel', props);
  const { view, preset } = props;
  if (typeof view !== 'string' || !(PANEL_VIEWS as readonly string[]).includes(view)) {
    problems.push(`view must be ${PANEL_VIEWS.map((name) => `"${name}"`).join(' or ')}, not ${describe(view)}`);
  }
  if (preset === undefined) return problems;
  const found = typeof preset === 'string' ? presets.find((candidate) => candidate.id === preset) : undefined;
  if (!found) problems.push(`preset ${describe(preset)} is not a preset of content/pricing/presets.json (${presets.map((entry) => entry.id).join(', ')})`);
  // The cascade panel shows the cascade: a preset without one would open it empty.
  else if (view === 'cascade' && !found.scenario.cascade) problems.push(`preset "${found.id}" has no cascade, so it cannot open the cascade panel`);
  return problems;
}

/** Why the props of a <Questions> are wrong; none when `ids` lists questions of the bank, each once. */
export function questionsProblems(props: Readonly<Record<string, unknown>>, questionIds: ReadonlySet<string>): string[] {
  const problems = unknownProps('Questions', props);
  const { ids } = props;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    return [...problems, `ids must be a list of question ids such as ids={["q221-poc-on-demand"]}, not ${describe(ids)}`];
  }
  const seen = new Set<string>();
  for (const id of ids as string[]) {
    if (!questionIds.has(id)) problems.push(`unknown question id "${id}"`);
    else if (seen.has(id)) problems.push(`question id "${id}" is listed twice`);
    seen.add(id);
  }
  return problems;
}

/** Why the props of a <Notice> are wrong: only texts, as the Hugo shortcode takes them. */
export function noticeProblems(props: Readonly<Record<string, unknown>>): string[] {
  const problems = unknownProps('Notice', props);
  for (const prop of PROPS.Notice) {
    const value = props[prop];
    if (value !== undefined && typeof value !== 'string') problems.push(`${prop} must be text, not ${describe(value)}`);
  }
  return problems;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'object' && value !== null && 'expression' in value)
    return `the expression {${(value as { expression: string }).expression}} (write the value itself)`;
  return JSON.stringify(value);
}

/** One mistake in an MDX lesson's use of a component. */
export interface UsageProblem {
  line: number;
  component: LessonComponentName;
  reason: string;
}

/**
 * Every mistake in the lesson components an MDX file uses. A page holds at most one panel of each view: the
 * panels of one view share one simulator on the page.
 */
export function lessonComponentProblems(text: string, context: LessonComponentContext): UsageProblem[] {
  const problems: UsageProblem[] = [];
  const panelLines = new Map<string, number>();
  for (const usage of componentUsages(text, LESSON_COMPONENT_NAMES)) {
    const component = usage.name as LessonComponentName;
    const reasons = [...usage.problems];
    if (component === 'SimulatorPanel') {
      reasons.push(...simulatorPanelProblems(usage.props, context.presets));
      const view = usage.props.view;
      const first = typeof view === 'string' ? panelLines.get(view) : undefined;
      if (first !== undefined) reasons.push(`a page holds one "${String(view)}" panel; there is one on line ${first} already`);
      else if (typeof view === 'string') panelLines.set(view, usage.line);
    } else if (component === 'Questions') reasons.push(...questionsProblems(usage.props, context.questionIds));
    else reasons.push(...noticeProblems(usage.props));
    problems.push(...reasons.map((reason) => ({ line: usage.line, component, reason })));
  }
  return problems;
}

export const formatUsageProblem = (file: string, problem: UsageProblem): string => `${file}:${problem.line}: <${problem.component}>: ${problem.reason}`;

/** For the components themselves: props the build would have refused stop the render with the reasons. */
export function assertProps(component: LessonComponentName, problems: readonly string[]): void {
  if (problems.length) throw new Error(`<${component}>: ${problems.join('; ')}`);
}
