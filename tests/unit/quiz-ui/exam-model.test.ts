import { describe, expect, it } from 'vitest';
import { navigatorEntries, toggled, unansweredNumbers } from '../../../src/components/quiz/exam-model';

describe('exam navigator', () => {
  const ids = ['q-a', 'q-b', 'q-c', 'q-d'];

  it('marks each question answered, flagged and current', () => {
    const entries = navigatorEntries(ids, new Set(['q-a', 'q-c']), new Set(['q-c', 'q-d']), 2);
    expect(entries).toEqual([
      { index: 0, id: 'q-a', answered: true, flagged: false, current: false },
      { index: 1, id: 'q-b', answered: false, flagged: false, current: false },
      { index: 2, id: 'q-c', answered: true, flagged: true, current: true },
      { index: 3, id: 'q-d', answered: false, flagged: true, current: false },
    ]);
  });

  it('lists the unanswered questions by their 1-based numbers for the submit confirmation', () => {
    expect(unansweredNumbers(navigatorEntries(ids, new Set(['q-a', 'q-c']), new Set(), 0))).toEqual([2, 4]);
    expect(unansweredNumbers(navigatorEntries(ids, new Set(ids), new Set(), 0))).toEqual([]);
  });

  it('toggles a flag on and off without touching the others', () => {
    expect(toggled(['q-a'], 'q-b')).toEqual(['q-a', 'q-b']);
    expect(toggled(['q-a', 'q-b'], 'q-a')).toEqual(['q-b']);
  });
});
