/**
 * Model lifecycle: the file itself (content/pricing/model-lifecycle.json), a lifecycle for every priced model,
 * and no question teaching a model that was retired by the day its facts were verified.
 */
import { modelsNamedIn, retirementOn } from '../../core/model-lifecycle';
import { modelLifecyclesSchema, type ModelLifecycle } from '../../schemas/model-lifecycle';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';
import type { SourceFile } from '../content-paths';
import { fieldName, WHOLE_FILE, type Problem } from '../problems';
import { parseYamlSource } from '../yaml-source';
import { stringPaths, type Loaded } from './bank';
import { error, issueProblems, warning } from './schema-problems';

export interface LifecycleCheck {
  lifecycles: ModelLifecycle[];
  problems: Problem[];
}

/** The lifecycle file through its schema; every model the price data names must have an entry. */
export function checkLifecycleFile(file: SourceFile | null, pricedModelIds: readonly string[], path: string): LifecycleCheck {
  if (!file) return { lifecycles: [], problems: [error({ file: path }, 1, WHOLE_FILE, 'file is missing (questions and the simulator need model lifecycles)')] };
  const source = parseYamlSource(file.file, file.text);
  if (source.syntaxErrors.length)
    return { lifecycles: [], problems: source.syntaxErrors.map((e) => error(source, e.line, '(json)', `not valid JSON: ${e.message}`)) };
  const result = modelLifecyclesSchema.safeParse(source.data);
  if (!result.success) return { lifecycles: [], problems: issueProblems(source, result.error.issues) };
  const known = new Set(result.data.map((entry) => entry.id));
  const missing = pricedModelIds.filter((id) => !known.has(id));
  const problems = missing.map((id) => error(source, 1, WHOLE_FILE, `no lifecycle for priced model "${id}" (add an entry with its status, dates and source)`));
  return { lifecycles: result.data, problems };
}

/**
 * A question (with its case's text) that names a model, or simulates one, retired by its `verified` day:
 * end of life fails the check unless `provenance.historical` says why it is kept; legacy is a warning.
 */
export function retiredModels({ source, data }: Loaded<Question>, cases: readonly Case[], lifecycles: readonly ModelLifecycle[]): Problem[] {
  if (data.provenance.historical !== undefined) return [];
  const verified = data.provenance.verified;
  const caseOf = cases.find((known) => known.id === data.case);
  const caseText = caseOf ? `${caseOf.vi.scenario}\n${caseOf.en.scenario}` : '';
  const simulated = simulatedModels(data.verify?.scenario);
  const problems: Problem[] = [];
  for (const entry of lifecycles) {
    const retired = retirementOn(entry, verified);
    if (!retired) continue;
    const named = (text: string) => modelsNamedIn(text, [entry]).length > 0;
    const where = stringPaths(data, named)[0] ?? simulated.get(entry.id) ?? (caseText && named(caseText) ? ['case'] : undefined);
    if (!where) continue;
    const what = `${entry.name} was ${retired.severity === 'legacy' ? 'legacy' : 'at end of life'} from ${retired.since}, before this question's verified date ${verified}`;
    problems.push(
      retired.severity === 'legacy'
        ? warning(source, source.lineOf(where), fieldName(where), `${what} (teach a current model, or set provenance.historical)`)
        : error(
            source,
            source.lineOf(where),
            fieldName(where),
            `${what} (move to a current model, or set provenance.historical to say why the question is about the past)`,
          ),
    );
  }
  return problems;
}

/** The model ids a verify scenario simulates (its model and the cascade's two), each with where it is written. */
function simulatedModels(scenario: Record<string, unknown> | undefined): Map<unknown, (string | number)[]> {
  const cascade = scenario?.cascade as { small?: unknown; large?: unknown } | undefined;
  return new Map([
    [scenario?.model, ['verify', 'scenario', 'model']],
    [cascade?.small, ['verify', 'scenario', 'cascade', 'small']],
    [cascade?.large, ['verify', 'scenario', 'cascade', 'large']],
  ]);
}
