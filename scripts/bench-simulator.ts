// `node_modules/.bin/tsx scripts/bench-simulator.ts [dist]`: input-to-updated-results time of the simulator page
// in Chromium, over 200 changes per scenario, against the built site. Goal: p95 under 16 ms (one frame).
//
// Each change sets a numeric field's text and fires `input`, as typing does. Two times are taken from that
// moment: until the results in the DOM hold the new values (Svelte's update, after its microtask), and until
// style and layout of the changed page are done as well (forced by reading layout), which is what a frame
// would paint. Waiting for the real paint would add the wait for the next vsync, which is not our work.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { encodeScenarioParam } from '../src/lib/simulator/scenario-link';

const CHANGES = 200;
const WARM_UP = 20;
const dist = process.argv[2] ?? 'dist';

/** Scenarios measured: the page's default, and one with every section and chart. */
const SCENARIOS: { name: string; scenario?: unknown }[] = [
  { name: 'default (steady production)' },
  { name: 'all sections', scenario: JSON.parse(readFileSync('tests/fixtures/scenarios/all-sections.json', 'utf8')) },
];
/** Fields changed in turn, with the values they take: each redraws a different part. */
const FIELDS = [
  { key: 'workload.requestsPerDay', value: (i: number) => String(100000 + i * 1371) },
  { key: 'workload.burstFactor', value: (i: number) => String(1 + (i % 11) + 0.5) },
  { key: 'workload.outputTokens', value: (i: number) => String(200 + i) },
];

interface Sample {
  dom: number;
  layout: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const server = await serveStatic({ root: dist, base: '/' });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: string[][] = [];
  try {
    for (const { name, scenario } of SCENARIOS) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const query = scenario ? `?scenario=${encodeScenarioParam(scenario)}` : '';
      await page.goto(new URL(`vi/simulator/${query}`, server.url.endsWith('/') ? server.url : `${server.url}/`).href);
      // Its islands hydrate as they come into view: bring in the form, then the charts, so both update.
      for (const island of ['[data-simulator]', '[data-simulator-charts]']) {
        await page.locator(island).scrollIntoViewIfNeeded();
        await page.waitForSelector(`${island}[data-live="true"]`);
      }
      const samples: Sample[] = await page.evaluate(
        async ({ fields, changes, warmUp }) => {
          const valueOf = fields.map(({ value }) => new Function('i', `return (${value})(i)`) as (i: number) => string);
          const watched = document.querySelector('output[data-key="onDemand.monthly"]')!;
          const results: { dom: number; layout: number }[] = [];
          for (let i = 0; i < changes + warmUp; i++) {
            const field = fields[i % fields.length]!;
            const input = document.querySelector<HTMLInputElement>(`input[data-field="${field.key}"]`)!;
            const before = watched.getAttribute('data-value');
            const changed = new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              observer.observe(document.querySelector('.sim')!, { subtree: true, childList: true, characterData: true, attributes: true });
            });
            const start = performance.now();
            input.value = valueOf[i % fields.length]!(i);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await changed;
            // Every field here changes the on-demand figures or the charts; give Svelte's batch its microtask.
            await Promise.resolve();
            const dom = performance.now() - start;
            void document.body.offsetHeight;
            const layout = performance.now() - start;
            if (i >= warmUp) results.push({ dom, layout });
            if (before === null) throw new Error('no result to watch');
            // Let the browser paint between changes, as between keystrokes.
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          }
          return results;
        },
        { fields: FIELDS.map(({ key, value }) => ({ key, value: value.toString() })), changes: CHANGES, warmUp: WARM_UP },
      );
      const dom = samples.map((sample) => sample.dom).sort((a, b) => a - b);
      const layout = samples.map((sample) => sample.layout).sort((a, b) => a - b);
      const ms = (value: number) => value.toFixed(2);
      rows.push([
        name,
        String(samples.length),
        ms(quantile(dom, 0.5)),
        ms(quantile(dom, 0.95)),
        ms(quantile(layout, 0.5)),
        ms(quantile(layout, 0.95)),
        ms(layout.at(-1) ?? 0),
      ]);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const header = ['scenario', 'changes', 'DOM p50 ms', 'DOM p95 ms', 'layout p50 ms', 'layout p95 ms', 'layout max ms'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

await main();
