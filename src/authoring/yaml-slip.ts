/**
 * One YAML syntax problem per file, said so that an author can fix it: the line and column where it is, and what
 * to do. The parser reports an indentation slip at the start of the block it breaks, often several lines early,
 * and as several errors; reading the indents as YAML does finds the line itself.
 */

export interface YamlSlip {
  line: number;
  column: number;
  message: string;
}

interface ParserError {
  code: string;
  line: number;
  column: number;
  message: string;
}

const KEY_WITHOUT_VALUE = /^(?:-\s+)?[^\s#'"{[][^#]*?:\s*(?:#.*)?$/;
const BLOCK_SCALAR = /:\s*[|>][-+]?\d*\s*(?:#.*)?$/;
const KEY = /^(?:-\s+)?([^\s:#'"{[][^:#]*):(?:\s|$)/;

const describeLine = (content: string) => {
  const key = KEY.exec(content)?.[1];
  return key ? `"${key}:"` : 'this line';
};

interface Block {
  indent: number;
  /** The last key written at this indent, to name in a message. */
  key: string;
}

/** The first line whose indentation breaks the block structure above it, if any. */
export function indentationSlip(text: string): YamlSlip | undefined {
  const blocks: Block[] = [];
  let opens = false;
  let blockScalar: number | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (blockScalar !== undefined && indent > blockScalar) continue;
    blockScalar = undefined;
    const at = { line: index + 1, column: indent + 1 };
    const here = describeLine(content);
    if (/^ *\t/.test(line)) return { line: at.line, column: line.indexOf('\t') + 1, message: 'a tab in the indentation: YAML indents with spaces only' };
    const top = blocks.at(-1);
    if (top === undefined || (opens && indent > top.indent)) blocks.push({ indent, key: here });
    else if (indent > top.indent) {
      return { ...at, message: `${here} is indented ${indent} spaces, ${top.key} above it ${top.indent}: give the keys of one block the same indentation` };
    } else if (indent < top.indent) {
      while ((blocks.at(-1)?.indent ?? -1) > indent) blocks.pop();
      const outer = blocks.at(-1);
      if (outer?.indent !== indent) {
        const choices = [outer, top].flatMap((block) => (block ? [`${block.indent} like ${block.key}`] : [])).join(' or ');
        return { ...at, message: `${here} is indented ${indent} spaces, which lines up with no key above it: use ${choices}` };
      }
    }
    const block = blocks.at(-1);
    if (block) block.key = here;
    // The keys of a list item ("- id: a") continue two columns in, under the item's first key.
    if (content.startsWith('- ') && KEY.test(content) && !KEY_WITHOUT_VALUE.test(content)) blocks.push({ indent: indent + 2, key: here });
    opens = KEY_WITHOUT_VALUE.test(content) || content === '-';
    if (BLOCK_SCALAR.test(content)) blockScalar = indent;
  }
  return undefined;
}

/** The parser's error in words an author can act on. */
function explain(error: ParserError): string {
  switch (error.code) {
    case 'MISSING_CHAR':
      return error.message.startsWith('Missing closing')
        ? 'a quoted text is not closed: end it with the same quote mark on this line'
        : 'a list item lacks its "- " or a mapping its ":": check this line against the ones above';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value holds ": " or runs onto the next line: put the whole value in double quotes';
    case 'BAD_INDENT':
      return 'the keys of one block must start at the same column: check the indentation of this line and the ones above';
    case 'TAB_AS_INDENT':
      return 'a tab in the indentation: YAML indents with spaces only';
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same block: keep one';
    default:
      return error.message;
  }
}

/** The line, at or above `line`, where a double-quoted text opens and is not closed; the parser reports it later. */
function unclosedQuote(text: string, line: number): YamlSlip | undefined {
  const lines = text.split('\n');
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index -= 1) {
    const quotes = [...(lines[index] ?? '').matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) {
      const column = (quotes.at(-1)?.index ?? 0) + 1;
      return { line: index + 1, column, message: 'this quoted text is not closed: end it with " on the same line (write \\" for a quote inside it)' };
    }
  }
  return undefined;
}

/**
 * One problem for a file that does not parse: an unclosed quote first (it hides every line after it), then the
 * indentation slip, else the parser's first error in plain words.
 */
export function yamlSlip(text: string, errors: readonly ParserError[]): YamlSlip | undefined {
  const [first] = errors;
  if (!first) return undefined;
  const quote = errors.find((error) => error.code === 'MISSING_CHAR' && error.message.startsWith('Missing closing "'));
  return (quote && unclosedQuote(text, quote.line)) ?? indentationSlip(text) ?? { line: first.line, column: first.column, message: explain(first) };
}
