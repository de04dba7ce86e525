/** The glossary: each term through its schema, unique ids, and sections that exist in every language. */
import { z } from '../../schemas/zod';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary';
import { show } from '../../schemas/question';
import type { SourceFile } from '../content-paths';
import type { Problem } from '../problems';
import { danglingSection, type PagesByLocale } from './bank';
import { error, validateYaml } from './schema-problems';

const glossarySchema = z.array(glossaryTermSchema, { error: 'the glossary must be a YAML list of terms' });

export function checkGlossary(file: SourceFile, pages: PagesByLocale | null): Problem[] {
  const { source, data, problems } = validateYaml(file, glossarySchema);
  if (!data) return problems;
  const seen = new Map<string, number>();
  const duplicates = data.flatMap((term: GlossaryTerm, index: number) => {
    const first = seen.get(term.id);
    seen.set(term.id, first ?? index);
    return first === undefined
      ? []
      : [
          error(
            source,
            source.lineOf([index, 'id']),
            `[${index}].id`,
            `id ${show(term.id)} is also used by term [${first}] on line ${source.lineOf([first, 'id'])} (ids must be unique)`,
          ),
        ];
  });
  const dangling = pages
    ? data.flatMap((term, index) => {
        const problem = danglingSection(term.section, pages);
        return problem ? [error(source, source.lineOf([index, 'section']), `[${index}].section`, `section ${problem}`)] : [];
      })
    : [];
  return [...problems, ...duplicates, ...dangling];
}
