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
