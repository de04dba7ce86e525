/** Reading a Hugo page: front matter, the `### Skill` sections that become child pages, anchored labels. */
import { parse as parseYaml } from 'yaml';
import { asciiSlug } from '../core/slug';

export interface HugoPage {
  frontMatter: Record<string, unknown>;
  body: string;
  /** Line of the file on which `body` starts (1-based). */
  bodyFirstLine: number;
}

export class HugoPageError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'HugoPageError';
  }
}

/** Splits YAML front matter (`---` fences) from the body. TOML (`+++`) front matter is reported, not guessed at. */
export function parseHugoPage(source: string, file: string): HugoPage {
  const text = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (text.startsWith('+++')) throw new HugoPageError(file, 1, 'TOML front matter (+++) is not supported; use YAML (---)');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) throw new HugoPageError(file, 1, 'missing front matter: the page must start with a --- fenced YAML block holding title, date and weight');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1] ?? '') ?? {};
  } catch (error) {
    throw new HugoPageError(file, 2, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof frontMatter !== 'object' || Array.isArray(frontMatter) || frontMatter === null) {
    throw new HugoPageError(file, 2, 'front matter must be a YAML mapping (title: ..., date: ..., weight: ...)');
  }
  const header = match[0];
  return {
    frontMatter: frontMatter as Record<string, unknown>,
    body: text.slice(header.length),
    bodyFirstLine: header.split('\n').length - (header.endsWith('\n') ? 1 : 0) + 1,
  };
}

export interface SkillSection {
  /** Heading text without the hashes, e.g. "Skill 2.2.1: Deploy FMs theo application needs". */
  title: string;
  /** "skill-2-2-1": from the skill number, so both languages share it. */
  slug: string;
  /** The skill's code, "2.2.1": what questions name in their `skill` field. */
  code: string;
  /** The section without its heading line. */
  markdown: string;
  firstLine: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** The open code fence after `line`: opened by a fence marker, closed by one of the same kind at least as long. */
function nextFence(open: string | undefined, line: string): string | undefined {
  const marker = FENCE.exec(line)?.[1];
  if (!marker) return open;
  if (!open) return marker;
  return marker[0] === open[0] && marker.length >= open.length ? undefined : open;
}

const SKILL_HEADING = /^Skill\s+(\d+(?:\.\d+)*)\b/i;

/** Each `### Skill ...` section of a page, up to the next heading of level 1-3. Headings inside code fences do not count. */
export function splitSkillSections(body: string, bodyFirstLine: number): SkillSection[] {
  const lines = body.split('\n');
  const sections: SkillSection[] = [];
  let current: { title: string; slug: string; code: string; start: number } | undefined;
  let fence: string | undefined;

  const close = (end: number) => {
    if (!current) return;
    sections.push({
      title: current.title,
      slug: current.slug,
      code: current.code,
      markdown: lines
        .slice(current.start + 1, end)
        .join('\n')
        .replace(/^\n+/, '')
        .replace(/\s+$/, '\n'),
      firstLine: bodyFirstLine + current.start + 1,
    });
    current = undefined;
  };

  lines.forEach((line, index) => {
    if (FENCE.test(line)) {
      fence = nextFence(fence, line);
      return;
    }
    if (fence) return;
    const heading = HEADING.exec(line);
    if (!heading?.[1] || heading[1].length > 3) return;
    close(index);
    const title = heading[2] ?? '';
    const skill = heading[1].length === 3 ? SKILL_HEADING.exec(title) : null;
    if (skill?.[1]) current = { title, slug: `skill-${skill[1].replace(/\./g, '-')}`, code: skill[1], start: index };
  });
  close(lines.length);
  return sections;
}

export interface Anchor {
  id: string;
  text: string;
}

/** A paragraph that is only bold text ending in a colon: the source's sub-section labels. */
const LABEL = /^\*\*([^*`<>[\]_\n]+?:?)\*\*\s*$/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Gives every label paragraph (`**Khi nào chọn On-Demand:**`) an id, so lessons, questions and search can link
 * to it. `ids` (the default-language page's anchors, in order) makes a translation share the same ids.
 * The label becomes the same `<p><strong>` it renders to anyway, followed by a blank line that ends the HTML block.
 */
export function anchorLabels(markdown: string, options: { ids?: readonly string[]; prefix?: string } = {}): { markdown: string; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  const used = new Set<string>();
  const lines = markdown.split('\n');
  let fence: string | undefined;
  const candidates: number[] = [];
  lines.forEach((line, index) => {
    if (FENCE.test(line)) {
      fence = nextFence(fence, line);
      return;
    }
    const previous = index === 0 ? '' : (lines[index - 1] ?? '');
    if (!fence && previous.trim() === '' && LABEL.test(line)) candidates.push(index);
  });
  // Shared ids only when the two pages line up label for label; otherwise each page uses its own text.
  const shared = options.ids && options.ids.length === candidates.length ? options.ids : undefined;
  candidates.forEach((lineIndex, order) => {
    const text = (LABEL.exec(lines[lineIndex] ?? '')?.[1] ?? '').trim();
    const base = shared?.[order] ?? `${options.prefix ?? ''}${asciiSlug(text.replace(/:$/, ''))}`;
    let id = base || 'section';
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    anchors.push({ id, text: text.replace(/:$/, '') });
    lines[lineIndex] = `<p class="label" id="${id}"><strong>${escapeHtml(text)}</strong></p>\n`;
  });
  return { markdown: lines.join('\n'), anchors };
}

/**
 * Wraps each rendered table in a focusable, labelled scroll box, so a wide table scrolls inside its own box on a
 * phone and keyboard users can scroll it too.
 */
export function wrapTables(html: string, label: (index: number) => string): string {
  let index = 0;
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    index += 1;
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label(index))}">${table}</div>`;
  });
}
