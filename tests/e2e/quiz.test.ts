import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { ClientBank } from '../../src/lib/quiz/bank-part';
import type { ClientQuestion } from '../../src/schemas/question';
import { axeViolations, DESKTOP, launchBrowser, openAt, PHONE, SharedTab, siteUrl, watchErrors, loadBank } from './browser';

const KEY = 'aip-c01:progress:v1';
/** A single-answer question without a case. */
const SINGLE = 'q221-break-even-1-month';
/** A single-answer question of a case study. */
const CASE_QUESTION = 'case-shopviet-chat-capacity';
/** A "choose TWO" question. */
const MULTIPLE = 'q221-bursty-throttling-fixes';

let browser: Browser;
let tab: SharedTab;
let bank: ClientBank;
const question = (id: string): ClientQuestion => {
  const found = bank.questions.find((entry) => entry.id === id);
  if (!found) throw new Error(`${id} is not in the bank`);
  return found;
};
const keysOf = (id: string): string[] =>
  question(id)
    .options.filter((option) => 'correct' in option && option.correct)
    .map((option) => option.id);
const wrongOf = (id: string): string => question(id).options.find((option) => !keysOf(id).includes(option.id))?.id ?? '';

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

/** The file's shared tab at `path`, or with `options`, a page in a context of its own (close it). */
async function open(path: string, options?: BrowserContextOptions): Promise<Page> {
  const page = options ? await openAt(browser, path, options) : await tab.open(path);
  if (path.includes('/quiz/')) await hydrated(page);
  return page;
}

/** The start screen is wired and what a link names has loaded: the start button (or a linked question) is ready. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('.start button[type="submit"]:not([disabled]):visible, .question', { timeout: 15_000 });
}

/** The progress tools below the start form, scrolled into view and hydrated (they load as they come into view). */
async function transferShown(page: Page): Promise<void> {
  await page.locator('.transfer').scrollIntoViewIfNeeded();
  await page.waitForSelector('astro-island:not([ssr]) .transfer');
}

const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"attempts":[],"flags":[]}'), KEY) as Promise<{
    attempts: { questionId: string; outcome: string }[];
    flags: string[];
    cards: Record<string, unknown>;
    readLessons: string[];
    exams?: { total: number; correct: number }[];
    exportedAt?: string;
  }>;

/** Presses Tab until the focused element matches, or fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers the question on screen with some answer, whatever its type. */
async function answerSomehow(page: Page): Promise<void> {
  // By the drawn question's type: the "I guessed" box is a checkbox too, so the controls alone do not tell.
  const shown = question((await page.locator('.question').first().getAttribute('data-question-id')) ?? '');
  const options = page.locator('.question fieldset.answer');
  if (shown.type === 'single') return options.locator('input[type="radio"]').first().check();
  if (shown.type === 'multiple') {
    const boxes = options.locator('input[type="checkbox"]');
    for (let index = 0; index < shown.select; index += 1) await boxes.nth(index).check();
    return;
  }
  if (shown.type === 'matching') {
    const selects = page.locator('.question select');
    for (let index = 0; index < (await selects.count()); index += 1) await selects.nth(index).selectOption({ index: 1 });
  }
  // An ordering question is answered as shown.
}

/** "12:34" or "1:02:03" as milliseconds. */
const clockMs = (text: string) =>
  text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0) * 1000;

