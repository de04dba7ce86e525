/**
 * A case study: one shared scenario shown above each of its questions (docs/authoring.md).
 * Free of Astro imports, like the question schema.
 */
import { z } from './zod';
import { kebabCase, noUnknownKeys, nonEmptyText } from './question';

const scenario = (lang: string) => z.strictObject({ scenario: nonEmptyText(`${lang}.scenario`) }, noUnknownKeys(`the ${lang} block of a case`));

export const caseSchema = z.strictObject(
  {
    id: kebabCase('id'),
    title: z.strictObject({ vi: nonEmptyText('title.vi'), en: nonEmptyText('title.en') }, noUnknownKeys('title')),
    vi: scenario('vi'),
    en: scenario('en'),
  },
  noUnknownKeys('a case'),
);

export type Case = z.output<typeof caseSchema>;
