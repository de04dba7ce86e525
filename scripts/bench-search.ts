// `npx tsx scripts/bench-search.ts [dist]` after `astro build`: the size of each language's search index and how
// long a search takes, in Node and in Chromium, over 1,000 queries typed letter by letter (each keystroke searches).
// In Chromium it times the same search() the dialog calls, bundled by Vite, against the built index it fetches,
// then the whole keystroke in the real dialog (search and render); and it weighs the JavaScript a lesson page
// loads before and after search is first opened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { LOCALES, type Locale } from '../src/core/locale';
import { loadSearchIndex, search, type SearchIndexFile } from '../src/core/search/search-index';
import { serveStatic } from './static-server.mjs';
import { launchBrowser } from '../tests/e2e/browser';

const dist = process.argv[2] ?? 'dist';
const QUERIES = 1000;
const WARM_UP = 100;
const LESSON_PAGE = 'vi/lessons/task-2-2/skill-2-2-1/';

const SEARCHES: Record<Locale, string[]> = {
  vi: [
    'dac thu',
    'chi phi co dinh',
    'du doan duoc',
    'khong deu',
    'throtle',
    'provisioned',
    'cold start',
    'khi nao chon on demand',
    'sagemaker container',
    'model cascading',
    'right sizing',
    'quantization int8',
    'tokens per minute',
    'bộ nhớ GPU',
    'điểm hoà vốn',
    'cam kết 6 tháng',
    'lambda',
    'latency thấp',
    'provisoned throughput',
    'lamda',
  ],
  en: [
    'fixed cost',
    'predictable traffic',
    'throtle',
    'provisioned',
    'cold start',
    'when to choose on-demand',
    'sagemaker container',
    'model cascading',
    'right-sizing',
    'quantization int8',
    'tokens per minute',
    'gpu memory',
    'break-even',
    'six month commitment',
    'lambda',
    'low latency',
    'uneven traffic',
    'specific challenges',
    'provisoned throughput',
    'quantizaton',
  ],
};

/** What a reader types, one keystroke at a time ("c", "co", "col", ...), cycled to `count` queries. */
function keystrokes(searches: readonly string[], count: number): string[] {
  const typed = searches.flatMap((text) => Array.from({ length: text.length }, (_, end) => text.slice(0, end + 1)));
  return Array.from({ length: count }, (_, i) => typed[i % typed.length]!);
}

function quantiles(durations: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const row = (cells: string[], widths: number[]) =>
  console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));

const files = Object.fromEntries(LOCALES.map((lang) => [lang, readFileSync(join(dist, lang, 'search-index.json'), 'utf8')])) as Record<Locale, string>;

console.log('\nSearch index (goal: < 40 KB gzipped per language)');
row(['file', 'documents', 'raw', 'gzip'], [26, 10, 10, 10]);
for (const lang of LOCALES) {
  const file = JSON.parse(files[lang]) as SearchIndexFile;
  row([`${lang}/search-index.json`, String(file.documents.length), kb(files[lang].length), kb(gz(files[lang]))], [26, 10, 10, 10]);
}

const timings: { where: string; durations: number[] }[] = [];

// Node: the search function on the built index files.
for (const lang of LOCALES) {
  const index = loadSearchIndex(JSON.parse(files[lang]) as SearchIndexFile);
  const queries = keystrokes(SEARCHES[lang], QUERIES);
  queries.slice(0, WARM_UP).forEach((query) => search([index], query));
  timings.push({
    where: `Node ${process.version}, search() ${lang}`,
    durations: queries.map((query) => {
      const start = performance.now();
      search([index], query);
      return performance.now() - start;
    }),
  });
}

// Chromium: the same search() bundled for the browser, then the real dialog.
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: true, lib: { entry: 'src/core/search/search-index.ts', formats: ['iife'], name: 'searchBench' } },
});
const output = (Array.isArray(bundle) ? bundle[0] : bundle) as { output: { code?: string }[] };
const searchCode = output.output[0]?.code ?? '';

const server = await serveStatic({ root: dist, base: process.env.BASE_PATH ?? '/' });
const browser = await launchBrowser();
// bypassCSP: the bundled search() goes in as an inline script, which the site's policy rightly refuses.
const page: Page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true })).newPage();
const scripts: string[] = [];
page.on('response', (response) => {
  if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
});
await page.goto(`${server.url}${LESSON_PAGE}`, { waitUntil: 'networkidle' });
const base = new URL(server.url).pathname;
const weigh = (paths: string[]) => paths.reduce((sum, path) => sum + gz(readFileSync(join(dist, path.slice(base.length)))), 0);
const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''));
const before = weigh(scripts) + inline.reduce((sum, code) => sum + (code.trim() ? gz(code) : 0), 0);
const loadedBefore = scripts.splice(0);

await page.keyboard.press('/');
await page.waitForFunction(
  () => document.querySelector('dialog.search-dialog[open]') && !document.querySelector('.search-dialog__status')?.textContent?.includes('…'),
);
await page.waitForLoadState('networkidle');
const added = weigh(scripts);
const loadedAfter = scripts.splice(0);

await page.addScriptTag({ content: searchCode });
const chromium = await page.evaluate(
  async ({ url, queries, warmUp }) => {
    const { loadSearchIndex, search } = (window as unknown as { searchBench: typeof import('../src/core/search/search-index') }).searchBench;
    const index = loadSearchIndex(await (await fetch(url)).json());
    queries.slice(0, warmUp).forEach((query) => search([index], query));
    return queries.map((query) => {
      const start = performance.now();
      search([index], query);
      return performance.now() - start;
    });
  },
  { url: `${base}vi/search-index.json`, queries: keystrokes(SEARCHES.vi, QUERIES), warmUp: WARM_UP },
);
timings.push({ where: `Chromium ${browser.version()}, search() vi`, durations: chromium });

// A keystroke in the dialog: from the input event to the rendered results (Svelte updates in a microtask).
const keystroke = await page.evaluate(
  async (queries) => {
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    const durations: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      durations.push(performance.now() - start);
    }
    return durations;
  },
  keystrokes(SEARCHES.vi, QUERIES),
);
timings.push({ where: 'Chromium, dialog keystroke to results vi', durations: keystroke });
await browser.close();
await server.close();

console.log(`\nQuery time over ${QUERIES} keystroke queries (after ${WARM_UP} to warm up)`);
row(['where', 'p50', 'p95', 'max'], [44, 9, 9, 9]);
for (const { where, durations } of timings) {
  const { p50, p95, max } = quantiles(durations);
  row([where, ms(p50), ms(p95), ms(max)], [44, 9, 9, 9]);
}

console.log(`\nJavaScript on ${LESSON_PAGE} (gzipped; goal: < 15 KB before first use)`);
row(['', 'gzip', 'files'], [44, 9, 9]);
row(['before search is opened', kb(before), String(loadedBefore.length)], [44, 9, 9]);
row(['added by opening search', kb(added), String(loadedAfter.length)], [44, 9, 9]);
row(['added: the vi search index (JSON)', kb(gz(files.vi)), '1'], [44, 9, 9]);
console.log(`  before: ${loadedBefore.join(', ')}\n  added:  ${loadedAfter.join(', ')}`);
