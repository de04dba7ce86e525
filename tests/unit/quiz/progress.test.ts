import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValidationError } from '../../../src/core/validation-text';
import { mergeImported, readImport } from '../../../src/core/quiz/progress-import';
import { addsHistory, joinCopies, joinHistoryOnly } from '../../../src/core/quiz/progress-join';
import {
  type TermReview,
  emptyProgress,
  exportProgress,
  parseProgress,
  progressProblems,
  type Progress,
  type StoredCard,
} from '../../../src/core/quiz/progress';

const card = (lastReview: string, stability = 3): StoredCard => ({
  due: '2026-12-02T10:00:00.000Z',
  stability,
  difficulty: 2.1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'Review',
  lastReview,
});

const sample = (): Progress => ({
  version: 1,
  attempts: [
    { questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'correct', chosen: ['a'] },
    // Recorded before attempts kept what was chosen.
    { questionId: 'q-two', at: '2026-11-28T09:01:00.000Z', outcome: 'wrong' },
  ],
  cards: { 'q-one': card('2026-11-28T09:00:00.000Z') },
  flags: ['q-two'],
  readLessons: ['task-2-2'],
  exams: [{ at: '2026-11-28T10:00:00.000Z', total: 20, correct: 15 }],
  updatedAt: '2026-11-28T09:01:00.000Z',
  examDate: '2027-01-15',
});

