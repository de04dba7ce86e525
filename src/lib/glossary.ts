/** Glossary collection queries shared by the glossary page and the search index. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { danglingSection, type PagesByLocale } from '../authoring/check/bank';
import { localePath } from '../i18n/paths';
import type { Locale } from '../i18n/ui';

export type GlossaryEntry = CollectionEntry<'glossary'>;

export function glossaryHref(locale: Locale, id?: string): string {
  return `${localePath(locale, 'glossary')}${id ? `#${id}` : ''}`;
}

/**
 * Every term, after checking that each `section` names a lesson page, and anchor, in every language: a term
 * must never link to a section that is not there. Fails the build listing every broken reference.
 */
export async function glossaryTerms(): Promise<GlossaryEntry[]> {
  const terms = await getCollection('glossary');
  if (terms.length === 0) throw new Error('content/glossary/terms.yaml: no glossary terms were loaded (see the error above)');
  const lessons = await getCollection('lessons');
  const pagesIn = (lang: Locale) => lessons.filter((entry) => entry.data.lang === lang).map((entry) => entry.data);
  const pages: PagesByLocale = { vi: pagesIn('vi'), en: pagesIn('en') };
  const broken = terms.flatMap((term) => {
    const problem = danglingSection(term.data.section, pages);
    return problem ? [`${term.id}: section ${problem}`] : [];
  });
  if (broken.length > 0) throw new Error(`content/glossary/terms.yaml:\n  ${broken.join('\n  ')}`);
  return terms;
}