describe('practice', () => {
  it('works by keyboard alone: arrows select without grading, Check grades, feedback is announced, Next moves on', async () => {
    const page = await open(`vi/quiz/?q=${SINGLE}`);
    const errors = watchErrors(page);
    await tabTo(page, '.question input[type="radio"]');
    await page.keyboard.press('Space');
    const first = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(chosen).not.toBe(first);
    expect(await page.locator('.question input[type="radio"]:checked').getAttribute('value')).toBe(chosen);
    // Selecting is not answering: no grade, no feedback, nothing recorded.
    expect(await page.locator('.verdict').count()).toBe(0);
    expect(await page.locator('.question [aria-live="polite"]').textContent()).toBe('');
    expect((await stored(page)).attempts).toEqual([]);

    await tabTo(page, 'button.primary');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kiểm tra');
    await page.keyboard.press('Enter');
    const live = page.locator('.feedback[aria-live="polite"]');
    await expect.poll(() => live.locator('.verdict').count()).toBe(1);
    expect(await live.textContent()).toContain(question(SINGLE).vi.explanation.slice(0, 40));
    const right = keysOf(SINGLE).includes(chosen);
    expect(await live.locator('.verdict').textContent()).toMatch(right ? /Đúng/ : /Sai/);
    // Every option is marked with an icon and words, and the lesson sections are linked.
    expect(await page.locator('.marks li').count()).toBe(question(SINGLE).options.length);
    expect(await page.locator('.marks .mark__verdict').allTextContents()).toContain(right ? 'Bạn chọn, đúng' : 'Bạn chọn, sai');
    const [lesson, section] = (question(SINGLE).references[0] ?? '').split('#');
    expect(await page.locator('.references a').first().textContent()).toMatch(/^Skill 2\.2\.\d.* › \S/);
    expect(await page.locator('.references a').first().getAttribute('href')).toBe(section ? `/vi/lessons/${lesson}/#${section}` : `/vi/lessons/${lesson}/`);
    await expect.poll(async () => (await stored(page)).attempts.map((attempt) => attempt.questionId)).toEqual([SINGLE]);
    expect(Object.keys((await stored(page)).cards)).toEqual([SINGLE]);

    // Focus is on Next (here: Finish, the linked question is the whole session).
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kết thúc');
    await page.keyboard.press('Enter');
    expect(await page.locator('.done[role="status"]').textContent()).toMatch(/Xong/);
    expect(errors).toEqual([]);
  });

  it('a session from the start screen moves to the next question; "I guessed" records a guess', async () => {
    const page = await open(`en/quiz/?q=${SINGLE}`);
    await page.check(`.question input[value="${keysOf(SINGLE)[0]}"]`);
    await page.check('text=I guessed');
    await page.click('button:text-is("Check")');
    await expect.poll(async () => (await stored(page)).attempts.map((attempt) => attempt.outcome)).toEqual(['guessed']);

    await page.goto(siteUrl('en/quiz/'));
    const parts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/quiz-bank/')) parts.push(new URL(request.url()).pathname);
    });
    await hydrated(page);
    // The start screen loads no question: a session loads its skills, in its language.
    expect(parts).toEqual([]);
    await page.uncheck('text=Skill 2.2.1');
    await page.uncheck('text=Skill 2.2.2');
    await page.click('button:has-text("Start")');
    await page.waitForSelector('.question');
    expect(await page.locator('.question__title').textContent()).toMatch(/^Question 1 of \d+$/);
    await answerSomehow(page);
    await page.click('button:text-is("Check")');
    await page.click('button:text-is("Next")');
    expect(await page.locator('.question__title').textContent()).toMatch(/^Question 2 of/);
    // Skill filter: only skill 2.2.3 questions were drawn. Answers are saved once the scheduler has loaded.
    await expect.poll(async () => (await stored(page)).attempts.length).toBe(2);
    const attempts = (await stored(page)).attempts;
    expect(question(attempts[1]?.questionId ?? '').skill).toBe('2.2.3');
    expect(parts).toEqual(['/en/quiz-bank/2.2.3.json']);
  });

  it('"Choose TWO" refuses a third box with a message, and Check waits for a complete answer', async () => {
    const page = await open(`en/quiz/?q=${MULTIPLE}`);
    expect(await page.locator('.question legend').textContent()).toContain('Choose TWO.');
    const boxes = page.locator('.question input[type="checkbox"]');
    await page.click('button:text-is("Check")');
    expect(await page.locator('.blocked[role="alert"]').textContent()).toBe('Choose exactly 2 options before checking.');
    expect(await page.locator('.verdict').count()).toBe(0);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(2).click();
    expect(await boxes.nth(2).isChecked()).toBe(false);
    expect(await page.locator('.limit').textContent()).toBe('You can choose only 2. Clear one first.');
    await page.click('button:text-is("Check")');
    await expect.poll(() => page.locator('.verdict').count()).toBe(1);
  });

  it('shows a case study above each of its questions', async () => {
    const page = await open(`vi/quiz/?q=${CASE_QUESTION}`);
    const caseEntry = bank.cases.find((entry) => entry.id === question(CASE_QUESTION).case);
    expect(await page.locator('.question .case').textContent()).toContain(caseEntry?.vi.scenario.slice(0, 40));
  });
});

