/** Shared browser set-up: Debian's Chromium driven by playwright-core, never a downloaded browser. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { ClientBank } from '../../src/lib/quiz/bank-part';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page in a context of its own (fresh storage; axe needs a context); close it with `page.context().close()`. */
export async function openPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/** A fresh page (as `openPage`) at a site path such as "vi/quiz/". */
export async function openAt(browser: Browser, path: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await openPage(browser, options);
  await page.goto(siteUrl(path));
  return page;
}

/** The whole question bank, both languages, as the studio loads it: what tests read keys and texts from. */
export async function loadBank(): Promise<ClientBank> {
  const response = await fetch(siteUrl('author/quiz-bank.json'));
  if (!response.ok) throw new Error(`author/quiz-bank.json: HTTP ${response.status}`);
  return (await response.json()) as ClientBank;
}

/** Absolute URL of a site path such as "vi/lessons/task-2-2/". */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

/** Collects console errors and uncaught exceptions of a page, for tests to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/**
 * Scrolls to a `client:visible` island of the author page. The studio above it grows as it hydrates, so scroll only
 * once it has: a scroll made earlier can be undone before the island is ever seen.
 */
export async function scrollToStudioSection(page: Page, selector: string): Promise<void> {
  await page.waitForSelector('.studio .new button');
  await page.locator(selector).scrollIntoViewIfNeeded();
}
