import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { hugoLessonsLoader } from './lessons/loader';

const lessons = defineCollection({
  loader: hugoLessonsLoader({ folder: 'content/lessons' }),
  schema: z.object({
    // From the Hugo front matter.
    title: z.string().min(1, 'title must not be empty'),
    date: z.coerce.date(),
    weight: z.number().int().default(0),
    // Added by the loader.
    lang: z.enum(['vi', 'en']),
    path: z.string(),
    parent: z.string().nullable(),
    kind: z.enum(['page', 'skill']),
    order: z.number(),
    anchors: z.array(z.object({ id: z.string(), text: z.string() })),
  }),
});

export const collections = { lessons };
