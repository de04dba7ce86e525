import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, DESKTOP, launchBrowser, PHONE, SharedTab, siteUrl, watchErrors } from './browser';

let browser: Browser;
/** One tab goes from lesson to lesson, as a reader's does; a phone and other locales open contexts of their own. */
let tab: SharedTab;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = new SharedTab(browser);
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

const SKILLS = ['skill-2-2-1', 'skill-2-2-2', 'skill-2-2-3'];
const LESSON_PATHS = ['task-2-2', ...SKILLS.map((skill) => `task-2-2/${skill}`)];
const REFERENCES = [
  'https://docs.aws.amazon.com/bedrock/latest/userguide/prov-throughput.html',
  'https://aws.amazon.com/blogs/machine-learning/optimize-generative-ai-costs-on-amazon-bedrock/',
  'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html',
];

describe.each(['vi', 'en'])('the %s task page', (lang) => {
  it('shows both tables, the notice, the code block and the three reference links, with no shortcode left', async () => {
    const page = await tab.open(`${lang}/lessons/task-2-2/`);
    const errors = watchErrors(page);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const article = page.locator('article.prose');
    // The lesson's own tables, not those of the simulator panels embedded in it.
    const tables = article.locator('table:not(.lesson-panel table)');
    expect(await tables.count()).toBe(2);
    expect(await tables.first().locator('tbody tr').count()).toBe(4);
    expect(await tables.nth(1).locator('tbody tr').count()).toBe(5);
    const notice = article.locator('aside.notice.notice--info[role="note"]');
    expect(await notice.count()).toBe(1);
    expect(await notice.getAttribute('aria-label')).toBe(lang === 'vi' ? 'Thông tin' : 'Info');
    expect(await notice.locator('strong').first().textContent()).toBe('Model cascading');
    expect(await article.locator('pre').textContent()).toMatch(/User Request/i);
    for (const href of REFERENCES) expect(await article.locator(`a[href="${href}"]`).count()).toBe(1);
    expect(await page.content()).not.toMatch(/\{\{[%<]/);
    expect(errors).toEqual([]);
  });

  // axe checks each of these pages once, in crawl.test.ts.
  it.each(LESSON_PATHS)('%s has no shortcode, and a language switch to the same lesson', async (path) => {
    const page = await tab.open(`${lang}/lessons/${path}/`);
    expect(await page.content()).not.toMatch(/\{\{[%<]/);
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    const other = lang === 'vi' ? 'en' : 'vi';
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(`${other}/lessons/${path}/`)).pathname);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
  });
});

describe('reading on a phone', () => {
  it('fits 390 px: tables scroll in their own box, the page does not scroll sideways', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(siteUrl('vi/lessons/task-2-2/skill-2-2-1/'));
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = page.locator('.table-scroll').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/lesson-vi-390.png', fullPage: true });
    // The font with Vietnamese coverage is the one in use.
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Thách thức đặc thù'))).toBe(true);
    await context.close();
  });
});

describe('reading progress', () => {
  it('marks a lesson read, shows it in the menu, and keeps it after a reload', async () => {
    const page = await tab.open('vi/lessons/task-2-2/skill-2-2-2/');
    const toggle = page.locator('.read-toggle button');
    await toggle.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const menuLink = page.locator('nav.lesson-menu a[aria-current="page"]');
    await expect.poll(() => menuLink.textContent()).toContain('đã đọc');
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect.poll(() => page.locator('nav.lesson-menu a[aria-current="page"]').textContent()).toContain('đã đọc');
  });

  it('recovers damaged saved progress with a notice instead of breaking the page', async () => {
    const page = await tab.open('vi/');
    const errors = watchErrors(page);
    await page.evaluate(() => localStorage.setItem('aip-c01:progress:v1', '{not json'));
    await page.goto(siteUrl('vi/lessons/task-2-2/'));
    const toggle = page.locator('.read-toggle button');
    await toggle.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.read-toggle [role="status"]').count()).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The damaged original is kept aside, not thrown away.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('aip-c01:progress:v1:damaged:'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('site chrome', () => {
  it.each([
    { locale: 'vi-VN', expected: 'vi' },
    { locale: 'en-US', expected: 'en' },
    { locale: 'fr-FR', expected: 'vi' },
  ])('/ sends a $locale browser to /$expected/', async ({ locale, expected }) => {
    const context = await browser.newContext({ ...DESKTOP, locale });
    const page = await context.newPage();
    await page.goto(siteUrl(''));
    await page.waitForURL((url) => url.pathname.endsWith(`/${expected}/`));
    expect(await page.getAttribute('html', 'lang')).toBe(expected);
    await context.close();
  });

  // The shared tab is in the light scheme, Playwright's default.
  it('the theme toggle switches to dark, is remembered, and dark pages pass axe', async () => {
    const page = await tab.open('en/lessons/task-2-2/');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keyboard: the skip link is the first stop and moves focus to the content', async () => {
    const page = await tab.open('vi/lessons/task-2-2/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
  });
});
