/** Every exported QTI item and manifest against the QTI 3.0 schema rules restated in qti-rules.ts. */
import { describe, expect, it } from 'vitest';
import { toQtiPackage } from '../../../src/authoring/export/qti3';
import { LOCALES } from '../../../src/core/locale';
import { exportSet, questions } from './real-bank';
import { manifestProblems, qtiProblems } from './qti-rules';

describe.each(LOCALES)('QTI 3.0 package in %s', (lang) => {
  // The bank, plus a copy of each question type under an id that starts with a digit.
  const digitIds = ['single', 'multiple', 'ordering', 'matching'].flatMap((type) => {
    const question = questions.find((candidate) => candidate.type === type);
    return question ? [{ ...question, id: `2${question.id}` }] : [];
  });
  const files = toQtiPackage({ ...exportSet, questions: [...questions, ...digitIds] }, lang);
  const [manifest, ...items] = files;

  it('has a manifest that keeps the content-package rules', () => {
    expect(
      manifestProblems(
        manifest?.content ?? '',
        files.map((file) => file.path),
      ),
    ).toEqual([]);
  });

  it.each(items.map((item) => [item.path, item.content] as const))('%s keeps the item rules', (_, content) => {
    expect(qtiProblems(content)).toEqual([]);
  });
});

describe('the restated rules catch what the schema refuses', () => {
  const [, item] = toQtiPackage({ ...exportSet, questions: [questions[0]!] }, 'en');
  const content = item?.content ?? '';

  it.each([
    ['an item identifier that starts with a digit', (xml: string) => xml.replace(/(<qti-assessment-item[^>]*\bidentifier=")/, '$12'), 'is an NCName'],
    ['a correct value that is no choice', (xml: string) => xml.replace(/(<qti-correct-response>\s*<qti-value>)[a-h]/, '$1z'), 'is a choice of the interaction'],
    [
      'the body before the declarations',
      (xml: string) => xml.replace(/(<qti-outcome-declaration[\s\S]*?<\/qti-outcome-declaration>)\s*(<qti-item-body>[\s\S]*?<\/qti-item-body>)/, '$2\n$1'),
      'declarations come before the body',
    ],
    ['a repeated choice identifier', (xml: string) => xml.replace(/identifier="b"/, 'identifier="a"'), 'choice identifiers are unique'],
    ['a shuffle that is not a boolean', (xml: string) => xml.replace('shuffle="true"', 'shuffle="yes"'), 'shuffle is a boolean'],
  ])('%s', (_, breakIt, rule) => {
    expect(qtiProblems(content)).toEqual([]);
    expect(qtiProblems(breakIt(content)).join('\n')).toContain(rule);
  });
});
