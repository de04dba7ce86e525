import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hasMdxLessons } from '../../../../src/lessons/mdx/loader';

it('tells a lessons folder with an MDX lesson, at any depth, from one of Hugo pages only', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'mdx-lessons-'));
  mkdirSync(join(folder, 'vi', 'labs'), { recursive: true });
  writeFileSync(join(folder, 'vi', 'task-2-2.md'), '---\ntitle: T\n---\n');
  expect(await hasMdxLessons(folder)).toBe(false);
  writeFileSync(join(folder, 'vi', 'labs', 'lab.mdx'), '---\ntitle: L\n---\n');
  expect(await hasMdxLessons(folder)).toBe(true);
});