describe('reading in one language, answering in the other', () => {
  it('switches one question vi -> en -> vi and keeps the selection', async () => {
    const page = await open(`vi/quiz/?q=${SINGLE}`);
    const { vi, en, options } = question(SINGLE);
    const prompt = page.locator('.question .prompt');
    expect(await prompt.textContent()).toBe(vi.prompt);
    await page.check('.question input[value="b"]');
    // The English texts load with the English part of the question's skill, then the question switches.
    const part = page.waitForResponse((response) => response.url().endsWith(`/en/quiz-bank/${question(SINGLE).skill}.json`));
    await page.click('button:has-text("Đọc câu này bằng tiếng Anh")');
    await part;
    await expect.poll(() => prompt.textContent()).toBe(en.prompt);
    expect(await page.locator('.question .scenario[lang="en"]').textContent()).toBe(en.scenario);
    expect(await page.locator('.question input[value="b"] + span').textContent()).toBe(options.find((o) => o.id === 'b')?.en.text);
    expect(await page.locator('.question input[value="b"]').isChecked()).toBe(true);
    await page.click('button:has-text("Đọc câu này bằng tiếng Việt")');
    expect(await prompt.textContent()).toBe(vi.prompt);
    expect(await page.locator('.question input:checked').getAttribute('value')).toBe('b');
  });
});

