/**
 * The question studio in Chromium: a new question of each type written through the form, the build's own lint
 * showing next to the field and going once fixed, the file downloaded and passing `npm run check:content` as is.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { QUESTION_TYPES } from '../../src/schemas/question-kinds';
import { projectRoot, runScript } from '../unit/authoring/cli';
import { DESKTOP_WITH_WORKER, launchBrowser, SharedTab, siteUrl, watchErrors } from './browser';

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

async function openStudio(): Promise<Page> {
  const page = await tab.open('en/author/');
  await page.waitForSelector('.studio[data-live="true"] .new button');
  return page;
}

/** Sets a field as a person does: type the value, leave the field. */
async function setValue(page: Page, id: string, value: string): Promise<void> {
  const field = page.locator(`[id="${id}"]`);
  await field.fill(value);
  await field.blur();
}

/** Replaces every TODO of the form, texts in the language of their column, ids in kebab-case. */
async function fillTodos(page: Page): Promise<void> {
  for (;;) {
    const next = await page.evaluate(() => {
      const field = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.studio textarea:not(#studio-yaml), .studio input[type="text"]'),
      ].find((element) => /todo/i.test(element.value));
      return field ? { id: field.id, value: field.value } : null;
    });
    if (!next) return;
    const name = next.id.replace(/^studio-/, '');
    const place = name
      .replace(/-/g, ' ')
      .replace(/\b(vi|en)\b/, '')
      .trim();
    const value = /misconception/.test(name)
      ? `studio-mistake-${name.match(/options-(\d+)/)?.[1] ?? 'x'}`
      : /tags/.test(name)
        ? 'studio'
        : /\bvi\b/.test(name.replace(/-/g, ' '))
          ? `Nội dung thử cho ${place} trong bài`
          : `Sample wording for ${place} here`;
    await setValue(page, next.id, value);
  }
}

/** What the writing tests downloaded, by path under content/. */
const downloaded = new Map<string, string>();

const summary = (page: Page) => page.locator('.studio .summary').textContent();

