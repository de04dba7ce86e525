import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { hugoLessonsLoader } from './lessons/loader';
import { t } from './i18n/ui';
import { glossaryTermSchema } from './schemas/glossary';
import { questionSchema } from './schemas/question';
import { caseSchema } from './schemas/case';
import { lessonFrontMatterSchema } from './schemas/lesson';
import { CONTENT_FOLDERS } from './authoring/content-paths';
import { coursePath } from './lib/course-root';
import { mdxLessonsLoader } from './lessons/mdx/loader';

const lessons = defineCollection({
  loader: hugoLessonsLoader({ folder: coursePath(CONTENT_FOLDERS.lessons), tableCaption: (lang, n) => t(lang, 'lesson.table', { n }) }),
  // The Hugo front matter, plus what the loader adds.
  schema: lessonFrontMatterSchema.extend({
    lang: z.enum(['vi', 'en']),
    path: z.string(),
    parent: z.string().nullable(),
    kind: z.enum(['page', 'skill']),
    skill: z.string().nullable(),
    order: z.number(),
    anchors: z.array(z.object({ id: z.string(), text: z.string() })),
  }),
});

// Instructors' MDX lessons beside the Hugo pages, placed by the same folder rules; src/lib/lessons.ts merges the two.
const mdxLessons = defineCollection({
  loader: mdxLessonsLoader({ folder: coursePath(CONTENT_FOLDERS.lessons) }),
  schema: lessonFrontMatterSchema,
});

const glossary = defineCollection({
  // NFC like the lessons, so folded search text and highlights line up with what is shown.
  loader: file(coursePath(CONTENT_FOLDERS.glossary), { parser: (text) => parseYaml(text.normalize('NFC')) as Record<string, unknown>[] }),
  schema: glossaryTermSchema,
});

// One question or case per YAML file; the shared zod schemas name the field and the reason of any error, and
// Astro adds the file. Checks across files (ids, cases, verify) run in src/lib/quiz/load.ts.
const questions = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: coursePath(CONTENT_FOLDERS.questions) }),
  schema: questionSchema,
});

const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: coursePath(CONTENT_FOLDERS.cases) }),
  schema: caseSchema,
});

export const collections = { lessons, mdxLessons, glossary, questions, cases };
