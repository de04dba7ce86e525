import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, DESKTOP, launchBrowser, openAt, PHONE, SharedTab, siteUrl, watchErrors } from './browser';

let browser: Browser;
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

/** Everything a page requested, as paths. */
function watchRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The shared tab at `path`; with `options` (a phone, the dark scheme), a page in a context of its own to close. */
const open = (path: string, options?: BrowserContextOptions) => (options ? openAt(browser, path, options) : tab.open(path));

const dialog = 'dialog.search-dialog';
const input = '#search-input';

async function openWithSlash(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector(`${dialog}[open]`);
  // Results need the index: wait until the loading message is gone.
  await page.waitForFunction(() => !document.querySelector('.search-dialog__status')?.textContent?.includes('…'));
}

describe('search', () => {
  // A context of its own: it counts the requests of a first visit, which nothing in a shared tab's cache may serve.
  it('loads no search code or index before first use, then both on the first /', async () => {
    const page = await open('vi/lessons/task-2-2/skill-2-2-1/', DESKTOP);
    const requests = watchRequests(page);
    await page.reload({ waitUntil: 'networkidle' });
    const before = requests.splice(0);
    expect(before.some((path) => path.endsWith('.js'))).toBe(true);
    // The Svelte runtime is shared with the simulator islands, which load when scrolled to: only search's own files count.
    expect(before.filter((path) => /search-dialog|search-index/.test(path))).toEqual([]);
    await openWithSlash(page);
    expect(requests.some((path) => /\/_astro\/search-dialog\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(requests).toContain(new URL(siteUrl('vi/search-index.json')).pathname);
    await page.context().close();
  });

  it('an unaccented query, ArrowDown and Enter open the exact section, with the accents marked', async () => {
    const page = await open('vi/');
    const errors = watchErrors(page);
    await openWithSlash(page);
    await page.fill(input, 'dac thu');
    const first = page.locator('[role="option"]').first();
    expect(await first.locator('.search-dialog__title mark').first().textContent()).toBe('đặc thù');
    expect(await page.locator('.search-dialog__status').textContent()).toMatch(/^\d+ kết quả$/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(input, 'aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#thach-thuc-dac-thu-cua-llm-deployment$/);
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('vi/lessons/task-2-2/skill-2-2-2/')).pathname);
    expect(await page.locator('#thach-thuc-dac-thu-cua-llm-deployment').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('Ctrl+K opens it; Escape closes it, even with text typed, and gives focus back to the button', async () => {
    const page = await open('en/lessons/task-2-2/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector(`${dialog}[open]`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.fill(input, 'throtle');
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="option"] mark').first().textContent()).toMatch(/^throttl/i);
    await page.keyboard.press('Escape');
    expect(await page.locator(`${dialog}[open]`).count()).toBe(0);
    // The dialog's close event, which gives focus back, comes a task after it closes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    // Opened again, it keeps the query and selects it for retyping.
    await page.click('[data-search-open]');
    await page.waitForSelector(`${dialog}[open]`);
    expect(await page.inputValue(input)).toBe('throtle');
  });

  it('/ typed into a text field is just a character', async () => {
    const page = await open('vi/');
    await openWithSlash(page);
    await page.fill(input, 'a');
    await page.keyboard.press('/');
    expect(await page.inputValue(input)).toBe('a/');
  });

  it('searches the other language too when asked', async () => {
    const page = await open('vi/');
    await openWithSlash(page);
    await page.fill(input, 'comparing deployment');
    expect(await page.locator('[role="option"][lang="en"]').count()).toBe(0);
    await page.check('.search-dialog__both input');
    const english = page.locator('[role="option"][lang="en"]').first();
    await english.waitFor();
    expect(await english.getAttribute('href')).toBe(new URL(siteUrl('en/lessons/task-2-2/skill-2-2-1/')).pathname + '#so-sanh-deployment-options');
  });

  // Light in the shared tab (Playwright's default scheme), dark in a context of its own.
  it.each([
    { name: 'light', dark: undefined },
    { name: 'dark', dark: { ...DESKTOP, colorScheme: 'dark' as const } },
  ])('has no axe violations with results open ($name)', async ({ name, dark }) => {
    const page = await open('vi/lessons/task-2-2/skill-2-2-1/', dark);
    await openWithSlash(page);
    await page.fill(input, 'provisioned');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/search-desktop-${name}.png` });
    if (dark) await page.context().close();
  });

  it.each([
    { name: 'light', colorScheme: 'light' as const },
    { name: 'dark', colorScheme: 'dark' as const },
  ])('fits a 390 px phone with 44 px targets ($name; axe checks this state at desktop width, above)', async ({ name, colorScheme }) => {
    const page = await open('vi/lessons/task-2-2/skill-2-2-1/', { ...PHONE, colorScheme });
    await page.click('[data-search-open]');
    await page.waitForSelector(`${dialog}[open]`);
    await page.fill(input, 'chi phi co dinh');
    await page.locator('[role="option"]').first().waitFor();
    const box = await page.locator(dialog).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    for (const target of ['[data-search-open]', '.search-dialog__close', input, '.search-dialog__both', '[role="option"]']) {
      expect((await page.locator(target).first().boundingBox())?.height, target).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: `test-results/search-390-${name}.png` });
    await page.context().close();
  });
});

describe('glossary', () => {
  // Every link of the page reaching a page and an id that exist, and axe, are checked by crawl.test.ts.
  it.each(['vi', 'en'])('the %s page lists terms in collation order, each with a link to a lesson section', async (lang) => {
    const page = await open(`${lang}/glossary/`);
    const terms = await page.locator('.term dfn').allTextContents();
    expect(terms.length).toBeGreaterThan(50);
    expect(terms).toEqual([...terms].sort(new Intl.Collator(lang).compare));
    expect(await page.locator('.site-nav a[href$="/glossary/"]').count()).toBe(1);
    expect(await page.locator('.term:not(:has(.section a[href*="/lessons/"]))').count()).toBe(0);
  });

  it('a search result for a term opens its entry', async () => {
    const page = await open('vi/');
    await openWithSlash(page);
    await page.fill(input, 'cold start');
    const term = page.locator('[role="group"][aria-labelledby="search-group-glossary"] [role="option"]').first();
    await term.click();
    await page.waitForURL(/\/vi\/glossary\/#cold-start$/);
    expect(await page.locator('#cold-start dfn').textContent()).toContain('Cold start');
  });
});
