/**
 * A question written from docs/question-format.md by another author (tests/fixtures/authoring/from-docs)
 * goes through what the site does with a file in content/questions: the collection's schema, the build's
 * bank check (ids, case, verify against the simulator) and the question view model the quiz and the
 * author preview render. The browser tests cannot add a file to a build, so this is where it is proven.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreQuestion, type Response } from '../../../src/core/quiz/scoring';
import { checkContent } from '../../../src/authoring/check/index';
import { evaluateLikeCli } from '../../../src/authoring/check/simulator';
import { readContentTree } from '../../../src/authoring/content-tree';
import { formatProblem } from '../../../src/authoring/problems';
import { questionSchema, type Question } from '../../../src/schemas/question';
import { buildResponse, emptyDraft, feedbackRows, optionOrder } from '../../../src/components/quiz/question-model';
import { sectionHref } from '../../../src/i18n/paths';

const project = join(import.meta.dirname, '../../..');
const relativeFile = 'content/questions/2.2.3/q223-from-docs.yaml';
const fixture = join(project, 'tests/fixtures/authoring/from-docs', relativeFile);

/** The right answer of any type, as the controls would express it. */
function rightResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.find((option) => option.correct)?.id ?? '' };
    case 'multiple':
      return { type: 'multiple', choices: question.options.filter((option) => option.correct).map((option) => option.id) };
    case 'ordering':
      return { type: 'ordering', order: question.order };
    case 'matching':
      return { type: 'matching', pairs: question.pairs };
  }
}

describe.skipIf(!existsSync(fixture))('the from-docs fixture question', () => {
  const result = questionSchema.safeParse(parse(readFileSync(fixture, 'utf8')));

  it('validates with the collection schema', () => {
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('passes the content check the build runs, verify included, next to the real bank', () => {
    if (!result.success) return;
    const tree = readContentTree(project);
    const withFixture = { ...tree, questions: [...tree.questions, { file: relativeFile, text: readFileSync(fixture, 'utf8') }] };
    const errors = checkContent(withFixture, evaluateLikeCli).filter((problem) => problem.file === relativeFile && problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it('renders through the question view model in both languages and grades its right answer as correct', () => {
    if (!result.success) return;
    const question = result.data;
    const order = optionOrder(question, 0);
    expect([...order].sort()).toEqual(question.options.map((option) => option.id).sort());
    expect(buildResponse(question, emptyDraft(question, order))?.type ?? question.type).toBe(question.type);
    const score = scoreQuestion(question, rightResponse(question));
    expect(score.correct).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      expect(question[lang].prompt.trim()).not.toBe('');
      const rows = feedbackRows(question, score, lang, order);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.text.trim() !== '' && row.verdict !== 'wrong')).toBe(true);
    }
    for (const reference of question.references) expect(sectionHref('vi', reference)).toMatch(/^\/vi\/lessons\/task-2-2\//);
  });
});
