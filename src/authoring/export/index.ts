/** The export formats by name, as `npm run export -- --format NAME` knows them. */
import type { Locale } from '../../core/locale';
import { toGift } from './gift';
import { exportFileBase, type ExportSet } from './localize';
import { toMoodleXml } from './moodle-xml';
import { toQtiPackage } from './qti3';
import { zipStore } from './zip';

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti3'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** File name inside the output folder. */
  name: string;
  /** Bytes on an ArrayBuffer, as a browser's Blob takes them. */
  content: string | Uint8Array<ArrayBuffer>;
}

export function exportBank(format: ExportFormat, set: ExportSet, lang: Locale): ExportFile {
  const base = `${exportFileBase(set.course)}-${lang}`;
  switch (format) {
    case 'gift':
      return { name: `${base}.gift.txt`, content: toGift(set, lang) };
    case 'moodle-xml':
      return { name: `${base}.moodle.xml`, content: toMoodleXml(set, lang) };
    case 'qti3':
      return { name: `${base}.qti3.zip`, content: zipStore(toQtiPackage(set, lang)) };
  }
}
