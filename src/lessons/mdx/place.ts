/**
 * Where an MDX lesson goes, from its file alone, by the rules of the Hugo pages beside it:
 * content/lessons/<lang>/<path>.mdx is /<lang>/lessons/<path>/, and a folder's _index.mdx is the folder's page.
 */
import { LOCALES, type Locale } from '../../core/locale';

export interface LessonPlace {
  /** "<lang>/<path>", the id Hugo pages have too: the reading progress keys on it. */
  id: string;
  lang: Locale;
  path: string;
  parent: string | null;
}

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** `relativePath` is below the lessons folder ("vi/lab.mdx"); `file` names the file in the error. */
export function mdxLessonPlace(relativePath: string, file: string): LessonPlace {
  const [lang = '', ...rest] = relativePath.split('/');
  if (!isLocale(lang) || rest.length === 0) {
    throw new Error(`${file}: lessons live in content/lessons/<${LOCALES.join('|')}>/; move this file into a language folder`);
  }
  const path = rest
    .join('/')
    .replace(/\.mdx$/, '')
    .replace(/(^|\/)_?index$/, '');
  const cut = path.lastIndexOf('/');
  return { id: `${lang}/${path}`, lang, path, parent: cut < 0 ? null : path.slice(0, cut) };
}

/** Two files that would build the same page (a Hugo page and an MDX page, say): one message per clash. */
export function pageClashes(pages: readonly { id: string; file: string }[]): string[] {
  const fileOf = new Map<string, string>();
  const clashes: string[] = [];
  for (const { id, file } of pages) {
    const first = fileOf.get(id);
    if (first === undefined) fileOf.set(id, file);
    else clashes.push(`${file}: the page ${id} is already built from ${first}; rename or remove one of them`);
  }
  return clashes;
}

/** The locale of the page a lesson component renders in: the route's `lang` parameter (Astro.params.lang). */
export function lessonLocale(lang: string | undefined): Locale {
  if (lang === undefined || !isLocale(lang))
    throw new Error(`a lesson component renders only on a lesson page under /${LOCALES.join('/ or /')}/, not under "${lang}"`);
  return lang;
}
