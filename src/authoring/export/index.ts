/** The export formats by name, as `npm run export -- --format NAME` knows them. */
import type { Locale } from '../../core/locale';
import { courseFileBase } from '../../i18n/course';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { toQtiPackage } from './qti3';
import { zipStore } from './zip';

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti3'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** File name inside the output folder. */
  name: string;
  content: string | Uint8Array;
}

export function exportBank(format: ExportFormat, questions: readonly Question[], cases: readonly Case[], lang: Locale): ExportFile {
  const base = `${courseFileBase}-${lang}`;
  switch (format) {
    case 'gift':
      return { name: `${base}.gift.txt`, content: toGift(questions, cases, lang) };
    case 'moodle-xml':
      return { name: `${base}.moodle.xml`, content: toMoodleXml(questions, cases, lang) };
    case 'qti3':
      return { name: `${base}.qti3.zip`, content: zipStore(toQtiPackage(questions, cases, lang)) };
  }
}
