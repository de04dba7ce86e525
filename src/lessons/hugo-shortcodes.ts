/**
 * Hugo shortcodes -> Markdown with HTML blocks.
 *
 * Shortcodes are converted in the text, before any Markdown parser sees them: parsed as Markdown, a closing
 * `{{% /notice %}}` after a list lands inside the last list item, and `{` is an expression in MDX. Every
 * shortcode is either converted or reported; none is dropped.
 */

import type { Locale } from '../core/locale';

export type { Locale };

export interface ChildPage {
  title: string;
  href: string;
}

export interface ShortcodeContext {
  /** Path shown in error messages. */
  file: string;
  /** Line number of the first line of `markdown` in the file, so errors point into the file. */
  firstLine?: number;
  locale: Locale;
  /** Pages listed by `{{% children %}}`. */
  children?: ChildPage[];
}

export class ShortcodeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly shortcode: string,
    reason: string,
  ) {
    super(`${file}:${line}: shortcode "${shortcode}": ${reason}`);
    this.name = 'ShortcodeError';
  }
}

/** Types with their own colour and icon; any other type renders as a neutral callout. */
const STYLED_NOTICES = ['info', 'tip', 'note', 'warning'] as const;
type StyledNotice = (typeof STYLED_NOTICES)[number];

const NOTICE_LABELS: Record<Locale, Record<StyledNotice, string>> = {
  vi: { info: 'Thông tin', tip: 'Mẹo', note: 'Ghi chú', warning: 'Cảnh báo' },
  en: { info: 'Info', tip: 'Tip', note: 'Note', warning: 'Warning' },
};

// 24x24 outline icons; drawn with currentColor so they follow the callout's text colour.
const NOTICE_ICONS: Record<StyledNotice | 'neutral', string> = {
  info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>',
  tip: '<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z"/>',
  note: '<path d="M5 4h10l4 4v12H5z"/><path d="M9 12h6M9 16h6"/>',
  warning: '<path d="M12 3 2 20h20z"/><path d="M12 10v4M12 17v.01"/>',
  neutral: '<circle cx="12" cy="12" r="9"/>',
};

// `{{% name args %}}`, `{{< name args >}}`, closing forms, and Hugo's escaped form (a comment inside the braces).
const SHORTCODE = /\{\{([%<])(\/\*)?\s*(\/?)\s*([A-Za-z][\w-]*)((?:\s+(?:[\w-]+=)?(?:"[^"]*"|'[^']*'|[^\s"'%<>*][^\s"'%<>]*))*)\s*(\*\/)?([%>])\}\}/g;
const ARGUMENT = /(?:([\w-]+)=)?(?:"([^"]*)"|'([^']*)'|([^\s"'%<>]+))/g;

interface ShortcodeArgs {
  positional: string[];
  named: Record<string, string>;
}

