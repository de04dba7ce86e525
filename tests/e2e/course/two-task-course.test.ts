/**
 * A course with two tasks, built from tests/fixtures/two-task-course by COURSE_ROOT: the site names that course,
 * offers the skills its lessons define, and a question of each task is practised and recorded like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PROGRESS_KEY } from '../../../src/stores/progress';
import { launchBrowser, SharedTab, siteUrl, watchErrors } from '../browser';

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

const open = (path: string) => tab.open(path);

const attempts = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"attempts":[]}') as { attempts: { questionId: string }[] }).attempts, PROGRESS_KEY);

describe('a course from content: two tasks', () => {
  it('names the course from its course.json and lists the skills of both tasks on the home page', async () => {
    const page = await open('en/');
    expect(await page.title()).toBe('AIP-C01 · Tasks 1.4 and 2.2');
    expect(await page.locator('h1').textContent()).toBe('Tasks 1.4 and 2.2: Two-task sample course');
    expect(await page.locator('.home-progress tbody th').allTextContents()).toEqual(['1.4.1', '2.2.1']);
    const menu = await page.locator('nav a').allTextContents();
    expect(menu).toEqual(
      expect.arrayContaining(['Task 1.4: Vector stores for retrieval', 'Skill 1.4.1: Design a vector index', 'Task 2.2: Model deployment strategies']),
    );
  });

  it('practises a question of each task from the quiz start screen and records both answers', async () => {
    const page = await open('vi/quiz/');
    const errors = watchErrors(page);
    await page.waitForSelector('.start button[type="submit"]:not([disabled])');
    const skillLabels = await page.locator('.start fieldset').nth(1).locator('label').allTextContents();
    expect(skillLabels.map((label) => label.trim())).toEqual(['Skill 1.4.1 (1 câu)', 'Skill 2.2.1 (1 câu)']);
    await page.click('button:has-text("Bắt đầu")');
    for (const moveOn of ['Câu tiếp', 'Kết thúc']) {
      await page.waitForSelector('.question');
      await page.locator('.question input[type="radio"]').first().check();
      await page.click('button:text-is("Kiểm tra")');
      await page.waitForSelector('.feedback-label');
      await page.click(`button:has-text("${moveOn}")`);
    }
    await expect
      .poll(async () => (await attempts(page)).map((attempt) => attempt.questionId).sort())
      .toEqual(['q141-new-embedding-dimension', 'q221-prototype-traffic']);
    expect(errors).toEqual([]);
  });

  it('opens the skill page of the other task, with its notice, and links glossary terms to it', async () => {
    const page = await open('en/lessons/task-1-4/skill-1-4-1/');
    expect(await page.locator('h1').textContent()).toBe('Skill 1.4.1: Design a vector index');
    expect(await page.locator('.notice').textContent()).toContain('cannot be compared');
    await page.goto(siteUrl('en/glossary/'));
    const links = await page.locator('.term .section a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['/en/lessons/task-1-4/skill-1-4-1/#kien-thuc-can-nam', '/en/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-on-demand']);
  });
});
