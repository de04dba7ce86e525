/** The bank's YAML layout: every file round-trips byte for byte, so the studio saves only what an author changed. */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/authoring/content-tree';
import { printYaml } from '../../../src/authoring/studio/yaml-format';
import { projectRoot } from './cli';

const tree = readContentTree(projectRoot);

describe('printYaml', () => {
  it.each(tree.questions.concat(tree.cases).map((file) => [file.file, file.text] as const))('%s comes back byte for byte', (_, text) => {
    expect(printYaml(parseDocument(text))).toBe(text);
  });

  it.each([
    ['tags: [ a, b ]\n', 'tags: [a, b]\n'],
    ['x: { a: 1, b: [ 1, 2 ] }\n', 'x: { a: 1, b: [1, 2] }\n'],
    ['x: "[ not a list ]"\n', 'x: "[ not a list ]"\n'],
    ["x: 'it''s [ here ]'\n", "x: 'it''s [ here ]'\n"],
    ['x: []\n', 'x: []\n'],
    ['x: {}\n', 'x: {}\n'],
  ])('lays %j out as %j', (text, printed) => {
    expect(printYaml(parseDocument(text))).toBe(printed);
  });
});
