/**
 * The studio's form over a question's YAML: every value the file holds becomes a field, the vi and en texts of the
 * same place paired side by side, everything else (id, skill, tags, misconceptions, correct flags…) a field of
 * its own. Editing a field sets that value in the YAML document, so the rest of the file keeps its layout.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { fieldName } from '../problems';
import { printYaml } from './yaml-format';

export type FieldPath = (string | number)[];
export type FieldValue = string | number | boolean;

export interface ValueField {
  path: FieldPath;
  /** "options[1].misconception": as problems name it. */
  name: string;
  value: FieldValue;
}

/** The vi and en texts of one place: "prompt", "options[1].text". */
export interface TextPair {
  /** The path without its language, shown as the pair's label. */
  name: string;
  vi: ValueField;
  en: ValueField;
}

export interface QuestionFields {
  texts: TextPair[];
  values: ValueField[];
}

function leaves(node: unknown, path: FieldPath, found: ValueField[]): void {
  if (isMap(node)) {
    for (const pair of node.items) if (isScalar(pair.key)) leaves(pair.value, [...path, String(pair.key.value)], found);
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => leaves(item, [...path, index], found));
  } else if (isScalar(node) && ['string', 'number', 'boolean'].includes(typeof node.value)) {
    found.push({ path, name: fieldName(path), value: node.value as FieldValue });
  }
}

const languageAt = (path: FieldPath) => path.findIndex((key) => key === 'vi' || key === 'en');

/** The fields of a parsed question file, texts paired by language, in file order. */
export function questionFields(document: Document): QuestionFields {
  const all: ValueField[] = [];
  leaves(document.contents, [], all);
  const texts: TextPair[] = [];
  const values: ValueField[] = [];
  for (const field of all) {
    const at = languageAt(field.path);
    if (at < 0) values.push(field);
    else if (field.path[at] === 'vi') {
      const other = [...field.path];
      other[at] = 'en';
      const en = all.find((candidate) => fieldName(candidate.path) === fieldName(other));
      const name = fieldName(field.path.filter((_, index) => index !== at));
      if (en) texts.push({ name, vi: field, en });
      else values.push(field);
    } else if (
      !all.some((candidate) => candidate.path[at] === 'vi' && fieldName(candidate.path.map((key, index) => (index === at ? 'en' : key))) === field.name)
    ) {
      values.push(field);
    }
  }
  return { texts, values };
}

/** The file with one value replaced; the value keeps its quoting, and nothing else of the file moves. */
export function setField(text: string, path: FieldPath, value: FieldValue): string {
  const document = parseDocument(text);
  const node = document.getIn(path, true);
  if (isScalar(node)) node.value = value;
  else document.setIn(path, value);
  return printYaml(document);
}
