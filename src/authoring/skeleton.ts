/**
 * A new question file for `npm run new:question` and the studio, or a new case for the studio: valid against the schema as written, with every text a TODO
 * placeholder that the content check reports as a warning until the author replaces it (docs/authoring.md).
 */
import { stringify } from 'yaml';
import type { QuestionType, Skill } from '../schemas/question';

const TODO = 'TODO';

const texts = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, `${TODO} ${field}`]));
const bilingual = (fields: readonly string[]) => ({ vi: texts(fields), en: texts(fields) });

const optionIds = (count: number) => ['a', 'b', 'c', 'd', 'e'].slice(0, count);

function choiceOptions(correct: readonly string[], count: number) {
  return optionIds(count).map((id) => ({
    id,
    ...(correct.includes(id) ? { correct: true } : { misconception: `todo-misconception-${id}` }),
    ...bilingual(['text', 'feedback']),
  }));
}

const plainOptions = (count: number) => optionIds(count).map((id) => ({ id, ...bilingual(['text', 'feedback']) }));

/** The fields only one type has, with the smallest sensible shape. */
function typeFields(type: QuestionType): Record<string, unknown> {
  switch (type) {
    case 'single':
      return { options: choiceOptions(['a'], 4) };
    case 'multiple':
      return { options: choiceOptions(['a', 'b'], 5), select: 2 };
    case 'ordering':
      return { options: plainOptions(4), order: optionIds(4) };
    case 'matching':
      return {
        items: ['p1', 'p2', 'p3'].map((id) => ({ id, vi: { text: `${TODO} text` }, en: { text: `${TODO} text` } })),
        options: plainOptions(4),
        pairs: { p1: 'a', p2: 'b', p3: 'c' },
      };
  }
}

/** "1.4.2" + "multiple" -> "q142-new-multiple"; authors pass --id for a real name. */
export const defaultQuestionId = (skill: Skill, type: QuestionType) => `q${skill.replaceAll('.', '')}-new-${type}`;

/** `lessonPath` is the skill's lesson page, the first reference an author keeps or narrows. */
export function questionSkeleton(options: { id: string; skill: Skill; lessonPath: string; type: QuestionType; today: string }): string {
  const { id, skill, lessonPath, type, today } = options;
  const question = {
    id,
    skill,
    type,
    difficulty: 2,
    tags: ['todo'],
    references: [lessonPath],
    provenance: { source: `${TODO} source`, verified: today },
    ...bilingual(['scenario', 'prompt', 'explanation']),
    ...typeFields(type),
  };
  const header = `# ${type} question for skill ${skill}. Replace every TODO (npm run check:content lists them); format: docs/authoring.md\n`;
  return header + stringify(question, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/** A new case study: a title and a scenario in both languages, each a TODO placeholder. */
export function caseSkeleton(id: string): string {
  const header = '# Case study shared by several questions (their `case` field names this id). Replace every TODO; format: docs/authoring.md\n';
  return (
    header +
    stringify({ id, title: texts(['vi', 'en']), ...bilingual(['scenario']) }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
  );
}
