// axe-core run in a Playwright page: its source injected once per document, then `axe.run` on the page's own
// document. @axe-core/playwright opened a new page per analysis (to finish a run across frames, which this site
// has none of) and collected every passing node too: about 2 s of each check, where this takes a few hundred ms.
import axe from 'axe-core';

/**
 * The violations axe's default rules (WCAG 2.x A and AA, best practices) find in the page as it is now.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<import('axe-core').Result[]>}
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(() =>
    /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window)).axe
      .run(document, { resultTypes: ['violations'] })
      .then((results) => results.violations),
  );
}
