import { foldText } from './text-fold';

/** ASCII slug for URLs and anchors: "Khi nào chọn On-Demand:" -> "khi-nao-chon-on-demand". */
export function asciiSlug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
