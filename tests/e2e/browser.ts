/** Shared browser set-up: Debian's Chromium driven by playwright-core, never a downloaded browser. */
import { chromium, type Browser, type BrowserContextOptions, type CDPSession, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { axeViolations as runAxe } from '../../scripts/axe.mjs';
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

/**
 * One tab that a file's tests take turns in, each starting as a first visit does. A new context costs Chromium a new
 * renderer process: measured here, 0.7 s of CPU and 1.1 s of waiting per context, against 0.3 s and 0.4 s for leaving
 * this tab, emptying the site's storage and loading the next page. The HTTP cache stays warm, so a test that counts
 * what a first visit requests keeps a context of its own, as do tests that need other options (a phone, a dark
 * scheme, a fake clock, a locale, a service worker).
 */
export class SharedTab {
  #page: Page | undefined;
  #session: CDPSession | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly options: BrowserContextOptions = DESKTOP,
  ) {}

  /** The tab at `path`, as `blank` leaves it first. */
  async open(path: string): Promise<Page> {
    const page = await this.blank();
    await page.goto(siteUrl(path));
    return page;
  }

  async close(): Promise<void> {
    await this.#page?.context().close();
  }

  /** The tab on a blank page: the previous test's page left, its listeners and routes gone, the site's storage empty. */
  async blank(): Promise<Page> {
    if (!this.#page || this.#page.isClosed()) {
      this.#page = await openPage(this.browser, this.options);
      this.#session = await this.#page.context().newCDPSession(this.#page);
      return this.#page;
    }
    const page = this.#page;
    // Listeners and routes of the previous test (watchErrors, interceptions) go with it.
    for (const event of ['console', 'pageerror', 'dialog', 'download', 'request', 'response'] as const) page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // Leaving first ends the previous page's timers, so no late write lands after the storage is emptied.
    await page.goto('about:blank');
    await this.#session?.send('Storage.clearDataForOrigin', { origin: new URL(siteUrl()).origin, storageTypes: 'all' });
    return page;
  }
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

// Service workers are blocked unless a test is about offline reading: each fresh context would otherwise install the
// worker and precache the whole site (2 MB, gzipped by the test server) behind every test.
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' };
/** A desktop page whose service worker installs: for offline reading. */
export const DESKTOP_WITH_WORKER: BrowserContextOptions = { ...DESKTOP, serviceWorkers: 'allow' };

/** Collects console errors and uncaught exceptions of a page, for tests to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** axe's violations in the page as it is now, one line each: rule, help and the nodes it failed on. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await runAxe(page);
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Scrolls to a `client:visible` island of the author page, once the studio above it runs. */
export async function scrollToStudioSection(page: Page, selector: string): Promise<void> {
  await page.waitForSelector('.studio[data-live="true"] .new button');
  await page.locator(selector).scrollIntoViewIfNeeded();
}
