import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeScenarioParam } from '../../src/lib/simulator/scenario-link';
import { NUMBER_FIELDS } from '../../src/lib/simulator/fields';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, SharedTab, siteUrl, watchErrors } from './browser';

let browser: Browser;
/** The desktop tab the tests share; those that watch which code loads, or need a phone or the clipboard, open their own. */
let tab: SharedTab;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = new SharedTab(browser);
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

const fixture = (name: string) => `tests/fixtures/scenarios/${name}.json`;
const readFixture = (name: string): unknown => JSON.parse(readFileSync(fixture(name), 'utf8'));

/** The command-line tool is the reference: its output for the same file. */
function cli(file: string): Record<string, unknown> {
  return JSON.parse(execFileSync('node_modules/.bin/tsx', ['scripts/sim.ts', file], { encoding: 'utf8' }));
}

/** Paths of the CLI result's values that have an <output>: every leaf except the explanation texts. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    ['breakEvenReasons', 'savingsReason', 'reason', 'reasons'].includes(key) ? [] : leafPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function valueAt(result: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], result);
}

/** The simulator's islands: presets (plain links on its own page), form and results, charts and router. */

/** Scrolls to one of the islands that hydrate when seen, and waits until it runs. */
async function show(page: Page, island: '[data-simulator-presets]' | '[data-simulator]' | '[data-simulator-charts]', root = 'body'): Promise<void> {
  await page.locator(`${root} ${island}`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${root} ${island}[data-live="true"]`);
}
const showPresets = (page: Page, root?: string) => show(page, '[data-simulator-presets]', root);
const showForm = (page: Page, root?: string) => show(page, '[data-simulator]', root);
const showCharts = (page: Page, root?: string) => show(page, '[data-simulator-charts]', root);

async function openSimulator(page: Page, lang: 'vi' | 'en', scenario?: unknown): Promise<void> {
  const query = scenario === undefined ? '' : `?scenario=${encodeScenarioParam(scenario)}`;
  await page.goto(siteUrl(`${lang}/simulator/${query}`));
  await showForm(page);
}

/** data-value of every result the page shows (router outputs are not CLI results). */
async function outputs(page: Page, root = 'body'): Promise<Record<string, string | null>> {
  const pairs = await page.$$eval(`${root} output[data-key]`, (elements) =>
    elements.map((element) => [element.getAttribute('data-key')!, element.getAttribute('data-value')] as const),
  );
  return Object.fromEntries(pairs.filter(([key]) => !key.startsWith('router.')));
}

describe('results against the command-line tool', () => {
  it.each([
    ['all-sections', 'en'],
    ['bursty-office-hours', 'vi'],
    ['support-chatbot-cascade', 'en'],
    ['llama-70b-own-weights', 'vi'],
  ] as const)('%s (%s): every <output> holds the value the CLI prints', async (name, lang) => {
    const expected = cli(fixture(name));
    const page = await tab.blank();
    const errors = watchErrors(page);
    await openSimulator(page, lang, readFixture(name));
    const shown = await outputs(page);
    for (const path of leafPaths(expected)) expect(Object.keys(shown), `no <output> for ${path}`).toContain(path);
    for (const [key, value] of Object.entries(shown)) {
      const cliValue = valueAt(expected, key);
      expect(cliValue, `${key} is not in the CLI result`).not.toBeUndefined();
      expect(value, key).toBe(cliValue === null ? null : String(cliValue));
    }
    expect(errors).toEqual([]);
  });
});

describe('the simulator page', () => {
  it('recomputes on every input, keeps the scenario in the link and in storage, and copies the link', async () => {
    const context = await browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await openSimulator(page, 'en', readFixture('titan-steady-100k'));
    const before = await outputs(page);
    await page.fill('[data-field="workload.requestsPerDay"]', '200000');
    const after = await outputs(page);
    expect(Number(after['onDemand.monthly'])).toBeCloseTo(2 * Number(before['onDemand.monthly']), 6);
    // The link follows the form a moment after typing stops.
    const linked = () => {
      const param = new URL(page.url()).searchParams.get('scenario');
      return param && JSON.parse(Buffer.from(param, 'base64url').toString('utf8')).workload.requestsPerDay;
    };
    await expect.poll(linked).toBe(200000);

    await page.click('button:has-text("Copy link")');
    await expect.poll(() => page.locator('.link-status').textContent()).toMatch(/copied|copy this link/i);

    // The next visit, without the link, opens the stored scenario.
    await openSimulator(page, 'en');
    expect(await page.inputValue('[data-field="workload.requestsPerDay"]')).toBe('200000');
    await context.close();
  });

  it('the model picker groups the models by lifecycle status and dates the legacy ones', async () => {
    const page = await tab.blank();
    await openSimulator(page, 'en');
    const lifecycle = JSON.parse(readFileSync('content/pricing/model-lifecycle.json', 'utf8')) as { id: string; status: string; endOfLife?: string }[];
    const priced = (JSON.parse(readFileSync('content/pricing/bedrock-on-demand.json', 'utf8')) as { id: string; name: string }[]).map((model) => ({
      ...model,
      entry: lifecycle.find((entry) => entry.id === model.id),
    }));
    const groups = await page.$$eval('select[id$="-model"] optgroup', (nodes) =>
      (nodes as HTMLOptGroupElement[]).map((group) => ({
        label: group.label,
        options: [...group.querySelectorAll('option')].map((option) => ({ value: option.value, text: option.textContent })),
      })),
    );
    expect(groups.map((group) => group.label.split(':')[0])).toEqual([
      ...new Set(
        ['active', 'legacy']
          .filter((status) => priced.some((model) => (model.entry?.status ?? 'active') === status))
          .map((status) => (status === 'active' ? 'Active' : 'Legacy')),
      ),
    ]);
    for (const model of priced) {
      const group = groups.find((candidate) => candidate.options.some((option) => option.value === model.id));
      expect(group?.label.toLowerCase(), model.id).toMatch(new RegExp(`^${model.entry?.status ?? 'active'}`));
      const text = group?.options.find((option) => option.value === model.id)?.text;
      expect(text, model.id).toBe(
        model.entry?.status === 'legacy' && model.entry.endOfLife ? `${model.name} (end of life ${model.entry.endOfLife})` : model.name,
      );
    }
  });

  it.each([
    ['not base64url', 'scenario=%%%'],
    ['base64 of no JSON', 'scenario=bm90IGpzb24'],
    ['an outdated scenario', `scenario=${encodeScenarioParam({ workload: { requestsPerDay: 5, burstFactor: 15 }, model: 'gpt-4' })}`],
    ['a preset that does not exist', 'preset=no-such-preset'],
  ])('a link with %s opens the default scenario with a notice', async (_, query) => {
    const page = await tab.blank();
    const errors = watchErrors(page);
    await page.goto(siteUrl(`vi/simulator/?${query}`));
    await showForm(page);
    const notice = page.locator('.notice-bar[role="status"]');
    expect(await notice.textContent()).toMatch(/Không mở được tình huống trong link/);
    expect(await page.inputValue('[data-field="workload.requestsPerDay"]')).toBe('1000000');
    expect((await outputs(page))['recommendation.option']).toBe('provisioned');
    expect(errors).toEqual([]);
  });

  it('on a phone the first screen runs no simulator code; a preset is a link that opens its scenario', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(siteUrl('en/simulator/'));
    await page.waitForLoadState('networkidle');
    const islandCode = await page.$$eval('astro-island', (islands) =>
      islands.map((island) => new URL(island.getAttribute('component-url')!, location.href).pathname),
    );
    expect(islandCode.length).toBeGreaterThan(0);
    for (const code of islandCode) expect(scripts).not.toContain(code);
    expect(await page.locator('astro-island [data-simulator-presets]').count()).toBe(0);

    await page.click('[data-preset="bursty"]');
    await page.waitForURL(/[?&]preset=bursty/);
    await showForm(page);
    expect(await page.inputValue('[data-field="workload.requestsPerDay"]')).toBe('20000');
    // The page's link becomes the scenario's own, as after any change.
    await expect.poll(() => new URL(page.url()).searchParams.has('scenario')).toBe(true);
    expect(new URL(page.url()).searchParams.has('preset')).toBe(false);
    await context.close();
  });

  it('damaged storage opens the default scenario with a notice', async () => {
    const page = await tab.blank();
    await page.goto(siteUrl('en/'));
    await page.evaluate(() => localStorage.setItem('aip-c01:simulator:v1', '{"workload":'));
    await openSimulator(page, 'en');
    expect(await page.locator('.notice-bar[role="status"]').textContent()).toMatch(/saved last time is damaged/);
    expect(await page.inputValue('[data-field="workload.requestsPerDay"]')).toBe('1000000');
  });

  it('every numeric field answers -5, abc, 1e400 and nothing with a message beside it, and never NaN or Infinity', async () => {
    const page = await tab.blank();
    const errors = watchErrors(page);
    await openSimulator(page, 'en', readFixture('all-sections'));
    await page.check('label:has-text("requests-per-minute quota") input');
    await page.check('label:has-text("Has a latency SLA") input');
    await page.check('input[type="radio"][value="custom"]');
    const fields = await page.$$eval('input[data-field]', (inputs) => inputs.map((input) => input.getAttribute('data-field')!));
    expect(fields.sort()).toEqual(NUMBER_FIELDS.map((field) => field.key).sort());
    const valid = await outputs(page);
    for (const key of fields) {
      // One round trip per field: each value typed as the input event a keystroke sends, then what the page shows.
      const seen = await page.evaluate(
        async ({ key, values }) => {
          const input = document.querySelector<HTMLInputElement>(`input[data-field="${key}"]`)!;
          const original = input.value;
          const type = async (text: string) => {
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise(requestAnimationFrame);
          };
          const shown = [];
          for (const value of values) {
            await type(value);
            const outputs = [...document.querySelectorAll('output[data-key]')]
              .filter((element) => !element.getAttribute('data-key')!.startsWith('router.'))
              .map((element) => [element.getAttribute('data-key')!, element.getAttribute('data-value')] as const);
            const marks = [
              document.body.innerText,
              ...[...document.querySelectorAll('[data-value]')].map((element) => element.getAttribute('data-value') ?? ''),
              ...[...document.querySelectorAll('svg *')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value)),
            ].filter((text) => /NaN|Infinity/.test(text));
            shown.push({
              value,
              invalid: input.getAttribute('aria-invalid'),
              message: document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
              stale: document.querySelector('.results')?.getAttribute('data-stale'),
              outputs: Object.fromEntries(outputs),
              marks,
            });
          }
          await type(original);
          return { shown, invalidAfter: input.getAttribute('aria-invalid') };
        },
        { key, values: ['-5', 'abc', '1e400', ''] },
      );
      const label = NUMBER_FIELDS.find((field) => field.key === key)!.label.en;
      for (const { value, invalid, message, stale, outputs: shownOutputs, marks } of seen.shown) {
        const what = `${key} = ${JSON.stringify(value)}`;
        expect(invalid, what).toBe('true');
        expect(message, what).toContain(label);
        expect(message, what).toMatch(value === '' ? /empty/ : value === 'abc' ? /not a number/ : value === '1e400' ? /too large/ : /not allowed/);
        expect(stale, what).toBe('true');
        // The last valid results stay.
        expect(shownOutputs, what).toEqual(valid);
        expect(marks, what).toEqual([]);
      }
      expect(seen.invalidAfter, key).toBeNull();
    }
    expect(await page.getAttribute('.results', 'data-stale')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('keyboard only: Tab and Shift+Tab reach every control, and keys change each kind', async () => {
    const page = await tab.blank();
    await openSimulator(page, 'en');
    // Number every control the simulator shows, to know which ones Tab reaches. A radio group is one Tab stop
    // (its options are reached with the arrow keys, below).
    const total = await page.$$eval('.sim :is(input, select, textarea, button, summary, a[href])', (elements) => {
      const stops = elements.map((element, index) => (element.getAttribute('type') === 'radio' ? `radio:${element.getAttribute('name')}` : String(index)));
      elements.forEach((element, index) => element.setAttribute('data-kb', stops[index]!));
      return new Set(stops).size;
    });
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.closest('.sim')
          ? {
              kb: element.dataset.kb ?? null,
              tag: element.tagName,
              type: element.getAttribute('type'),
              field: element.dataset.field ?? null,
              preset: element.dataset.preset ?? null,
            }
          : null;
      });
    const reached = new Set<string>();
    let inside = false;
    for (let press = 0; press < 400; press++) {
      await page.keyboard.press('Tab');
      const at = await focused();
      if (at?.kb) reached.add(at.kb);
      if (at) inside = true;
      else if (inside) break;
    }
    expect(reached.size).toBe(total);
    const last = await page.$$eval('.sim [data-kb]', (elements) => elements.at(-1)!.getAttribute('data-kb'));
    await page.keyboard.press('Shift+Tab');
    expect((await focused())?.kb).toBe(last);

    // A preset is a link: Enter opens the page on its scenario.
    await page.focus('[data-preset="bursty"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('[data-simulator][data-live="true"] [data-field="workload.requestsPerDay"]')).toBe('20000');
    // Change one control of each kind with its keys, from the top of the simulator.
    await page.focus('[data-preset="bursty"]');
    const kinds = new Set<string>();
    for (let press = 0; press < 400 && kinds.size < 5; press++) {
      await page.keyboard.press('Tab');
      const at = await focused();
      if (!at) break;
      const before = await outputs(page);
      if (at.field === 'workload.requestsPerDay' && !kinds.has('text')) {
        await page.keyboard.press('End');
        await page.keyboard.type('0');
        expect(Number((await outputs(page))['onDemand.monthly'])).toBeCloseTo(10 * Number(before['onDemand.monthly']), 6);
        kinds.add('text');
      } else if (at.type === 'radio' && !kinds.has('radio')) {
        await page.keyboard.press('ArrowRight');
        expect(await page.isChecked('input[type="radio"][value="custom"]')).toBe(true);
        expect(await page.locator('input[data-field="workload.hourlyWeights[9]"]').count()).toBe(1);
        kinds.add('radio');
      } else if (at.tag === 'SELECT' && !kinds.has('select')) {
        const value = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe(value);
        kinds.add('select');
      } else if (at.type === 'checkbox' && !kinds.has('checkbox')) {
        const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
        await page.keyboard.press('Space');
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(!checked);
        kinds.add('checkbox');
      } else if (at.tag === 'SUMMARY' && !kinds.has('summary')) {
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);
        kinds.add('summary');
      }
    }
    expect([...kinds].sort()).toEqual(['checkbox', 'radio', 'select', 'summary', 'text']);
  });

  it('the router playground explains a query, runs the sample and feeds its share into the cascade', async () => {
    const page = await tab.blank();
    await openSimulator(page, 'vi', readFixture('support-chatbot-cascade'));
    await showCharts(page);
    await page.fill('textarea', 'So sánh chi phí on-demand và provisioned throughput cho 2 triệu request mỗi ngày, sau đó đề xuất kỳ hạn');
    expect(await page.getAttribute('output[data-key="router.tier"]', 'data-value')).toBe('large');
    expect(await page.locator('.router table tbody tr').count()).toBeGreaterThan(1);
    await page.fill('textarea', 'Xin chào!');
    expect(await page.getAttribute('output[data-key="router.tier"]', 'data-value')).toBe('small');
    await page.click('button:has-text("Chạy router")');
    const share = await page.locator('output[data-key="router.smallShare"]').getAttribute('data-value');
    expect(Number(share)).toBeGreaterThan(0);
    expect(await page.locator('.router table.confusion tbody tr').count()).toBe(2);
    await page.click('button:has-text("Dùng tỷ lệ này")');
    expect(await page.inputValue('[data-field="cascade.ps"]')).toBe(share);
    expect(await page.locator('[data-cascade-sentence]').textContent()).toMatch(/60–80%/);
  });

  it('on a phone the charts are built only when scrolled to, and then draw what the form holds', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openSimulator(page, 'en');
    const charts = page.locator('astro-island:has([data-simulator-charts])');
    const chartsCode = new URL((await charts.getAttribute('component-url'))!, page.url()).pathname;
    expect(requested).not.toContain(chartsCode);
    expect(await page.getAttribute('[data-simulator-charts]', 'data-live')).toBe('false');

    // Changed before the charts exist: once built they must show this scenario, not the page's default.
    await page.fill('[data-field="workload.requestsPerDay"]', '2500000');
    const summary = '[data-simulator-charts] figcaption span';
    const defaultSummary = await page.locator(summary).first().textContent();
    await showCharts(page);
    expect(requested).toContain(chartsCode);
    const changedSummary = await page.locator(summary).first().textContent();
    expect(changedSummary).not.toBe(defaultSummary);

    // The same scenario opened afresh, from the link the page keeps (saved a moment after the change).
    await expect.poll(() => page.evaluate(() => localStorage.getItem('aip-c01:simulator:v1'))).toContain('2500000');
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    // Only the charts are scrolled to: the island that runs first opens the link's scenario, whichever it is.
    await showCharts(fresh);
    expect(await fresh.locator(summary).first().textContent()).toBe(changedSummary);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violation in the light theme nor, switched by its toggle, in the dark one, every section and table shown', async () => {
    // The shared tab is in the light scheme, Playwright's default, and the stored theme is emptied before each test.
    const page = await tab.blank();
    await openSimulator(page, 'vi', readFixture('all-sections'));
    await showCharts(page);
    await page.check('input[type="radio"][value="custom"]');
    await page.fill('textarea', 'Phân tích ưu nhược điểm của Provisioned Throughput');
    await page.click('button:has-text("Chạy router")');
    await page.fill('[data-field="workload.burstFactor"]', '15');
    await page.$$eval('.sim details', (details) => details.forEach((element) => ((element as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-theme-toggle]');
    await page.waitForSelector('html[data-theme="dark"]');
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['390', PHONE],
    ['desktop', undefined],
  ] as const)('fits the screen at %s and is saved as a screenshot', async (name, phone) => {
    const page = phone ? await openPage(browser, phone) : await tab.blank();
    await openSimulator(page, 'vi', readFixture('all-sections'));
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/simulator-vi-${name}.png`, fullPage: true });
    if (phone) await page.context().close();
  });
});

