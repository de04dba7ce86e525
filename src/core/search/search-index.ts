/**
 * The search index: built once at build time per language, loaded in the browser, queried as the reader types.
 *
 * Text is folded (src/core/text-fold.ts) at build time and the query the same way, so "du doan duoc" finds
 * "dự đoán được" with no folding per search. The index file carries the documents in their original spelling
 * (for display and highlighting) and Fuse's prebuilt index of the folded text.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Locale } from '../locale';
import { foldText } from '../text-fold';
import { SEARCH_KINDS, type SearchDocument, type SearchKind, type SearchSource } from './documents';
import { highlightRanges, isTypoOf, queryWords, snippet, wordRanges, wordStartMatches, type Range } from './highlight';

/** Bumped when the file's shape changes, so a cached file of another shape is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 1;

type SerializedIndex = ReturnType<FuseIndex<SearchDocument>['toJSON']>;

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  lang: Locale;
  documents: SearchDocument[];
  index: SerializedIndex;
}

// A heading or term that matches says more than a match somewhere in a paragraph.
const KEYS = [
  { name: 'title', weight: 3 },
  { name: 'keywords', weight: 2 },
  { name: 'text', weight: 1 },
] as const;
const TITLE = 0;
const KEYWORDS = 1;
const TEXT = 2;

export function buildSearchIndex(lang: Locale, sources: readonly SearchSource[]): SearchIndexFile {
  const keys = KEYS.map((key) => ({
    ...key,
    getFn: (source: SearchSource) => (key.name === 'keywords' ? source.keywords.map(foldText) : foldText(source[key.name])),
  }));
  const index = Fuse.createIndex(keys, sources);
  const documents = sources.map(({ kind, url, title, context, text }) => ({ kind, url, title, context, text }));
  return { version: SEARCH_INDEX_VERSION, lang, documents, index: index.toJSON() };
}

interface FoldedFields {
  title: string;
  keywords: string[];
  text: string;
}

export interface LoadedSearchIndex {
  lang: Locale;
  documents: readonly SearchDocument[];
  /** Folded copies of each document's fields, read from the index rather than folded again. */
  folded: readonly FoldedFields[];
  /** Fuse's extended search: documents holding the query's words (or their spellings) as typed, folded. */
  exact: Fuse<SearchDocument>;
  /** Every distinct word of the folded fields: where a misspelt query word finds the spellings it may mean. */
  vocabulary: readonly string[];
  /** Words of the vocabulary a typo or two from a query word, kept per word: a reader types the same words over. */
  misspelt: Map<string, string[]>;
}

const MATCHING: IFuseOptions<SearchDocument> = {
  keys: KEYS.map((key) => ({ ...key })),
  includeScore: true,
  useExtendedSearch: true,
};

export function loadSearchIndex(file: SearchIndexFile): LoadedSearchIndex {
  if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${String(file.version)}, expected ${SEARCH_INDEX_VERSION}`);
  const index = Fuse.parseIndex<SearchDocument>(file.index);
  const folded = file.documents.map<FoldedFields>(() => ({ title: '', keywords: [], text: '' }));
  for (const record of index.records) {
    const fields = folded[record.i];
    const values = (key: number) => {
      const value = record.$?.[key];
      return value === undefined ? [] : Array.isArray(value) ? value.map((sub) => sub.v) : [value.v];
    };
    if (fields) Object.assign(fields, { title: values(TITLE)[0] ?? '', keywords: values(KEYWORDS), text: values(TEXT)[0] ?? '' });
  }
  const vocabulary = new Set(folded.flatMap((fields) => queryWords([fields.title, ...fields.keywords, fields.text].join(' '))));
  return {
    lang: file.lang,
    documents: file.documents,
    folded,
    vocabulary: [...vocabulary],
    misspelt: new Map(),
    exact: new Fuse(file.documents, MATCHING, index),
  };
}

const PARTIAL = 5;

/**
 * How well a document matches, lower is better: the query as a phrase at a word start in the title (0), in a
 * keyword (1), in the text (2); every query word as a whole word somewhere, the last perhaps as a prefix (3);
 * the same, typos forgiven (4); some words only, or words only inside other words (5). Fuse's score orders
 * documents within a tier.
 */
export function matchTier(fields: FoldedFields, foldedQuery: string): number {
  const words = queryWords(foldedQuery);
  const phrase = words.join(' ');
  const tier = [[fields.title], fields.keywords, [fields.text]].findIndex((texts) => texts.some((text) => wordStartMatches(text, phrase).length > 0));
  if (tier >= 0) return tier;
  const everywhere = [fields.title, ...fields.keywords, fields.text];
  const found = (typos: boolean) =>
    words.every((word, at) => everywhere.some((text) => wordRanges(text, word, { prefix: at === words.length - 1, typos }).length > 0));
  return found(false) ? 3 : found(true) ? 4 : PARTIAL;
}

export interface SearchHit {
  lang: Locale;
  document: SearchDocument;
  tier: number;
  score: number;
  /** Ranges of the title to mark. */
  title: Range[];
  /** Part of the text around the first match, with its ranges to mark. */
  snippet: { text: string; ranges: Range[] };
}

export const MAX_QUERY_LENGTH = 100;
export const SNIPPET_LENGTH = 160;

type Candidate = Omit<SearchHit, 'title' | 'snippet'> & { fields: FoldedFields };

/** Below this many exact matches, typo-forgiving matches are looked for too ("quantisation" is a glossary alias). */
const FEW_EXACT = 5;

/** The words of the index that `word` may be a misspelling of (none for short words: see isTypoOf). */
function spellingsOf(index: LoadedSearchIndex, word: string): string[] {
  let spellings = index.misspelt.get(word);
  if (!spellings) {
    spellings = index.vocabulary.filter((candidate) => candidate !== word && isTypoOf(word, candidate));
    index.misspelt.set(word, spellings);
  }
  return spellings;
}

/** Fuse's extended search for documents holding one of `spellings` in any field ('word: includes the word). */
function anySpelling(spellings: readonly string[]) {
  return { $or: KEYS.flatMap((key) => spellings.map((word) => ({ [key.name]: `'${word}` }))) };
}

