/**
 * The lesson components an MDX file uses, with the line and the props as written, read from the file's text so
 * the build can check them against the presets and the question bank and name the file and line of a mistake.
 *
 * Props are read as literals only: `view="cascade"`, `ids={["q221-a", "q221-b"]}`. Any other expression is
 * kept as its source text, and the checks ask for a literal: what the build checked is then exactly what the
 * page renders. Tags inside front matter, fenced code and inline code are not components and are skipped.
 */

/** A prop as written: text, a list of texts, a bare name (true), or an expression that is not a literal. */
export type PropValue = string | string[] | true | { expression: string };

export interface ComponentUsage {
  name: string;
  /** 1-based line of the `<` in the file. */
  line: number;
  props: Record<string, PropValue>;
  /** What could not be read: a spread, a tag that never closes. */
  problems: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const ATTRIBUTE_NAME = /[A-Za-z_$][\w$:-]*/y;
const SPACE = /\s*/y;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The text with front matter, fenced code and inline code blanked out, same length and lines. */
function prose(text: string): string {
  const withoutFrontMatter = text.replace(FRONT_MATTER, blank);
  let fence: string | null = null;
  return withoutFrontMatter
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return blank(line);
      }
      if (marker) {
        fence = marker;
        return blank(line);
      }
      return line.replace(INLINE_CODE, blank);
    })
    .join('\n');
}

const STRING = /^"([^"\\]*)"$|^'([^'\\]*)'$/;
const LIST_ITEM = /\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*(,|$)/y;

/** A string literal or a list of them, else the expression itself. */
function literal(expression: string): PropValue {
  const source = expression.trim();
  const text = STRING.exec(source);
  if (text) return text[1] ?? text[2] ?? '';
  const list = /^\[([\s\S]*)\]$/.exec(source)?.[1];
  if (list === undefined) return { expression: source };
  if (list.trim() === '') return [];
  const items: string[] = [];
  LIST_ITEM.lastIndex = 0;
  while (LIST_ITEM.lastIndex < list.length) {
    const item = LIST_ITEM.exec(list);
    if (!item) return { expression: source };
    items.push(item[1] ?? item[2] ?? '');
    if (item[3] === '' || list.slice(LIST_ITEM.lastIndex).trim() === '') break;
  }
  return items;
}

/** Index just past the `}` that closes the `{` at `start`, skipping braces inside strings; -1 if none. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      const end = text.indexOf(char, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Reads the attributes of the tag whose name ends at `from`, up to its `>` or `/>`. */
function readAttributes(text: string, from: number): { props: Record<string, PropValue>; problems: string[] } {
  const props: Record<string, PropValue> = {};
  const problems: string[] = [];
  const skipSpace = (at: number) => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    return SPACE.lastIndex;
  };
  let at = skipSpace(from);
  while (at < text.length) {
    if (text.startsWith('/>', at) || text[at] === '>') return { props, problems };
    if (text[at] === '{') {
      const end = closingBrace(text, at);
      if (end < 0) break;
      problems.push(`cannot check ${text.slice(at, end)}: write each prop out as name="value"`);
      at = skipSpace(end);
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = at;
    const name = ATTRIBUTE_NAME.exec(text)?.[0];
    if (!name) break;
    at = skipSpace(at + name.length);
    if (text[at] !== '=') {
      props[name] = true;
      continue;
    }
    at = skipSpace(at + 1);
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, at + 1);
      if (end < 0) break;
      props[name] = text.slice(at + 1, end);
      at = skipSpace(end + 1);
    } else if (quote === '{') {
      const end = closingBrace(text, at);
      if (end < 0) break;
      props[name] = literal(text.slice(at + 1, end - 1));
      at = skipSpace(end);
    } else break;
  }
  problems.push('the tag is not closed with > or />');
  return { props, problems };
}

/** Every use of the named components, in file order. */
export function componentUsages(text: string, names: readonly string[]): ComponentUsage[] {
  const visible = prose(text);
  const tag = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
  return [...visible.matchAll(tag)].map((match) => {
    const name = match[1] ?? '';
    const line = visible.slice(0, match.index).split('\n').length;
    return { name, line, ...readAttributes(text, match.index + 1 + name.length) };
  });
}
