/**
 * The folder whose `content/` the site is built from: the project itself, or the folder named by COURSE_ROOT
 * (another course, or the test fixture course). The price data and the simulator stay the project's.
 */
import { posix } from 'node:path';

export const courseRoot = process.env.COURSE_ROOT ?? '.';

/** "content/questions" below the course root, relative to the project as Astro's loaders want it. */
export const coursePath = (contentPath: string): string => posix.join(courseRoot, contentPath);
