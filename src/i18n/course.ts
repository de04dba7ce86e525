/**
 * The course as content/course.json names it, for the interface strings, pages and exports. The file is checked
 * against src/schemas/course.ts by the content check, which the build runs; here it is only typed.
 */
import courseFile from '../../content/course.json' with { type: 'json' };
import type { Course } from '../schemas/course';

export const course = courseFile as Course;

/** "AIP-C01 · Task 2.2": the site's short name. */
export const courseShortName = `${course.exam.code} · ${course.scope.label}`;
