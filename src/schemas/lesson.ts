/** Hugo front matter of a lesson page: shared by the lessons collection and the content check. */
import { z } from './zod';

export const lessonFrontMatterSchema = z.looseObject({
  title: z.string({ error: 'title is missing or not text (the page title)' }).trim().min(1, 'title is empty (the page title)'),
  date: z.coerce.date({ error: 'date is missing or not a date (YYYY-MM-DD)' }),
  weight: z.int({ error: 'weight is not a whole number (the page position among its siblings)' }).optional(),
});
