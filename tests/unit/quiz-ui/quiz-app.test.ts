/** The quiz page's start screen as logic: what a link asks for, and why Start opens nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { BankLoader } from '../../../src/components/quiz/bank-loader';
import { QuizApp, readLinks } from '../../../src/components/quiz/quiz-app';

beforeEach(() => {
  localStorage.clear();
});

describe('readLinks', () => {
  it.each([
    { search: '', links: { mode: null, question: null, set: null } },
    { search: '?mode=exam', links: { mode: 'exam', question: null, set: null } },
    // A mode the page does not have is not preselected: the start screen keeps practice.
    { search: '?mode=speedrun', links: { mode: null, question: null, set: null } },
    { search: '?q=q-221-001&set=q-221-001,q-222-004&mode=due', links: { mode: 'due', question: 'q-221-001', set: 'q-221-001,q-222-004' } },
  ])('reads "$search"', ({ search, links }) => {
    expect(readLinks(search)).toEqual(links);
  });
});

// Parts are fetched from a port nothing listens on: a real failed fetch, as offline without the worker.
const unreachable = new BankLoader((lang, skill) => `http://127.0.0.1:9/${lang}/${skill}.json`, { a: '2.2.1', b: '2.2.2' });
const app = () =>
  new QuizApp('vi', unreachable, [
    { id: 'a', skill: '2.2.1' },
    { id: 'b', skill: '2.2.2' },
  ]);

describe('QuizApp.start', () => {
  it('asks for a skill when none is chosen', async () => {
    expect(await app().start({ mode: 'practice', skills: [], examSize: 10 })).toEqual({ problem: 'noSkill' });
  });

  it('says there is nothing to review before any answer, without fetching a part', async () => {
    expect(await app().start({ mode: 'review', skills: ['2.2.1', '2.2.2'], examSize: 10 })).toEqual({ problem: 'noQuestions' });
    expect(await app().start({ mode: 'due', skills: ['2.2.1'], examSize: 10 })).toEqual({ problem: 'noQuestions' });
  });

  it('reports a part that cannot be fetched as a load failure with its reason, and throws nothing', async () => {
    const result = await app().start({ mode: 'practice', skills: ['2.2.2'], examSize: 10 });
    expect(result).toEqual({ problem: 'loadFailed', reason: 'fetch failed' });
  });

  it('keeps a shared set with the ids the bank does not hold, once its parts load, and reports when they cannot', async () => {
    const quiz = app();
    expect(await quiz.openLinks({ mode: null, question: null, set: 'a,zz' })).toEqual({ problem: 'loadFailed', reason: 'fetch failed' });
    expect(quiz.linkedSet).toBeNull();
    expect(quiz.modes).toEqual(['practice', 'exam', 'review', 'due']);
  });
});
