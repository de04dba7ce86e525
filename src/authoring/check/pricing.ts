/** Price data: each content/pricing file through the price rules of src/core/pricing.ts, with lines. */
import { priceDataProblems } from '../../core/pricing';
import { fieldSegments } from '../../core/validation';
import { describeProblem } from '../../core/validation-text';
import { PRICE_FILES, type PriceKey, type SourceFile } from '../content-paths';
import { fieldName, WHOLE_FILE, type Problem } from '../problems';
import { parseYamlSource, type YamlSource } from '../yaml-source';
import { error } from './schema-problems';

export function checkPricing(files: Record<PriceKey, SourceFile | null>, folder: string): Problem[] {
  const problems: Problem[] = [];
  const sources = {} as Record<PriceKey, YamlSource>;
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(PRICE_FILES) as PriceKey[]) {
    const file = files[key];
    if (!file) {
      problems.push(error({ file: `${folder}/${PRICE_FILES[key]}` }, 1, WHOLE_FILE, 'file is missing (the simulator needs it)'));
      continue;
    }
    const source = parseYamlSource(file.file, file.text);
    try {
      raw[key] = JSON.parse(file.text);
      sources[key] = source;
    } catch (thrown) {
      problems.push(error(source, source.syntaxErrors[0]?.line ?? 1, '(json)', `not valid JSON: ${(thrown as Error).message}`));
    }
  }
  if (problems.length) return problems;
  // The first segment of a problem's field names the file; the rest is the path inside it.
  return priceDataProblems(raw).flatMap((problem) => {
    const [key, ...rest] = fieldSegments(problem.field);
    const source = sources[key as PriceKey];
    return source ? [error(source, source.lineOf(rest), fieldName(rest), describeProblem(problem, 'en'))] : [];
  });
}

/** Model ids the price files name (on-demand and provisioned), read leniently: the schema check reports bad files. */
export function pricedModelIds(files: Record<PriceKey, SourceFile | null>): string[] {
  const ids = (file: SourceFile | null, key: 'id' | 'modelId'): string[] => {
    try {
      const entries: unknown = file ? JSON.parse(file.text) : [];
      return Array.isArray(entries) ? entries.flatMap((entry) => (typeof entry?.[key] === 'string' ? [entry[key] as string] : [])) : [];
    } catch {
      return [];
    }
  };
  return [...new Set([...ids(files.models, 'id'), ...ids(files.provisioned, 'modelId')])];
}
