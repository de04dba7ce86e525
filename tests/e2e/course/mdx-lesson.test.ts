/**
 * An instructor's MDX lesson in the fixture course (content/lessons/<lang>/practice-lab.mdx): a page like the
 * Hugo ones (menu, previous/next, read mark, search, offline) whose simulator panel, notice and questions come
 * from components the file uses without importing them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pageWeight } from '../../../scripts/page-weight.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { PROGRESS_KEY } from '../../../src/stores/progress';
import { axeViolations, DESKTOP_WITH_WORKER, launchBrowser, SharedTab, siteUrl, watchErrors } from '../browser';

const dist = process.env.E2E_DIST ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const LAB = 'lessons/practice-lab/';
const TITLE = { vi: 'Thực hành: chọn cách triển khai', en: 'Lab: choosing a deployment' };
/** The questions of the lab, in its order, with a right and a wrong option of each. */
const PROTOTYPE = { id: 'q221-prototype-traffic', right: 'b' };
const EMBEDDING = { id: 'q141-new-embedding-dimension', wrong: 'a' };

let browser: Browser;
let tab: SharedTab;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = new SharedTab(browser);
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

const open = (path: string) => tab.open(path);

const stored = (page: Page) =>
  page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? '{"attempts":[],"cards":{}}') as {
        attempts: { questionId: string; outcome: string }[];
        cards: Record<string, unknown>;
      },
    PROGRESS_KEY,
  );

/** Scrolls an island's section into view and waits until every island in it has hydrated. */
async function hydrate(page: Page, section: string): Promise<void> {
  await page.locator(section).scrollIntoViewIfNeeded();
  await page.waitForFunction((selector) => !document.querySelector(`${selector} astro-island[ssr]`), section);
}

