/**
 * All-or-nothing scoring, as on the exam: a question is right only when the whole answer is right.
 * The details per option and per item let the UI mark what was right, wrong or missed.
 */
import type { ClientQuestion, ClientQuestionOf } from '../../schemas/question';
import type { Skill } from '../../schemas/question-kinds';
import { skillsOf } from './skill-codes';

/** What the learner answered; `undefined` (or a response of another type) counts as unanswered. */
export type Response =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'ordering'; order: readonly string[] }
  | { type: 'matching'; pairs: Readonly<Record<string, string>> };

/** For single and multiple: was the option chosen, and is it a correct option. */
export interface ChoiceMark {
  id: string;
  chosen: boolean;
  correct: boolean;
}

/** For ordering: where the learner put the option (null: left out) and where it belongs. */
export interface PositionMark {
  id: string;
  position: number | null;
  expected: number;
  inPlace: boolean;
}

/** For matching: the option the learner gave the item (null: none) and the expected one. */
export interface PairMark {
  id: string;
  chosen: string | null;
  expected: string;
  correct: boolean;
}

interface Outcome {
  questionId: string;
  correct: boolean;
  answered: boolean;
}

export type QuestionScore =
  | (Outcome & { type: 'single' | 'multiple'; perOption: ChoiceMark[] })
  | (Outcome & { type: 'ordering'; perOption: PositionMark[] })
  | (Outcome & { type: 'matching'; perItem: PairMark[] });

const responseFor = <T extends Response['type']>(type: T, response: Response | undefined) =>
  response?.type === type ? (response as Extract<Response, { type: T }>) : undefined;

function scoreChoice(question: ClientQuestionOf<'single' | 'multiple'>, chosenIds: ReadonlySet<string> | undefined): QuestionScore {
  const perOption = question.options.map(({ id, correct }) => ({ id, chosen: chosenIds?.has(id) ?? false, correct }));
  const correctIds = new Set<string>(perOption.filter((mark) => mark.correct).map((mark) => mark.id));
  const exact = chosenIds !== undefined && chosenIds.size === correctIds.size && [...chosenIds].every((id) => correctIds.has(id));
  return { type: question.type, questionId: question.id, answered: chosenIds !== undefined, correct: exact, perOption };
}

function scoreOrdering(question: ClientQuestionOf<'ordering'>, given: readonly string[] | undefined): QuestionScore {
  const perOption = question.options.map(({ id }) => {
    const expected = question.order.indexOf(id);
    const found = given?.indexOf(id) ?? -1;
    const position = found === -1 ? null : found;
    return { id, position, expected, inPlace: position === expected };
  });
  const correct = given !== undefined && given.length === question.order.length && question.order.every((id, index) => given[index] === id);
  return { type: 'ordering', questionId: question.id, answered: given !== undefined, correct, perOption };
}

function scoreMatching(question: ClientQuestionOf<'matching'>, given: Readonly<Record<string, string>> | undefined): QuestionScore {
  const perItem = question.items.map(({ id }) => {
    const expected = question.pairs[id] ?? '';
    const chosen = given !== undefined && Object.hasOwn(given, id) ? (given[id] ?? null) : null;
    return { id, chosen, expected, correct: chosen === expected };
  });
  return {
    type: 'matching',
    questionId: question.id,
    answered: given !== undefined,
    correct: given !== undefined && perItem.every((mark) => mark.correct),
    perItem,
  };
}

export function scoreQuestion(question: ClientQuestion, response: Response | undefined): QuestionScore {
  switch (question.type) {
    case 'single': {
      const choice = responseFor('single', response)?.choice;
      return scoreChoice(question, choice === undefined ? undefined : new Set([choice]));
    }
    case 'multiple': {
      const choices = responseFor('multiple', response)?.choices;
      return scoreChoice(question, choices === undefined ? undefined : new Set(choices));
    }
    case 'ordering':
      return scoreOrdering(question, responseFor('ordering', response)?.order);
    case 'matching':
      return scoreMatching(question, responseFor('matching', response)?.pairs);
  }
}

export interface Tally {
  answered: number;
  correct: number;
  total: number;
}

export interface ExamScore {
  correct: number;
  total: number;
  /** 0..100, unrounded; 0 for an empty exam. */
  percent: number;
  bySkill: Record<Skill, Tally>;
  /** One tally per case study in the exam; each of its questions counts on its own. */
  byCase: Record<string, Tally>;
  questions: QuestionScore[];
}

const emptyTally = (): Tally => ({ answered: 0, correct: 0, total: 0 });

function count(tally: Tally, score: QuestionScore): void {
  tally.total += 1;
  if (score.answered) tally.answered += 1;
  if (score.correct) tally.correct += 1;
}

export function scoreExam(questions: readonly ClientQuestion[], responses: Readonly<Record<string, Response | undefined>>): ExamScore {
  const bySkill: Record<Skill, Tally> = Object.fromEntries(skillsOf(questions).map((skill) => [skill, emptyTally()]));
  const byCase: Record<string, Tally> = {};
  const scores = questions.map((question) => {
    const score = scoreQuestion(question, responses[question.id]);
    count((bySkill[question.skill] ??= emptyTally()), score);
    if (question.case !== undefined) count((byCase[question.case] ??= emptyTally()), score);
    return score;
  });
  const correct = scores.filter((score) => score.correct).length;
  return {
    correct,
    total: scores.length,
    percent: scores.length ? (correct / scores.length) * 100 : 0,
    bySkill,
    byCase,
    questions: scores,
  };
}
