import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.mjs';

// Byte budgets of the built site: deterministic, so asserted here rather than timed.
const dist = process.env.E2E_DIST ?? 'dist';
const KB = 1024;

describe('byte budgets (gzipped JavaScript loaded before any interaction)', () => {
  it.each([
    // A lesson page with a simulator panel (its code loads when the panel scrolls into view) and one without.
    { page: 'vi/lessons/task-2-2/', budget: 15 * KB },
    { page: 'en/lessons/task-2-2/skill-2-2-1/', budget: 15 * KB },
    { page: 'vi/lessons/task-2-2/skill-2-2-2/', budget: 15 * KB },
    { page: 'en/lessons/task-2-2/skill-2-2-2/', budget: 15 * KB },
    { page: 'vi/', budget: 15 * KB },
    // The start screen is HTML and a small script: the component runtime and a session's code load when one opens.
    { page: 'vi/quiz/', budget: 25_000 },
    { page: 'en/quiz/', budget: 25_000 },
    // The first screen is the presets, plain links; the form and the charts load as they scroll into view.
    { page: 'vi/simulator/', budget: 35 * KB },
    { page: 'en/simulator/', budget: 35 * KB },
    // The studio's first screen; its editor, checks and preview load when a file is opened.
    { page: 'vi/author/', budget: 35 * KB },
    { page: 'en/author/', budget: 35 * KB },
    { page: 'vi/history/', budget: 50 * KB },
    { page: 'vi/flashcards/', budget: 35 * KB },
  ])('$page stays under $budget bytes', ({ page, budget }) => {
    const file = join(dist, page, 'index.html');
    expect(existsSync(file), `${file} is built`).toBe(true);
    expect(pageWeight(dist, file).js).toBeLessThan(budget);
  });

  // What a first visit to a lesson transfers (HTML, eager JS, CSS, every font face the CSS names), and its fonts.
  it.each(['vi/lessons/task-2-2/', 'en/lessons/task-2-2/skill-2-2-1/', 'vi/lessons/task-2-2/skill-2-2-3/'])(
    '%s transfers under 80 KiB in all, fonts under 40 KB',
    (page) => {
      const { total, fonts } = pageWeight(dist, join(dist, page, 'index.html'));
      expect(fonts).toBeGreaterThan(0);
      expect(fonts).toBeLessThan(40 * 1000);
      expect(total).toBeLessThan(80 * KB);
    },
  );

  // A session fetches the parts of the bank it asks (one language, one skill each), never the whole bank.
  it('each part of the question bank is under 32 KB gzipped', () => {
    const parts = ['vi', 'en'].flatMap((lang) => readdirSync(join(dist, lang, 'quiz-bank')).map((file) => join(dist, lang, 'quiz-bank', file)));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(gzipSync(readFileSync(part)).length, part).toBeLessThan(32 * KB);
  });

  it('the service worker precaches under 2 MB in all', () => {
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    const base = process.env.BASE_PATH ?? '/';
    const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => decodeURIComponent(match[1] ?? '').slice(base.length));
    expect(urls.length).toBeGreaterThan(20);
    const total = urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0);
    expect(total).toBeLessThan(2 * KB * KB);
  });
});
