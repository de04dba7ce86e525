import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { PROGRESS_KEY } from '../../src/stores/progress';
import { DESKTOP_WITH_WORKER, launchBrowser } from './browser';

// This file runs its own server: it stops it to go offline and restarts it with a new build on the same port.
const dist = process.env.E2E_DIST ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const LESSONS = ['task-2-2', 'task-2-2/skill-2-2-1', 'task-2-2/skill-2-2-2', 'task-2-2/skill-2-2-3'];
/** A single-answer question whose right answer is d. */
const PRACTICE_QUESTION = 'q221-break-even-1-month';

const attempts = (page: Page) =>
  page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { attempts?: { questionId: string }[] }).attempts?.map((attempt) => attempt.questionId) ?? [],
    PROGRESS_KEY,
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** A copy of the build whose every page's heading says `marker`, with its service worker generated anew. */
function newBuild(marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aip-build-'));
  cpSync(dist, dir, { recursive: true });
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html'))) {
    const page = join(dir, file);
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ` ${marker}</h1>`));
  }
  execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { env: { ...process.env, BASE_PATH: base }, stdio: 'pipe' });
  return dir;
}

// One journey in named steps that share the page: each step has its own timeout, and a failure names its step.
describe(`offline reading (base ${base})`, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;
  let page: Page;
  /** The simulator's monthly on-demand cost after the offline change. */
  let changed: string | null;
  const url = (path: string) => new URL(path, server.url).href;
  const monthly = () => page.getAttribute('output[data-key="onDemand.monthly"]', 'data-value');

  beforeAll(async () => {
    server = await serveStatic({ root: dist, base });
    context = await browser.newContext(DESKTOP_WITH_WORKER);
    page = await context.newPage();
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await context?.close();
  });

  it('installs on the first visit and says the site is ready offline', async () => {
    await page.goto(url('vi/'));
    await waitForController(page);
    await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state')).toBe('ready');
  });

  it('opens every lesson in both languages with the server gone', async () => {
    await server.close();
    await context.setOffline(true);
    for (const lang of ['vi', 'en']) {
      for (const lesson of LESSONS) {
        await page.goto(url(`${lang}/lessons/${lesson}/`));
        expect(await page.locator('article.prose').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
      }
    }
  });

  it('marks a lesson read, answers a practice question and changes a simulator input offline', async () => {
    await page.goto(url('vi/lessons/task-2-2/skill-2-2-3/'));
    await page.locator('[data-read-toggle]').click();

    await page.goto(url(`en/quiz/?q=${PRACTICE_QUESTION}`));
    await page.waitForSelector('.question');
    await page.check('.question input[value="d"]');
    await page.click('button:text-is("Check")');
    await expect.poll(() => attempts(page)).toEqual([PRACTICE_QUESTION]);

    await page.goto(url('vi/simulator/'));
    await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-simulator][data-live="true"]');
    const before = await monthly();
    await page.fill('[data-field="workload.requestsPerDay"]', '123456');
    await expect.poll(monthly).not.toBe(before);
    changed = await monthly();
    // Kept in storage a moment after the change.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('aip-c01:simulator:v1'))).toContain('123456');
  });

  it('searches offline, typed without accents', async () => {
    await page.goto(url('vi/'));
    await page.keyboard.press('/');
    await page.fill('#search-input', 'chi phi co dinh');
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
  });

  it('still has the read mark, the answer and the simulator input after a reload offline', async () => {
    await page.goto(url('vi/lessons/task-2-2/skill-2-2-3/'));
    await page.reload();
    expect(await page.locator('[data-read-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await attempts(page)).toEqual([PRACTICE_QUESTION]);
    await page.goto(url('vi/simulator/'));
    await page.reload();
    await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-simulator][data-live="true"]');
    expect(await page.inputValue('[data-field="workload.requestsPerDay"]')).toBe('123456');
    expect(await monthly()).toBe(changed);
  });

  it('reviews a glossary flashcard and reads readiness offline', async () => {
    await page.goto(url('vi/flashcards/'));
    await page.click('.start button');
    await page.click('button:text-is("Hiện đáp án")');
    await page.click('button:text-is("Nhớ ngay")');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('aip-c01:progress:v1') ?? '{}').termReviews?.length)).toBe(1);
    await page.goto(url('en/'));
    await expect.poll(() => page.locator('[data-readiness-status]').textContent()).toBe('No exam date set yet.');
  });

  it('draws the study history offline, with the answer given offline', async () => {
    await page.goto(url('en/history/'));
    await page.waitForSelector('#activity-title');
    const today = await page.locator('figure[aria-labelledby="activity-title"] tbody tr').last().locator('td').allTextContents();
    // One answer to a question and one flashcard review, the last column.
    expect(today.slice(0, -1).reduce((sum, cell) => sum + Number(cell), 0)).toBe(1);
    expect(today.at(-1)).toBe('1');
  });

  it('shows the offline page of its language for a page that was never built', async () => {
    await page.goto(url('en/not-a-page/'));
    expect(await page.locator('h1').textContent()).toBe('This page is not available offline');
    await page.goto(url('vi/khong-co/'));
    expect(await page.locator('h1').textContent()).toBe('Trang này chưa có khi ngoại tuyến');
  });

  it('offers a new build on the same origin as an update, and reloads into it', async () => {
    await context.setOffline(false);
    server = await serveStatic({ root: newBuild('(v2)'), base, port: server.port });
    await page.goto(url('vi/lessons/task-2-2/'));
    expect(await page.locator('h1').textContent()).not.toContain('(v2)');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const banner = page.locator('[data-update-banner]');
    await banner.waitFor({ state: 'visible' });
    await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
    expect(await page.locator('h1').textContent()).toContain('(v2)');
    await page.goto(url('vi/lessons/task-2-2/'));
    expect(await page.locator('h1').textContent()).toContain('(v2)');
  });

  it('serves every page of the new build offline from the new precache', async () => {
    await server.close();
    await context.setOffline(true);
    for (const path of [
      ...LESSONS.flatMap((lesson) => ['vi', 'en'].map((lang) => `${lang}/lessons/${lesson}/`)),
      'vi/',
      'en/quiz/',
      'vi/simulator/',
      'en/glossary/',
    ]) {
      await page.goto(url(path));
      expect(await page.locator('h1').first().textContent(), path).toContain('(v2)');
    }
  });
});
