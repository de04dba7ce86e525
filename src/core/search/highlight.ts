/**
 * Which characters of a result to mark. Matching runs on folded text (src/core/text-fold.ts), which has the
 * original's length, so a range found in the folded text marks the same characters of the original spelling.
 */

/** Start and end (exclusive) of a marked run. */
export type Range = readonly [start: number, end: number];

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text.charAt(at - 1));
}

/** The words of a folded query, each once, in order. */
export function queryWords(foldedQuery: string): string[] {
  return [...new Set(foldedQuery.match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** Where `needle` occurs at the start of a word of `text` (so "thu" matches "thù" but not "thức"'s inside). */
export function wordStartMatches(text: string, needle: string): Range[] {
  const ranges: Range[] = [];
  if (!needle) return ranges;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWordStart(text, at)) ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/** Edit distance counting an adjacent transposition as one edit ("throtle" -> "throttle" is 1). */
export function editDistance(a: string, b: string): number {
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforeLast[j - 2]! + 1);
      row.push(best);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/**
 * Typos forgiven in a query word, about as many as Fuse's threshold of 0.3 lets through, but none in words under
 * five letters (most Vietnamese syllables), where one typo makes another word.
 */
function typosAllowed(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * Whether the word `candidate` begins like `word` give or take its allowed typos ("throttling" for "throtle").
 * The first letter must agree: typos there are rare, and checking it first keeps this cheap.
 */
export function isTypoOf(word: string, candidate: string): boolean {
  const allowed = typosAllowed(word);
  if (allowed === 0 || candidate[0] !== word[0]) return false;
  return [-1, 0, 1].some((delta) => {
    const prefix = candidate.slice(0, word.length + delta);
    return prefix.length >= word.length - allowed && editDistance(word, prefix) <= allowed;
  });
}

/** Whole words that begin like `word` give or take its allowed typos, so a misspelt query still marks something. */
function typoMatches(text: string, word: string): Range[] {
  if (typosAllowed(word) === 0) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (isTypoOf(word, match[0])) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

export interface WordMatching {
  /** Match the start of a longer word: the query's last word may still be being typed. */
  prefix: boolean;
  typos: boolean;
}

/**
 * Where a query word occurs in `text`: as a whole word; failing that, as the start of a word (`prefix`);
 * failing that, as a word a typo or two away (`typos`).
 */
export function wordRanges(text: string, word: string, { prefix, typos }: WordMatching): Range[] {
  const starts = wordStartMatches(text, word);
  const whole = starts.filter(([, end]) => end === text.length || !WORD_CHAR.test(text.charAt(end)));
  if (whole.length > 0) return whole;
  if (prefix && starts.length > 0) return starts;
  return typos ? typoMatches(text, word) : [];
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Ranges of `foldedText` to mark for `foldedQuery`: the whole phrase where it occurs (as whole words if it can,
 * else with its last word cut short); otherwise each query word as wordRanges finds it, typos included, only the last as a prefix.
 * One-letter words are not marked unless they are the whole query.
 */
export function highlightRanges(foldedText: string, foldedQuery: string): Range[] {
  const words = queryWords(foldedQuery);
  if (words.length === 0) return [];
  const phrase = wordRanges(foldedText, words.join(' '), { prefix: true, typos: false });
  if (phrase.length > 0) return phrase;
  return merge(
    words.flatMap((word, at) => {
      const last = at === words.length - 1;
      if (word.length === 1 && words.length > 1) return [];
      return wordRanges(foldedText, word, { prefix: last, typos: true });
    }),
  );
}

/**
 * At most `max` characters of `text` around its first marked range (ranges moved to match), so a long
 * section shows the words that matched. Cuts fall on spaces and are shown with an ellipsis.
 */
export function snippet(text: string, ranges: readonly Range[], max: number): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: ranges.filter(([from, to]) => from >= start && to <= end).map(([from, to]) => [from + shift, to + shift] as const),
  };
}

/** `text` as runs to render, each marked or not. */
export function markSegments(text: string, ranges: readonly Range[]): { text: string; mark: boolean }[] {
  const segments: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
