import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/core/quiz/scoring';
import {
  buildResponse,
  emptyDraft,
  feedbackRows,
  incompleteness,
  moveItem,
  optionOrder,
  outcomeOf,
  toggleChoice,
} from '../../../src/components/quiz/question-model';
import { matching, multiple, ordering, single } from '../quiz/fixtures';

describe('option order', () => {
  it('is the same for the same attempt and keeps fixed options in place', () => {
    const question = multiple();
    expect(optionOrder(question, 3)).toEqual(optionOrder(question, 3));
    const orders = Array.from({ length: 12 }, (_, attempt) => optionOrder(question, attempt));
    for (const order of orders) {
      expect(order[3]).toBe('d');
      expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
    expect(new Set(orders.map((order) => order.join(''))).size).toBeGreaterThan(1);
  });
});

describe('responses built from the controls', () => {
  it('single: nothing until an option is chosen, then that option', () => {
    const question = single();
    const draft = emptyDraft(question, ['a', 'b', 'c']);
    expect(buildResponse(question, draft)).toBeUndefined();
    expect(incompleteness(question, draft)).toEqual({ kind: 'none' });
    draft.choice = 'b';
    expect(buildResponse(question, draft)).toEqual({ type: 'single', choice: 'b' });
    expect(incompleteness(question, draft)).toBeNull();
  });

  it('multiple: at most `select` boxes; a third is refused and changes nothing', () => {
    const question = multiple();
    const draft = emptyDraft(question, ['a', 'b', 'c', 'd']);
    expect(toggleChoice(draft, question.select, 'a', true)).toBe(true);
    expect(incompleteness(question, draft)).toEqual({ kind: 'select', select: 2 });
    expect(toggleChoice(draft, question.select, 'c', true)).toBe(true);
    expect(toggleChoice(draft, question.select, 'b', true)).toBe(false);
    expect(buildResponse(question, draft)).toEqual({ type: 'multiple', choices: ['a', 'c'] });
    expect(incompleteness(question, draft)).toBeNull();
    toggleChoice(draft, question.select, 'a', false);
    expect(buildResponse(question, draft)).toEqual({ type: 'multiple', choices: ['c'] });
  });

  it('ordering: the order on screen is the answer, moved with up and down', () => {
    const question = ordering();
    const draft = emptyDraft(question, ['a', 'b', 'c']);
    expect(buildResponse(question, draft)).toEqual({ type: 'ordering', order: ['a', 'b', 'c'] });
    draft.order = moveItem(draft.order, 'c', -1);
    draft.order = moveItem(draft.order, 'c', -1);
    expect(buildResponse(question, draft)).toEqual({ type: 'ordering', order: ['c', 'a', 'b'] });
    expect(moveItem(draft.order, 'c', -1)).toEqual(['c', 'a', 'b']);
    expect(moveItem(draft.order, 'b', 1)).toEqual(['c', 'a', 'b']);
    expect(scoreQuestion(question, buildResponse(question, draft)).correct).toBe(true);
  });

  it('matching: one option per item; incomplete until every item is paired', () => {
    const question = matching();
    const draft = emptyDraft(question, ['a', 'b', 'c']);
    expect(buildResponse(question, draft)).toBeUndefined();
    draft.pairs = { p1: 'b' };
    expect(incompleteness(question, draft)).toEqual({ kind: 'pairs', missing: 1 });
    draft.pairs = { p1: 'b', p2: 'a' };
    expect(buildResponse(question, draft)).toEqual({ type: 'matching', pairs: { p1: 'b', p2: 'a' } });
    expect(incompleteness(question, draft)).toBeNull();
  });
});

describe('grading marks', () => {
  it('single and multiple: chosen right, chosen wrong, missed, and rightly left out, in screen order', () => {
    const question = multiple();
    const order = ['c', 'a', 'b', 'd'];
    const score = scoreQuestion(question, { type: 'multiple', choices: ['a', 'c'] });
    expect(feedbackRows(question, score, 'en', order).map(({ id, verdict, feedback }) => [id, verdict, feedback])).toEqual([
      ['c', 'wrong', 'en feedback c'],
      ['a', 'right', 'en feedback a'],
      ['b', 'missed', 'en feedback b'],
      ['d', 'neutral', 'en feedback d'],
    ]);
  });

  it('ordering: where each item was and where it belongs, 1-based', () => {
    const question = ordering();
    const score = scoreQuestion(question, { type: 'ordering', order: ['a', 'c', 'b'] });
    const rows = feedbackRows(question, score, 'vi', ['a', 'c', 'b']);
    expect(rows.map(({ id, verdict, detail }) => [id, verdict, detail])).toEqual([
      ['a', 'wrong', { position: 1, expected: 2 }],
      ['c', 'wrong', { position: 2, expected: 1 }],
      ['b', 'right', { position: 3, expected: 3 }],
    ]);
    expect(rows[0]?.text).toBe('vi a');
  });

  it('matching: the chosen and expected option texts per item', () => {
    const question = matching();
    const score = scoreQuestion(question, { type: 'matching', pairs: { p1: 'b' } });
    expect(feedbackRows(question, score, 'en', ['a', 'b', 'c']).map(({ id, verdict, detail }) => [id, verdict, detail])).toEqual([
      ['p1', 'right', { chosen: 'en b', expected: 'en b' }],
      ['p2', 'wrong', { chosen: null, expected: 'en a' }],
    ]);
  });

  it('a guessed correct answer is graded "guessed"; a wrong one stays wrong', () => {
    const question = single();
    expect(outcomeOf(scoreQuestion(question, { type: 'single', choice: 'a' }), true)).toBe('guessed');
    expect(outcomeOf(scoreQuestion(question, { type: 'single', choice: 'a' }), false)).toBe('correct');
    expect(outcomeOf(scoreQuestion(question, { type: 'single', choice: 'b' }), true)).toBe('wrong');
  });
});
