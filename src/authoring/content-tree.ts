/**
 * Reads the content folders of a project root into memory, so the checks and exporters stay pure functions
 * of text. A folder that is missing is recorded, not an error: fixture trees hold only what they test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LessonSource } from '../lessons/lesson-pages';
import { CONTENT_FOLDERS, COURSE_PATH, LIFECYCLE_PATH, PRICE_FILES, type PriceKey, type SourceFile } from './content-paths';

export interface ContentTree {
  questions: SourceFile[];
  cases: SourceFile[];
  lessons: LessonSource[];
  /** null when content/glossary/terms.yaml is absent. */
  glossary: SourceFile | null;
  /** null when content/pricing is absent; a missing single file is a SourceFile with text null. */
  pricing: Record<PriceKey, SourceFile | null> | null;
  /** content/pricing/model-lifecycle.json; null when absent. */
  lifecycle: SourceFile | null;
  /** content/course.json; null when absent (the build needs it: pages import it). */
  course: SourceFile | null;
  /** Folders (of CONTENT_FOLDERS) not present under the root. */
  missing: string[];
}

const posix = (path: string) => path.split(sep).join('/');

function filesUnder(root: string, folder: string, extension: string): SourceFile[] {
  const dir = join(root, folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: posix(join(folder, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

const readOptional = (root: string, file: string): SourceFile | null =>
  existsSync(join(root, file)) ? { file, text: readFileSync(join(root, file), 'utf8') } : null;

export function readContentTree(root: string): ContentTree {
  const present = (folder: string) => existsSync(join(root, folder));
  const missing = Object.values(CONTENT_FOLDERS).filter((folder) => !present(folder));
  const lessonsDir = join(root, CONTENT_FOLDERS.lessons);
  return {
    questions: present(CONTENT_FOLDERS.questions) ? filesUnder(root, CONTENT_FOLDERS.questions, '.yaml') : [],
    cases: present(CONTENT_FOLDERS.cases) ? filesUnder(root, CONTENT_FOLDERS.cases, '.yaml') : [],
    lessons: present(CONTENT_FOLDERS.lessons)
      ? filesUnder(root, CONTENT_FOLDERS.lessons, '.md').map((source) => ({
          ...source,
          relativePath: posix(relative(lessonsDir, join(root, source.file))),
        }))
      : [],
    glossary: readOptional(root, CONTENT_FOLDERS.glossary),
    pricing: present(CONTENT_FOLDERS.pricing)
      ? (Object.fromEntries(Object.entries(PRICE_FILES).map(([key, name]) => [key, readOptional(root, `${CONTENT_FOLDERS.pricing}/${name}`)])) as Record<
          PriceKey,
          SourceFile | null
        >)
      : null,
    lifecycle: readOptional(root, LIFECYCLE_PATH),
    course: readOptional(root, COURSE_PATH),
    missing,
  };
}