describe('exam', () => {
  it('extends the time (+30 min), flags, jumps with the navigator, submits and shows the result per skill', async () => {
    const page = await open('vi/quiz/');
    const errors = watchErrors(page);
    await page.check('input[value="exam"]');
    await page.selectOption('.size select', '10');
    await page.click('button:has-text("Bắt đầu")');
    await page.waitForSelector('.question');
    expect(await page.locator('.question__title').textContent()).toBe('Câu 1/10');

    const digits = page.locator('.clock__digits');
    const before = clockMs((await digits.textContent()) ?? '');
    expect(before).toBeGreaterThan(24 * 60_000);
    await page.click('button:has-text("+30 phút")');
    const after = clockMs((await digits.textContent()) ?? '');
    expect(after - before).toBeGreaterThan(29 * 60_000);
    expect(after - before).toBeLessThanOrEqual(30 * 60_000);

    await answerSomehow(page);
    await page.click('.actions button:has-text("Đánh dấu xem lại")');
    const navButtons = page.locator('nav.navigator button');
    expect(await navButtons.count()).toBe(10);
    expect(await navButtons.nth(0).textContent()).toContain('đã đánh dấu');
    expect(await navButtons.nth(0).textContent()).toContain('đã trả lời');
    expect(await navButtons.nth(0).getAttribute('aria-current')).toBe('step');

    await navButtons.nth(2).click();
    expect(await page.locator('.question__title').textContent()).toBe('Câu 3/10');
    expect(await navButtons.nth(2).getAttribute('aria-current')).toBe('step');
    await answerSomehow(page);

    await page.click('button:has-text("Nộp bài")');
    const dialog = page.locator('dialog.confirm');
    await dialog.waitFor();
    // Ordering questions always count as answered: the order on screen is an answer.
    const unanswered = await page.evaluate(() =>
      [...document.querySelectorAll('nav.navigator button')].flatMap((button, index) => (button.textContent?.includes('chưa trả lời') ? [index + 1] : [])),
    );
    expect(await dialog.textContent()).toContain(`Còn ${unanswered.length} câu chưa trả lời: ${unanswered.join(', ')}`);
    await dialog.locator('button:has-text("Nộp bài")').click();

    await page.waitForSelector('.result-title');
    expect(await page.locator('.score').textContent()).toMatch(/^Đúng \d+\/10 câu \(\d+%\)\.$/);
    const rows = page.locator('table.by-skill tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().textContent()).toMatch(/Skill 2\.2\.\d\d+\/\d+ đúng/);
    // Full review: every question, graded, with its explanation.
    expect(await page.locator('.exam .question').count()).toBe(10);
    expect(await page.locator('.exam .verdict').count()).toBe(10);
    const progress = await stored(page);
    expect(progress.attempts.length).toBeGreaterThanOrEqual(2);
    expect(progress.flags).toHaveLength(1);
    // The score joins the history of exam results.
    const correct = Number((await page.locator('.score').textContent())?.match(/(\d+)\/10/)?.[1]);
    expect(progress.exams).toEqual([expect.objectContaining({ total: 10, correct })]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/quiz-exam-result.png', fullPage: false });
    expect(errors).toEqual([]);
  });

  it('announces 5 minutes left, can be turned off, and submits itself when time runs out', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(siteUrl('en/quiz/'));
    await hydrated(page);
    await page.check('input[value="exam"]');
    await page.selectOption('.size select', '10');
    await page.click('button:has-text("Start")');
    await page.waitForSelector('.question');
    const announcer = page.locator('.clock [aria-live="polite"]');
    expect(await announcer.textContent()).toBe('');

    await page.clock.runFor('20:30');
    await expect.poll(() => announcer.textContent()).toBe('5 minutes left.');

    await page.click('button:has-text("Turn timer off")');
    expect(await page.locator('.clock__time').textContent()).toContain('Timer off');
    await page.clock.runFor('30:00');
    expect(await page.locator('.result-title').count()).toBe(0);

    await page.click('button:has-text("Turn timer on")');
    await page.clock.runFor('05:00');
    await page.waitForSelector('.result-title');
    expect(await page.locator('[role="alert"]:visible').first().textContent()).toBe('Time is up. The exam was submitted automatically.');
    await context.close();
  });
});

describe('review and due', () => {
  it('review asks the last-wrong and flagged questions; due opens from the home page link', async () => {
    const page = await open('vi/');
    const long = '2026-01-01T00:00:00.000Z';
    await page.evaluate(
      ({ key, long, single, multiple }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 1,
            attempts: [{ questionId: single, at: long, outcome: 'wrong' }],
            cards: {
              [multiple]: { due: long, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 'Review', lastReview: long },
            },
            flags: [multiple],
            readLessons: ['vi/task-2-2/skill-2-2-1'],
            updatedAt: long,
          }),
        ),
      { key: KEY, long, single: SINGLE, multiple: MULTIPLE },
    );
    await page.reload();
    const home = page.locator('[data-home-progress]');
    await expect.poll(() => home.locator('[data-some-due]').isVisible()).toBe(true);
    expect(await home.locator('[data-some-due]').textContent()).toBe('1 câu đến hạn ôn. Ôn ngay');
    expect(await home.locator('[data-none-due]').isVisible()).toBe(false);
    expect(await home.locator('[data-read="2.2.1"]').textContent()).toBe('1/1');
    expect(await home.locator('[data-practised="2.2.1"]').textContent()).toMatch(/^1\/\d+$/);
    expect(await home.locator('[data-mastery="2.2.1"]').textContent()).toBe('0%');
    expect(await home.locator('[data-continue-reading]').textContent()).toMatch(/^Đọc tiếp: /);
    expect(await axeViolations(page)).toEqual([]);

    await home.locator('[data-some-due] a').click();
    await hydrated(page);
    expect(await page.locator('input[value="due"]').isChecked()).toBe(true);
    await page.click('button:has-text("Bắt đầu")');
    await page.waitForSelector('.question');
    expect(await page.locator('.question__title').textContent()).toBe('Câu 1/1');
    expect(await page.locator('.question .prompt').textContent()).toBe(question(MULTIPLE).vi.prompt);

    await page.goto(siteUrl('vi/quiz/?mode=review'));
    await hydrated(page);
    expect(await page.locator('label:has(input[value="review"]) .hint').textContent()).toMatch(/^2 câu/);
    await page.click('button:has-text("Bắt đầu")');
    await page.waitForSelector('.question');
    expect(await page.locator('.question__title').textContent()).toBe('Câu 1/2');
  });
});

