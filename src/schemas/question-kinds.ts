/**
 * The fixed vocabularies of the question format, free of zod: browser code that only needs the skill list
 * (scoring per skill, drawing an exam) must not pull the whole schema library into its bundle.
 */
export const SKILLS = ['2.2.1', '2.2.2', '2.2.3'] as const;
export type Skill = (typeof SKILLS)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'ordering', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
