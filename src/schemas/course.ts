/**
 * The schema of content/course.json: what the course is (exam, the part of it the lessons cover, its title per
 * language). Pages, exports and the web app manifest name the course from this file, never from code.
 */
import { z } from './zod';
import { LESSON_TOPICS } from './lesson-topics';
import { SECTION_REFERENCE } from './question';

const text = z.string().trim().min(1, 'must be non-empty text');

export const courseSchema = z.strictObject({
  exam: z.strictObject({ code: text, name: text }),
  /** The part of the exam the lessons cover, and the lesson page that opens it (below /<lang>/lessons/). */
  scope: z.strictObject({
    label: text,
    lessons: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'must be a lesson page path such as chapter/page'),
  }),
  title: z.strictObject({ vi: text, en: text }),
  /** The installed app's name under its icon: 12 characters at most. */
  shortName: text.max(12, 'must be 12 characters at most (it sits under an app icon)'),
  languages: z.array(z.enum(['vi', 'en'])).min(1, 'must list at least one language'),
  /** The lesson section behind each topic the simulator's explanations name; a topic left out gets no link. */
  simulatorSections: z
    .strictObject(
      Object.fromEntries(
        LESSON_TOPICS.map((topic) => [topic, z.string().regex(SECTION_REFERENCE, 'must be a lesson page path with an optional #anchor').optional()]),
      ) as Record<(typeof LESSON_TOPICS)[number], z.ZodOptional<z.ZodString>>,
    )
    .optional(),
});

export type Course = z.output<typeof courseSchema>;
