/** The self-hosted font is cut to a fixed set of glyphs: every character the content and the interface write is in it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_GLYPHS } from '../../scripts/font-glyphs.mjs';
import { projectRoot } from './authoring/cli';

const glyphs = new Set(FONT_GLYPHS);
// Line breaks and tabs are not drawn; combining marks never reach the page (content is NFC, a check enforces it).
const undrawn = /[\n\r\t]/;

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.test(name))
    .map((name) => join(dir, name));
}

describe('the font carries every character the site writes', () => {
  it.each([
    ['content', /\.(md|mdx|ya?ml|json)$/],
    ['src/i18n', /\.ts$/],
  ])('%s', (dir, extensions) => {
    const missing = new Map<string, string>();
    for (const file of filesUnder(dir, extensions)) {
      for (const character of readFileSync(join(projectRoot, file), 'utf8').normalize('NFC')) {
        if (!glyphs.has(character) && !undrawn.test(character) && !missing.has(character)) missing.set(character, file);
      }
    }
    // Each entry: the character, its code point and the first file that writes it. Add it to scripts/font-glyphs.mjs.
    expect([...missing].map(([character, file]) => `${character} U+${character.codePointAt(0)?.toString(16)} ${file}`)).toEqual([]);
  });
});
