/**
 * The history page in Chromium: answers per day and accuracy per skill, the reviews planned to the exam date (or due
 * without one), and practice exam scores, each chart with its table; a new answer shows up; axe in both themes.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ClientBank } from '../../src/lib/quiz/bank-part';
import type { Attempt, Progress, StoredCard } from '../../src/core/quiz/progress';
import { reviewCard } from '../../src/core/quiz/scheduler';
import { PROGRESS_KEY } from '../../src/stores/progress';
import { axeViolations, DESKTOP, launchBrowser, PHONE, siteUrl, watchErrors, loadBank } from './browser';

let browser: Browser;
let bank: ClientBank;
const DAY = 86_400_000;
const localDay = (offset: number) => {
  const date = new Date(Date.now() + offset * DAY);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/**
 * Four days ago: two answers to skill A (one right, one guessed); two days ago: one wrong answer to skill B; two
 * practice exams. Noon, so that no answer is near midnight.
 */
function seeded(skillA: string[], skillB: string[], examDate?: string): Progress {
  const noon = (daysAgo: number) => {
    const day = new Date(Date.now() - daysAgo * DAY);
    return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12);
  };
  const attempts: Attempt[] = [
    { questionId: skillA[0]!, at: noon(4).toISOString(), outcome: 'correct' },
    { questionId: skillA[1]!, at: noon(4).toISOString(), outcome: 'guessed' },
    { questionId: skillB[0]!, at: noon(2).toISOString(), outcome: 'wrong' },
  ];
  const cards: Record<string, StoredCard> = Object.fromEntries(
    attempts.map((attempt) => [attempt.questionId, reviewCard(undefined, attempt.outcome, new Date(attempt.at))]),
  );
  return {
    version: 1,
    attempts,
    cards,
    flags: [],
    readLessons: [],
    exams: [
      { at: noon(3).toISOString(), total: 20, correct: 11 },
      { at: noon(1).toISOString(), total: 20, correct: 15 },
    ],
    updatedAt: noon(1).toISOString(),
    ...(examDate ? { examDate } : {}),
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  bank = await loadBank();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('study history', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const skills = () => [...new Set(bank.questions.map((question) => question.skill))];
  const ofSkill = (skill: string) =>
    bank.questions
      .filter((question) => question.skill === skill && question.type === 'single' && !('caseId' in question && question.caseId))
      .map(({ id }) => id);
  /** The rows of a chart's table, as cell texts. */
  const rows = (chart: string) =>
    page
      .locator(`figure[aria-labelledby="${chart}-title"] table tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));

  beforeAll(async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    errors = watchErrors(page);
    const [a = '', b = ''] = skills();
    await page.goto(siteUrl('vi/'));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(seeded(ofSkill(a), ofSkill(b)))] as const);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('is linked from the home page, and says where to start when nothing is answered', async () => {
    const empty = await browser.newContext(DESKTOP);
    const fresh = await empty.newPage();
    await fresh.goto(siteUrl('en/'));
    await fresh.click('a:has-text("Study history")');
    await expect.poll(() => fresh.locator('main.history p').nth(1).textContent()).toMatch(/^No answers in this browser yet\. Quiz/);
    await empty.close();
  });

  it('counts answers per skill per day, from the first answer to today', async () => {
    await page.goto(siteUrl('vi/history/'));
    await page.waitForSelector('#activity-title');
    const [a = '', b = ''] = skills();
    const table = await rows('activity');
    expect(table).toHaveLength(5);
    const headers = await page.locator('figure[aria-labelledby="activity-title"] thead th').allTextContents();
    expect(headers.slice(1, 3)).toEqual([`Skill ${a}`, `Skill ${b}`]);
    // Four days ago: two of skill A; two days ago: one of skill B; the other days none.
    expect(table.map((row) => row.slice(1, 3))).toEqual([
      ['2', '0'],
      ['0', '0'],
      ['0', '1'],
      ['0', '0'],
      ['0', '0'],
    ]);
    expect(await page.locator('figcaption:has(#activity-title) span').textContent()).toMatch(/^3 câu trả lời và 0 lượt ôn thẻ thuật ngữ trong 5 ngày/);
    expect(await page.locator('figure[aria-labelledby="activity-title"] .plot rect.bar').count()).toBe(2);
  });

  it('shows accuracy per skill over seven days, a guess counted as not known', async () => {
    const table = await rows('accuracy');
    expect(table[0]?.slice(1, 3)).toEqual(['50%', 'chưa trả lời']);
    expect(table[4]?.slice(1, 3)).toEqual(['50%', '0%']);
  });

  it('without an exam date, forecasts the reviews FSRS has due', async () => {
    expect(await page.locator('#forecast-title').textContent()).toBe('Số câu đến hạn ôn trong 30 ngày tới');
    const table = await rows('forecast');
    expect(table).toHaveLength(30);
    expect(table.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(3);
  });

  it('charts practice exam scores against the pass mark', async () => {
    const table = await rows('exams');
    expect(table.map((row) => [row[0], row[2], row[3]])).toEqual([
      ['1', '11/20', '55%'],
      ['2', '15/20', '75%'],
    ]);
    expect(await page.locator('figcaption:has(#exams-title) span').textContent()).toMatch(/^2 bài; bài gần nhất 75%\. Đường ngang là điểm đạt \d+%\.$/);
  });

  it('with an exam date, plans the days until it, and a new answer shows up today', async () => {
    await page.goto(siteUrl('vi/'));
    await page.fill('[data-exam-date]', localDay(10));
    const single = bank.questions.find((question) => question.type === 'single' && !('caseId' in question && question.caseId))!;
    await page.goto(siteUrl(`vi/quiz/?q=${single.id}`));
    await page.waitForSelector('.question');
    await page.locator('.question input[type="radio"]').first().check();
    await page.click('button:text-is("Kiểm tra")');
    await page.waitForSelector('.verdict');
    // Saved once the scheduler has loaded, a moment after the verdict.
    await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').attempts.length, PROGRESS_KEY)).toBe(4);

    await page.goto(siteUrl('vi/history/'));
    await page.waitForSelector('#forecast-title');
    expect(await page.locator('#forecast-title').textContent()).toMatch(/^Lịch ôn đến ngày thi /);
    const plan = await rows('forecast');
    expect(plan).toHaveLength(10);
    // Every question not known yet is planned as new once: the guessed one, and those never answered.
    const [a = '', b = ''] = skills();
    const known = new Set([ofSkill(a)[0], ofSkill(b)[0], single.id]).size;
    expect(plan.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(bank.questions.length - known);
    expect(await page.locator('figcaption:has(#forecast-title) span').textContent()).toMatch(/khoảng \d+ phút mỗi ngày/);
    const today = (await rows('activity')).at(-1);
    expect(today?.slice(1).reduce((sum, cell) => sum + Number(cell), 0)).toBe(1);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'])('passes axe in the %s theme with every table open', async (theme) => {
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/history-${theme}.png`, fullPage: true });
  });

  it('fits a phone in English: no sideways scroll', async () => {
    const phone = await browser.newContext(PHONE);
    const small = await phone.newPage();
    await small.goto(siteUrl('en/'));
    await small.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      JSON.stringify(seeded(ofSkill(skills()[0]!), ofSkill(skills()[1]!), localDay(10))),
    ] as const);
    await small.goto(siteUrl('en/history/'));
    await small.waitForSelector('#exams-title');
    expect(await small.locator('#forecast-title').textContent()).toMatch(/^Reviews until your exam on /);
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await small.screenshot({ path: 'test-results/history-phone-en.png', fullPage: true });
    await phone.close();
  });
});
