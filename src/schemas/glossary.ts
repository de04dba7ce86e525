/**
 * A glossary term of content/glossary/terms.yaml. Free of Astro imports, like the question schema, so scripts
 * and tests read the file with it too. Whether `section` names a real lesson section is checked against the
 * lessons at build time (src/lib/glossary.ts), not here.
 */
import { z } from './zod';
import { kebabCase, noUnknownKeys, nonEmptyText, SECTION_REFERENCE } from './question';

const termText = (lang: string) =>
  z.strictObject({ term: nonEmptyText(`${lang}.term`), definition: nonEmptyText(`${lang}.definition`) }, noUnknownKeys(`the ${lang} block of a term`));

export const glossaryTermSchema = z.strictObject(
  {
    id: kebabCase('id'),
    vi: termText('vi'),
    en: termText('en'),
    aliases: z.array(nonEmptyText('alias')).default([]),
    section: z.string().regex(SECTION_REFERENCE, {
      error: (issue) => `section ${JSON.stringify(issue.input)} is not a lesson path with an optional anchor, such as chapter/page#anchor`,
    }),
  },
  noUnknownKeys('a glossary term'),
);

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
