import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, DESKTOP, launchBrowser, siteUrl } from './browser';

// Every built page, both languages: no console error, no CSP violation, no axe violation, no broken link.
const dist = process.env.E2E_DIST ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) =>
    relative(dist, join(entry.parentPath, entry.name))
      .split(sep)
      .join('/')
      .replace(/index\.html$/, ''),
  )
  .filter((path) => path !== '')
  .sort();

const ids = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> | undefined {
  if (!ids.has(path)) {
    try {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')));
    } catch {
      return undefined;
    }
  }
  return ids.get(path);
}

let browser: Browser;
// One tab goes from page to page, as a reader would: a fresh context and tab cost about a second of CPU each
// (a new renderer process), more than most pages' own load.
let page: Page;
let problems: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext(DESKTOP)).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page', () => {
  it('covers both languages', () => {
    expect(pages.filter((path) => path.startsWith('vi/')).length).toBeGreaterThan(5);
    expect(pages.filter((path) => path.startsWith('en/')).length).toBe(pages.filter((path) => path.startsWith('vi/')).length);
  });

  it.each(pages)('%s', async (path) => {
    problems = [];
    await page.goto(siteUrl(path));
    await page.waitForLoadState('networkidle');

    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const target = url.pathname.slice(base.length);
      const targetIds = idsOf(target);
      if (!targetIds && !/\.[a-z0-9]+$/.test(target)) problems.push(`broken link: ${href}`);
      else if (targetIds && url.hash && !targetIds.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`broken anchor: ${href}`);
    }
    problems.push(...(await axeViolations(page)).map((violation) => `axe: ${violation}`));
    expect(problems).toEqual([]);
  });
});