describe('the question studio', () => {
  it.each(QUESTION_TYPES)('writes a new %s question through the form, past every error of its skeleton, and downloads it', async (type) => {
    const page = await openStudio();
    const errors = watchErrors(page);
    await page.selectOption('.studio .new select >> nth=0', type);
    await page.fill('.studio .new input[type="text"]', `q221-studio-${type}`);
    await page.click('.studio[data-live="true"] .new button');
    await expect.poll(() => summary(page)).toMatch(/\d+ errors, \d+ warnings/);
    expect(await page.locator('.studio .problem.warning').count()).toBeGreaterThan(0);
    await fillTodos(page);
    await expect.poll(() => summary(page)).toMatch(/^\s*(0 errors, \d+ warnings|Valid)/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.studio button:has-text("Download the YAML file")')]);
    expect(download.suggestedFilename()).toBe(`q221-studio-${type}.yaml`);
    downloaded.set(`questions/2.2.1/q221-studio-${type}.yaml`, readFileSync((await download.path()) ?? '', 'utf8'));
    expect(errors).toEqual([]);
  });

  it('writes a new case study and downloads it', async () => {
    const page = await openStudio();
    await page.selectOption('.studio .new select >> nth=0', 'case');
    await page.fill('.studio .new input[type="text"]', 'case-studio-clinic');
    await page.click('.studio[data-live="true"] .new button');
    await expect.poll(() => summary(page)).toMatch(/0 errors, \d+ warnings/);
    await fillTodos(page);
    await expect.poll(() => summary(page)).toContain('Valid');
    expect(await page.locator('.studio .preview h4').allTextContents()).toHaveLength(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.studio button:has-text("Download the YAML file")')]);
    expect(download.suggestedFilename()).toBe('case-studio-clinic.yaml');
    downloaded.set('cases/case-studio-clinic.yaml', readFileSync((await download.path()) ?? '', 'utf8'));
  });

  // One content check for the files the tests above downloaded: each check starts the whole toolchain.
  it('the downloaded files pass check:content unchanged beside the bank', async () => {
    expect([...downloaded.keys()]).toHaveLength(QUESTION_TYPES.length + 1);
    const root = mkdtempSync(join(tmpdir(), 'studio-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    for (const [path, text] of downloaded) writeFileSync(join(root, 'content', path), text);
    const run = await runScript('check-content.ts', ['--root', root]);
    const about = (path: string) => run.stdout.split('\n').filter((line) => line.includes(path) && !line.includes(': warning: '));
    expect([...downloaded.keys()].flatMap(about)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('opens a question of the bank in Vietnamese: verify block agrees, both languages previewed, not in the main menu', async () => {
    const page = await tab.blank();
    const errors = watchErrors(page);
    await page.goto(siteUrl('vi/author/'));
    await page.waitForSelector('.studio[data-live="true"] .new button');
    expect(await page.locator('nav.site-nav a[href$="/author/"]').count()).toBe(0);
    await page.selectOption('.studio .choose select', 'content/questions/2.2.1/q221-break-even-1-month.yaml');
    await expect.poll(() => summary(page)).toContain('Khối verify: trình mô phỏng cho cùng đáp án.');
    const question = parse(readFileSync(join(projectRoot, 'content/questions/2.2.1/q221-break-even-1-month.yaml'), 'utf8'));
    // The preview's component loads with the first question shown.
    const previews = async () => (await page.locator('.studio .preview .prompt').allTextContents()).map((text) => text.trim());
    await expect.poll(previews).toEqual([question.vi.prompt, question.en.prompt]);
    expect(errors).toEqual([]);
  });

  it('shows an item-writing warning next to the field it is about, and drops it once the field is fixed', async () => {
    const page = await openStudio();
    await page.selectOption('.studio .choose select', 'content/questions/2.2.1/q221-lambda-sporadic-cold-start.yaml');
    await expect.poll(() => summary(page)).toContain('Valid');
    const keyId = await page.evaluate(() => {
      const correct = [...document.querySelectorAll<HTMLInputElement>('.studio input[type="checkbox"]')].find((box) => box.checked);
      const index = correct?.id.match(/options-(\d+)-correct/)?.[1];
      return `studio-options-${index}-en-text`;
    });
    const original = await page.locator(`[id="${keyId}"]`).inputValue();
    await setValue(page, keyId, `${original} It also keeps a warm pool of execution environments for every burst, with provisioned concurrency set per alias.`);
    const warning = page.locator(`[id="${keyId}-problem"]`);
    await expect.poll(() => warning.textContent()).toContain('⚠');
    expect(await page.locator(`[id="${keyId}"]`).getAttribute('aria-describedby')).toBe(`${keyId}-problem`);
    await setValue(page, keyId, original);
    await expect.poll(() => warning.count()).toBe(0);
    await expect.poll(() => summary(page)).toContain('Valid');
  });

  it('works offline once opened: the page, its data and its scripts come from the last visit', async () => {
    const context = await browser.newContext(DESKTOP_WITH_WORKER);
    const page = await context.newPage();
    await page.goto(siteUrl('en/author/'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first visit installs the worker; the second, under its control, fills the instructor caches.
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.waitForSelector('.studio[data-live="true"] .new button');
    // No file was opened online: the worker fetches the editor and the data on its own during this visit.
    const warmed = () =>
      page.evaluate(async () => {
        const assets = await (await caches.open('instructor-assets')).keys();
        const data = await caches.match(new URL('../../author/studio-data.json', location.href).href);
        return assets.some((request) => request.url.includes('/studio-editing.')) && Boolean(data);
      });
    await expect.poll(warmed).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.studio[data-live="true"] .new button');
    await page.selectOption('.studio .choose select', 'content/questions/2.2.1/q221-lambda-sporadic-cold-start.yaml');
    await expect.poll(() => summary(page)).toContain('Valid');
    await setValue(page, 'studio-en-prompt', 'Which option fits while offline?');
    await expect.poll(() => page.locator('[id="studio-en-prompt"]').inputValue()).toBe('Which option fits while offline?');
    await context.setOffline(false);
    await context.close();
  });

  it('keeps a draft in this browser: a reload opens the edited text again', async () => {
    const page = await openStudio();
    const file = 'content/questions/2.2.1/q221-lambda-sporadic-cold-start.yaml';
    await page.selectOption('.studio .choose select', file);
    await setValue(page, 'studio-en-prompt', 'Which option fits this sporadic workload best?');
    await page.reload();
    await page.waitForSelector('.studio[data-live="true"] .new button');
    await page.selectOption('.studio .choose select', file);
    await expect.poll(() => page.locator('[id="studio-en-prompt"]').inputValue()).toBe('Which option fits this sporadic workload best?');
    expect(await page.locator('.studio .note').textContent()).toContain('draft');
    await page.click('.studio button:has-text("Discard the draft")');
    await expect.poll(() => page.locator('[id="studio-en-prompt"]').inputValue()).not.toBe('Which option fits this sporadic workload best?');
  });
});
