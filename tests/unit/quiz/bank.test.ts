/**
 * The real question bank through the one content check the build and `npm run check:content` run: no errors,
 * no item-writing or lifecycle warnings, the test-wise gate passed, and the coverage the course needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, loadBank } from '../../../src/authoring/check/index';
import { bankTestWise } from '../../../src/authoring/check/item-writing';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import { readContentTree } from '../../../src/authoring/content-tree';
import { formatProblem } from '../../../src/authoring/problems';
import { checkLessons } from '../../../src/authoring/check/lessons';
import { courseSkills } from '../../../src/lessons/course-skills';
import { QUESTION_TYPES } from '../../../src/schemas/question';
import { projectRoot } from '../authoring/cli';

const tree = readContentTree(projectRoot);
const problems = checkContent(tree, evaluateLikeCli);
const bank = loadBank(tree);
const questions = bank.questions.map(({ data }) => data);
const cases = bank.cases.map(({ data }) => data);
const SKILLS = courseSkills(checkLessons(tree.lessons).pages).map(({ code }) => code);
const lines = (severity: 'error' | 'warning') => problems.filter((problem) => problem.severity === severity).map(formatProblem);

describe('question bank', () => {
  it('passes the content check with no error', () => {
    expect(lines('error')).toEqual([]);
  });

  it('has no warning: item writing, lifecycle, placeholders and near-duplicates included', () => {
    expect(lines('warning')).toEqual([]);
  });

  it('gives a test-wise guesser no cue above the gate', () => {
    expect(bankTestWise(bank.questions, cases).failures).toEqual([]);
  });

  it('is written in NFC', () => {
    expect(
      tree.questions
        .concat(tree.cases)
        .filter((file) => file.text !== file.text.normalize('NFC'))
        .map((file) => file.file),
    ).toEqual([]);
  });

  const count = (keep: (question: (typeof questions)[number]) => boolean) => questions.filter(keep).length;
  it('covers every skill the lessons define', () => {
    expect(SKILLS).toEqual(['2.2.1', '2.2.2', '2.2.3']);
  });

  it.each([
    { what: 'questions', found: () => questions.length, minimum: 90 },
    ...SKILLS.map((skill) => ({ what: `questions of skill ${skill}`, found: () => count((q) => q.skill === skill), minimum: 26 })),
    ...SKILLS.flatMap((skill) =>
      QUESTION_TYPES.map((type) => ({
        what: `${type} questions of skill ${skill}`,
        found: () => count((q) => q.skill === skill && q.type === type),
        minimum: 1,
      })),
    ),
    { what: 'questions with verify', found: () => count((q) => q.verify !== undefined), minimum: 8 },
    { what: 'cases with at least 3 questions', found: () => cases.filter((c) => count((q) => q.case === c.id) >= 3).length, minimum: 4 },
  ])('has at least $minimum $what', ({ found, minimum }) => {
    expect(found()).toBeGreaterThanOrEqual(minimum);
  });
});

describe('a rewritten question reverted to its longest-key form', () => {
  // The question as it was before the item-writing rewrite: its key 2.3x the longest distractor.
  const file = 'content/questions/2.2.1/q221-lambda-sporadic-cold-start.yaml';
  const reverted = readFileSync(join(projectRoot, 'tests/fixtures/item-writing/q221-lambda-sporadic-cold-start.yaml'), 'utf8');
  const withRevert = { ...tree, questions: tree.questions.map((source) => (source.file === file ? { ...source, text: reverted } : source)) };
  const found = checkContent(withRevert, evaluateLikeCli)
    .filter((problem) => problem.file === file)
    .map(formatProblem);

  it('is warned at its key, with its length against the longest distractor, so the no-warning test above fails', () => {
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/questions\/2\.2\.1\/q221-lambda-sporadic-cold-start\.yaml:\d+: options\[\d\]\.en\.text: warning: key is \d+ characters, \d\.\d\dx the longest distractor/,
      ),
    );
  });
});
