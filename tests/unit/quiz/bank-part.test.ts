import { describe, expect, it } from 'vitest';
import { addLanguage, bankPart, languageOnly, type ClientBank } from '../../../src/lib/quiz/bank-part';
import type { ClientQuestion } from '../../../src/schemas/question';

const question = (id: string, skill: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    skill,
    type: 'single',
    references: [`lesson/${skill}#a`],
    options: [
      { id: 'a', correct: true, fixed: false, vi: { text: `${id} a vi` }, en: { text: `${id} a en` } },
      { id: 'b', correct: false, fixed: true, vi: { text: `${id} b vi` }, en: { text: `${id} b en` } },
    ],
    vi: { stem: `${id} vi`, explanation: 'vi' },
    en: { stem: `${id} en`, explanation: 'en' },
    ...extra,
  }) as unknown as ClientQuestion;

const BANK: ClientBank = {
  questions: [question('q-one', '1.1', { case: 'case-x' }), question('q-two', '1.2')],
  cases: [
    { id: 'case-x', title: { vi: 'X', en: 'X' }, vi: { scenario: 'vi' }, en: { scenario: 'en' } },
    { id: 'case-y', title: { vi: 'Y', en: 'Y' }, vi: { scenario: 'vi' }, en: { scenario: 'en' } },
  ],
  referenceTitles: { vi: { 'lesson/1.1#a': 'Bài 1.1', 'lesson/1.2#a': 'Bài 1.2' }, en: { 'lesson/1.1#a': 'Lesson 1.1', 'lesson/1.2#a': 'Lesson 1.2' } },
};

describe('bankPart', () => {
  it('holds one skill in one language: its questions, their cases and the sections they cite', () => {
    const part = bankPart(BANK, 'en', '1.1');
    expect(part.questions.map((entry) => entry.id)).toEqual(['q-one']);
    expect(JSON.stringify(part.questions)).not.toContain('"vi":');
    // `fixed: false` is left out as the default; `fixed: true` stays.
    expect(part.questions[0]).toMatchObject({
      en: { stem: 'q-one en' },
      options: [
        { id: 'a', correct: true, en: { text: 'q-one a en' } },
        { id: 'b', fixed: true },
      ],
    });
    expect(part.questions[0]?.options).not.toHaveProperty('0.fixed');
    expect(part.cases.map((entry) => entry.id)).toEqual(['case-x']);
    expect(part.referenceTitles).toEqual({ 'lesson/1.1#a': 'Lesson 1.1' });
  });

  it('holds cases in its language, and no field only the studio reads', () => {
    expect(bankPart(BANK, 'vi', '1.1').cases[0]).toEqual({ id: 'case-x', title: { vi: 'X' }, vi: { scenario: 'vi' } });
    const tagged = question('q-tagged', '1.1', {
      tags: ['gpu'],
      options: [{ id: 'a', correct: true, misconception: 'pt-for-bursts', vi: { text: 'a' }, en: { text: 'a' } }],
    });
    const [part] = bankPart({ ...BANK, questions: [tagged] }, 'vi', '1.1').questions;
    expect(part).not.toHaveProperty('tags');
    expect(part?.options).toEqual([{ id: 'a', correct: true, vi: { text: 'a' } }]);
  });
});

describe('languageOnly and addLanguage', () => {
  it('split a question into its languages and put it back together as it was', () => {
    const [first] = BANK.questions;
    const held = languageOnly(first, 'vi') as Record<string, unknown>;
    expect(held).not.toHaveProperty('en');
    expect((held.options as Record<string, unknown>[])[1]).toEqual({ id: 'b', correct: false, fixed: true, vi: { text: 'q-one b vi' } });
    addLanguage(held, languageOnly(first, 'en') as Record<string, unknown>, 'en');
    expect(held).toEqual(first);
  });
});
