/** The build's cross-file checks (src/lib/quiz/bank.ts), on the real bank and on broken copies of it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBank, type QuestionFile } from '../../../src/lib/quiz/bank';
import { caseSchema } from '../../../src/schemas/case';
import { questionSchema } from '../../../src/schemas/question';

const project = join(import.meta.dirname, '../../..');
const yamlFiles = (folder: string) =>
  (readdirSync(join(project, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.yaml')).sort();

const files: QuestionFile[] = yamlFiles('content/questions').map((file) => ({
  file: relative(project, join(project, 'content/questions', file)),
  question: questionSchema.parse(parse(readFileSync(join(project, 'content/questions', file), 'utf8'))),
}));
const cases = yamlFiles('content/cases').map((file) => caseSchema.parse(parse(readFileSync(join(project, 'content/cases', file), 'utf8'))));

const withVerify = files.find((entry) => entry.question.verify !== undefined);

describe('bank check at build time', () => {
  it('passes the real bank, and every verify block agrees with the simulator', () => {
    const { problems, verify } = checkBank(files, cases);
    expect(problems).toEqual([]);
    expect(Object.values(verify).filter((status) => status.state === 'agrees').length).toBeGreaterThanOrEqual(8);
  });

  it('names the file, the field and the reason when verify disagrees, with expected and actual', () => {
    const original = withVerify?.question.verify;
    if (!withVerify || !original) throw new Error('the bank has no question with verify');
    const { question, file } = withVerify;
    const { scenario, path, answer } = original;
    const broken: QuestionFile = { file, question: { ...question, verify: { scenario, path, answer, lessThan: -1 } } };
    const { problems, verify } = checkBank([broken], cases);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file}: verify: ${question.id}: verify ${path}: expected a number < -1 \\(answer "${answer}"\\), the simulator gives `));
    expect(verify[question.id]?.state).toBe('disagrees');
  });

  it('reports a file named after another id, a question in the wrong skill folder, an unknown case and a duplicate id', () => {
    const [first] = files;
    if (!first) throw new Error('empty bank');
    const { question } = first;
    const problems = checkBank(
      [
        { file: `content/questions/${question.skill}/renamed.yaml`, question },
        { file: `content/questions/9.9.9/${question.id}.yaml`, question: { ...question, case: 'no-such-case' } },
      ],
      cases,
    ).problems;
    expect(problems).toEqual([
      `content/questions/${question.skill}/renamed.yaml: id: "${question.id}" must equal the file name "renamed"`,
      `content/questions/9.9.9/${question.id}.yaml: id: "${question.id}" is already used by content/questions/${question.skill}/renamed.yaml`,
      `content/questions/9.9.9/${question.id}.yaml: skill: "${question.skill}" must equal the folder "9.9.9"`,
      `content/questions/9.9.9/${question.id}.yaml: case: "no-such-case" is not a file in content/cases/`,
    ]);
  });
});
