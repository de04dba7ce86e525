/**
 * One problem the content check found, and the one place that turns it into a line of output:
 * `file:line: field: what is wrong (what is allowed)`, so editors and CI logs can jump to it.
 */
import { fieldPath } from '../core/validation';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes: content/questions/2.2.1/q221-x.yaml. */
  file: string;
  /** 1-based line of the offending key, or of its parent when the key is missing. */
  line: number;
  /** Dotted field path such as options[2].misconception; "(file)" when the whole file is at fault. */
  field: string;
  /** What is wrong, with what is allowed in parentheses where the rule has a short answer. */
  message: string;
}

export const WHOLE_FILE = '(file)';

/** A YAML or zod path as one field name: ['options', 2, 'id'] -> options[2].id. */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path.reduce<string>((parent, key) => fieldPath(parent, typeof key === 'number' ? key : String(key)), '');
  return name || WHOLE_FILE;
}

export function formatProblem({ severity, file, line, field, message }: Problem): string {
  return `${file}:${line}: ${field}: ${severity === 'warning' ? 'warning: ' : ''}${message}`;
}

/** Errors first, then by file and line, so the output reads top to bottom per file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (problem: Problem) => (problem.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
