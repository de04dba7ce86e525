import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A copy of the build whose task page says `marker`, with its service worker generated anew. */
function newBuild(marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aip-build-'));
  cpSync(dist, dir, { recursive: true });
  const page = join(dir, 'vi/lessons/task-2-2/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ` ${marker}</h1>`));
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

    // Progress made offline survives a reload.
    await page.goto(url('vi/lessons/task-2-2/skill-2-2-3/'));
    await page.locator('[data-read-toggle]').click();
    await page.reload();
    expect(await page.locator('[data-read-toggle]').getAttribute('aria-pressed')).toBe('true');

    // A page that was never built: the offline page of its language.
    await page.goto(url('en/not-a-page/'));
    expect(await page.locator('h1').textContent()).toBe('This page is not available offline');
    await page.goto(url('vi/khong-co/'));
    expect(await page.locator('h1').textContent()).toBe('Trang này chưa có khi ngoại tuyến');

    // A new build on the same origin: the open page offers it; after accepting, pages come from it.
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
      // The new worker precached the new build: it holds offline too.
      await second.close();
      await context.setOffline(true);
      await page.goto(url('en/lessons/task-2-2/skill-2-2-1/'));
      expect(await page.locator('article.prose').count()).toBe(1);
    } finally {
      await second.close().catch(() => undefined);
      await context.close();
    }
  });
});
