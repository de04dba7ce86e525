/**
 * The fixture course of two tasks (tests/fixtures/two-task-course) through the scripts an instructor runs: its
 * skills come from its lessons, it checks clean, and its exports are named and filed by its own course.json.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runScript } from './cli';

const root = join(projectRoot, 'tests/fixtures/two-task-course');

describe('a course of two tasks from content', { timeout: 60_000 }, () => {
  it('check:content passes it with no error, a question of each task counted', async () => {
    const run = await runScript('check-content.ts', ['--root', root]);
    expect(run.stdout).toContain('check:content: 2 question, 0 case and 4 lesson files: 0 errors');
    expect(run.code).toBe(0);
  });

  it('exports GIFT named after its course, with a category per skill of each task', async () => {
    const out = mkdtempSync(join(tmpdir(), 'two-task-export-'));
    const run = await runScript('export.ts', ['--format', 'gift', '--lang', 'en', '--out', out, '--root', root]);
    expect(run.stderr).toBe('');
    expect(readdirSync(out)).toEqual(['aip-c01-task-1-4-en.gift.txt']);
    const gift = readFileSync(join(out, 'aip-c01-task-1-4-en.gift.txt'), 'utf8');
    expect(gift.match(/^\$CATEGORY: .*$/gm)).toEqual(['$CATEGORY: AIP-C01/Tasks 1.4 and 2.2/Skill 1.4.1', '$CATEGORY: AIP-C01/Tasks 1.4 and 2.2/Skill 2.2.1']);
    expect(gift).toContain('// [id:q141-new-embedding-dimension]');
    expect(gift).toContain('::What must the team do so that search stays correct?::[html]');
  });

  it('export refuses a course with an unfilled skeleton, naming the TODO fields, and writes nothing', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'two-task-todo-'));
    cpSync(root, copy, { recursive: true });
    const created = await runScript('new-question.ts', ['--skill', '1.4.1', '--type', 'single', '--id', 'q141-draft', '--root', copy]);
    expect(created).toMatchObject({ code: 0, stdout: 'content/questions/1.4.1/q141-draft.yaml\n' });
    const out = join(copy, 'out');
    const run = await runScript('export.ts', ['--format', 'moodle-xml', '--lang', 'en', '--out', out, '--root', copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/questions/1.4.1/q141-draft.yaml:');
    expect(run.stderr).toContain('en.prompt: warning: still a TODO placeholder');
    expect(existsSync(out)).toBe(false);
  });

  it('new:question refuses a skill no lesson defines, listing the skills of both tasks', async () => {
    const run = await runScript('new-question.ts', ['--skill', '9.9.9', '--type', 'single', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not one the lessons define (1.4.1, 2.2.1)');
  });
});