describe('an MDX lesson', () => {
  it.each(['vi', 'en'] as const)('is a lesson page of its own in %s: menu, breadcrumbs, previous/next, outline, language switch', async (lang) => {
    const page = await open(`${lang}/${LAB}`);
    const errors = watchErrors(page);
    expect(await page.locator('h1').textContent()).toBe(TITLE[lang]);
    expect(await page.locator('.lesson-menu a[aria-current="page"]').textContent()).toContain(TITLE[lang]);
    expect(await page.locator('.breadcrumbs a[aria-current="page"]').textContent()).toBe(TITLE[lang]);
    // Weight 3 puts it after both task pages: the last skill page of Task 2.2 comes before it.
    const previous = page.locator('a[rel="prev"]');
    expect(new URL((await previous.getAttribute('href')) ?? '', page.url()).pathname).toBe(new URL(siteUrl(`${lang}/lessons/task-2-2/skill-2-2-1/`)).pathname);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    expect(await page.locator('.outline a').count()).toBe(2);
    await previous.click();
    await page.waitForURL(/skill-2-2-1\/$/);
    await page.click('a[rel="next"]');
    await page.waitForURL(new RegExp(`/${lang}/${LAB}$`));
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe(TITLE[lang === 'vi' ? 'en' : 'vi']);
    expect(errors).toEqual([]);
  });

  it('loads as little JavaScript before any interaction as a Hugo lesson with a panel: the islands wait to be seen', () => {
    for (const lang of ['vi', 'en']) expect(pageWeight(dist, `${dist}/${lang}/${LAB}index.html`).js).toBeLessThan(15 * 1024);
  });

  it('renders the notice as the Hugo shortcode does, and has no axe violation', async () => {
    const page = await open(`en/${LAB}`);
    const notice = page.locator('article.prose aside.notice.notice--tip[role="note"]');
    expect(await notice.getAttribute('aria-label')).toBe('Tip: Reading the result');
    expect(await notice.locator('.notice__title svg.notice__icon').count()).toBe(1);
    expect(await notice.locator('strong').textContent()).toBe('On-Demand');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("hydrates the simulator panel only when scrolled to, opened on the author's preset", async () => {
    const page = await open(`vi/${LAB}`);
    const errors = watchErrors(page);
    const panel = '.lesson-panel[data-panel="deployment"]';
    expect(await page.locator(`${panel} astro-island[ssr]`).count()).toBeGreaterThan(0);
    // The panel's form and results: an island of its own, hydrated as it scrolls into view.
    await page.locator(`${panel} [data-simulator]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${panel} [data-simulator][data-live="true"]`);
    // proof-of-concept: 300 requests a day, for which On-Demand is the advice (the default preset advises Provisioned).
    expect(await page.inputValue(`${panel} [data-field="workload.requestsPerDay"]`)).toBe('300');
    expect(await page.getAttribute(`${panel} output[data-key="recommendation.option"]`, 'data-value')).toBe('onDemand');
    expect(errors).toEqual([]);
  });

  it('practises its questions in place: feedback after Check, answers in the progress the quiz reviews', async () => {
    const page = await open(`en/${LAB}`);
    const errors = watchErrors(page);
    const questions = '[data-lesson-questions]';
    // Below the fold, the questions are the server's HTML until they scroll into view.
    expect(await page.locator(`${questions} astro-island[ssr]`).count()).toBe(1);
    await hydrate(page, questions);
    const question = page.locator(`${questions} .question`);
    expect(await question.getAttribute('data-question-id')).toBe(PROTOTYPE.id);
    expect(await question.locator('.question__title').textContent()).toBe('Question 1 of 2');

    await question.locator(`input[value="${PROTOTYPE.right}"]`).check();
    await page.click(`${questions} button:text-is("Check")`);
    expect(await question.locator('.verdict').textContent()).toContain('Correct');
    expect(await question.locator('.feedback-label').first().textContent()).toBe('Explanation');
    await expect
      .poll(async () => (await stored(page)).attempts)
      .toEqual([{ questionId: PROTOTYPE.id, at: expect.any(String), outcome: 'correct', chosen: [PROTOTYPE.right] }]);

    await page.click(`${questions} button:text-is("Next")`);
    await question.locator(`input[value="${EMBEDDING.wrong}"]`).check();
    await page.click(`${questions} button:text-is("Check")`);
    expect(await question.locator('.verdict').textContent()).toContain('Incorrect');
    await expect
      .poll(async () => (await stored(page)).attempts.map(({ questionId, outcome }) => [questionId, outcome]))
      .toEqual([
        [PROTOTYPE.id, 'correct'],
        [EMBEDDING.id, 'wrong'],
      ]);
    expect(Object.keys((await stored(page)).cards).sort()).toEqual([EMBEDDING.id, PROTOTYPE.id].sort());
    await page.click(`${questions} button:text-is("Finish")`);
    expect(await page.locator(`${questions} [role="status"]`).textContent()).toBe('Done! You answered 1 of 2 correctly.');

    // The quiz sees the wrong answer: one question to review.
    await page.goto(siteUrl('en/quiz/?mode=review'));
    await page.waitForSelector('.start button[type="submit"]:not([disabled])');
    await expect.poll(() => page.locator('label:has(input[value="review"]) .hint').textContent()).toMatch(/^1 question/);
    expect(errors).toEqual([]);
  });

  it('is marked read like any lesson, in the menu too, and stays so after a reload', async () => {
    const page = await open(`en/${LAB}`);
    const toggle = page.locator('[data-read-toggle="en/practice-lab"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.locator('[data-read-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.lesson-menu a[aria-current="page"]').getAttribute('data-read')).not.toBeNull();
  });

  it.each([
    { lang: 'vi', query: 'phong thi nghiem chi phi' },
    { lang: 'en', query: 'cost laboratory' },
  ])('is found by search in $lang: "$query" opens it', async ({ lang, query }) => {
    const page = await open(`${lang}/`);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    await page.fill('#search-input', query);
    const first = page.locator('[role="option"]').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname).toBe(new URL(siteUrl(`${lang}/${LAB}`)).pathname);
  });
});

describe('an MDX lesson offline', () => {
  it('is precached by the service worker and opens with no network', async () => {
    const worker = readFileSync(`${dist}/sw.js`, 'utf8');
    for (const lang of ['vi', 'en']) expect(worker).toContain(`url:"${base}${lang}/${LAB}index.html"`);

    // A server of its own, stopped to go offline.
    const server = await serveStatic({ root: dist, base });
    const context = await browser.newContext(DESKTOP_WITH_WORKER);
    try {
      const page = await context.newPage();
      await page.goto(new URL('vi/', server.url).href);
      await page.evaluate(() => navigator.serviceWorker.ready);
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
      await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state')).toBe('ready');
      await server.close();
      await context.setOffline(true);
      for (const lang of ['vi', 'en'] as const) {
        await page.goto(new URL(`${lang}/${LAB}`, server.url).href);
        expect(await page.locator('h1').textContent()).toBe(TITLE[lang]);
        expect(await page.locator('[data-lesson-questions] .question').count()).toBe(1);
      }
    } finally {
      await server.close().catch(() => undefined);
      await context.close();
    }
  });
});
