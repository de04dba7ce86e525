/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): multichoice for single and multiple questions,
 * `ordering` (qtype_ordering, standard since Moodle 4.4) and `matching`. One category per skill.
 */
import type { Locale } from '../../core/locale';
import type { Case } from '../../schemas/case';
import type { ClientQuestion } from '../../schemas/question';
import {
  categoryPath,
  questionsBySkill,
  type ExportSet,
  exportTags,
  generalFeedbackHtml,
  inOrder,
  localize,
  multipleWeights,
  pairedOptions,
  questionHtml,
  questionTitle,
  unpairedOptions,
  type LocalizedQuestion,
} from './localize';
import { escapeXml, formatWeight, htmlParagraphs } from './text';

const textElement = (name: string, html: string, indent: string) => `${indent}<${name} format="html"><text>${escapeXml(html)}</text></${name}>`;

/** Single and multiple questions score each option; the others score the whole answer. */
const combinedFeedback = (indent: string) => ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((name) => textElement(name, '', indent));

function header(localized: LocalizedQuestion, type: string, lang: Locale): string[] {
  const { question } = localized;
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(questionTitle(localized))}</text></name>`,
    textElement('questiontext', questionHtml(localized), '    '),
    textElement('generalfeedback', generalFeedbackHtml(localized, lang), '    '),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
  ];
}

const tagsElement = (question: ClientQuestion) => [
  '    <tags>',
  ...exportTags(question).map((tag) => `      <tag><text>${escapeXml(tag)}</text></tag>`),
  '    </tags>',
  '  </question>',
];

/** Shuffle unless an option must keep its place: Moodle cannot pin single options. */
const shuffle = (localized: LocalizedQuestion) => (localized.options.some((option) => option.fixed) ? 'false' : 'true');

function body(localized: LocalizedQuestion): string[] {
  const { question, options } = localized;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const weights = question.type === 'multiple' ? multipleWeights(options) : options.map((option) => (option.correct ? 100 : 0));
      return [
        `    <single>${question.type === 'single'}</single>`,
        `    <shuffleanswers>${shuffle(localized)}</shuffleanswers>`,
        '    <answernumbering>abc</answernumbering>',
        ...combinedFeedback('    '),
        ...options.flatMap((option, index) => [
          `    <answer fraction="${formatWeight(weights[index] ?? 0)}" format="html">`,
          `      <text>${escapeXml(htmlParagraphs([option.text]))}</text>`,
          textElement('feedback', htmlParagraphs([option.feedback]), '      '),
          '    </answer>',
        ]),
      ];
    }
    case 'ordering':
      return [
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        '    <selectcount>0</selectcount>',
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        ...combinedFeedback('    '),
        // qtype_ordering reads the right order from the answers' order; fraction is the position.
        ...inOrder(localized).flatMap((option, index) => [
          `    <answer fraction="${index + 1}" format="html">`,
          `      <text>${escapeXml(htmlParagraphs([option.text]))}</text>`,
          textElement('feedback', htmlParagraphs([option.feedback]), '      '),
          '    </answer>',
        ]),
      ];
    case 'matching':
      return [
        `    <shuffleanswers>true</shuffleanswers>`,
        ...combinedFeedback('    '),
        // Answers of a matching question are plain text; a subquestion without text is a wrong extra answer.
        ...pairedOptions(localized).map(
          ({ item, option }) =>
            `    <subquestion format="html"><text>${escapeXml(htmlParagraphs([item.text]))}</text><answer><text>${escapeXml(option.text)}</text></answer></subquestion>`,
        ),
        ...unpairedOptions(localized).map(
          (option) => `    <subquestion format="html"><text></text><answer><text>${escapeXml(option.text)}</text></answer></subquestion>`,
        ),
      ];
  }
}

const MOODLE_TYPE: Record<ClientQuestion['type'], string> = { single: 'multichoice', multiple: 'multichoice', ordering: 'ordering', matching: 'matching' };

export function moodleQuestion(question: ClientQuestion, cases: readonly Case[], lang: Locale): string {
  const localized = localize(question, cases, lang);
  return [...header(localized, MOODLE_TYPE[question.type], lang), ...body(localized), ...tagsElement(question)].join('\n');
}

const categoryElement = (path: string) => `  <question type="category">\n    <category><text>${escapeXml(path)}</text></category>\n  </question>`;

export function toMoodleXml({ course, questions, cases }: ExportSet, lang: Locale): string {
  const blocks = questionsBySkill(questions).flatMap(([skill, ofSkill]) => [
    categoryElement(categoryPath(course, skill)),
    ...ofSkill.map((question) => moodleQuestion(question, cases, lang)),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${blocks.join('\n')}\n</quiz>\n`.normalize('NFC');
}
