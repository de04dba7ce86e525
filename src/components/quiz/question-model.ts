/**
 * What a question looks like to the learner and what their answer means, without any DOM: the option order
 * of an attempt, the texts in a chosen language, the response built from the controls, and the marks shown
 * after grading. Scoring itself is src/core/quiz/scoring.ts.
 */
import type { Locale } from '../../core/locale';
import type { Response, QuestionScore } from '../../core/quiz/scoring';
import { shuffleOptions } from '../../core/quiz/shuffle';
import type { Outcome } from '../../core/quiz/progress';
import type { ClientBank } from '../../lib/quiz/bank-part';
import type { Case } from '../../schemas/case';
import type { ClientQuestion } from '../../schemas/question';

/** The controls' state for one question, in whatever order the learner sees it. */
export interface Draft {
  choice: string | null;
  choices: string[];
  /** Ordering: option ids, top first. */
  order: string[];
  /** Matching: item id to option id; an item left unset is absent. */
  pairs: Record<string, string>;
}

/** Option ids in the order of one attempt: seeded by question and attempt, fixed options stay put. */
export const optionOrder = (question: ClientQuestion, attempt: number): string[] =>
  shuffleOptions(question.options, `${question.id}:${attempt}`).map((option) => option.id);

export const emptyDraft = (question: ClientQuestion, order: readonly string[]): Draft => ({
  choice: null,
  choices: [],
  order: question.type === 'ordering' ? [...order] : [],
  pairs: {},
});

/**
 * The response the controls express; undefined while nothing is chosen. An ordering question always has
 * one: the order on screen is an answer even if the learner keeps it.
 */
export function buildResponse(question: ClientQuestion, draft: Draft): Response | undefined {
  switch (question.type) {
    case 'single':
      return draft.choice === null ? undefined : { type: 'single', choice: draft.choice };
    case 'multiple':
      return draft.choices.length ? { type: 'multiple', choices: [...draft.choices] } : undefined;
    case 'ordering':
      return { type: 'ordering', order: [...draft.order] };
    case 'matching':
      return Object.keys(draft.pairs).length ? { type: 'matching', pairs: { ...draft.pairs } } : undefined;
  }
}

/** Why the response cannot be graded yet; null when it can. */
export type Incomplete = { kind: 'none' } | { kind: 'select'; select: number } | { kind: 'pairs'; missing: number };

export function incompleteness(question: ClientQuestion, draft: Draft): Incomplete | null {
  switch (question.type) {
    case 'single':
      return draft.choice === null ? { kind: 'none' } : null;
    case 'multiple':
      return draft.choices.length === question.select ? null : { kind: 'select', select: question.select };
    case 'ordering':
      return null;
    case 'matching': {
      const missing = question.items.filter((item) => !draft.pairs[item.id]).length;
      return missing ? { kind: 'pairs', missing } : null;
    }
  }
}

/** Checking a box in a multiple question: refused (false) once `select` boxes are checked. */
export function toggleChoice(draft: Draft, select: number, id: string, checked: boolean): boolean {
  if (!checked) {
    draft.choices = draft.choices.filter((choice) => choice !== id);
    return true;
  }
  if (draft.choices.includes(id)) return true;
  if (draft.choices.length >= select) return false;
  draft.choices = [...draft.choices, id];
  return true;
}

/** Moves an ordering item up (-1) or down (+1); a move past either end does nothing. */
export function moveItem(order: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}

/** A correct answer the learner said they guessed is graded Hard, not Good. */
export const outcomeOf = (score: QuestionScore, guessed: boolean): Outcome => (score.correct ? (guessed ? 'guessed' : 'correct') : 'wrong');

export const caseOf = (bank: ClientBank, question: ClientQuestion): Case | undefined =>
  question.case === undefined ? undefined : bank.cases.find((entry) => entry.id === question.case);

/** One row of feedback after grading: what the learner did with an option or item, and why it is right or wrong. */
export interface FeedbackRow {
  id: string;
  /** The option's (or matching item's) text. */
  text: string;
  verdict: 'right' | 'wrong' | 'missed' | 'neutral';
  /** Ordering: where it was and where it belongs (1-based); matching: the chosen and expected option texts. */
  detail: { position: number | null; expected: number } | { chosen: string | null; expected: string } | null;
  feedback: string;
}

export function feedbackRows(question: ClientQuestion, score: QuestionScore, lang: Locale, order: readonly string[]): FeedbackRow[] {
  const optionById = new Map(question.options.map((option) => [option.id as string, option]));
  const optionText = (id: string | null) => (id === null ? null : (optionById.get(id)?.[lang].text ?? id));
  switch (score.type) {
    case 'single':
    case 'multiple': {
      const marks = new Map(score.perOption.map((mark) => [mark.id, mark]));
      return order.flatMap((id) => {
        const mark = marks.get(id);
        const option = optionById.get(id);
        if (!mark || !option) return [];
        const verdict = mark.chosen ? (mark.correct ? 'right' : 'wrong') : mark.correct ? 'missed' : 'neutral';
        return [{ id, text: option[lang].text, verdict, detail: null, feedback: option[lang].feedback }];
      });
    }
    case 'ordering': {
      if (question.type !== 'ordering') return [];
      const marks = new Map(score.perOption.map((mark) => [mark.id, mark]));
      const shown = score.answered ? order : question.order;
      return shown.flatMap((id) => {
        const mark = marks.get(id);
        const option = optionById.get(id);
        if (!mark || !option) return [];
        return [
          {
            id,
            text: option[lang].text,
            verdict: mark.inPlace ? 'right' : 'wrong',
            detail: { position: mark.position === null ? null : mark.position + 1, expected: mark.expected + 1 },
            feedback: option[lang].feedback,
          },
        ];
      });
    }
    case 'matching': {
      if (question.type !== 'matching') return [];
      return score.perItem.map((mark) => {
        const item = question.items.find((entry) => entry.id === mark.id);
        const expected = optionById.get(mark.expected);
        return {
          id: mark.id,
          text: item?.[lang].text ?? mark.id,
          verdict: mark.correct ? 'right' : 'wrong',
          detail: { chosen: optionText(mark.chosen), expected: optionText(mark.expected) ?? mark.expected },
          feedback: expected?.[lang].feedback ?? '',
        };
      });
    }
  }
}
