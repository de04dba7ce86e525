/**
 * Readiness on the home page in Chromium: the exam date saved with progress, "not enough data" below the stated
 * number of answers, then a pass probability, expected scores per skill and "study tonight" that move as the
 * candidate answers, and the plan's minutes a day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ClientBank } from '../../src/lib/quiz/bank-part';
import type { Attempt, Progress, StoredCard } from '../../src/core/quiz/progress';
import { MINIMUM_ANSWERED } from '../../src/core/quiz/readiness-defaults';
import { reviewCard } from '../../src/core/quiz/scheduler';
import { PROGRESS_KEY } from '../../src/stores/progress';
import { axeViolations, DESKTOP, launchBrowser, siteUrl, watchErrors, loadBank } from './browser';

let browser: Browser;
let bank: ClientBank;
const localDay = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const keyOf = (id: string) => bank.questions.find((question) => question.id === id)?.options.find((option) => 'correct' in option && option.correct)?.id ?? '';

/** One answer short of readiness: single questions answered three days ago, three of every four right. */
function seeded(ids: readonly string[]): Progress {
  const at = new Date(Date.now() - 3 * 86_400_000);
  const attempts: Attempt[] = ids.map((questionId, index) => ({ questionId, at: at.toISOString(), outcome: index % 4 === 3 ? 'wrong' : 'correct' }));
  const cards: Record<string, StoredCard> = Object.fromEntries(attempts.map((attempt) => [attempt.questionId, reviewCard(undefined, attempt.outcome, at)]));
  return { version: 1, attempts, cards, flags: [], readLessons: [], exams: [], updatedAt: at.toISOString() };
}

beforeAll(async () => {
  browser = await launchBrowser();
  bank = await loadBank();
});
afterAll(async () => {
  await browser?.close();
});

describe('readiness on the exam date', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const singles = () => bank.questions.filter((question) => question.type === 'single' && !('caseId' in question && question.caseId)).map(({ id }) => id);
  const status = () => page.locator('[data-readiness-status]').textContent();
  const tonight = () =>
    page.locator('[data-study-tonight] li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('q')));
  const passShare = async () => Number((await status())?.match(/(\d+)%/)?.[1]);

  async function answer(id: string): Promise<void> {
    await page.goto(siteUrl(`vi/quiz/?q=${id}`));
    await page.waitForSelector('.question');
    await page.check(`.question input[value="${keyOf(id)}"]`);
    await page.click('button:text-is("Kiểm tra")');
    await page.waitForSelector('.verdict');
    // Readiness reads the question's card, reviewed once the scheduler has loaded: leave only when it is saved.
    const reviewedAgo = () =>
      page.evaluate(
        ([key, questionId]) => {
          const card = JSON.parse(localStorage.getItem(key) ?? '{}').cards?.[questionId];
          return card?.lastReview ? Date.now() - Date.parse(card.lastReview) : null;
        },
        [PROGRESS_KEY, id] as const,
      );
    await expect.poll(reviewedAgo).toBeLessThan(60_000);
  }

  beforeAll(async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    errors = watchErrors(page);
    const progress = seeded(singles().slice(0, MINIMUM_ANSWERED - 1));
    await page.goto(siteUrl('vi/'));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(progress)] as const);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('asks for the exam date, then says how many more answers it needs, and plans the days left', async () => {
    await page.reload();
    await expect.poll(status).toBe('Chưa đặt ngày thi.');
    await page.fill('[data-exam-date]', localDay(14));
    await expect.poll(status).toBe(`Chưa đủ dữ liệu: cần trả lời ít nhất ${MINIMUM_ANSWERED} câu khác nhau, bạn đã trả lời ${MINIMUM_ANSWERED - 1}.`);
    expect(await page.locator('[data-plan-summary]').textContent()).toMatch(/^14 ngày học còn lại, \d+ lượt ôn và \d+ câu mới: trung bình \d+ phút mỗi ngày/);
  });

  it('keeps the exam date with the progress', async () => {
    await page.reload();
    await expect.poll(() => page.inputValue('[data-exam-date]')).toBe(localDay(14));
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').examDate, PROGRESS_KEY)).toBe(localDay(14));
  });

  it('refuses a past date and keeps the saved one', async () => {
    await page.fill('[data-exam-date]', localDay(-2));
    await expect.poll(status).toMatch(/đã qua: hãy chọn ngày thi từ hôm nay trở đi\.$/);
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').examDate, PROGRESS_KEY)).toBe(localDay(14));
  });

  let before: { pass: number; tonight: (string | null)[] };
  it('shows the pass probability, the expected score per skill and five questions to study once enough are answered', async () => {
    await answer(singles()[MINIMUM_ANSWERED - 1] ?? '');
    await page.goto(siteUrl('vi/'));
    await expect.poll(status).toMatch(/^Khả năng đạt vào ngày .+: \d+% \(khoảng 90%: \d+% – \d+%\)\.$/);
    const expected = await page.locator('[data-readiness-skills] td[data-expected]').allTextContents();
    expect(expected.length).toBeGreaterThan(0);
    for (const cell of expected) expect(cell).toMatch(/^\d+%$/);
    expect(await tonight()).toHaveLength(5);
    before = { pass: await passShare(), tonight: await tonight() };
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves the pass probability and "study tonight" when a question of the list is answered', async () => {
    const [first] = before.tonight;
    await answer(first ?? '');
    await page.goto(siteUrl('vi/'));
    // Compared once the panel shows a probability again: while the page loads, the list is empty.
    await expect.poll(status).toMatch(/^Khả năng đạt vào ngày .+: \d+%/);
    await expect.poll(tonight).toHaveLength(5);
    expect(await tonight()).not.toEqual(before.tonight);
    expect(await tonight()).not.toContain(first);
    expect(await passShare()).toBeGreaterThanOrEqual(before.pass);
  });

  it('reads the same in English, and passes axe in the dark theme', async () => {
    const dark = await browser.newContext({ ...DESKTOP, colorScheme: 'dark' });
    const english = await dark.newPage();
    await english.goto(siteUrl('en/'));
    await english.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY),
    ] as const);
    await english.reload();
    await expect.poll(() => english.locator('[data-readiness-status]').textContent()).toMatch(/^Chance of passing on .+: \d+% \(90% range: \d+% – \d+%\)\.$/);
    expect(await english.locator('[data-study-tonight] li').count()).toBeGreaterThan(0);
    expect(await axeViolations(english)).toEqual([]);
    await dark.close();
    expect(errors).toEqual([]);
  });
});
