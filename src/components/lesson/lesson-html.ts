/**
 * An MDX lesson's own text as HTML, rendered with its interactive components left out: for the search index and
 * the outline. It needs the components, hence this module's place in the components layer.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { OutlineItem } from '../../lessons/outline';
import { lessonOutline, type Lesson, type MdxLessonEntry } from '../../lib/lessons';
import { TEXT_COMPONENTS } from './components';

let container: Promise<AstroContainer> | undefined;

async function mdxText(entry: MdxLessonEntry): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  // The components read the page's language from the route's `lang`, as on the lesson's own page.
  return (await container).renderToString(Content, { props: { components: TEXT_COMPONENTS }, params: { lang: entry.id.split('/')[0] ?? '' } });
}

/** A lesson's own text as HTML, Hugo or MDX. */
export function lessonHtml(lesson: Lesson): Promise<string> {
  const { source } = lesson;
  return source.kind === 'hugo' ? Promise.resolve(source.entry.rendered?.html ?? '') : mdxText(source.entry);
}

export async function mdxLessonOutline(entry: MdxLessonEntry): Promise<OutlineItem[]> {
  const [{ headings }, html] = await Promise.all([render(entry), mdxText(entry)]);
  return lessonOutline(html, headings, []);
}