describe('parseProgress', () => {
  it('reads flashcards, and keeps the valid ones of a damaged list', () => {
    const termCards = { 'define-on-demand': card('2026-11-28T09:00:00.000Z') };
    const good = { card: 'define-on-demand', at: '2026-11-28T09:00:00.000Z', outcome: 'correct' };
    const { progress, recovered } = parseProgress(
      JSON.stringify({ ...sample(), termCards, termReviews: [good, { card: 'Define On Demand', at: '2026-11-28T09:00:00.000Z', outcome: 'correct' }] }),
    );
    expect(progress.termCards).toEqual(termCards);
    expect(progress.termReviews).toEqual([good]);
    expect(recovered?.kept).toContain('termReviews: 1 of 2');
    expect(parseProgress(exportProgress({ ...sample(), termCards, termReviews: [good as TermReview] })).recovered).toBeNull();
    // A document from before flashcards reads as it did.
    expect('termCards' in parseProgress(exportProgress(sample())).progress).toBe(false);
  });

  it('reads a valid document without recovery', () => {
    expect(parseProgress(JSON.stringify(sample()))).toEqual({ progress: sample(), recovered: null });
  });

  it('round-trips through exportProgress', () => {
    const text = exportProgress(sample());
    expect(text).toContain('\n  "attempts": [');
    expect(parseProgress(text)).toEqual({ progress: sample(), recovered: null });
  });

  it('reads the earlier lessons-only document as version 1 without recovery', () => {
    const result = parseProgress('{"version":1,"readLessons":["task-2-2"],"updatedAt":""}');
    expect(result).toEqual({ progress: { ...emptyProgress(), readLessons: ['task-2-2'] }, recovered: null });
  });

  it.each([
    { type: 'multiple', chosen: ['a', 'c'] },
    { type: 'ordering', chosen: ['c', 'a', 'b'] },
    { type: 'matching', chosen: { 'item-one': 'b', 'item-two': 'a' } },
    { type: 'matching, nothing paired', chosen: {} },
  ])('reads what a $type answer chose', ({ chosen }) => {
    const document = { ...sample(), attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', chosen }] };
    expect(parseProgress(JSON.stringify(document))).toEqual({ progress: document, recovered: null });
  });

  it.each([
    { name: 'bad JSON', raw: '{"version":1,', reason: 'not valid JSON' },
    { name: 'empty text', raw: '', reason: 'not valid JSON' },
    { name: 'a list', raw: '[]', reason: 'is [], not an object' },
    { name: 'null', raw: 'null', reason: 'is null, not an object' },
    { name: 'a long text', raw: JSON.stringify('x'.repeat(10_000)), reason: `is "${'x'.repeat(78)}…, not an object` },
    { name: 'a newer version', raw: '{"version":2,"attempts":[]}', reason: 'version 2; this site reads version 1' },
    { name: 'a version as text', raw: '{"version":"1"}', reason: 'version "1"' },
    { name: 'no version', raw: '{"attempts":[]}', reason: 'version (missing)' },
  ])('starts empty on $name and says why', ({ raw, reason }) => {
    const { progress, recovered } = parseProgress(raw);
    expect(progress).toEqual(emptyProgress());
    expect(recovered?.reason).toContain(reason);
    expect(recovered?.reason).toContain('starting with empty progress');
  });

  it('keeps the valid parts of a damaged document and lists what it dropped', () => {
    const damaged = {
      ...sample(),
      attempts: [...sample().attempts, { questionId: 'q-three', at: 'yesterday', outcome: 'correct' }, 'nonsense'],
      cards: { ...sample().cards, 'q-two': { ...card('2026-11-28T09:00:00.000Z'), stability: -1 }, 'Not An Id': card('2026-11-28T09:00:00.000Z') },
      flags: 'q-two',
      readLessons: ['task-2-2', ''],
      theme: 'dark',
    };
    const { progress, recovered } = parseProgress(JSON.stringify(damaged));
    expect(progress).toEqual({ ...sample(), flags: [] });
    expect(recovered?.kept).toEqual(['attempts: 2 of 4', 'cards: 1 of 3', 'readLessons: 1 of 2', 'exams: 1 of 1']);
    expect(recovered?.dropped.map((problem) => formatValidationError(problem, 'en'))).toEqual([
      expect.stringMatching(/^attempts\[2\]\.at: /),
      expect.stringMatching(/^attempts\[3\]: /),
      expect.stringMatching(/^cards\.q-two\.stability: /),
      'cards.Not An Id: "Not An Id" is not allowed (must be kebab-case: lower-case a-z and 0-9 joined by single hyphens)',
      'flags: "q-two" is not allowed (must be a list)',
      expect.stringMatching(/^readLessons\[1\]: /),
      'theme: unknown field (known fields: version, attempts, cards, flags, readLessons, exams, updatedAt, examDate, exportedAt, termCards, termReviews)',
    ]);
    expect(recovered?.reason).toBe('the progress had 7 invalid parts; the valid parts were kept');
  });

  it.each([
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28', outcome: 'correct' }] },
      message: 'attempts[0].at: "2026-11-28" is not allowed (must be a date and time in UTC, as 2026-11-28T09:00:00.000Z)',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'right' }] },
      message: 'attempts[0].outcome: "right" is not allowed (must be one of "correct", "guessed", "wrong")',
    },
    {
      part: { attempts: [{ questionId: 'Q_1', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong' }] },
      message: 'attempts[0].questionId: "Q_1" is not allowed (must be kebab-case',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', note: 1 }] },
      message: 'attempts[0].note: unknown field (known fields: questionId, at, outcome, chosen)',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', chosen: 'a' }] },
      message: 'attempts[0].chosen: "a" is not allowed (must be a list)',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', chosen: ['a', 'B'] }] },
      message: 'attempts[0].chosen[1]: "B" is not allowed (must be kebab-case',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', chosen: { p1: 2 } }] },
      message: 'attempts[0].chosen.p1: 2 is not allowed (must be kebab-case',
    },
    {
      part: { attempts: [{ questionId: 'q-one', at: '2026-11-28T09:00:00.000Z', outcome: 'wrong', chosen: { 'Item 1': 'a' } }] },
      message: 'attempts[0].chosen.Item 1: "Item 1" is not allowed (must be kebab-case',
    },
    {
      part: { cards: { 'q-one': { ...card('2026-11-28T09:00:00.000Z'), reps: 1.5 } } },
      message: 'cards.q-one.reps: 1.5 is not allowed (must be a whole number >= 0)',
    },
    {
      part: { cards: { 'q-one': { ...card('2026-11-28T09:00:00.000Z'), stability: '3' } } },
      message: 'cards.q-one.stability: "3" is not allowed (must be a finite number >= 0)',
    },
    {
      part: { cards: { 'q-one': { ...card('2026-11-28T09:00:00.000Z'), state: 'Done' } } },
      message: 'cards.q-one.state: "Done" is not allowed (must be one of "New", "Learning", "Review", "Relearning")',
    },
    {
      part: { cards: { 'q-one': { ...card('2026-11-28T09:00:00.000Z'), due: undefined } } },
      message: 'cards.q-one.due: missing (must be a date and time in UTC',
    },
    { part: { readLessons: [7] }, message: 'readLessons[0]: 7 is not allowed (must be non-empty text)' },
  ])('names the field, the value and the rule: $message', ({ part, message }) => {
    const { recovered } = parseProgress(JSON.stringify({ ...sample(), ...part }));
    expect(recovered?.dropped.map((problem) => formatValidationError(problem, 'en'))).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    { field: 'examDate', value: '2027-02' },
    { field: 'examDate', value: 'next month' },
    { field: 'exportedAt', value: 'yesterday' },
    { field: 'exams', value: [{ at: '2026-11-28T10:00:00.000Z', total: 20, correct: 21 }] },
  ])('drops an invalid $field ($value) and keeps the rest', ({ field, value }) => {
    const { progress, recovered } = parseProgress(JSON.stringify({ ...sample(), [field]: value }));
    const { [field as keyof Progress]: _dropped, ...rest } = sample();
    expect(progress).toEqual(field === 'exams' ? { ...rest, exams: [] } : rest);
    expect(recovered?.dropped[0]?.field).toMatch(new RegExp(`^${field}`));
  });

  it('replaces an invalid updatedAt with the empty stamp', () => {
    const { progress, recovered } = parseProgress(JSON.stringify({ ...sample(), updatedAt: 'soon' }));
    expect(progress).toEqual({ ...sample(), updatedAt: '' });
    expect(recovered?.dropped.map((problem) => problem.field)).toEqual(['updatedAt']);
  });

  it('never throws, and always returns valid progress', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ version: 1, attempts: value, cards: value, flags: value })),
    );
    fc.assert(
      fc.property(anything, (raw) => {
        const { progress } = parseProgress(raw);
        expect(progressProblems(progress)).toEqual([]);
      }),
    );
  });
});

