/**
 * A lesson page's searchable sections, read from its rendered HTML: each anchored label (or heading with an id)
 * starts a section that runs to the next one. Plain string work, so the build and the unit tests share it.
 */

export interface LessonSection {
  /** The anchor the section starts at; null for text before the first anchor. */
  id: string | null;
  heading: string;
  text: string;
}

// Labels render as <p class="label" id=…>; only headings and labels carry ids in lesson HTML.
const SECTION_START = /<(h[2-6]|p)\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g;
const NOT_TEXT = /<(svg|script|style)\b[\s\S]*?<\/\1>/gi;
const CELL_END = /<\/t[dh]>/gi;
const BLOCK_END = /<\/(?:p|li|tr|h[1-6]|pre|blockquote|aside|div|dt|dd|ul|ol|table)>|<br\s*\/?>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Separators that cannot occur in rendered text: a block end and a table cell end.
const BLOCK = '\u001e';
const CELL = '\u001f';

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, hex?: string, decimal?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (NAMED[name?.toLowerCase() ?? ''] ?? ''),
  );
}

/** Visible text of an HTML fragment on one line: blocks joined by " · ", table cells by " | ". */
export function htmlToText(html: string): string {
  const text = decodeEntities(html.replace(NOT_TEXT, '').replace(CELL_END, CELL).replace(BLOCK_END, BLOCK).replace(TAG, ''));
  return text
    .split(BLOCK)
    .map((line) =>
      line
        .split(CELL)
        .map((cell) => cell.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean)
    .join(' · ');
}

export function lessonSections(html: string): LessonSection[] {
  const sections: LessonSection[] = [];
  let current: { id: string | null; heading: string; start: number } = { id: null, heading: '', start: 0 };
  const close = (end: number) => {
    const text = htmlToText(html.slice(current.start, end));
    if (current.id !== null || text) sections.push({ id: current.id, heading: current.heading, text });
  };
  for (const match of html.matchAll(SECTION_START)) {
    close(match.index);
    current = { id: decodeEntities(match[2] ?? ''), heading: htmlToText(match[3] ?? '').replace(/\s*:$/, ''), start: match.index + match[0].length };
  }
  close(html.length);
  return sections;
}
