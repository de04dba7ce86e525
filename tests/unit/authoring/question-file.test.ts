/** One question file checked on its own, as the studio will: the same rules and messages as the whole-bank check. */
import { describe, expect, it } from 'vitest';
import { checkContent, loadBank } from '../../../src/authoring/check/index';
import { checkLessons } from '../../../src/authoring/check/lessons';
import { checkQuestionFile, type QuestionContext } from '../../../src/authoring/check/question-file';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import { readContentTree } from '../../../src/authoring/content-tree';
import { formatProblem } from '../../../src/authoring/problems';
import { courseSkills } from '../../../src/lessons/course-skills';
import { projectRoot } from './cli';

const tree = readContentTree(projectRoot);
const pages = checkLessons(tree.lessons).pages;
const context: QuestionContext = {
  cases: loadBank(tree).cases.map(({ data }) => data),
  skills: courseSkills(pages).map(({ code }) => code),
  pages: { vi: pages.filter((page) => page.lang === 'vi'), en: pages.filter((page) => page.lang === 'en') },
  lifecycles: null,
  evaluate: evaluateLikeCli,
};
const file = tree.questions.find((candidate) => candidate.file.endsWith('/q221-lambda-sporadic-cold-start.yaml'));
if (!file) throw new Error('fixture question missing');

describe('checkQuestionFile', () => {
  it('passes every question of the bank with no problem, as checkContent does', () => {
    expect(checkContent(tree, evaluateLikeCli).filter((problem) => problem.file.startsWith('content/questions/'))).toEqual([]);
    expect(tree.questions.flatMap((question) => checkQuestionFile(question, context).problems.map(formatProblem))).toEqual([]);
  });

  it.each([
    [
      'a skill no lesson defines, in the wrong folder',
      'skill: "2.2.1"',
      'skill: "2.2.9"',
      ['skill "2.2.9" but the file is in folder 2.2.1/', 'skill "2.2.9" is not defined by a lesson'],
    ],
    ['a reference to a missing section', 'task-2-2/skill-2-2-1#', 'task-2-2/skill-2-2-1#nowhere-', ['is not a section of the vi and en lessons']],
    ['a TODO left in', 'explanation: "', 'explanation: "TODO ', ['still a TODO placeholder']],
  ])('reports %s with the file, the line and the field', (_, from, to, messages) => {
    expect(file.text).toContain(from);
    const { problems } = checkQuestionFile({ ...file, text: file.text.replace(from, to) }, context);
    const printed = problems.map(formatProblem).join('\n');
    for (const message of messages) expect(printed).toContain(message);
    expect(printed).toMatch(/^content\/questions\/2\.2\.1\/q221-lambda-sporadic-cold-start\.yaml:\d+: /);
  });

  it('returns the schema problems alone when the file does not pass its schema', () => {
    const { question, problems } = checkQuestionFile({ ...file, text: file.text.replace('difficulty: ', 'difficulty: "hard" #') }, context);
    expect(question).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining('difficulty: difficulty "hard" is not one of 1, 2, 3')]);
  });
});
