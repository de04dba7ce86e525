/** Small text rules shared by the schemas and their messages; free of zod so browser code can use them cheaply. */

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A value as it appears in a message, the one way every validator shows it: strings quoted, so an empty or padded
 * string is visible; numbers as written, NaN and Infinity included; long values cut.
 */
export function show(value: unknown): string {
  const text = value === undefined ? '(missing)' : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