/** Whether any field holds one of `spellings` anywhere, as Fuse's include-match finds it. */
function holds(fields: FoldedFields, spellings: readonly string[]): boolean {
  return spellings.some((word) => fields.title.includes(word) || fields.text.includes(word) || fields.keywords.some((keyword) => keyword.includes(word)));
}

/** The most consecutive query words that a field holds as a phrase at a word start. */
function longestPhrase(fields: FoldedFields, words: readonly string[]): number {
  const texts = [fields.title, ...fields.keywords, fields.text];
  for (let length = words.length; length > 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const phrase = words.slice(start, start + length).join(' ');
      if (texts.some((text) => wordStartMatches(text, phrase).length > 0)) return length;
    }
  }
  return 1;
}

/**
 * A partial match's rank, lower is better: the fewer query words it misses, then the longer the run of them it
 * holds as written ("chi phi co" of "chi phi co dnh"), then Fuse's score (below 1, as is the second term).
 */
function partialRank(fields: FoldedFields, spellings: readonly string[][], score: number): number {
  const missing = spellings.filter((group) => !holds(fields, group)).length;
  const words = spellings.map(([word]) => word!);
  return missing + (words.length - longestPhrase(fields, words) + score) / words.length;
}

/**
 * Documents holding every query word (in any field, in any order); when few do, also those holding every word
 * or a word of the index a typo or two from it; when none do, those holding the most of the words, so a typo
 * in a short word ("chi phi co dnh") or a word the text never uses ("six month commitment") still finds
 * something. Misspellings are looked up in the index's vocabulary: fuzzy matching over all the text would
 * cost ten times as much.
 */
function candidates(index: LoadedSearchIndex, foldedQuery: string): Candidate[] {
  const words = queryWords(foldedQuery);
  const scores = new Map<number, number>();
  const add = (results: FuseResult<SearchDocument>[], rank = (score: number, _at: number) => score) =>
    results.forEach(({ refIndex, score = 1 }) => scores.set(refIndex, Math.min(rank(score, refIndex), scores.get(refIndex) ?? Infinity)));
  add(index.exact.search({ $and: words.map((word) => anySpelling([word])) }));
  const spellings = words.map((word) => [word, ...(scores.size < FEW_EXACT ? spellingsOf(index, word) : [])]);
  if (scores.size < FEW_EXACT && spellings.some((group) => group.length > 1)) add(index.exact.search({ $and: spellings.map(anySpelling) }));
  if (scores.size === 0 && words.length > 1)
    add(index.exact.search({ $or: spellings.map(anySpelling) }), (score, at) => partialRank(index.folded[at]!, spellings, score));
  return [...scores].map(([at, score]) => {
    const fields = index.folded[at]!;
    return { lang: index.lang, document: index.documents[at]!, fields, tier: matchTier(fields, foldedQuery), score };
  });
}

/** The best `limit` documents of one or more indexes (one per language) for `query`, with what to mark. */
export function search(indexes: readonly LoadedSearchIndex[], query: string, limit = 30): SearchHit[] {
  const foldedQuery = foldText(query.trim().slice(0, MAX_QUERY_LENGTH));
  if (queryWords(foldedQuery).length === 0) return [];
  const found = indexes.flatMap((index) => candidates(index, foldedQuery));
  // Partial matches are mostly noise; they are shown only when nothing matches better.
  const best = Math.min(...found.map((hit) => hit.tier));
  return found
    .filter((hit) => hit.tier < PARTIAL || best === PARTIAL)
    .sort((a, b) => a.tier - b.tier || a.score - b.score)
    .slice(0, limit)
    .map(({ fields, ...hit }) => ({
      ...hit,
      title: highlightRanges(fields.title, foldedQuery),
      snippet: snippet(hit.document.text, highlightRanges(fields.text, foldedQuery), SNIPPET_LENGTH),
    }));
}

/** Hits grouped by kind, in the order lessons, questions, glossary; kinds with no hit are left out. */
export function groupByKind(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.document.kind === kind) })).filter((group) => group.hits.length > 0);
}
