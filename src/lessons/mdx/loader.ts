/**
 * Astro content loader for MDX lessons in <course root>/content/lessons/<lang>/: Astro's glob loader, placed by
 * mdxLessonPlace, and quiet for a course without MDX lessons, which the glob loader would warn of as a mistake.
 */
import { readdir } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { mdxLessonPlace } from './place';

/** Whether the lessons folder (relative to the project, where the build runs) holds any MDX lesson. */
export async function hasMdxLessons(folder: string): Promise<boolean> {
  const names = await readdir(folder, { recursive: true });
  return names.some((name) => name.endsWith('.mdx'));
}

export function mdxLessonsLoader(options: { folder: string }): Loader {
  const mdx = glob({
    pattern: '**/*.mdx',
    base: options.folder,
    generateId: ({ entry }) => mdxLessonPlace(entry, `${options.folder}/${entry}`).id,
  });
  return {
    name: 'mdx-lessons',
    load: async (context) => {
      if (await hasMdxLessons(options.folder)) return mdx.load(context);
      context.store.clear();
    },
  };
}
