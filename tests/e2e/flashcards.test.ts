/**
 * Glossary flashcards in Chromium: a session by keyboard, grades saved as FSRS cards apart from the questions',
 * the next session without the cards just learnt, the reviews in the history, and axe in both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NEW_CARDS_PER_SESSION } from '../../src/core/quiz/flashcards';
import type { Progress } from '../../src/core/quiz/progress';
import { PROGRESS_KEY } from '../../src/stores/progress';
import { axeViolations, DESKTOP, launchBrowser, siteUrl, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('glossary flashcards', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let terms = 0;
  const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY) as Promise<Partial<Progress>>;
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());

  beforeAll(async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(siteUrl('vi/glossary/'));
    terms = await page.locator('.terms .term').count();
    await page.click('a:has-text("Ôn thuật ngữ bằng thẻ ghi nhớ")');
  });
  afterAll(async () => {
    await context?.close();
  });

  it('offers each term both ways, new cards a session at a time', async () => {
    await expect
      .poll(() => page.locator('.start p').first().textContent())
      .toBe(`Đến hạn: 0 thẻ. Chưa học: ${2 * terms} thẻ (mỗi phiên thêm tối đa ${NEW_CARDS_PER_SESSION} thẻ mới).`);
    expect(await page.locator('.start button').textContent()).toBe(`Bắt đầu ôn (${NEW_CARDS_PER_SESSION} thẻ)`);
  });

  it('runs a session by keyboard: the answer on request, a grade, the next card', async () => {
    await page.locator('.start button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Hiện đáp án');
    expect(await page.locator('.card .position').textContent()).toBe(`Thẻ 1/${NEW_CARDS_PER_SESSION}`);
    expect(await page.locator('.card .prompt-label').textContent()).toBe('Thuật ngữ này nghĩa là gì?');
    // The first card asks for the first term's definition, which shows only when asked for.
    const firstTerm = (await page.locator('.card .prompt').textContent()) ?? '';
    expect(await page.locator('.card .answer').textContent()).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Chưa nhớ');
    expect(await page.locator('.card .answer h3').textContent()).toBe('Đáp án');
    expect(await page.locator('.card .answer p').first().textContent()).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Hiện đáp án');
    expect(await page.locator('.card .position').textContent()).toBe(`Thẻ 2/${NEW_CARDS_PER_SESSION}`);
    expect(await page.locator('.card .prompt').textContent()).not.toBe(firstTerm);

    for (let card = 2; card <= NEW_CARDS_PER_SESSION; card += 1) {
      await page.click('button:text-is("Hiện đáp án")');
      await page.click(card % 2 ? 'button:text-is("Nhớ ngay")' : 'button:text-is("Nhớ nhưng phải nghĩ lâu")');
    }
    await expect.poll(focused).toBe(`Xong phiên ôn: ${NEW_CARDS_PER_SESSION} thẻ.`);
  });

  it('saves the grades as flashcard cards, apart from the questions’ cards', async () => {
    await expect.poll(async () => (await saved()).termReviews?.length).toBe(NEW_CARDS_PER_SESSION);
    const progress = await saved();
    expect(progress.termReviews?.map((review) => review.outcome).slice(0, 3)).toEqual(['wrong', 'guessed', 'correct']);
    expect(Object.keys(progress.termCards ?? {})).toHaveLength(NEW_CARDS_PER_SESSION);
    expect(Object.keys(progress.termCards ?? {}).every((key) => key.startsWith('define-'))).toBe(true);
    expect(progress.cards ?? {}).toEqual({});
    // The next session has only cards not studied yet: none of today's is due again today.
    expect(await page.locator('.start p').first().textContent()).toBe(
      `Đến hạn: 0 thẻ. Chưa học: ${2 * terms - NEW_CARDS_PER_SESSION} thẻ (mỗi phiên thêm tối đa ${NEW_CARDS_PER_SESSION} thẻ mới).`,
    );
  });

  it('counts the reviews in the study history', async () => {
    await page.goto(siteUrl('vi/history/'));
    await page.waitForSelector('#activity-title');
    const today = await page.locator('figure[aria-labelledby="activity-title"] tbody tr').last().locator('td').allTextContents();
    expect(today.at(-1)).toBe(String(NEW_CARDS_PER_SESSION));
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'])('passes axe in English in the %s theme with an answer shown', async (theme) => {
    await page.goto(siteUrl('en/flashcards/'));
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    await page.click('button:has-text("Start reviewing")');
    expect(await page.locator('.card .prompt-label').textContent()).toBe('What does this term mean?');
    await page.click('button:text-is("Show the answer")');
    expect(await page.locator('.card .grades legend').textContent()).toBe('How well did you recall it?');
    expect(await axeViolations(page)).toEqual([]);
  });
});
