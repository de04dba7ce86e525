/**
 * A YAML (or JSON) file parsed with node ranges, so a problem found in the data can be pointed at its line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { yamlSlip } from './yaml-slip';

export interface YamlSource {
  file: string;
  /** The file's text, NFC-normalised as the site reads it. */
  text: string;
  /** The parsed value; undefined when the YAML does not parse. */
  data: unknown;
  /** The file's syntax problem, at most one (src/authoring/yaml-slip.ts), with its line and column. */
  syntaxErrors: { line: number; message: string }[];
  /** Line of a path into the data: the key's line, or the nearest existing parent's when the key is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export function parseYamlSource(file: string, raw: string, options: { firstLine?: number } = {}): YamlSource {
  const text = raw.normalize('NFC');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const offset = (options.firstLine ?? 1) - 1;
  const lineAt = (index: number) => lineCounter.linePos(index).line + offset;
  const slip = yamlSlip(
    text,
    doc.errors.map((error) => ({
      code: error.code,
      line: error.linePos?.[0].line ?? 1,
      column: error.linePos?.[0].col ?? 1,
      // The message ends with " at line L, column C:" and a code excerpt; line and column are reported apart.
      message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
    })),
  );
  const syntaxErrors = slip ? [{ line: slip.line + offset, message: `column ${slip.column}: ${slip.message}` }] : [];
  return {
    file,
    text,
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    lineOf: (path) => lineOfPath(doc, path, lineAt, 1 + offset),
  };
}

/** Walks the document along `path`; stops at the last node that exists. */
function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (index: number) => number, firstLine: number): number {
  let node: unknown = doc.contents;
  let line = firstLine;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lineAt(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}
