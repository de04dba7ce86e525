/** The search index file of one language, from the lessons, the question bank the quiz serves and the glossary. */
import { glossaryDocument, lessonDocuments, questionDocument, searchablePages } from '../core/search/documents';
import { buildSearchIndex, type SearchIndexFile } from '../core/search/search-index';
import { localePath } from '../i18n/paths';
import type { Locale } from '../i18n/ui';
import { sectionHref } from '../i18n/paths';
import { glossaryHref, glossaryTerms } from './glossary';
import { allLessons, type Lesson } from './lessons';
import { loadQuizBank } from './quiz/load';

/**
 * `lessonHtml` gives a lesson's own text as HTML: the pages layer renders it, since an MDX lesson needs its
 * components to render (src/components/lesson/lesson-html.ts).
 */
export async function searchIndexFile(lang: Locale, lessonHtml: (lesson: Lesson) => Promise<string>): Promise<SearchIndexFile> {
  const entries = await allLessons(lang);
  const pages = searchablePages(await Promise.all(entries.map(async (lesson) => ({ ...lesson, html: await lessonHtml(lesson) }))));
  const lessons = pages.flatMap((page) =>
    lessonDocuments({ title: page.title, html: page.html, url: (anchor) => sectionHref(lang, anchor ? `${page.path}#${anchor}` : page.path) }),
  );
  // The bank the quiz page serves, so every question found opens there.
  const quiz = localePath(lang, 'quiz');
  const questions = (await loadQuizBank()).questions.map((question) => questionDocument(question, lang, `${quiz}?q=${question.id}`));
  const glossary = (await glossaryTerms()).map((term) => glossaryDocument(term.data, lang, glossaryHref(lang, term.id)));
  return buildSearchIndex(lang, [...lessons, ...questions, ...glossary]);
}
