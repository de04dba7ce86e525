import { parseSectionRef } from '../lessons/section-refs';
import type { Locale } from './ui';

/** Site-internal URL under the configured base path, always with a trailing slash. */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `${base}/${clean}/` : `${base}/`;
}

export function localePath(locale: Locale, path = ''): string {
  return sitePath(`${locale}/${path}`);
}

/** A lesson section reference (`task-2-2/skill-2-2-1#anchor`, the anchor optional) as a link in one language. */
export function sectionHref(locale: Locale, reference: string): string {
  const { path, anchor } = parseSectionRef(reference);
  return `${localePath(locale, `lessons/${path}`)}${anchor ? `#${anchor}` : ''}`;
}
