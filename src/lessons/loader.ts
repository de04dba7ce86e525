/** Astro content loader for Hugo lesson pages in <course root>/content/lessons/<lang>/. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { wrapTables } from './hugo-page';
import { buildLessonPages } from './lesson-pages';
import type { Locale } from '../core/locale';

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface HugoLessonsOptions {
  folder: string;
  /** "Bảng 2" / "Table 2": the caption of a lesson's n-th table, in the page's language. */
  tableCaption: (lang: Locale, n: number) => string;
}

export function hugoLessonsLoader(options: HugoLessonsOptions): Loader {
  return {
    name: 'hugo-lessons',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, options.folder);
      const files = await markdownFiles(folder);
      const sources = await Promise.all(
        files.map(async (path) => ({
          relativePath: relative(folder, path).split(sep).join('/'),
          file: relative(root, path).split(sep).join('/'),
          text: await readFile(path, 'utf8'),
        })),
      );
      const pages = buildLessonPages(sources, config.base);

      store.clear();
      for (const page of pages) {
        const data = await parseData({
          id: page.id,
          filePath: page.file,
          data: {
            ...page.frontMatter,
            title: page.title,
            lang: page.lang,
            path: page.path,
            parent: page.parent,
            kind: page.kind,
            skill: page.skill,
            order: page.order,
            anchors: page.anchors,
          },
        });
        const rendered = await renderMarkdown(page.markdown);
        rendered.html = wrapTables(rendered.html, (n) => options.tableCaption(page.lang, n));
        store.set({ id: page.id, data, rendered, filePath: page.file, digest: generateDigest(page.markdown) });
      }
      logger.info(`${pages.length} lesson pages from ${files.length} files`);

      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) logger.info(`lesson changed: ${relative(root, changed)}; restart dev to reload`);
      });
    },
  };
}
