/**
 * The studio's question sets in Chromium: filter the bank, untick a question, export the set in each format as a
 * download, copy the share link and open it: the quiz runs exactly that set, in the language the link chose.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { escapeGift } from '../../src/authoring/export/gift';
import type { ClientBank } from '../../src/lib/quiz/bank-part';
import { filterQuestions, type QuestionSetFilters } from '../../src/core/quiz/question-set';
import { axeViolations, DESKTOP, launchBrowser, openPage, PHONE, SharedTab, siteUrl, watchErrors, scrollToStudioSection, loadBank } from './browser';

const NO_FILTERS: QuestionSetFilters = { skills: [], types: [], tags: [], difficulties: [], search: '' };

let browser: Browser;
/** A desktop tab the tests share, allowed to use the clipboard (the set's link is copied). */
let tab: SharedTab;
let bank: ClientBank;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = new SharedTab(browser, { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  bank = await loadBank();
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

/** The studio page with the question sets hydrated (they wait to be scrolled into view) and the bank loaded. */
async function openSets(phone?: BrowserContextOptions): Promise<Page> {
  const page = phone ? await openPage(browser, phone) : await tab.blank();
  await page.goto(siteUrl('en/author/'));
  await scrollToStudioSection(page, '#question-sets-heading');
  await page.waitForSelector('.sets .count');
  return page;
}

/** The quiz page of a link in the shared tab, its start screen ready with the link's set loaded. */
async function openQuiz(url: string): Promise<Page> {
  const page = await tab.open(url);
  await page.waitForSelector('.start button[type="submit"]:not([disabled])');
  return page;
}

const listedIds = (page: Page) => page.locator('.sets .picked li code').allTextContents();
const pickedIds = (page: Page) =>
  page.$$eval('.sets .picked li', (items) =>
    items.filter((item) => item.querySelector('input')?.checked).map((item) => item.querySelector('code')?.textContent ?? ''),
  );

async function exportAs(page: Page, format: string, lang: string): Promise<{ name: string; bytes: Buffer }> {
  const exporting = page.locator('.sets fieldset.export');
  await exporting.getByLabel('Format').selectOption(format);
  await exporting.getByLabel('Language').selectOption(lang);
  const [download] = await Promise.all([page.waitForEvent('download'), exporting.getByRole('button', { name: 'Export the set' }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('question sets', () => {
  it('filters to a skill and a type, leaves one out, exports GIFT, Moodle XML and QTI, and shares a link that runs exactly the set', async () => {
    const page = await openSets();
    const errors = watchErrors(page);
    const filters = page.locator('.sets form.filters');
    await filters.getByRole('checkbox', { name: 'Skill 2.2.2' }).check();
    await filters.getByRole('checkbox', { name: 'Multiple answers' }).check();
    const matching = bank.questions.filter((question) => question.skill === '2.2.2' && question.type === 'multiple').map((question) => question.id);
    expect(matching.length).toBeGreaterThan(2);
    await expect.poll(() => listedIds(page)).toEqual(matching);

    const [left, ...set] = matching;
    await page
      .locator('.sets .picked li', { hasText: left ?? '' })
      .getByRole('checkbox')
      .uncheck();
    await expect.poll(() => pickedIds(page)).toEqual(set);
    expect(await page.locator('.sets .count').textContent()).toBe(`Questions in the set: ${set.length} of the ${matching.length} that match the filters.`);

    const gift = await exportAs(page, 'gift', 'vi');
    expect(gift.name).toMatch(/-vi\.gift\.txt$/);
    const giftText = gift.bytes.toString('utf8');
    expect([...giftText.matchAll(/^\/\/ \[id:([^\]]+)\]/gm)].map((match) => match[1])).toEqual(set);
    const first = bank.questions.find((question) => question.id === set[0]);
    expect(giftText).toContain(escapeGift(first?.vi.prompt.slice(0, 30) ?? '-'));

    const moodle = await exportAs(page, 'moodle-xml', 'en');
    expect(moodle.name).toMatch(/-en\.moodle\.xml$/);
    const moodleText = moodle.bytes.toString('utf8');
    expect(moodleText.startsWith('<?xml')).toBe(true);
    expect([...moodleText.matchAll(/<idnumber>([^<]+)<\/idnumber>/g)].map((match) => match[1])).toEqual(set);

    const qti = await exportAs(page, 'qti3', 'en');
    expect(qti.name).toMatch(/-en\.qti3\.zip$/);
    expect(qti.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const entries = qti.bytes.toString('latin1');
    expect(entries).toContain('imsmanifest.xml');
    for (const id of set) expect(entries).toContain(`items/${id}.xml`);
    expect(entries).not.toContain(`items/${left}.xml`);

    // The download link stays on the page for a browser that did not follow it.
    expect(await page.locator('.sets fieldset.export a[download]').textContent()).toBe(qti.name);

    const share = page.locator('.sets fieldset.share');
    await share.getByLabel('Opens in').selectOption('exam');
    await share.getByLabel('Language').selectOption('vi');
    await share.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => share.locator('[role="status"]').textContent()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await share.getByLabel('Link').inputValue());
    expect(new URL(link).pathname).toBe(new URL(siteUrl('vi/quiz/')).pathname);
    expect(new URL(link).search).toBe(`?set=${set.join(',')}&mode=exam`);
    expect(errors).toEqual([]);

    const quiz = await openQuiz(link);
    expect(await quiz.locator('.shared-set').textContent()).toContain(`Bộ câu hỏi được chia sẻ: ${set.length} câu.`);
    expect(await quiz.locator('input[name="mode"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      'practice',
      'exam',
    ]);
    expect(await quiz.locator('input[value="exam"]').isChecked()).toBe(true);
    expect(await quiz.locator('input[type="checkbox"]').count()).toBe(0);
    await quiz.click('.start button[type="submit"]');

    const navButtons = quiz.locator('nav.navigator button');
    await expect.poll(() => navButtons.count()).toBe(set.length);
    const asked: string[] = [];
    for (let index = 0; index < set.length; index += 1) {
      await navButtons.nth(index).click();
      await expect.poll(() => navButtons.nth(index).getAttribute('aria-current')).toBe('step');
      const id = (await quiz.locator('.question').getAttribute('data-question-id')) ?? '';
      asked.push(id);
      const question = bank.questions.find((entry) => entry.id === id);
      expect(await quiz.locator('.question .prompt').textContent()).toBe(question?.vi.prompt);
    }
    expect(asked.toSorted()).toEqual(set.toSorted());
  });

  it('names the ids a link holds that the bank does not, and runs the rest', async () => {
    const known = bank.questions[0]?.id ?? '';
    const page = await openQuiz(siteUrl(`en/quiz/?set=${known},q999-no-such-question,${known}&mode=practice`));
    const errors = watchErrors(page);
    expect(await page.locator('.shared-set').textContent()).toContain('Questions in the shared set: 1.');
    expect(await page.locator('.shared-set .warning-note').textContent()).toBe(
      'Not in the question bank, so left out (renamed or removed since): q999-no-such-question.',
    );
    await page.click('.start button[type="submit"]');
    await page.waitForSelector('.question');
    expect(await page.locator('.question').getAttribute('data-question-id')).toBe(known);
    expect(await page.locator('.question .prompt').textContent()).toBe(bank.questions[0]?.en.prompt);
    expect(errors).toEqual([]);
  });

  it('falls back to the usual start screen when a link holds no known question', async () => {
    const page = await openQuiz(siteUrl('en/quiz/?set=,,nothing-here&mode=review'));
    expect(await page.locator('.shared-set').textContent()).toContain('The link holds no question of this question bank');
    expect(await page.locator('input[name="mode"]').count()).toBe(4);
    expect(await page.locator('input[value="review"]').isChecked()).toBe(true);
    expect(await page.locator('.start fieldset input[type="checkbox"]').count()).toBeGreaterThan(0);
  });

  it('is usable by keyboard, passes axe, and fits a phone', async () => {
    const page = await openSets(PHONE);
    const search = page.locator('.sets input[type="search"]');
    await search.focus();
    // Typed without accents, as on a keyboard without a Vietnamese layout; the filter itself is unit-tested.
    await page.keyboard.type('chi phi');
    const found = filterQuestions(bank.questions, { ...NO_FILTERS, search: 'chi phi' }).map((question) => question.id);
    expect(found.length).toBeGreaterThan(5);
    await expect.poll(() => listedIds(page)).toEqual(found);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Skill 2.2.1');
    await page.keyboard.press('Space');
    const inSkill = filterQuestions(bank.questions, { ...NO_FILTERS, skills: ['2.2.1'], search: 'chi phi' }).map((question) => question.id);
    await expect.poll(() => listedIds(page)).toEqual(inSkill);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.sets .count').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/question-sets-phone.png' });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
