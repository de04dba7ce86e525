/**
 * A small XML well-formedness check for tests (Node has no DOMParser): one root element, tags nested and closed,
 * attributes quoted and unique, only the five predefined or numeric entity references, no stray < or &.
 * Returns the problems found; an empty list means well formed.
 */
const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'y');

function badText(text: string): string | undefined {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) return `bad entity reference at "${text.slice(i, i + 12)}"`;
  }
  return text.includes(']]>') ? 'the sequence ]]> in text' : undefined;
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const fail = (message: string) => problems.push(`${message} (offset ${at})`);
  if (xml.startsWith('<?xml')) at = xml.indexOf('?>') + 2;
  while (at < xml.length && problems.length === 0) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') fail('text outside the root element');
    const textProblem = badText(text);
    if (textProblem) fail(textProblem);
    if (lt < 0) break;
    at = lt;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0) fail('unclosed comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at);
      if (end < 0) fail('unclosed CDATA');
      at = end + 3;
    } else if (xml.startsWith('</', at)) {
      const match = new RegExp(`</(${NAME})\\s*>`, 'y');
      match.lastIndex = at;
      const found = match.exec(xml);
      if (!found) fail('bad end tag');
      else if (open.pop() !== found[1]) fail(`end tag </${found[1]}> does not close the open element`);
      at = match.lastIndex;
    } else {
      const start = new RegExp(`<(${NAME})`, 'y');
      start.lastIndex = at;
      const found = start.exec(xml);
      if (!found?.[1]) {
        fail('a < that starts no tag');
        break;
      }
      at = start.lastIndex;
      const names = new Set<string>();
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(xml);
        if (!attribute?.[1] || !attribute[2]) break;
        if (names.has(attribute[1])) fail(`attribute ${attribute[1]} twice`);
        names.add(attribute[1]);
        const valueProblem = badText(attribute[2]);
        if (valueProblem) fail(valueProblem);
        at = ATTRIBUTE.lastIndex;
      }
      const close = /\s*(\/?)>/y;
      close.lastIndex = at;
      const end = close.exec(xml);
      if (!end) {
        fail(`tag <${found[1]}> not closed properly`);
        break;
      }
      at = close.lastIndex;
      if (open.length === 0) roots++;
      if (end[1] !== '/') open.push(found[1]);
    }
  }
  if (open.length) problems.push(`unclosed elements: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