describe('progress', () => {
  it('survives a reload', async () => {
    const page = await open(`vi/quiz/?q=${SINGLE}`);
    await page.check(`.question input[value="${keysOf(SINGLE)[0]}"]`);
    await page.click('button:text-is("Kiểm tra")');
    await expect.poll(async () => (await stored(page)).attempts.length).toBe(1);
    await page.reload();
    await hydrated(page);
    expect((await stored(page)).attempts.map((attempt) => attempt.outcome)).toEqual(['correct']);
    await page.goto(siteUrl('vi/'));
    await expect.poll(() => page.locator('[data-practised="2.2.1"]').textContent()).toMatch(/^1\//);
  });

  it.each([
    { what: 'bad JSON', raw: '{not json', kept: 0, notice: /không phải JSON hợp lệ|not valid JSON/ },
    { what: 'a wrong version', raw: JSON.stringify({ version: 7, attempts: [] }), kept: 0, notice: /version 7/ },
    {
      what: 'a wrong shape with some valid attempts',
      raw: JSON.stringify({
        version: 1,
        attempts: [
          { questionId: SINGLE, at: '2026-11-01T08:00:00.000Z', outcome: 'wrong' },
          { questionId: 'Not Kebab', at: 'yesterday', outcome: 'maybe' },
          { questionId: MULTIPLE, at: '2026-11-02T08:00:00.000Z', outcome: 'correct' },
        ],
        flags: 'all of them',
        readLessons: ['vi/task-2-2'],
      }),
      kept: 2,
      notice: /attempts: 2 of 3/,
    },
  ])('recovers $what with a notice and keeps the rest', async ({ raw, kept, notice }) => {
    const page = await open('vi/');
    const errors = watchErrors(page);
    await page.evaluate(({ key, raw }) => localStorage.setItem(key, raw), { key: KEY, raw });
    await page.goto(siteUrl('vi/quiz/'));
    await hydrated(page);
    await transferShown(page);
    const status = page.locator('.transfer .recovered[role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/bị hỏng/);
    expect(await status.textContent()).toMatch(notice);
    // The review count reads the kept attempts; answering a question keeps them in the store.
    expect(await page.locator('label:has(input[value="review"]) .hint').textContent()).toMatch(new RegExp(`^${kept ? 1 : 0} câu`));
    await page.goto(siteUrl(`vi/quiz/?q=${CASE_QUESTION}`));
    await hydrated(page);
    await answerSomehow(page);
    await page.click('button:text-is("Kiểm tra")');
    await expect.poll(async () => (await stored(page)).attempts.length).toBe(kept + 1);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('aip-c01:progress:v1:damaged:'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('exports to a file and imports it back; a bad file changes nothing and says why', async () => {
    const page = await open(`vi/quiz/?q=${SINGLE}`);
    await page.check(`.question input[value="${wrongOf(SINGLE)}"]`);
    await page.click('button:text-is("Kiểm tra")');
    await expect.poll(async () => (await stored(page)).attempts.length).toBe(1);

    await page.goto(siteUrl('vi/quiz/'));
    await hydrated(page);
    await transferShown(page);
    const download = page.waitForEvent('download');
    await page.click('button:has-text("Xuất tiến độ")');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^aip-c01-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = join(tmpdir(), `quiz-export-${Date.now()}.json`);
    await file.saveAs(exported);
    const document = JSON.parse(readFileSync(exported, 'utf8'));
    expect(document.attempts.map((attempt: { questionId: string }) => attempt.questionId)).toEqual([SINGLE]);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await hydrated(page);
    await transferShown(page);
    expect((await stored(page)).attempts).toEqual([]);

    const bad = join(tmpdir(), `quiz-bad-${Date.now()}.json`);
    writeFileSync(bad, JSON.stringify({ version: 1, attempts: 'nope' }));
    await page.setInputFiles('.transfer input[type="file"]', bad);
    const alert = page.locator('.transfer [role="alert"]');
    await expect.poll(() => alert.textContent()).toMatch(/Không nhập được .*nothing was imported/);
    expect((await stored(page)).attempts).toEqual([]);

    await page.setInputFiles('.transfer input[type="file"]', exported);
    await expect
      .poll(() => page.locator('.transfer p[role="status"]:not(.recovered)').textContent())
      .toMatch(/Đã nhập tiến độ .*: thêm 1 lượt trả lời, 1 thẻ ôn tập/);
    expect(await alert.textContent()).toBe('');
    expect((await stored(page)).attempts.map((attempt) => attempt.questionId)).toEqual([SINGLE]);
    expect(await page.locator('label:has(input[value="review"]) .hint').textContent()).toMatch(/^1 câu/);
  });
});

describe('progress in two tabs, and kept safe', () => {
  it('two tabs answering in turn lose no answer: all 20 are in the saved document', async () => {
    const context = await browser.newContext(DESKTOP);
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      await tab.goto(siteUrl('en/quiz/'));
      await hydrated(tab);
      await tab.click('button:has-text("Start")');
      await tab.waitForSelector('.question');
    }
    // Ten rounds: both tabs get an answer, then both are checked at once, so that their saves interleave.
    for (let round = 1; round <= 10; round += 1) {
      for (const tab of tabs) {
        // A learner switches to a tab to answer it; a tab in the background does not paint.
        await tab.bringToFront();
        await answerSomehow(tab);
      }
      // Clicked without waiting for paint: the tab behind the other still grades and saves.
      await Promise.all(tabs.map((tab) => tab.locator('button:text-is("Check")').dispatchEvent('click')));
      for (const tab of tabs) {
        await tab.bringToFront();
        await tab.waitForSelector('.feedback .verdict');
        // The whole text: an ordering item's move buttons may name an item holding the word "next".
        await tab.click('button:text-is("Next")');
        await expect.poll(() => tab.locator('.question__title').textContent()).toMatch(new RegExp(`^Question ${round + 1} of`));
      }
    }
    for (const tab of tabs) await expect.poll(async () => (await stored(tab)).attempts.length, { timeout: 15_000 }).toBe(20);
    await context.close();
  });

  // A context of its own: whether storage is persistent is the browser's decision for the whole context.
  it('asks for persistent storage once there is progress, says whether it was granted, and reminds to export after a week', async () => {
    const page = await open('en/quiz/', DESKTOP);
    await transferShown(page);
    expect(await page.locator('.transfer .storage').count()).toBe(0);
    const weekAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    await page.evaluate(
      ({ key, at, id }) =>
        localStorage.setItem(
          key,
          JSON.stringify({ version: 1, attempts: [{ questionId: id, at, outcome: 'wrong' }], cards: {}, flags: [], readLessons: [], exams: [], updatedAt: at }),
        ),
      { key: KEY, at: weekAgo, id: SINGLE },
    );
    await page.reload();
    await hydrated(page);
    await transferShown(page);
    const granted = await page.evaluate(() => navigator.storage.persisted());
    const status = page.locator('.transfer .storage');
    await expect.poll(() => status.getAttribute('data-persisted')).toBe(String(granted));
    expect(await status.textContent()).toMatch(granted ? /persistent: your progress is not cleared/ : /has not made .* persistent/);
    const reminder = page.locator('.transfer .reminder');
    if (granted) expect(await reminder.count()).toBe(0);
    else {
      expect(await reminder.textContent()).toMatch(/^Answers not exported yet: 1, the first on \w+ \d+, \d{4}\./);
      await page.click('button:has-text("Export progress")');
      await expect.poll(() => reminder.count()).toBe(0);
      expect((await stored(page)).exportedAt).toMatch(/^\d{4}-/);
    }
    await page.context().close();
  });
});

describe('accessibility and layout', () => {
  // The start screen is checked by crawl.test.ts, with every other page.
  it.each(['vi', 'en'])('in %s, a question with feedback, an exam question and the exam results pass axe', async (lang) => {
    const page = await open(`${lang}/quiz/?q=${MULTIPLE}`);
    await answerSomehow(page);
    await page.click('.practice button.primary');
    await page.waitForSelector('.verdict');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(siteUrl(`${lang}/quiz/`));
    await hydrated(page);
    await page.check('input[value="exam"]');
    await page.selectOption('.size select', '10');
    await page.click('.start button[type="submit"]');
    await page.waitForSelector('.question');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.exam .actions button.primary');
    await page.click('dialog.confirm button.primary');
    await page.waitForSelector('.result-title');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('passes axe in the dark theme with feedback shown', async () => {
    const page = await open(`vi/quiz/?q=${SINGLE}`, { ...DESKTOP, colorScheme: 'dark' });
    await page.check('.question input[value="b"]');
    await page.click('button:text-is("Kiểm tra")');
    await page.waitForSelector('.verdict');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone: no sideways scroll, controls at least 44 px tall', async () => {
    const page = await open(`vi/quiz/?q=${CASE_QUESTION}`, PHONE);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const heights = await page.$$eval('.question label.choice, .question button, .practice .actions button', (elements) =>
      elements.map((element) => element.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: 'test-results/quiz-vi-390.png', fullPage: true });
    await page.context().close();
  });
});
