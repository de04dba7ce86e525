import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';
import { DESKTOP, launchBrowser } from './browser';

// This file runs its own server: it stops it to go offline and restarts it with a new build on the same port.
const dist = process.env.E2E_DIST ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const LESSONS = ['task-2-2', 'task-2-2/skill-2-2-1', 'task-2-2/skill-2-2-2', 'task-2-2/skill-2-2-3'];
/** A single-answer question whose right answer is d. */
const PRACTICE_QUESTION = 'q221-break-even-1-month';

const attempts = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('aip-c01:progress:v1') ?? '{}') as { attempts?: { questionId: string }[] }).attempts?.map(
        (attempt) => attempt.questionId,
      ) ?? [],
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

describe(`offline reading (base ${base})`, () => {
  it('after one visit every lesson works offline, progress made offline stays, unknown pages show the offline page, and a new build is offered as an update', async () => {
    const first = await serveStatic({ root: dist, base });
    const url = (path: string) => new URL(path, first.url).href;
    const context: BrowserContext = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(url('vi/'));
    await waitForController(page);
    await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state')).toBe('ready');

    await first.close();
    await context.setOffline(true);

    for (const lang of ['vi', 'en']) {
      for (const lesson of LESSONS) {
        await page.goto(url(`${lang}/lessons/${lesson}/`));
        expect(await page.locator('article.prose').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
      }
    }

    // Offline: mark a lesson read, answer a practice question, change a simulator input, search.
    await page.goto(url('vi/lessons/task-2-2/skill-2-2-3/'));
    await page.locator('[data-read-toggle]').click();

    await page.goto(url(`en/quiz/?q=${PRACTICE_QUESTION}`));
    await page.waitForSelector('.question');
    await page.check('.question input[value="d"]');
    await page.click('button:text-is("Check")');
    await expect.poll(() => attempts(page)).toEqual([PRACTICE_QUESTION]);

    await page.goto(url('vi/simulator/'));
    await page.waitForSelector('[data-simulator-presets][data-live="true"]');
    await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-simulator][data-live="true"]');
    const monthly = () => page.getAttribute('output[data-key="onDemand.monthly"]', 'data-value');
    const before = await monthly();
    await page.fill('[data-field="workload.requestsPerDay"]', '123456');
    await expect.poll(monthly).not.toBe(before);
    const changed = await monthly();
    // Kept in storage a moment after the change.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('aip-c01:simulator:v1'))).toContain('123456');

    await page.goto(url('vi/'));
    await page.keyboard.press('/');
    await page.fill('#search-input', 'chi phi co dinh');
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);

    // Reloaded, still offline: all of it is still there.
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

    // A page that was never built: the offline page of its language.
    await page.goto(url('en/not-a-page/'));
    expect(await page.locator('h1').textContent()).toBe('This page is not available offline');
    await page.goto(url('vi/khong-co/'));
    expect(await page.locator('h1').textContent()).toBe('Trang này chưa có khi ngoại tuyến');

    // A new build on the same origin: the open page offers it; after accepting, every page comes from it.
    await context.setOffline(false);
    const second = await serveStatic({ root: newBuild('(v2)'), base, port: first.port });
    try {
      await page.goto(url('vi/lessons/task-2-2/'));
      expect(await page.locator('h1').textContent()).not.toContain('(v2)');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const banner = page.locator('[data-update-banner]');
      await banner.waitFor({ state: 'visible' });
      await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
      expect(await page.locator('h1').textContent()).toContain('(v2)');
      await page.goto(url('vi/lessons/task-2-2/'));
      expect(await page.locator('h1').textContent()).toContain('(v2)');
      // The new worker precached the new build: offline, every page comes from it.
      await second.close();
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
    } finally {
      await second.close().catch(() => undefined);
      await context.close();
    }
  });
});
