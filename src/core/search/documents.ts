/**
 * What search finds: lesson sections, question stems and glossary terms of one language, as small documents.
 * URLs come from the caller, so this module knows nothing of the site's base path or routes.
 */
import type { Locale } from '../locale';
import { lessonSections } from './lesson-sections';

export const SEARCH_KINDS = ['lesson', 'question', 'glossary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a result shows; it ships in the index file. */
export interface SearchDocument {
  kind: SearchKind;
  url: string;
  /** Section heading, question prompt or glossary term. */
  title: string;
  /** Shown under the title: the lesson page, the skill, or (glossary) the term in the other language. */
  context: string;
  text: string;
}

/** A document with the words that find it but are not shown (only their folded copies ship, in the index). */
export interface SearchSource extends SearchDocument {
  /** Glossary aliases and the other language's term, question tags. */
  keywords: string[];
}

/** Question stems are clipped: a scenario runs to several hundred characters and the index ships to every reader. */
export const MAX_QUESTION_TEXT = 200;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

export interface LessonPageSource {
  title: string;
  html: string;
  /** URL of the page, or of one of its anchors. */
  url: (anchor?: string) => string;
}

/** The page itself (its title and any text before the first label), then one document per anchored section. */
export function lessonDocuments(page: LessonPageSource): SearchSource[] {
  const sections = lessonSections(page.html);
  const intro = sections[0]?.id === null ? sections[0].text : '';
  const document = (title: string, url: string, text: string): SearchSource => ({ kind: 'lesson', url, title, context: page.title, text, keywords: [] });
  return [
    { ...document(page.title, page.url(), intro), context: '' },
    ...sections.flatMap((section) => (section.id === null ? [] : [document(section.heading, page.url(section.id), section.text)])),
  ];
}

/** The parts of a question (src/schemas/question.ts) that search shows. */
export interface QuestionStem {
  id: string;
  skill: string;
  tags: readonly string[];
  vi: { scenario: string; prompt: string };
  en: { scenario: string; prompt: string };
}

export function questionDocument(question: QuestionStem, lang: Locale, url: string): SearchSource {
  const { scenario, prompt } = question[lang];
  return { kind: 'question', url, title: prompt, context: `Skill ${question.skill}`, text: clip(scenario, MAX_QUESTION_TEXT), keywords: [...question.tags] };
}

export interface GlossaryTermText {
  vi: { term: string; definition: string };
  en: { term: string; definition: string };
  aliases: readonly string[];
}

/** A term found by its name in either language (an English query on the Vietnamese site) and by its aliases. */
export function glossaryDocument(term: GlossaryTermText, lang: Locale, url: string): SearchSource {
  const other = term[lang === 'vi' ? 'en' : 'vi'].term;
  return { kind: 'glossary', url, title: term[lang].term, context: other, text: term[lang].definition, keywords: [other, ...term.aliases] };
}

/**
 * The lesson pages worth indexing: every page except those split into skill pages, whose text the skill pages
 * already hold (the task page), so a search never offers the same section twice.
 */
export function searchablePages<P extends { path: string; parent: string | null; kind: 'page' | 'skill' }>(pages: readonly P[]): P[] {
  const split = new Set(pages.filter((page) => page.kind === 'skill').map((page) => page.parent));
  return pages.filter((page) => !split.has(page.path));
}
