/**
 * IMS QTI 3.0: one qti-assessment-item per question and an imsmanifest.xml listing them, with skill, difficulty
 * and tags as LOM keywords. Scoring uses the standard match_correct template (all or nothing), so per-option
 * feedback and the explanation, which that template cannot trigger, are not carried (docs/authoring.md).
 */
import type { Locale } from '../../core/locale';
import type { Case } from '../../schemas/case';
import type { Course } from '../../schemas/course';
import type { ClientQuestion } from '../../schemas/question';
import { exportFileBase, exportTags, inOrder, localize, pairedOptions, questionTitle, type ExportSet, type LocalizedQuestion } from './localize';
import { escapeXml, htmlParagraphs } from './text';

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const QTI_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
export const MANIFEST_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const MANIFEST_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const LOM_NAMESPACE = 'http://ltsc.ieee.org/xsd/LOM';
const LOM_SCHEMA = 'https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd';
const MATCH_CORRECT = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';

/** XHTML inside the item body: the same paragraphs as the other formats, valid as XML. */
const xhtml = (texts: readonly string[]) => htmlParagraphs(texts).replaceAll('<br>', '<br/>');

/** Item ids are kebab-case and could equal an option id (a..h); QTI needs the two sets distinct. */
const itemIdentifier = (id: string) => `item-${id}`;

/**
 * A QTI identifier (xs:ID, an NCName) for a question id: kebab-case ids may start with a digit, which an NCName
 * may not, so those take a leading underscore, which no kebab-case id has.
 */
export const qtiIdentifier = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `_${id}`);

function responseDeclaration(localized: LocalizedQuestion): { cardinality: string; baseType: string; values: string[] } {
  const { question, options } = localized;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        cardinality: question.type === 'single' ? 'single' : 'multiple',
        baseType: 'identifier',
        values: options.filter((option) => option.correct).map((option) => option.id),
      };
    case 'ordering':
      return { cardinality: 'ordered', baseType: 'identifier', values: inOrder(localized).map((option) => option.id) };
    case 'matching':
      return {
        cardinality: 'multiple',
        baseType: 'directedPair',
        values: pairedOptions(localized).map(({ item, option }) => `${itemIdentifier(item.id)} ${option.id}`),
      };
  }
}

const fixed = (isFixed: boolean) => (isFixed ? ' fixed="true"' : '');

function interaction(localized: LocalizedQuestion): string[] {
  const { question, options, items } = localized;
  const prompt = `      <qti-prompt>${xhtml([localized.prompt])}</qti-prompt>`;
  const choices = (element: string, indent: string, extra = '') =>
    options.map((option) => `${indent}<${element} identifier="${option.id}"${fixed(option.fixed)}${extra}>${escapeXml(option.text)}</${element}>`);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [
        `    <qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="${question.type === 'single' ? 1 : question.select}">`,
        prompt,
        ...choices('qti-simple-choice', '      '),
        '    </qti-choice-interaction>',
      ];
    case 'ordering':
      return [
        '    <qti-order-interaction response-identifier="RESPONSE" shuffle="true">',
        prompt,
        ...choices('qti-simple-choice', '      '),
        '    </qti-order-interaction>',
      ];
    case 'matching':
      return [
        `    <qti-match-interaction response-identifier="RESPONSE" shuffle="true" max-associations="${items.length}">`,
        prompt,
        '      <qti-simple-match-set>',
        ...items.map(
          (item) =>
            `        <qti-simple-associable-choice identifier="${itemIdentifier(item.id)}" match-max="1">${escapeXml(item.text)}</qti-simple-associable-choice>`,
        ),
        '      </qti-simple-match-set>',
        '      <qti-simple-match-set>',
        ...choices('qti-simple-associable-choice', '        ', ` match-max="${items.length}"`),
        '      </qti-simple-match-set>',
        '    </qti-match-interaction>',
      ];
  }
}

export function qtiItem(question: ClientQuestion, cases: readonly Case[], lang: Locale): string {
  const localized = localize(question, cases, lang);
  const { cardinality, baseType, values } = responseDeclaration(localized);
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${QTI_NAMESPACE} ${QTI_SCHEMA}"
  identifier="${qtiIdentifier(question.id)}" title="${escapeXml(questionTitle(localized))}" adaptive="false" time-dependent="false" xml:lang="${lang}">
  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="${baseType}">
    <qti-correct-response>
${values.map((value) => `      <qti-value>${escapeXml(value)}</qti-value>`).join('\n')}
    </qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-item-body>
${localized.context.length ? `    ${xhtml(localized.context)}\n` : ''}${interaction(localized).join('\n')}
  </qti-item-body>
  <qti-response-processing template="${MATCH_CORRECT}"/>
</qti-assessment-item>
`.normalize('NFC');
}

export const itemPath = (question: ClientQuestion) => `items/${question.id}.xml`;

function manifest(course: Course, questions: readonly ClientQuestion[], lang: Locale): string {
  const resource = (
    question: ClientQuestion,
  ) => `    <resource identifier="${qtiIdentifier(question.id)}" type="imsqti_item_xmlv3p0" href="${itemPath(question)}">
      <metadata>
        <lom:lom>
          <lom:general>
            <lom:language>${lang}</lom:language>
${exportTags(question)
  .map((tag) => `            <lom:keyword><lom:string language="en">${escapeXml(tag)}</lom:string></lom:keyword>`)
  .join('\n')}
          </lom:general>
        </lom:lom>
      </metadata>
      <file href="${itemPath(question)}"/>
    </resource>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${MANIFEST_NAMESPACE}" xmlns:lom="${LOM_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${MANIFEST_NAMESPACE} ${MANIFEST_SCHEMA} ${LOM_NAMESPACE} ${LOM_SCHEMA}"
  identifier="${qtiIdentifier(`${exportFileBase(course)}-${lang}`)}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
${questions.map(resource).join('\n')}
  </resources>
</manifest>
`;
}

export interface PackageFile {
  path: string;
  content: string;
}

/** The package's files: imsmanifest.xml first, then one item per question. */
export function toQtiPackage({ course, questions, cases }: ExportSet, lang: Locale): PackageFile[] {
  return [
    { path: 'imsmanifest.xml', content: manifest(course, questions, lang) },
    ...questions.map((question) => ({ path: itemPath(question), content: qtiItem(question, cases, lang) })),
  ];
}
