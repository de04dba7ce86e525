/**
 * An instructor's question set: the questions of the bank that match the studio's filters. Within one filter any
 * chosen value matches (skill 2.2.1 or 2.2.2); across filters every one must hold; a filter with nothing chosen
 * lets everything through. The search folds accents, so "thong luong" finds "thông lượng", and needs every word.
 */
import type { ClientQuestion } from '../../schemas/question';
import type { QuestionType, Skill } from '../../schemas/question-kinds';
import { LOCALES } from '../locale';
import { foldText } from '../text-fold';

export type Difficulty = ClientQuestion['difficulty'];
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export interface QuestionSetFilters {
  skills: readonly Skill[];
  types: readonly QuestionType[];
  tags: readonly string[];
  difficulties: readonly Difficulty[];
  search: string;
}

type Filterable = Pick<ClientQuestion, 'id' | 'skill' | 'type' | 'tags' | 'difficulty' | 'vi' | 'en'>;

const anyOf = <T>(chosen: readonly T[], value: T): boolean => chosen.length === 0 || chosen.includes(value);

/** Where a search looks: the id, the tags, and the scenario and prompt in both languages (an instructor types either). */
const searchedText = (question: Filterable): string =>
  foldText([question.id, ...question.tags, ...LOCALES.flatMap((lang) => [question[lang].scenario, question[lang].prompt])].join('\n'));

const containsAll = (text: string, words: readonly string[]): boolean => words.every((word) => text.includes(word));

/** The questions that pass every filter, in bank order. */
export function filterQuestions<Q extends Filterable>(questions: readonly Q[], filters: QuestionSetFilters): Q[] {
  const words = foldText(filters.search).split(/\s+/).filter(Boolean);
  return questions.filter(
    (question) =>
      anyOf(filters.skills, question.skill) &&
      anyOf(filters.types, question.type) &&
      anyOf(filters.difficulties, question.difficulty) &&
      (filters.tags.length === 0 || question.tags.some((tag) => filters.tags.includes(tag))) &&
      (words.length === 0 || containsAll(searchedText(question), words)),
  );
}
