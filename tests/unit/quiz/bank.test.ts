/** The real question bank: every file valid, ids consistent, and enough questions of each kind. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { caseSchema, type Case } from '../../../src/schemas/case';
import { questionSchema, SKILLS, type Question } from '../../../src/schemas/question';

const root = join(import.meta.dirname, '../../../content');

interface Loaded<T> {
  file: string;
  text: string;
  data: T | null;
  problems: string[];
}

function load<T>(folder: string, schema: z.ZodType<T>): Loaded<T>[] {
  const files = (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.yaml')).sort();
  return files.map((file) => {
    const text = readFileSync(join(root, folder, file), 'utf8');
    try {
      const result = schema.safeParse(parse(text));
      const problems = (result.error?.issues ?? []).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
      return { file, text, data: result.success ? result.data : null, problems };
    } catch (error) {
      return { file, text, data: null, problems: [`not YAML: ${(error as Error).message}`] };
    }
  });
}

const questionFiles = load<Question>('questions', questionSchema);
const caseFiles = load<Case>('cases', caseSchema);
const questions = questionFiles.flatMap((file) => (file.data ? [file.data] : []));
const cases = caseFiles.flatMap((file) => (file.data ? [file.data] : []));

const problemsOf = (files: Loaded<unknown>[]) => files.flatMap((file) => file.problems.map((problem) => `${file.file}: ${problem}`));
const count = (keep: (question: Question) => boolean) => questions.filter(keep).length;

describe('question bank', () => {
  it('has valid question files', () => {
    expect(problemsOf(questionFiles)).toEqual([]);
  });

  it('has valid case files', () => {
    expect(problemsOf(caseFiles)).toEqual([]);
  });

  it('is written in NFC', () => {
    const notNfc = [...questionFiles, ...caseFiles].filter((file) => file.text !== file.text.normalize('NFC')).map((f) => f.file);
    expect(notNfc).toEqual([]);
  });

  it('names each question file after its id, in the folder of its skill', () => {
    const mismatched = questionFiles.flatMap(({ file, data }) =>
      data && (basename(file, '.yaml') !== data.id || dirname(file) !== data.skill) ? [`${file}: id ${data.id}, skill ${data.skill}`] : [],
    );
    expect(mismatched).toEqual([]);
  });

  it('names each case file after its id', () => {
    expect(caseFiles.flatMap(({ file, data }) => (data && basename(file, '.yaml') !== data.id ? [file] : []))).toEqual([]);
  });

  it('has unique question ids', () => {
    const ids = questions.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('refers only to existing cases', () => {
    const known = new Set(cases.map((c) => c.id));
    expect(questions.filter((q) => q.case !== undefined && !known.has(q.case)).map((q) => `${q.id}: ${q.case}`)).toEqual([]);
  });

  it.each([
    { what: 'questions', found: () => questions.length, minimum: 48 },
    ...SKILLS.map((skill) => ({ what: `questions of skill ${skill}`, found: () => count((q) => q.skill === skill), minimum: 14 })),
    { what: 'multiple questions', found: () => count((q) => q.type === 'multiple'), minimum: 10 },
    { what: 'ordering questions', found: () => count((q) => q.type === 'ordering'), minimum: 4 },
    { what: 'matching questions', found: () => count((q) => q.type === 'matching'), minimum: 4 },
    { what: 'questions with verify', found: () => count((q) => q.verify !== undefined), minimum: 8 },
    {
      what: 'cases with at least 3 questions',
      found: () => cases.filter((c) => count((q) => q.case === c.id) >= 3).length,
      minimum: 2,
    },
  ])('has at least $minimum $what', ({ found, minimum }) => {
    expect(found()).toBeGreaterThanOrEqual(minimum);
  });
});
