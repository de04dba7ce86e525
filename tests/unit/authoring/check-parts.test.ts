/** The pure parts of the content check, as tables. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/authoring/check/index';
import { todoPaths } from '../../../src/authoring/check/bank';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, questionText, shingles, similarPairs } from '../../../src/authoring/check/near-duplicates';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import { readContentTree } from '../../../src/authoring/content-tree';
import { fieldName, formatProblem, type Problem } from '../../../src/authoring/problems';
import { questionSkeleton } from '../../../src/authoring/skeleton';
import { parseYamlSource } from '../../../src/authoring/yaml-source';
import { QUESTION_TYPES, questionSchema } from '../../../src/schemas/question';
import { questions } from './real-bank';
import { fixtureRoot, projectRoot, runScript } from './cli';

describe('formatProblem', () => {
  const problem: Problem = { severity: 'error', file: 'content/questions/2.2.1/q.yaml', line: 12, field: 'select', message: 'select 3 must equal 2' };
  it.each([
    [problem, 'content/questions/2.2.1/q.yaml:12: select: select 3 must equal 2'],
    [{ ...problem, severity: 'warning' as const }, 'content/questions/2.2.1/q.yaml:12: select: warning: select 3 must equal 2'],
  ])('%#', (input, line) => {
    expect(formatProblem(input)).toBe(line);
  });

  it.each([
    [[], '(file)'],
    [['options', 2, 'misconception'], 'options[2].misconception'],
    [[0, 'id'], '[0].id'],
  ])('fieldName(%j) = %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});

describe('lineOf: the key, or its nearest parent when missing', () => {
  const source = parseYamlSource('q.yaml', 'id: q\nvi:\n  prompt: "x"\noptions:\n  - id: a\n    vi: { text: "t" }\n  - id: b\n');
  it.each([
    [['id'], 1],
    [['vi', 'prompt'], 3],
    [['vi', 'explanation'], 2],
    [['options', 0, 'vi', 'text'], 6],
    [['options', 1, 'en'], 7],
    [['select'], 1],
  ])('%j -> line %i', (path, line) => {
    expect(source.lineOf(path)).toBe(line);
  });

  it('offsets lines of an embedded block (lesson front matter starts on line 2)', () => {
    expect(parseYamlSource('l.md', 'title: x\ndate: y', { firstLine: 2 }).lineOf(['date'])).toBe(3);
  });
});

describe('todoPaths', () => {
  it.each([
    [
      { a: 'done', b: ['TODO text', 'x'], c: { d: 'todo-tag' } },
      [
        ['b', 0],
        ['c', 'd'],
      ],
    ],
    [{ a: 'Todos los modelos', b: 'mastodon' }, []],
  ])('%j', (value, paths) => {
    expect(todoPaths(value)).toEqual(paths);
  });
});

describe('near-duplicates', () => {
  it('jaccard of word triples', () => {
    expect(jaccard(shingles('a b c d'), shingles('a b c d'))).toBe(1);
    expect(jaccard(shingles('a b c d'), shingles('a b c e'))).toBeCloseTo(1 / 3);
    expect(shingles('Chọn ĐÚNG ba')).toEqual(new Set(['chon dung ba']));
  });

  it('finds no pair in the real bank (no false alarms)', () => {
    expect(similarPairs(questions.map(questionText))).toEqual([]);
  });

  it('flags a real question copied with its numbers changed', () => {
    // A long scenario with few numbers, so that the copy differs in its numbers rather than being mostly numbers.
    const digitRuns = (q: (typeof questions)[number]) => (q.en.scenario.match(/\d+/g) ?? []).length;
    const original = questions.filter((q) => q.en.scenario.length > 200).sort((a, b) => digitRuns(a) - digitRuns(b))[0] ?? questions[0];
    if (!original) throw new Error('empty bank');
    const edit = (text: string) => text.replace(/\d+/g, (digits) => String(Number(digits) + 1));
    const copy = {
      vi: { ...original.vi, prompt: edit(original.vi.prompt), scenario: edit(original.vi.scenario) },
      en: { ...original.en, prompt: edit(original.en.prompt), scenario: edit(original.en.scenario) },
    };
    const similarity = jaccard(shingles(questionText(original)), shingles(questionText(copy)));
    expect(similarity).toBeGreaterThan(0.5);
    expect(similarity).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
  });
});

describe('question skeletons', () => {
  it.each(QUESTION_TYPES)('%s: passes the schema and the check, with TODO warnings only', (type) => {
    const text = questionSkeleton({ id: 'q223-new', skill: '2.2.3', lessonPath: 'task-2-2/skill-2-2-3', type, today: '2026-11-29' });
    expect(questionSchema.safeParse(parse(text)).error?.issues ?? []).toEqual([]);
    const problems = checkContent({ ...readContentTree(projectRoot), questions: [{ file: 'content/questions/2.2.3/q223-new.yaml', text }] }, evaluateLikeCli);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.every((problem) => problem.message.startsWith('still a TODO'))).toBe(true);
  });

  it('new:question writes the file once, prints its path, and refuses to overwrite it', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'new-question-'));
    cpSync(join(fixtureRoot('dangling-reference'), 'content/lessons'), join(root, 'content/lessons'), { recursive: true });
    const args = ['--skill', '2.2.1', '--type', 'ordering', '--id', 'q221-steps', '--root', root];
    const first = await runScript('new-question.ts', args);
    expect(first).toMatchObject({ code: 0, stdout: 'content/questions/2.2.1/q221-steps.yaml\n' });
    const written = readFileSync(join(root, 'content/questions/2.2.1/q221-steps.yaml'), 'utf8');
    expect(written).toContain('type: "ordering"');
    expect(written).toContain('- "task-2-2/skill-2-2-1"');
    const second = await runScript('new-question.ts', args);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    const unknown = await runScript('new-question.ts', ['--skill', '1.4.2', '--type', 'single', '--root', root]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--skill "1.4.2" is not one the lessons define (2.2.1)');
  });
});
