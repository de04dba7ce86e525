/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format), one file per language. Texts are written as [html];
 * GIFT's reserved characters are escaped with a backslash. Ordering questions, which GIFT cannot express,
 * become matching questions "Step N -> item" (docs/authoring.md).
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
  STEP_LABEL,
  unpairedOptions,
  type LocalizedQuestion,
} from './localize';
import { formatWeight, htmlParagraphs } from './text';

/** GIFT's reserved characters ~ = # { } : and the backslash itself; a line break becomes \n, as Moodle writes it. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const html = (texts: readonly string[]) => escapeGift(htmlParagraphs(texts));

/**
 * A matching line "=left -> right". The left side is HTML, where a ">" is escaped, so it holds no "->" that
 * would end it early; the right side is plain text in Moodle.
 */
const matchLine = (leftText: string, rightText: string) => `\t=${html([leftText])} -> ${escapeGift(rightText.trim())}`;

function answers(localized: LocalizedQuestion, lang: Locale): string[] {
  const { question, options } = localized;
  const withFeedback = (prefix: string, text: string, feedback: string) => `\t${prefix}${html([text])}#${html([feedback])}`;
  switch (question.type) {
    case 'single':
      return options.map((option) => withFeedback(option.correct ? '=' : '~', option.text, option.feedback));
    case 'multiple': {
      const weights = multipleWeights(options);
      return options.map((option, index) => withFeedback(`~%${formatWeight(weights[index] ?? 0)}%`, option.text, option.feedback));
    }
    case 'ordering':
      return inOrder(localized).map((option, index) => matchLine(`${STEP_LABEL[lang]} ${index + 1}`, option.text));
    case 'matching':
      return [
        ...pairedOptions(localized).map(({ item, option }) => matchLine(item.text, option.text)),
        // An empty left side is how Moodle stores an extra, wrong answer of a matching question.
        ...unpairedOptions(localized).map((option) => `\t= -> ${escapeGift(option.text.trim())}`),
      ];
  }
}

export function giftQuestion(question: ClientQuestion, cases: readonly Case[], lang: Locale): string {
  const localized = localize(question, cases, lang);
  const tags = exportTags(question)
    .map((tag) => `[tag:${tag}]`)
    .join(' ');
  return [
    `// [id:${question.id}] ${tags}`,
    `::${escapeGift(questionTitle(localized))}::[html]${escapeGift(questionHtml(localized))}{`,
    ...answers(localized, lang),
    `\t####${escapeGift(generalFeedbackHtml(localized, lang))}`,
    '}',
  ].join('\n');
}

/** The whole bank: a $CATEGORY line per skill, questions separated by blank lines (GIFT's record separator). */
export function toGift({ course, questions, cases }: ExportSet, lang: Locale): string {
  const blocks = questionsBySkill(questions).flatMap(([skill, ofSkill]) => [
    `$CATEGORY: ${categoryPath(course, skill)}`,
    ...ofSkill.map((question) => giftQuestion(question, cases, lang)),
  ]);
  return `${blocks.join('\n\n')}\n`.normalize('NFC');
}
