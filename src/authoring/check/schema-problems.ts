/** Turns a YAML file and a zod schema into problems with lines, or the parsed value. */
import type { z } from 'zod';
import { show } from '../../schemas/describe';
import { fieldName, WHOLE_FILE, type Problem } from '../problems';
import { parseYamlSource, type YamlSource } from '../yaml-source';
import type { SourceFile } from '../content-paths';

export const error = (source: Pick<YamlSource, 'file'>, line: number, field: string, message: string): Problem => ({
  severity: 'error',
  file: source.file,
  line,
  field,
  message,
});

export const warning = (source: Pick<YamlSource, 'file'>, line: number, field: string, message: string): Problem => ({
  ...error(source, line, field, message),
  severity: 'warning',
});

/** What a schema expects, in an author's words. */
const EXPECTED: Record<string, string> = {
  boolean: 'true or false, without quotes',
  object: 'a block of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
};

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** A rule's own message, or, for zod's generic "Invalid input: expected …", one that names the field and the value. */
function issueMessage(source: YamlSource, issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  if (issue.code !== 'invalid_type' || !issue.message.startsWith('Invalid input')) return issue.message;
  const field = fieldName(path);
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  const value = valueAt(source.data, path);
  if (value === null) return `${field} is empty; it needs ${expected}`;
  if (value === undefined) return `${field} is missing; it needs ${expected}`;
  return `${field} ${show(value)} is not ${expected}`;
}

/** One problem per zod issue; an unknown key is pointed at by its own line rather than its parent's. */
export function issueProblems(source: YamlSource, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const at = unknownKey === undefined ? path : [...path, unknownKey];
    return error(source, source.lineOf(at), fieldName(at), issueMessage(source, issue, issue.path));
  });
}

/** Text must be NFC: search, folding and exports compare it character by character. */
function nfcProblems(source: SourceFile): Problem[] {
  const lines = source.text.split('\n');
  const index = lines.findIndex((line) => line !== line.normalize('NFC'));
  return index < 0 ? [] : [error(source, index + 1, WHOLE_FILE, 'text is not Unicode NFC (save the file as UTF-8 NFC; most editors have an option)')];
}

export interface Validated<T> {
  source: YamlSource;
  data: T | undefined;
  problems: Problem[];
}

export function validateYaml<S extends z.ZodType>(file: SourceFile, schema: S): Validated<z.output<S>> {
  const source = parseYamlSource(file.file, file.text);
  const problems = nfcProblems(file);
  if (source.syntaxErrors.length) {
    const syntax = source.syntaxErrors.map((e) => error(source, e.line, '(yaml)', `not valid YAML: ${e.message}`));
    return { source, data: undefined, problems: [...problems, ...syntax] };
  }
  const result = schema.safeParse(source.data);
  return result.success
    ? { source, data: result.data, problems }
    : { source, data: undefined, problems: [...problems, ...issueProblems(source, result.error.issues)] };
}
