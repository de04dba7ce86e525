/** The exporters on the real bank and on small tables: every question present, XML well formed, text intact. */
import { describe, expect, it } from 'vitest';
import { escapeGift, giftQuestion, toGift } from '../../../src/authoring/export/gift';
import { generalFeedbackHtml, localize, multipleWeights, questionTitle, type LocalizedOption } from '../../../src/authoring/export/localize';
import { moodleQuestion, toMoodleXml } from '../../../src/authoring/export/moodle-xml';
import { QTI_NAMESPACE, MANIFEST_NAMESPACE, qtiIdentifier, toQtiPackage } from '../../../src/authoring/export/qti3';
import { escapeXml, formatWeight, htmlParagraphs } from '../../../src/authoring/export/text';
import { LOCALES } from '../../../src/core/locale';
import type { QuestionOf, QuestionType } from '../../../src/schemas/question';
import { cases, exportSet, questions } from './real-bank';
import { xmlProblems } from './xml-well-formed';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const ofType = <T extends QuestionType>(type: T) => questions.find((question) => question.type === type) as QuestionOf<T>;

describe.each(LOCALES)('export of the real bank in %s', (lang) => {
  it('has questions to export', () => {
    expect(questions.length).toBeGreaterThan(40);
  });

  it('GIFT: one record per question, under a category per skill', () => {
    const gift = toGift(exportSet, lang);
    expect(count(gift, /^\/\/ \[id:/gm)).toBe(questions.length);
    for (const question of questions) expect(gift).toContain(`// [id:${question.id}]`);
    expect(count(gift, /^\$CATEGORY: AIP-C01\/Task 2\.2\/Skill 2\.2\.\d$/gm)).toBe(new Set(questions.map((q) => q.skill)).size);
  });

  it('Moodle XML: well formed, one question element per question', () => {
    const xml = toMoodleXml(exportSet, lang);
    expect(xmlProblems(xml)).toEqual([]);
    expect(count(xml, /<question type="(?:multichoice|ordering|matching)">/g)).toBe(questions.length);
    for (const question of questions) expect(xml).toContain(`<idnumber>${question.id}</idnumber>`);
  });

  it('QTI 3.0: a manifest and one well-formed item per question', () => {
    const files = toQtiPackage(exportSet, lang);
    expect(files.map((file) => file.path)).toEqual(['imsmanifest.xml', ...questions.map((question) => `items/${question.id}.xml`)]);
    for (const file of files) expect(xmlProblems(file.content), file.path).toEqual([]);
    const manifest = files[0]?.content ?? '';
    expect(manifest).toContain(`xmlns="${MANIFEST_NAMESPACE}"`);
    expect(count(manifest, /type="imsqti_item_xmlv3p0"/g)).toBe(questions.length);
    for (const file of files.slice(1)) {
      expect(file.content).toContain(`<qti-assessment-item xmlns="${QTI_NAMESPACE}"`);
      expect(file.content).toMatch(/<qti-(choice|order|match)-interaction /);
      expect(file.content).toContain('rptemplates/match_correct.xml');
    }
  });
});

describe('GIFT escaping', () => {
  it.each([
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['a\nb', 'a\\nb'],
    ['Chọn {BA}: A=B ~ #1', 'Chọn \\{BA\\}\\: A\\=B \\~ \\#1'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeGift(text)).toBe(escaped);
  });

  it('escapes the reserved characters in every text of a question', () => {
    const single = ofType('single');
    const tricky = 'x ~ = # { } : y';
    const question = {
      ...single,
      vi: { ...single.vi, prompt: tricky },
      options: single.options.map((option) => ({ ...option, vi: { text: tricky, feedback: tricky } })),
    };
    const record = giftQuestion(question, cases, 'vi');
    const body = record.split('\n').slice(1).join('\n');
    expect(body).not.toContain(tricky);
    // The prompt twice (the question's name and its text), each option's text and feedback once.
    expect(count(body, /x \\~ \\= \\# \\\{ \\\} \\: y/g)).toBe(2 + 2 * single.options.length);
  });
});

describe('Vietnamese text survives byte for byte', () => {
  // A prompt with no character any format escapes (GIFT's reserved ones, & < > and quotes).
  const question = questions.find((q) => /[^\x00-\x7f]/.test(q.vi.prompt) && !/[~=#{}:\\&<>"']/.test(q.vi.prompt));
  const bytes = Buffer.from(question?.vi.prompt ?? '', 'utf8');

  it.each([
    ['gift', () => toGift(exportSet, 'vi')],
    ['moodle-xml', () => toMoodleXml(exportSet, 'vi')],
    [
      'qti3',
      () =>
        toQtiPackage(exportSet, 'vi')
          .map((file) => file.content)
          .join('\n'),
    ],
  ])('%s', (_format, exported) => {
    expect(question).toBeDefined();
    expect(Buffer.from(exported(), 'utf8').includes(bytes)).toBe(true);
  });
});

describe('Moodle grading', () => {
  const option = (correct: boolean): LocalizedOption => ({ id: 'a', text: 't', feedback: 'f', correct, fixed: false });
  /** question_bank::fraction_options_full(), in percent. */
  const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];

  it.each([
    [2, 3],
    [2, 4],
    [3, 5],
    [3, 6],
    [4, 8],
  ])('%i correct of %i: right options share 100, wrong ones -100, each a grade Moodle accepts', (right, total) => {
    const weights = multipleWeights(Array.from({ length: total }, (_, index) => option(index < right)));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(weights.filter((weight) => weight > 0))).toBeCloseTo(100, 6);
    expect(sum(weights.filter((weight) => weight < 0))).toBeCloseTo(-100, 6);
    for (const weight of weights) expect(MOODLE_GRADES).toContain(Math.abs(Number(formatWeight(weight))));
  });

  it('writes a multiple question with positive and negative fractions', () => {
    const xml = moodleQuestion(ofType('multiple'), cases, 'en');
    expect(xml).toContain('<single>false</single>');
    expect(xml).toMatch(/fraction="-\d/);
  });

  it('writes an ordering question in qtype_ordering form, answers in the right order', () => {
    const question = ofType('ordering');
    const xml = moodleQuestion(question, cases, 'en');
    expect(xml).toContain('<question type="ordering">');
    const texts = [...xml.matchAll(/<answer fraction="(\d+)" format="html">\n\s*<text>(.*)<\/text>/g)].map((match) => [match[1], match[2]]);
    const inOrder = question.order.map((id, index) => [
      String(index + 1),
      escapeXml(htmlParagraphs([question.options.find((o) => o.id === id)?.en.text ?? ''])),
    ]);
    expect(texts).toEqual(inOrder);
  });

  it('writes an ordering question to GIFT as matching "Step N -> item"', () => {
    const question = ofType('ordering');
    const record = giftQuestion(question, cases, 'vi');
    expect(count(record, /^\t=<p>Bước \d+<\/p> -> /gm)).toBe(question.options.length);
  });

  it('writes a matching question with its unused options as extra answers', () => {
    const question = ofType('matching');
    const record = giftQuestion(question, cases, 'en');
    const unused = question.options.length - new Set(Object.values(question.pairs)).size;
    expect(count(record, /^\t= -> /gm)).toBe(unused);
    expect(count(record, /^\t=<p>/gm)).toBe(question.items.length);
  });

  it('puts the case scenario before the question text', () => {
    const question = questions.find((q) => q.case !== undefined);
    const shared = cases.find((c) => c.id === question?.case);
    const xml = question ? moodleQuestion(question, cases, 'en') : '';
    expect(shared).toBeDefined();
    expect(xml.indexOf(shared?.en.scenario.slice(0, 30) ?? '?')).toBeGreaterThan(0);
    expect(xml.indexOf(shared?.en.scenario.slice(0, 30) ?? '?')).toBeLessThan(xml.indexOf('</questiontext>'));
  });
});

describe('matching questions', () => {
  const question = ofType('matching');

  it('GIFT: an "->" inside an item does not split the pair (it is HTML-escaped on the left)', () => {
    const tricky = { ...question, items: question.items.map((item) => ({ ...item, en: { text: 'Haiku -> Sonnet' } })) };
    const lines = giftQuestion(tricky, cases, 'en')
      .split('\n')
      .filter((line) => line.startsWith('\t=<p>'));
    expect(lines).toHaveLength(question.items.length);
    for (const line of lines) expect(line.match(/->/g)).toHaveLength(1);
  });

  it('QTI: the correct response pairs each item with its option', () => {
    const item = toQtiPackage({ ...exportSet, questions: [question] }, 'en')[1]?.content ?? '';
    const values = [...item.matchAll(/<qti-value>(item-\S+ [a-h])<\/qti-value>/g)].map((match) => match[1]);
    expect(values).toEqual(Object.entries(question.pairs).map(([itemId, optionId]) => `item-${itemId} ${optionId}`));
  });
});

describe('names and identifiers a platform shows', () => {
  const single = ofType('single');
  const withPrompt = (prompt: string) => localize({ ...single, en: { ...single.en, prompt } }, cases, 'en');

  it.each([
    ['Which option fits?', 'Which option fits?'],
    ['  Which   option\nfits?  ', 'Which option fits?'],
    [
      'A company runs a chatbot for 40,000 users a day and wants predictable latency at the lowest monthly cost: which option?',
      'A company runs a chatbot for 40,000 users a day and wants predictable latency…',
    ],
  ])('names a question by its prompt, cut at a word: %j', (prompt, title) => {
    expect(questionTitle(withPrompt(prompt))).toBe(title);
  });

  it('Moodle XML and QTI name every question by its prompt, not its id', () => {
    const xml = toMoodleXml(exportSet, 'en');
    const items = toQtiPackage(exportSet, 'en').slice(1);
    for (const question of questions) {
      const title = questionTitle(localize(question, cases, 'en'));
      expect(xml).toContain(`<name><text>${escapeXml(title)}</text></name>`);
      expect(items.find((item) => item.path === `items/${question.id}.xml`)?.content).toContain(`title="${escapeXml(title)}"`);
    }
  });

  it.each([
    ['q221-poc', 'q221-poc'],
    ['221-poc', '_221-poc'],
    ['2026-plan', '_2026-plan'],
  ])('QTI identifier of %s is the NCName %s', (id, identifier) => {
    expect(qtiIdentifier(id)).toBe(identifier);
    expect(qtiIdentifier(id)).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });

  it('a question id that starts with a digit makes valid item and resource identifiers', () => {
    const [manifest, item] = toQtiPackage({ ...exportSet, questions: [{ ...single, id: '221-starts-with-digit' }] }, 'en');
    expect(item?.content).toContain('identifier="_221-starts-with-digit"');
    expect(manifest?.content).toContain('<resource identifier="_221-starts-with-digit"');
    expect(manifest?.content).toContain('href="items/221-starts-with-digit.xml"');
  });

  it('the general feedback of an ordering question lists the steps in the right order, numbered', () => {
    const ordering = ofType('ordering');
    const localized = localize({ ...ordering, order: [...ordering.order].reverse() }, cases, 'en');
    const feedback = generalFeedbackHtml(localized, 'en');
    const stepTexts = [...feedback.matchAll(/<li>Step (\d+)\. (.*?) — /g)].map((match) => [match[1], match[2]]);
    const expected = [...ordering.order].reverse().map((id, index) => [String(index + 1), ordering.options.find((option) => option.id === id)?.en.text ?? '']);
    expect(stepTexts).toEqual(expected);
  });
});
