/**
 * The studio's item analysis in Chromium: progress files generated here with known attempts are chosen on the file
 * input, and the table shows the figures worked out by hand in the comments; a damaged file is named and skipped.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { ClientBank } from '../../src/lib/quiz/bank-part';
import type { Attempt, Chosen, Outcome, Progress } from '../../src/core/quiz/progress';
import { axeViolations, launchBrowser, openPage, PHONE, SharedTab, siteUrl, watchErrors, scrollToStudioSection, loadBank } from './browser';

/** A single-answer question. */
const SINGLE = 'q221-break-even-1-month';
/** A "choose TWO" question. */
const MULTIPLE = 'q221-bursty-throttling-fixes';

let browser: Browser;
let tab: SharedTab;
let bank: ClientBank;

const keysOf = (id: string): string[] =>
  (bank.questions.find((question) => question.id === id)?.options ?? []).filter((option) => 'correct' in option && option.correct).map((option) => option.id);
const distractorsOf = (id: string): string[] =>
  (bank.questions.find((question) => question.id === id)?.options ?? []).filter((option) => !keysOf(id).includes(option.id)).map((option) => option.id);

beforeAll(async () => {
  browser = await launchBrowser();
  tab = new SharedTab(browser);
  bank = await loadBank();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

const minute = (offset: number) => new Date(Date.UTC(2026, 11, 1, 9, offset)).toISOString();

const attempt = (questionId: string, outcome: Outcome, chosen: Chosen | undefined, offset = 0): Attempt =>
  chosen === undefined ? { questionId, at: minute(offset), outcome } : { questionId, at: minute(offset), outcome, chosen };

const progressFile = (name: string, attempts: Attempt[]) => {
  const document: Progress = { version: 1, attempts, cards: {}, flags: [], readLessons: [], exams: [], updatedAt: minute(59) };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) };
};

/** Goes to the studio page and waits for the analysis island, which hydrates when scrolled into view. */
async function gotoAnalysis(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path));
  await scrollToStudioSection(page, '#item-analysis-input');
  await page.waitForSelector('#item-analysis-input:not([disabled])');
}

/** The analysis at `path` in the shared tab, or on a phone in a context of its own (close it). */
async function openAnalysis(path: string, phone?: BrowserContextOptions): Promise<Page> {
  const page = phone ? await openPage(browser, phone) : await tab.blank();
  await gotoAnalysis(page, path);
  return page;
}

const row = (page: Page, id: string) => page.locator(`.item-analysis tbody tr[data-question-id="${id}"]`);
const cell = (page: Page, id: string, name: string) => row(page, id).locator(`td.${name}`).textContent();
/** Each option's count as shown, spaces collapsed: "b (key): 2". */
const optionCounts = async (page: Page, id: string) =>
  (await row(page, id).locator('td.choices li').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());

