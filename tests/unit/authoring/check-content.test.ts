/**
 * The content check end to end: each fixture tree under tests/fixtures/authoring breaks one rule, and the real
 * script must print that rule's one line (file, line, field, message) and exit 1. The real content passes.
 */
import { describe, expect, it } from 'vitest';
import { fixtureRoot, runScript } from './cli';

const errorLines = (stdout: string) => stdout.split('\n').filter((line) => /^\S+:\d+: /.test(line) && !/: warning: /.test(line));

interface Row {
  fixture: string;
  /** `file:line: field: ` of each error, and a fragment of its message. */
  errors: { at: string; says: string }[];
}

const q = (name: string) => `content/questions/2.2.1/${name}.yaml`;

const rows: Row[] = [
  {
    fixture: 'bad-yaml',
    errors: [{ at: `${q('q221-bad-yaml')}:17: (yaml): `, says: 'not valid YAML: column 11: this quoted text is not closed: end it with " on the same line' }],
  },
  { fixture: 'missing-field', errors: [{ at: `${q('q221-missing-field')}:15: en.explanation: `, says: 'en.explanation is missing' }] },
  { fixture: 'wrong-type', errors: [{ at: `${q('q221-wrong-type')}:4: difficulty: `, says: 'difficulty "hard" is not one of 1, 2, 3' }] },
  {
    fixture: 'duplicate-id',
    errors: [
      { at: 'content/questions/2.2.1/q221-duplicate.yaml:1: id: ', says: 'is also used by content/questions/2.2.2/q221-duplicate.yaml' },
      { at: 'content/questions/2.2.2/q221-duplicate.yaml:1: id: ', says: 'is also used by content/questions/2.2.1/q221-duplicate.yaml' },
    ],
  },
  { fixture: 'wrong-select', errors: [{ at: `${q('q221-wrong-select')}:36: select: `, says: 'select 3 must equal the number of correct options, 2' }] },
  { fixture: 'missing-language', errors: [{ at: `${q('q221-missing-language')}:24: options[1].en: `, says: 'en block is missing' }] },
  {
    fixture: 'dangling-reference',
    errors: [
      {
        at: `${q('q221-dangling-reference')}:8: references[1]: `,
        says: 'reference "task-2-2/skill-2-2-1#khi-nao-chon-on-demand" is not a section of the vi and en lessons (anchors of task-2-2/skill-2-2-1: #kien-thuc-can-nam)',
      },
    ],
  },
  {
    fixture: 'undefined-skill',
    errors: [
      {
        at: 'content/questions/2.2.4/q224-undefined-skill.yaml:2: skill: ',
        says: 'skill "2.2.4" is not defined by a lesson: the lessons define 2.2.1 (a "### Skill 1.4.2: ..." heading defines one)',
      },
    ],
  },
  {
    fixture: 'verify-disagrees',
    errors: [
      { at: `${q('q221-verify-disagrees')}:28: verify: `, says: 'recommendation.option: expected "provisioned" (answer "a"), the simulator gives "onDemand"' },
    ],
  },
  { fixture: 'unknown-case', errors: [{ at: `${q('q221-unknown-case')}:4: case: `, says: 'case "case-nowhere" is not a file in content/cases/' }] },
  {
    fixture: 'id-not-file-name',
    errors: [
      {
        at: `${q('q221-file-name')}:1: id: `,
        says: 'id "q221-other-name" differs from the file name (rename the file to q221-other-name.yaml or set id: q221-file-name)',
      },
    ],
  },
  { fixture: 'bad-case', errors: [{ at: 'content/cases/case-no-scenario.yaml:4: en.scenario: ', says: 'en.scenario is empty' }] },
  { fixture: 'bad-shortcode', errors: [{ at: 'content/lessons/vi/task-2-2.md:13: shortcode mermaid: ', says: 'unknown shortcode' }] },
  { fixture: 'bad-glossary', errors: [{ at: 'content/glossary/terms.yaml:6: [1].id: ', says: 'id "on-demand" is also used by term [0] on line 1' }] },
  { fixture: 'bad-price', errors: [{ at: 'content/pricing/lambda.json:7: idleMinutes: ', says: '-10 is not allowed (must be a finite number >= 0)' }] },
];

describe.concurrent('check:content on broken fixtures', { timeout: 60_000 }, () => {
  it.each(rows)('$fixture: prints the problem and exits 1', async ({ fixture, errors }) => {
    const run = await runScript('check-content.ts', ['--root', fixtureRoot(fixture)]);
    const printed = errorLines(run.stdout);
    expect(printed).toHaveLength(errors.length);
    errors.forEach(({ at, says }, index) => {
      expect(printed[index]?.startsWith(at), `${printed[index]} starts with ${at}`).toBe(true);
      expect(printed[index]).toContain(says);
    });
    expect(run.code).toBe(1);
  });

  it('passes the real content with exit 0', async () => {
    const run = await runScript('check-content.ts', []);
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('accepts a question written from docs/authoring.md alone', async () => {
    const run = await runScript('check-content.ts', ['--root', fixtureRoot('from-docs')]);
    expect(errorLines(run.stdout)).toEqual([]);
    expect(run.stdout).not.toContain('q223-from-docs.yaml');
    expect(run.stdout).toContain('check:content: 1 question, ');
    expect(run.code).toBe(0);
  });
});
