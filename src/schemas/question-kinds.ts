/**
 * The fixed vocabularies of the question format, free of zod: browser code that only needs them must not pull
 * the whole schema library into its bundle.
 */

/** A skill's code, "1.4.2": the skills themselves come from the lessons' `### Skill` headings. */
export type Skill = string;
export const SKILL_CODE = /^\d+(\.\d+)+$/;

export const QUESTION_TYPES = ['single', 'multiple', 'ordering', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
