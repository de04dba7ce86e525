/**
 * Accent folding for matching Vietnamese typed with or without diacritics.
 *
 * foldText maps every character of the NFC text to exactly one character (NFD, drop combining marks,
 * đ/Đ -> d, lower case), so the folded string has the NFC string's length and a match index in the
 * folded text points at the same characters of `s.normalize('NFC')`: search and the router highlight
 * the user's original spelling. A character whose fold would change the length (a lone combining mark,
 * a Hangul syllable, 'İ') keeps its NFC form, lower-cased where that is length-safe.
 */

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Folds of the non-ASCII characters seen so far; text draws on a few hundred distinct ones. */
const foldedChars = new Map<string, string>();

function foldChar(c: string): string {
  const stripped = c.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
  if (stripped.length === c.length) return stripped;
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

export function foldText(s: string): string {
  // Most queries and identifiers are ASCII: the native lower case is both exact and fastest there.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s.normalize('NFC')) {
    let folded = foldedChars.get(c);
    if (folded === undefined) {
      folded = foldChar(c);
      foldedChars.set(c, folded);
    }
    out += folded;
  }
  return out;
}