function parseArgs(text: string): ShortcodeArgs {
  const args: ShortcodeArgs = { positional: [], named: {} };
  for (const match of text.matchAll(ARGUMENT)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (match[1]) args.named[match[1]] = value;
    else args.positional.push(value);
  }
  return args;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isStyled(type: string): type is StyledNotice {
  return (STYLED_NOTICES as readonly string[]).includes(type);
}

/** What a notice shows, shared by the Hugo shortcode and the MDX <Notice> component so both render one markup. */
export interface NoticeParts {
  /** The type as written, lower-cased: data-notice-type. */
  type: string;
  /** The class modifier: the type when styled, else "neutral". */
  modifier: StyledNotice | 'neutral';
  /** The accessible name: the type's label, with the title when there is one. */
  name: string;
  /** The title line (with its icon) as HTML. */
  titleHtml: string;
}

/** A notice of `type` (default "note") with an optional title, in `locale`. */
export function noticeParts(type: string | undefined, title: string | undefined, locale: Locale): NoticeParts {
  const lowered = (type ?? 'note').toLowerCase();
  const styled = isStyled(lowered);
  const label = styled ? NOTICE_LABELS[locale][lowered] : lowered.charAt(0).toUpperCase() + lowered.slice(1);
  const icon = NOTICE_ICONS[styled ? lowered : 'neutral'];
  return {
    type: lowered,
    modifier: styled ? lowered : 'neutral',
    name: title ? `${label}: ${title}` : label,
    titleHtml: `<p class="notice__title"><svg class="notice__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${icon}</svg><span>${escapeHtml(title ?? label)}</span></p>`,
  };
}

function noticeOpening(args: ShortcodeArgs, locale: Locale): string {
  const notice = noticeParts(args.named.style ?? args.positional[0], args.named.title ?? args.positional[1], locale);
  // Blank lines around the body end the HTML block, so the body is parsed as Markdown.
  return (
    `\n\n<aside class="notice notice--${notice.modifier}" role="note" aria-label="${escapeHtml(notice.name)}" data-notice-type="${escapeHtml(notice.type)}">\n` +
    `${notice.titleHtml}\n\n`
  );
}

const NOTICE_CLOSING = '\n\n</aside>\n\n';

function childrenList(children: ChildPage[]): string {
  if (children.length === 0) return '';
  const items = children.map((child) => `<li><a href="${escapeHtml(child.href)}">${escapeHtml(child.title)}</a></li>`);
  return `\n\n<ul class="children">\n${items.join('\n')}\n</ul>\n\n`;
}

function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Converts every shortcode in `markdown`; throws ShortcodeError (with file and line) for any it cannot. */
export function convertHugoShortcodes(markdown: string, context: ShortcodeContext): string {
  const firstLine = context.firstLine ?? 1;
  const open: { name: string; index: number }[] = [];
  let out = '';
  let last = 0;

  // Text between shortcodes must not hold anything that looks like one: that would be a typo Hugo rejects too.
  const plain = (from: number, to: number) => {
    const segment = markdown.slice(from, to);
    const stray = segment.search(/\{\{[%<]/);
    if (stray >= 0) {
      const name = /^\{\{[%<]\s*\/?\s*([\w-]*)/.exec(segment.slice(stray))?.[1] || '?';
      throw new ShortcodeError(context.file, lineAt(markdown, from + stray, firstLine), name, 'malformed shortcode (expected {{% name args %}})');
    }
    return segment;
  };

  for (const match of markdown.matchAll(SHORTCODE)) {
    const [whole, , escapeStart, slash, name = '', rawArgs = '', escapeEnd] = match;
    const index = match.index;
    out += plain(last, index);
    last = index + whole.length;
    const line = () => lineAt(markdown, index, firstLine);

    if (escapeStart && escapeEnd) {
      // Hugo's escape (a comment inside the braces) shows the shortcode itself.
      out += whole
        .replace('/*', '')
        .replace('*/', '')
        .replace(/\{\{([%<])\s*/, '{{$1 ')
        .replace(/\s*([%>])\}\}$/, ' $1}}');
      continue;
    }

    if (name === 'notice') {
      if (slash) {
        if (open.pop()?.name !== 'notice') throw new ShortcodeError(context.file, line(), name, 'closing tag without an opening {{% notice %}}');
        out += NOTICE_CLOSING;
      } else {
        open.push({ name, index });
        out += noticeOpening(parseArgs(rawArgs), context.locale);
      }
    } else if (name === 'children' && !slash) {
      out += childrenList(context.children ?? []);
    } else {
      throw new ShortcodeError(context.file, line(), name, 'unknown shortcode (supported: notice, children)');
    }
  }

  const unclosed = open.pop();
  if (unclosed) {
    throw new ShortcodeError(context.file, lineAt(markdown, unclosed.index, firstLine), unclosed.name, 'opened here but never closed with {{% /notice %}}');
  }
  return out + plain(last, markdown.length);
}
