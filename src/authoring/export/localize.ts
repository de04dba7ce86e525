/**
 * A question in one language, as every exporter needs it: the case scenario put in front of the question's own,
 * and the facts each format carries as tags.
 */
import type { Locale } from '../../core/locale';
import { compareSkillCodes } from '../../core/quiz/skill-codes';
import type { Case } from '../../schemas/case';
import type { Course } from '../../schemas/course';
import type { ClientQuestion } from '../../schemas/question';
import { htmlList, htmlParagraphs } from './text';

export interface LocalizedOption {
  id: string;
  text: string;
  feedback: string;
  correct: boolean;
  fixed: boolean;
}

export interface LocalizedQuestion {
  question: ClientQuestion;
  /** Paragraphs before the prompt: case title and scenario (when the question has a case), then its own scenario. */
  context: string[];
  prompt: string;
  explanation: string;
  options: LocalizedOption[];
  /** Matching only: the left-hand side. */
  items: { id: string; text: string }[];
}

/**
 * What an export holds: the course names the file, the package and the categories. Questions as the browser's bank
 * carries them (no provenance or verify, which no format exports), so the studio exports in the browser too.
 */
export interface ExportSet {
  course: Course;
  questions: readonly ClientQuestion[];
  cases: readonly Case[];
}

/** A platform category per skill, below the exam and the part of it the course covers. */
export const categoryPath = (course: Course, skill: string) => `${course.exam.code}/${course.scope.label}/Skill ${skill}`;

/** Base of exported file names and package identifiers: "aip-c01-task-2-2". */
export const exportFileBase = (course: Course) => `${course.exam.code.toLowerCase()}-${course.scope.lessons.replaceAll('/', '-')}`;

/** The skills of a set in code order, each with its questions, for the formats that group by category. */
export const questionsBySkill = (questions: readonly ClientQuestion[]): [string, ClientQuestion[]][] =>
  [...new Set(questions.map((question) => question.skill))]
    .sort(compareSkillCodes)
    .map((skill) => [skill, questions.filter((question) => question.skill === skill)]);

/** Skill and difficulty travel as tags next to the question's own tags and its case. */
export const exportTags = (question: ClientQuestion): string[] => [
  `skill-${question.skill}`,
  `difficulty-${question.difficulty}`,
  ...(question.case ? [question.case] : []),
  ...question.tags,
];

/** Label of the positions GIFT uses for ordering questions ("Step 1 -> ..."). */
export const STEP_LABEL: Record<Locale, string> = { vi: 'Bước', en: 'Step' };

export function localize(question: ClientQuestion, cases: readonly Case[], lang: Locale): LocalizedQuestion {
  const shared = question.case ? cases.find((known) => known.id === question.case) : undefined;
  if (question.case && !shared) throw new Error(`${question.id}: case ${question.case} not found`);
  return {
    question,
    context: [...(shared ? [shared.title[lang], shared[lang].scenario] : []), question[lang].scenario].filter((text) => text.trim() !== ''),
    prompt: question[lang].prompt,
    explanation: question[lang].explanation,
    options: question.options.map((option) => ({
      id: option.id,
      text: option[lang].text,
      feedback: option[lang].feedback,
      correct: 'correct' in option && option.correct,
      fixed: option.fixed,
    })),
    items: question.type === 'matching' ? question.items.map((item) => ({ id: item.id, text: item[lang].text })) : [],
  };
}

/** Options in the right order (ordering questions). */
export function inOrder(localized: LocalizedQuestion): LocalizedOption[] {
  const { question, options } = localized;
  if (question.type !== 'ordering') return options;
  return question.order.flatMap((id) => options.filter((option) => option.id === id));
}

/** Matching: each item with the option it pairs with. */
export function pairedOptions(localized: LocalizedQuestion): { item: { id: string; text: string }; option: LocalizedOption }[] {
  const { question, items, options } = localized;
  if (question.type !== 'matching') return [];
  return items.flatMap((item) => {
    const option = options.find((candidate) => candidate.id === question.pairs[item.id]);
    return option ? [{ item, option }] : [];
  });
}

/** Matching: options no item pairs with (distractors). */
export function unpairedOptions(localized: LocalizedQuestion): LocalizedOption[] {
  const { question, options } = localized;
  if (question.type !== 'matching') return [];
  const used = new Set(Object.values(question.pairs));
  return options.filter((option) => !used.has(option.id));
}

/**
 * Weights of a multiple-response question as Moodle grades them: the correct options share 100%, the wrong
 * ones share -100%, so choosing everything scores 0.
 */
export function multipleWeights(options: readonly LocalizedOption[]): number[] {
  const right = options.filter((option) => option.correct).length;
  const wrong = options.length - right;
  return options.map((option) => (option.correct ? 100 / right : -100 / wrong));
}

const TITLE_LENGTH = 80;

/**
 * A question's name on a platform: its prompt, cut at a word before 80 characters, so a teacher browsing the
 * question bank reads what each one asks (the id travels apart: GIFT's [id:], Moodle's idnumber, QTI's identifier).
 * The studio lists a question set under the same names.
 */
export function questionTitle(localized: Pick<LocalizedQuestion, 'prompt'>): string {
  const prompt = localized.prompt.replace(/\s+/g, ' ').trim();
  if (prompt.length <= TITLE_LENGTH) return prompt;
  const cut = prompt.slice(0, TITLE_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > TITLE_LENGTH / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The question text: case and scenario paragraphs, then the prompt. */
export const questionHtml = (localized: LocalizedQuestion): string => htmlParagraphs([...localized.context, localized.prompt]);

/**
 * The general feedback. Moodle's matching and ordering questions have no per-option feedback, so for them the
 * explanation is followed by each option with its feedback: for ordering, in the right order, numbered as steps.
 */
export function generalFeedbackHtml(localized: LocalizedQuestion, lang: Locale): string {
  const { question, explanation } = localized;
  const explained = htmlParagraphs([explanation]);
  if (question.type === 'ordering')
    return explained + htmlList(inOrder(localized).map((option, index) => `${STEP_LABEL[lang]} ${index + 1}. ${option.text} — ${option.feedback}`));
  if (question.type === 'matching') return explained + htmlList(localized.options.map((option) => `${option.text} — ${option.feedback}`));
  return explained;
}