describe('item analysis', () => {
  it('shows the expected figures for three generated attempt files and names a damaged fourth', async () => {
    const page = await openAnalysis('en/author/');
    const errors = watchErrors(page);
    const [key = ''] = keysOf(SINGLE);
    const [wrong = ''] = distractorsOf(SINGLE);
    const [keyOne = '', keyTwo = ''] = keysOf(MULTIPLE);
    const [decoyOne = '', decoyTwo = ''] = distractorsOf(MULTIPLE);
    await page.setInputFiles('#item-analysis-input', [
      // Ana: right on both; a later wrong attempt at SINGLE does not count (first attempts only).
      progressFile('ana.json', [
        attempt(SINGLE, 'correct', [key], 1),
        attempt(MULTIPLE, 'correct', [keyOne, keyTwo], 2),
        attempt(SINGLE, 'wrong', [wrong], 30),
      ]),
      // Bao: guessed SINGLE right; one key and one distractor on MULTIPLE.
      progressFile('bao.json', [attempt(SINGLE, 'guessed', [key], 1), attempt(MULTIPLE, 'wrong', [keyOne, decoyOne], 2)]),
      // Chi: wrong on both.
      progressFile('chi.json', [attempt(SINGLE, 'wrong', [wrong], 1), attempt(MULTIPLE, 'wrong', [decoyOne, decoyTwo], 2)]),
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"attempts":"nope"}') },
    ]);

    await expect
      .poll(() => page.locator('.item-analysis [role="status"]').textContent())
      .toBe('Files read: 3. Candidates: 3. Attempts: 7, of which first attempts analysed: 6.');
    expect(await page.locator('.item-analysis .skipped li').allTextContents()).toEqual([
      'broken.json: invalid parts: 1; the first: attempts: "nope" is not allowed (must be a list)',
    ]);
    expect(await page.locator('.item-analysis tbody tr').count()).toBe(2);

    // SINGLE: right 2 of 3 (Bao's guess counts as right): 67%. The key chosen twice, one distractor once.
    expect(await row(page, SINGLE).locator('td').first().textContent()).toBe('3');
    expect(await cell(page, SINGLE, 'facility')).toMatch(/^\s*67%\s*1 of them guessed\s*$/);
    expect(await cell(page, SINGLE, 'discrimination')).toContain('not computed: needs 10 candidates, has 3');
    expect(await optionCounts(page, SINGLE)).toEqual(
      bank.questions.find((question) => question.id === SINGLE)?.options.map(({ id }) => (id === key ? `${id} (key): 2` : `${id}: ${id === wrong ? 1 : 0}`)),
    );
    // Every answer recorded its choice, so no note says only some did.
    expect(await row(page, SINGLE).locator('td.choices .detail').count()).toBe(0);

    // MULTIPLE: right 1 of 3: 33%. Chosen: first key twice, second key once, first distractor twice, second once.
    expect(await cell(page, MULTIPLE, 'facility')).toMatch(/^\s*33%\s*$/);
    const expected: Record<string, number> = { [keyOne]: 2, [keyTwo]: 1, [decoyOne]: 2, [decoyTwo]: 1 };
    expect(await optionCounts(page, MULTIPLE)).toEqual(
      bank.questions
        .find((question) => question.id === MULTIPLE)
        ?.options.map(({ id }) => `${id}${keysOf(MULTIPLE).includes(id) ? ' (key)' : ''}: ${expected[id] ?? 0}`),
    );
    // Three answers are too few for any flag.
    expect(await page.locator('.item-analysis tbody tr.flagged').count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows discrimination from ten candidates, flags the question and lists it first, on a 390 px phone', async () => {
    const page = await openAnalysis('vi/author/', PHONE);
    const errors = watchErrors(page);
    const [key = ''] = keysOf(SINGLE);
    const [wrong = ''] = distractorsOf(SINGLE);
    // Nine other questions, answered without a recorded choice, as before choices were kept.
    const others = bank.questions.filter((question) => question.id !== SINGLE && question.id !== MULTIPLE).slice(0, 9);
    // Candidate i is right on i of the nine others: rest scores 0/9 … 9/9. The 27% groups hold round(2.7) = 3.
    // Right on SINGLE: candidates 9, 8, 3 and 0. Upper (9, 8, 7): 2/3; lower (0, 1, 2): 1/3. D = 1/3; facility 40%.
    // The six wrong all chose one distractor: chosen more than the key (6 against 4).
    const rightOnSingle = new Set([9, 8, 3, 0]);
    const files = Array.from({ length: 10 }, (_, index) =>
      progressFile(`candidate-${index}.json`, [
        attempt(SINGLE, rightOnSingle.has(index) ? 'correct' : 'wrong', [rightOnSingle.has(index) ? key : wrong]),
        ...others.map((question, place) => attempt(question.id, place < index ? 'correct' : 'wrong', undefined, place + 1)),
      ]),
    );
    await page.setInputFiles('#item-analysis-input', files);

    await expect.poll(() => cell(page, SINGLE, 'discrimination')).toMatch(/^\s*0,33\s*$/);
    expect(await cell(page, SINGLE, 'facility')).toMatch(/^\s*40%\s*$/);
    expect(await cell(page, SINGLE, 'flags')).toContain(`Phương án nhiễu ${wrong} được chọn nhiều hơn đáp án (6 so với 4)`);
    // Flagged rows come first.
    const flaggedInOrder = await page.locator('.item-analysis tbody tr').evaluateAll((rows) => rows.map((element) => element.classList.contains('flagged')));
    expect(flaggedInOrder).toEqual([...flaggedInOrder].sort((a, b) => Number(b) - Number(a)));
    expect(flaggedInOrder[0]).toBe(true);

    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.locator('.item-analysis-section h2').evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: 'test-results/item-analysis-vi-390.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('records what a practised answer chose, and its progress dropped on the box is analysed', async () => {
    const page = await tab.open(`en/quiz/?q=${SINGLE}`);
    await page.waitForSelector('.question input[type="radio"]');
    const [wrong = ''] = distractorsOf(SINGLE);
    await page.check(`.question input[value="${wrong}"]`);
    await page.click('button:text-is("Check")');
    const stored = () => page.evaluate(() => localStorage.getItem('aip-c01:progress:v1') ?? '{}');
    await expect.poll(async () => JSON.parse(await stored()).attempts?.[0]?.chosen).toEqual([wrong]);

    await gotoAnalysis(page, 'en/author/');
    // Dropped on the box this time: the drop zone reads files as the input does.
    const dataTransfer = await page.evaluateHandle(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'me.json', { type: 'application/json' }));
        return transfer;
      },
      await stored(),
    );
    await page.dispatchEvent('.item-analysis .drop-zone', 'drop', { dataTransfer });
    await expect.poll(() => optionCounts(page, SINGLE)).toContain(`${wrong}: 1`);
    expect(await cell(page, SINGLE, 'facility')).toMatch(/^\s*0%\s*$/);
  });
});
