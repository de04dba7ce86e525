/**
 * The lessons of both sources as one list: Hugo pages (collection `lessons`) and MDX files (collection
 * `mdxLessons`), so the menu, previous/next, breadcrumbs, the read mark and search see every page alike.
 */
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_FOLDERS } from '../authoring/content-paths';
import { shippedPresets } from '../core/shipped-data';
import { localePath } from '../i18n/paths';
import { otherLocale, type Locale } from '../i18n/ui';
import type { Anchor } from '../lessons/hugo-page';
import { formatUsageProblem, lessonComponentProblems } from '../lessons/mdx/components';
import { hasMdxLessons } from '../lessons/mdx/loader';
import { mdxLessonPlace, pageClashes } from '../lessons/mdx/place';
import { lessonTree, readingOrder, type NavNode, type NavPage } from '../lessons/navigation';
import { pageOutline, type OutlineItem } from '../lessons/outline';
import { coursePath } from './course-root';
import { loadQuizBank } from './quiz/load';

export type HugoLessonEntry = CollectionEntry<'lessons'>;
export type MdxLessonEntry = CollectionEntry<'mdxLessons'>;

export interface Lesson extends NavPage {
  lang: Locale;
  /** A Hugo `### Skill` section is a page of its own ("skill"); every other page, MDX ones too, is a "page". */
  kind: 'page' | 'skill';
  /** The file, relative to the project, for messages. */
  file: string;
  source: { kind: 'hugo'; entry: HugoLessonEntry } | { kind: 'mdx'; entry: MdxLessonEntry };
}

export interface LessonLink extends NavPage {
  href: string;
  lang: Locale;
}

function hugoLesson(entry: HugoLessonEntry): Lesson {
  const { lang, path, parent, title, order, kind } = entry.data;
  return { id: entry.id, lang, path, parent, title, order, kind, file: entry.filePath ?? entry.id, source: { kind: 'hugo', entry } };
}

function mdxLesson(entry: MdxLessonEntry): Lesson {
  const file = entry.filePath ?? entry.id;
  const place = mdxLessonPlace(posix.relative(coursePath(CONTENT_FOLDERS.lessons), file), file);
  // The weight orders siblings, as in Hugo pages: no weight sorts first.
  return { ...place, title: entry.data.title, order: entry.data.weight ?? 0, kind: 'page', file, source: { kind: 'mdx', entry } };
}

/** The MDX lessons, if the course has any: Astro warns of an empty collection as of a broken config. */
async function mdxEntries(): Promise<MdxLessonEntry[]> {
  return (await hasMdxLessons(coursePath(CONTENT_FOLDERS.lessons))) ? getCollection('mdxLessons') : [];
}

/** Every lesson page, or those of one language; fails when two files would build the same page. */
export async function allLessons(locale?: Locale): Promise<Lesson[]> {
  const [hugo, mdx] = await Promise.all([getCollection('lessons'), mdxEntries()]);
  const lessons = [...hugo.map(hugoLesson), ...mdx.map(mdxLesson)];
  const clashes = pageClashes(lessons);
  if (clashes.length) throw new Error(clashes.join('\n'));
  return locale === undefined ? lessons : lessons.filter((lesson) => lesson.lang === locale);
}

/**
 * Checks the components every MDX lesson uses (panel views and presets, question ids) against the presets and
 * the question bank; fails the build with the file, line and reason of each mistake.
 */
export async function checkMdxLessons(lessons: readonly Lesson[]): Promise<void> {
  const mdx = lessons.filter((lesson) => lesson.source.kind === 'mdx');
  if (mdx.length === 0) return;
  const { questions } = await loadQuizBank();
  const context = { presets: shippedPresets, questionIds: new Set(questions.map((question) => question.id)) };
  // The build runs from the project root, as npm scripts do, and file paths are relative to it.
  const problems = await Promise.all(
    mdx.map(async ({ file }) => lessonComponentProblems(await readFile(file, 'utf8'), context).map((problem) => formatUsageProblem(file, problem))),
  );
  const errors = problems.flat();
  if (errors.length) throw new Error(`The MDX lessons have ${errors.length} error(s):\n${errors.join('\n')}`);
}

export function lessonLink({ id, lang, path, parent, title, order }: Lesson): LessonLink {
  return { id, lang, path, parent, title, order, href: localePath(lang, `lessons/${path}`) };
}

export async function lessonsOf(locale: Locale): Promise<{ links: LessonLink[]; tree: NavNode<LessonLink>[]; order: LessonLink[] }> {
  const links = (await allLessons(locale)).map(lessonLink);
  const tree = lessonTree(links);
  return { links, tree, order: readingOrder(tree) };
}

/** The same page in the other language, when there is one. */
export async function alternateHref(lesson: Lesson): Promise<string | undefined> {
  const other = otherLocale(lesson.lang);
  const counterpart = (await allLessons(other)).some((candidate) => candidate.path === lesson.path);
  return counterpart ? localePath(other, `lessons/${lesson.path}`) : undefined;
}

/** The "on this page" outline of a lesson's rendered HTML: its h2 and h3 headings and (Hugo pages) its labels. */
export function lessonOutline(html: string, headings: readonly MarkdownHeading[], labels: Anchor[]): OutlineItem[] {
  return pageOutline(
    html,
    headings.map((heading) => ({ id: heading.slug, text: heading.text, depth: heading.depth })),
    labels,
  );
}
