/**
 * The persisted stores against a real localStorage (Node's Web Storage): what a learner does is written under a
 * versioned key, read back by the next page, and a damaged value is recovered and kept aside, never wiped.
 * Each test imports the stores afresh, as a new page load does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type ProgressModule = typeof import('../../../src/stores/progress');
type QuizModule = typeof import('../../../src/stores/quiz-progress');

async function load(): Promise<{ progress: ProgressModule; quiz: QuizModule }> {
  vi.resetModules();
  return { progress: await import('../../../src/stores/progress'), quiz: await import('../../../src/stores/quiz-progress') };
}

const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null');
const damagedCopies = (key: string) =>
  Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '').filter((name) => name.startsWith(`${key}:damaged:`));

beforeEach(() => {
  localStorage.clear();
});

describe('progress store', () => {
  it('starts empty and keeps a lesson marked read under its versioned key, for the next page', async () => {
    const first = await load();
    expect(first.progress.PROGRESS_KEY).toMatch(/:v\d+$/);
    expect(first.progress.readLessons.get()).toEqual([]);
    first.progress.setLessonRead('task-2-2/skill-2-2-1', true);
    expect(stored(first.progress.PROGRESS_KEY).readLessons).toEqual(['task-2-2/skill-2-2-1']);

    const next = await load();
    expect(next.progress.readLessons.get()).toEqual(['task-2-2/skill-2-2-1']);
    next.progress.setLessonRead('task-2-2/skill-2-2-1', false);
    expect(stored(next.progress.PROGRESS_KEY).readLessons).toEqual([]);
  });

  it('records graded answers as attempts with a scheduled card, and flags', async () => {
    const { progress, quiz } = await load();
    await quiz.recordAnswers(
      [{ questionId: 'q221-poc-on-demand', outcome: 'correct', response: { type: 'single', choice: 'b' } }],
      new Date('2026-12-01T08:00:00Z'),
    );
    quiz.setFlagged(['q221-poc-on-demand'], true);
    const saved = stored(progress.PROGRESS_KEY);
    expect(saved.attempts).toEqual([{ questionId: 'q221-poc-on-demand', at: '2026-12-01T08:00:00.000Z', outcome: 'correct', chosen: ['b'] }]);
    expect(saved.cards['q221-poc-on-demand'].due > '2026-12-01T08:00:00.000Z').toBe(true);
    expect(saved.flags).toEqual(['q221-poc-on-demand']);
  });

  it('keeps the attempt at once, before the scheduler has loaded to review its card', async () => {
    const { progress, quiz } = await load();
    const recording = quiz.recordAnswers([{ questionId: 'q-closing', outcome: 'wrong', response: undefined }], new Date('2026-12-01T08:00:00Z'));
    // What a page closed right after the answer leaves behind.
    expect(stored(progress.PROGRESS_KEY).attempts.map((attempt: { questionId: string }) => attempt.questionId)).toEqual(['q-closing']);
    await recording;
    expect(Object.keys(stored(progress.PROGRESS_KEY).cards)).toEqual(['q-closing']);
  });

  it('keeps an answer another tab saved after this page loaded, and this tab’s own', async () => {
    const { progress, quiz } = await load();
    await quiz.recordAnswers([{ questionId: 'q-here', outcome: 'correct', response: undefined }], new Date('2026-12-01T08:00:00Z'));
    // Another tab, whose copy never saw q-here, writes its answer; this tab has not heard of it yet.
    localStorage.setItem(
      progress.PROGRESS_KEY,
      JSON.stringify({ ...stored(progress.PROGRESS_KEY), attempts: [{ questionId: 'q-there', at: '2026-12-01T08:00:01.000Z', outcome: 'wrong' }], cards: {} }),
    );
    await quiz.recordAnswers([{ questionId: 'q-here-again', outcome: 'correct', response: undefined }], new Date('2026-12-01T08:00:02Z'));
    expect(stored(progress.PROGRESS_KEY).attempts.map((attempt: { questionId: string }) => attempt.questionId)).toEqual(['q-here', 'q-there', 'q-here-again']);
    expect(Object.keys(stored(progress.PROGRESS_KEY).cards).sort()).toEqual(['q-here', 'q-here-again']);
  });

  it('keeps what each type of answer chose, in the shape the progress document reads back', async () => {
    const { progress, quiz } = await load();
    await quiz.recordAnswers(
      [
        { questionId: 'q-multiple', outcome: 'wrong', response: { type: 'multiple', choices: ['a', 'c'] } },
        { questionId: 'q-ordering', outcome: 'correct', response: { type: 'ordering', order: ['c', 'a', 'b'] } },
        { questionId: 'q-matching', outcome: 'guessed', response: { type: 'matching', pairs: { p1: 'b', p2: 'a' } } },
        { questionId: 'q-unanswered', outcome: 'wrong', response: undefined },
      ],
      new Date('2026-12-01T08:00:00Z'),
    );
    expect(stored(progress.PROGRESS_KEY).attempts.map((attempt: { chosen?: unknown }) => attempt.chosen)).toEqual([
      ['a', 'c'],
      ['c', 'a', 'b'],
      { p1: 'b', p2: 'a' },
      undefined,
    ]);
    const reloaded = await load();
    expect(reloaded.progress.progressRecovery.get()).toBeNull();
    expect(reloaded.progress.progress.get().attempts).toEqual(stored(progress.PROGRESS_KEY).attempts);
  });

  it('recovers a damaged value: the valid parts stay, the original is kept aside, and the page is told', async () => {
    const { PROGRESS_KEY } = await load().then(({ progress }) => progress);
    const damaged = JSON.stringify({
      version: 1,
      attempts: [{ questionId: 'q221-poc-on-demand', at: '2026-12-01T08:00:00.000Z', outcome: 'wrong' }, { questionId: 42 }],
      flags: [],
      cards: {},
      readLessons: ['task-2-2'],
    });
    localStorage.setItem(PROGRESS_KEY, damaged);
    const { progress } = await load();
    const value = progress.progress.get();
    expect(value.attempts.map((attempt) => attempt.questionId)).toEqual(['q221-poc-on-demand']);
    expect(value.readLessons).toEqual(['task-2-2']);
    expect(progress.progressRecovery.get()).not.toBeNull();
    const copies = damagedCopies(PROGRESS_KEY);
    expect(copies).toHaveLength(1);
    expect(localStorage.getItem(copies[0] ?? '')).toBe(damaged);
  });

  it('refuses a bad import and changes nothing, then merges a good one', async () => {
    const { progress, quiz } = await load();
    await quiz.recordAnswers(
      [{ questionId: 'q221-poc-on-demand', outcome: 'wrong', response: { type: 'single', choice: 'a' } }],
      new Date('2026-12-01T08:00:00Z'),
    );
    const before = localStorage.getItem(progress.PROGRESS_KEY);
    const refused = await quiz.importProgress('{"version": 1, "attempts": "nope"}');
    expect(refused.ok).toBe(false);
    expect(localStorage.getItem(progress.PROGRESS_KEY)).toBe(before);

    const exported = JSON.stringify({
      ...stored(progress.PROGRESS_KEY),
      attempts: [{ questionId: 'q222-kv-cache-oom', at: '2026-12-02T08:00:00.000Z', outcome: 'correct' }],
    });
    expect(await quiz.importProgress(exported)).toEqual({
      ok: true,
      merged: { attempts: 1, cards: 0, flags: 0, readLessons: 0, exams: 0, termReviews: 0, examDate: null },
    });
    expect(
      stored(progress.PROGRESS_KEY)
        .attempts.map((attempt: { questionId: string }) => attempt.questionId)
        .sort(),
    ).toEqual(['q221-poc-on-demand', 'q222-kv-cache-oom']);
  });
});

describe('tabs and the exam history', () => {
  it('on another tab’s write, takes its copy, and writes back only the answers it lacked', async () => {
    const { progress, quiz } = await load();
    await quiz.recordAnswers([{ questionId: 'q-mine', outcome: 'correct', response: undefined }], new Date('2026-12-01T08:00:00Z'));
    // The other tab wrote from a copy that never had q-mine, and unflagged everything.
    const theirs = { ...stored(progress.PROGRESS_KEY), attempts: [{ questionId: 'q-theirs', at: '2026-12-01T08:00:01.000Z', outcome: 'wrong' }], flags: [] };
    localStorage.setItem(progress.PROGRESS_KEY, JSON.stringify(theirs));
    progress.takeStoredCopy();
    expect(stored(progress.PROGRESS_KEY).attempts.map((attempt: { questionId: string }) => attempt.questionId)).toEqual(['q-mine', 'q-theirs']);
    expect(progress.progress.get().attempts).toHaveLength(2);

    // A copy that lacks nothing is taken as it is, settings included.
    const settled = { ...stored(progress.PROGRESS_KEY), flags: ['q-theirs'] };
    localStorage.setItem(progress.PROGRESS_KEY, JSON.stringify(settled));
    progress.takeStoredCopy();
    expect(progress.progress.get()).toEqual(settled);
    expect(stored(progress.PROGRESS_KEY)).toEqual(settled);
  });

  it('keeps exam results and the exam date, and stamps an export', async () => {
    const { progress, quiz } = await load();
    quiz.recordExam({ total: 10, correct: 7 }, new Date('2026-12-01T09:00:00Z'));
    progress.setExamDate('2027-01-15');
    const exported = quiz.exportedProgress(new Date('2026-12-02T09:00:00Z'));
    expect(exported.exportedAt).toBe('2026-12-02T09:00:00.000Z');
    const saved = stored(progress.PROGRESS_KEY);
    expect(saved.exams).toEqual([{ total: 10, correct: 7, at: '2026-12-01T09:00:00.000Z' }]);
    expect(saved.examDate).toBe('2027-01-15');
    expect(saved.exportedAt).toBe('2026-12-02T09:00:00.000Z');
    progress.setExamDate(undefined);
    expect('examDate' in stored(progress.PROGRESS_KEY)).toBe(false);
  });
});

describe('flashcards store', () => {
  it('keeps a flashcard review and its card beside the questions’ cards, and joins them across tabs', async () => {
    const { progress } = await load();
    const { reviewTerm } = await import('../../../src/stores/flashcards');
    await reviewTerm('define-on-demand', 'correct', new Date('2026-12-01T08:00:00Z'));
    let saved = stored(progress.PROGRESS_KEY);
    expect(saved.termReviews).toEqual([{ card: 'define-on-demand', at: '2026-12-01T08:00:00.000Z', outcome: 'correct' }]);
    expect(saved.termCards['define-on-demand'].due > '2026-12-01T08:00:00.000Z').toBe(true);
    expect(saved.cards).toEqual({});

    // Another tab reviewed a card from a copy that had none.
    localStorage.setItem(
      progress.PROGRESS_KEY,
      JSON.stringify({ ...saved, termReviews: [{ card: 'name-on-demand', at: '2026-12-01T08:00:01.000Z', outcome: 'wrong' }], termCards: {} }),
    );
    await reviewTerm('define-model-unit', 'guessed', new Date('2026-12-01T08:00:02Z'));
    saved = stored(progress.PROGRESS_KEY);
    expect(saved.termReviews.map((review: { card: string }) => review.card)).toEqual(['define-on-demand', 'name-on-demand', 'define-model-unit']);
    expect(Object.keys(saved.termCards).sort()).toEqual(['define-model-unit', 'define-on-demand']);
  });
});

describe('pass mark store', () => {
  it('keeps a valid pass mark and reads anything else as the default', async () => {
    vi.resetModules();
    const first = await import('../../../src/stores/readiness');
    const fallback = first.cutScorePercent.get();
    expect(first.isCutScore(fallback)).toBe(true);
    first.cutScorePercent.set(80);
    vi.resetModules();
    expect((await import('../../../src/stores/readiness')).cutScorePercent.get()).toBe(80);
    for (const bad of ['49', '72.5', 'lots', '101']) {
      localStorage.setItem(first.CUT_SCORE_KEY, bad);
      vi.resetModules();
      expect((await import('../../../src/stores/readiness')).cutScorePercent.get()).toBe(fallback);
    }
  });
});

describe('simulator store', () => {
  it('keeps the last scenario as text for the next visit', async () => {
    vi.resetModules();
    const first = await import('../../../src/stores/simulator');
    first.savedScenario.set('{"workload":{"requestsPerDay":5}}');
    expect(localStorage.getItem(first.SIMULATOR_KEY)).toBe('{"workload":{"requestsPerDay":5}}');
    vi.resetModules();
    const next = await import('../../../src/stores/simulator');
    expect(next.savedScenario.get()).toBe('{"workload":{"requestsPerDay":5}}');
  });
});
