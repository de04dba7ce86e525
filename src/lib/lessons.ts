/** Lesson collection queries shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localePath } from '../i18n/paths';
import type { Locale } from '../i18n/ui';
import { lessonTree, readingOrder, type NavNode, type NavPage } from '../lessons/navigation';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface LessonLink extends NavPage {
  href: string;
  lang: Locale;
}

export function lessonLink(entry: LessonEntry): LessonLink {
  const { lang, path, parent, title, order } = entry.data;
  return { id: entry.id, lang, path, parent, title, order, href: localePath(lang, `lessons/${path}`) };
}

export async function lessonsOf(locale: Locale): Promise<{ entries: LessonEntry[]; links: LessonLink[]; tree: NavNode<LessonLink>[]; order: LessonLink[] }> {
  const entries = await getCollection('lessons', (entry) => entry.data.lang === locale);
  const links = entries.map(lessonLink);
  const tree = lessonTree(links);
  return { entries, links, tree, order: readingOrder(tree) };
}