/** What the store does with a file: read it, then merge it. */
function mergeImport(current: Progress, raw: string) {
  const file = readImport(raw);
  return file.ok ? { ok: true as const, ...mergeImported(current, file.progress) } : file;
}

describe('importing a file', () => {
  it.each([
    { name: 'bad JSON', raw: 'not json', error: 'not valid JSON' },
    { name: 'a newer version', raw: '{"version":2}', error: 'version 2' },
    {
      name: 'one invalid attempt',
      raw: JSON.stringify({ ...sample(), attempts: [{ questionId: 'q-one', at: 'today', outcome: 'correct' }] }),
      error: 'attempts[0].at',
    },
    { name: 'an unknown key', raw: JSON.stringify({ ...sample(), extra: 1 }), error: 'extra' },
  ])('refuses $name and changes nothing', ({ raw, error }) => {
    const current = sample();
    const result = mergeImport(current, raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(error);
    expect(result.ok ? '' : result.error).toContain('nothing was imported');
    expect(current).toEqual(sample());
  });

  it('joins attempts, flags and lessons, and keeps the card reviewed last', () => {
    const imported: Progress = {
      version: 1,
      attempts: [
        { questionId: 'q-one', at: '2026-11-28T09:00:00Z', outcome: 'correct' }, // the same attempt, other spelling
        { questionId: 'q-three', at: '2026-11-27T08:00:00.000Z', outcome: 'guessed' },
      ],
      cards: { 'q-one': card('2026-11-20T00:00:00.000Z', 9), 'q-three': card('2026-11-27T08:00:00.000Z') },
      flags: ['q-three', 'q-two'],
      readLessons: ['task-2-2/skill-2-2-1'],
      exams: [
        { at: '2026-11-28T10:00:00Z', total: 20, correct: 15 }, // the same session, other spelling
        { at: '2026-11-27T10:00:00.000Z', total: 20, correct: 11 },
      ],
      updatedAt: '2026-11-29T00:00:00.000Z',
      examDate: '2027-02-01',
      exportedAt: '2026-11-29T00:00:00.000Z',
    };
    const current = sample();
    const result = mergeImport(current, exportProgress(imported));
    expect(result).toEqual({
      ok: true,
      progress: {
        version: 1,
        attempts: [imported.attempts[1], ...sample().attempts],
        cards: { 'q-one': sample().cards['q-one'], 'q-three': imported.cards['q-three'] },
        flags: ['q-two', 'q-three'],
        readLessons: ['task-2-2', 'task-2-2/skill-2-2-1'],
        exams: [imported.exams[1], ...sample().exams],
        updatedAt: '2026-11-29T00:00:00.000Z',
        // The date set here stays; the file's export time is not this browser's.
        examDate: '2027-01-15',
      },
      merged: { attempts: 1, cards: 1, flags: 1, readLessons: 1, exams: 1, termReviews: 0, examDate: null },
    });
    expect(current).toEqual(sample());
  });

  it('imports into empty progress as is, and says it took everything', () => {
    expect(mergeImport(emptyProgress(), exportProgress(sample()))).toEqual({
      ok: true,
      progress: sample(),
      merged: { attempts: 2, cards: 1, flags: 1, readLessons: 1, exams: 1, termReviews: 0, examDate: '2027-01-15' },
    });
  });

  it('adds nothing when the file is what is already here', () => {
    const result = mergeImport(sample(), exportProgress(sample()));
    expect(result.ok && result.progress).toEqual(sample());
    expect(result.ok && result.merged).toEqual({ attempts: 0, cards: 0, flags: 0, readLessons: 0, exams: 0, termReviews: 0, examDate: null });
  });
});

describe('two tabs writing at once', () => {
  const attempt = (questionId: string, at: string) => ({ questionId, at, outcome: 'correct' as const });
  /** A tab's copy holding one answer, written when it was given, with the tab's flags. */
  const tabCopy = (questionId: string, at: string, flags: string[]): Progress => ({
    ...emptyProgress(),
    attempts: [attempt(questionId, at)],
    flags,
    updatedAt: at,
  });

  it('keeps the answers of both copies and the settings of the newer', () => {
    const older = tabCopy('q-a', '2026-12-01T08:00:00.000Z', ['q-a']);
    const newer = tabCopy('q-b', '2026-12-01T08:00:01.000Z', []);
    const joined = joinCopies(newer, older);
    expect(joined.attempts.map((one) => one.questionId)).toEqual(['q-a', 'q-b']);
    // The newer copy unflagged q-a; the join does not bring the flag back.
    expect(joined.flags).toEqual([]);
    expect(addsHistory(joined, newer)).toBe(true);
    expect(addsHistory(joined, joinCopies(joined, newer))).toBe(false);
  });

  it('keeps the card reviewed last and says when the stored copy lacks it', () => {
    const stored: Progress = { ...sample(), cards: { 'q-one': card('2026-11-20T00:00:00.000Z') } };
    const mine: Progress = { ...sample(), cards: { 'q-one': card('2026-11-30T00:00:00.000Z') } };
    const joined = joinCopies(stored, mine);
    expect(joined.cards['q-one']).toEqual(mine.cards['q-one']);
    expect(addsHistory(joined, stored)).toBe(true);
    expect(addsHistory(joinCopies(mine, stored), mine)).toBe(false);
  });

  it('settles: joining in either order gives the same history, and joining again adds nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('q-a', 'q-b', 'q-c'), fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 30 }), (answers) => {
        const copy = (side: boolean): Progress => ({
          ...emptyProgress(),
          attempts: answers
            .filter(([, , inFirst]) => inFirst === side)
            .map(([id, second]) => attempt(id, new Date(Date.UTC(2026, 11, 1, 8, 0, second)).toISOString())),
        });
        const [first, second] = [copy(true), copy(false)];
        const one = joinCopies(first, second);
        const other = joinCopies(second, first);
        expect(one.attempts).toEqual(other.attempts);
        expect(addsHistory(joinCopies(one, other), one)).toBe(false);
        expect(one.attempts.length).toBe(new Set(answers.map(([id, s]) => `${id}@${s}`)).size);
      }),
    );
  });

  // Two tabs wrote at the same moment and neither heard the other's storage event; each then gets the other's
  // message. Each writes the joined history once, and the next message changes nothing: no endless exchange.
  it('by message: each tab writes the other’s answers once, keeps its own settings, and then stops', () => {
    const mine = tabCopy('q-a', '2026-12-01T08:00:00.000Z', ['q-a']);
    const theirs = tabCopy('q-b', '2026-12-01T08:00:00.001Z', []);
    const mineJoined = joinHistoryOnly(mine, theirs);
    const theirsJoined = joinHistoryOnly(theirs, mine);
    expect(mineJoined?.attempts.map((one) => one.questionId)).toEqual(['q-a', 'q-b']);
    expect(theirsJoined?.attempts).toEqual(mineJoined?.attempts);
    expect(mineJoined?.flags).toEqual(['q-a']);
    expect(theirsJoined?.flags).toEqual([]);
    if (!mineJoined || !theirsJoined) throw new Error('both tabs lacked an answer');
    expect(joinHistoryOnly(mineJoined, theirsJoined)).toBeNull();
    expect(joinHistoryOnly(theirsJoined, mineJoined)).toBeNull();
  });

  it.each([
    { case: 'their copy lacks my answer', mine: ['q-a', 'q-b'], theirs: ['q-a'], writes: ['q-a', 'q-b'] },
    { case: 'my copy lacks theirs', mine: ['q-a'], theirs: ['q-a', 'q-b'], writes: ['q-a', 'q-b'] },
    { case: 'the copies hold the same answers', mine: ['q-a', 'q-b'], theirs: ['q-a', 'q-b'], writes: null },
  ])('by message, when $case, writes $writes', ({ mine, theirs, writes }) => {
    const copy = (ids: string[]): Progress => ({ ...emptyProgress(), attempts: ids.map((id, index) => attempt(id, `2026-12-01T08:00:0${index}.000Z`)) });
    expect(joinHistoryOnly(copy(mine), copy(theirs))?.attempts.map((one) => one.questionId) ?? null).toEqual(writes);
  });
});