describe('panels in the lessons', () => {
  it('skill 2.2.1: no simulator JS before the panel scrolls into view; then provisioned wins as traffic grows', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteUrl('vi/lessons/task-2-2/skill-2-2-1/'));
    await page.waitForLoadState('networkidle');
    const islands = page.locator('.lesson-panel[data-panel="deployment"] astro-island');
    expect(await islands.count()).toBe(3);
    const urls = (
      await islands.evaluateAll((elements) => elements.flatMap((element) => ['component-url', 'renderer-url'].map((name) => element.getAttribute(name)!)))
    ).map((url) => new URL(url, page.url()).pathname);
    for (const url of urls) expect(requested).not.toContain(url);

    await showPresets(page, '.lesson-panel[data-panel="deployment"]');
    await showForm(page, '.lesson-panel[data-panel="deployment"]');
    expect(requested).toContain(urls[0]);
    expect(requested).toContain(urls[2]);
    await page.click('[data-preset="steady-production"]');
    const panel = '.lesson-panel[data-panel="deployment"]';
    await page.fill(`${panel} [data-field="workload.requestsPerDay"]`, '100000');
    let shown = await outputs(page, panel);
    expect(Number(shown['provisioned.monthly'])).toBeGreaterThan(Number(shown['onDemand.monthly']));
    await page.fill(`${panel} [data-field="workload.requestsPerDay"]`, '2000000');
    shown = await outputs(page, panel);
    expect(Number(shown['provisioned.monthly'])).toBeLessThan(Number(shown['onDemand.monthly']));
    expect(shown['recommendation.option']).toBe('provisioned');
    await page.screenshot({ path: 'test-results/lesson-panel-deployment-390.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skill 2.2.3: the cascade panel shows the savings claim and passes axe once live', async () => {
    const page = await tab.blank();
    await page.goto(siteUrl('en/lessons/task-2-2/skill-2-2-3/'));
    await showPresets(page, '.lesson-panel');
    await showForm(page, '.lesson-panel');
    await showCharts(page, '.lesson-panel');
    // Two current Claude models only 3x apart in price save less than the lesson claims.
    expect(await page.locator('[data-cascade-sentence]').textContent()).toMatch(/below the lesson's 60–80%/);
    // A small model about 100x cheaper than the large one brings the saving into the band.
    await page.selectOption('.lesson-panel select[id$="-small"]', 'nova-micro');
    await expect.poll(() => page.locator('[data-cascade-sentence]').textContent()).toMatch(/within the lesson's 60–80%/);
    await page.fill('[data-field="cascade.e"]', '0.6');
    expect(await page.locator('[data-cascade-sentence]').textContent()).toMatch(/below the lesson's 60–80%/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
