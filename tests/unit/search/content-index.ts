/**
 * The search indexes of the real content, built as the site builds them: lessons through the Hugo pipeline and
 * the Markdown processor, then the same extraction and documents. Tests pin real ranking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Locale } from '../../../src/core/locale';
import { glossaryDocument, lessonDocuments, questionDocument, searchablePages } from '../../../src/core/search/documents';
import { buildSearchIndex, type SearchIndexFile } from '../../../src/core/search/search-index';
import { wrapTables } from '../../../src/lessons/hugo-page';
import { buildLessonPages, type LessonPage } from '../../../src/lessons/lesson-pages';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { questionSchema } from '../../../src/schemas/question';

const root = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const filesUnder = (dir: string, ext: string) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length))
    .sort();

export function lessonPages(): LessonPage[] {
  const sources = filesUnder('content/lessons', '.md').map((file) => ({ relativePath: file.slice('content/lessons/'.length), file, text: read(file) }));
  return buildLessonPages(sources, '/');
}

export function glossary() {
  return z.array(glossaryTermSchema).parse(parseYaml(read('content/glossary/terms.yaml').normalize('NFC')));
}

/** The question bank; a file that fails the schema fails these tests, as it fails the build. */
export function questions() {
  return filesUnder('content/questions', '.yaml').map((file) => questionSchema.parse(parseYaml(read(file).normalize('NFC'))));
}

const lessonUrl = (lang: Locale, path: string, anchor?: string) => `/${lang}/lessons/${path}/${anchor ? `#${anchor}` : ''}`;

export async function contentIndex(lang: Locale): Promise<SearchIndexFile> {
  const processor = await createSatteriMarkdownProcessor();
  const pages = searchablePages(lessonPages().filter((page) => page.lang === lang));
  const lessons = await Promise.all(
    pages.map(async (page) => {
      const html = wrapTables((await processor.render(page.markdown)).code, (n) => `Table ${n}`);
      return lessonDocuments({ title: page.title, html, url: (anchor) => lessonUrl(lang, page.path, anchor) });
    }),
  );
  return buildSearchIndex(lang, [
    ...lessons.flat(),
    ...questions().map((question) => questionDocument(question, lang, `/${lang}/quiz/?q=${question.id}`)),
    ...glossary().map((term) => glossaryDocument(term, lang, `/${lang}/glossary/#${term.id}`)),
  ]);
}
