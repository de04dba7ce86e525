import { expect, it } from 'vitest';
import { splitForEmbeds } from '../../../src/lessons/embeds';

const html =
  '<p class="label" id="so-sanh-deployment-options"><strong>So sánh:</strong></p><div class="table-scroll"><table><tr><td>x</td></tr></table></div>' +
  '<p>after table</p><p class="label" id="loi-ich"><strong>Lợi ích:</strong></p><ul><li>a</li></ul><p>end</p>';

it.each([
  {
    case: 'both panels, each right after its block',
    html,
    expected: [
      { html: html.slice(0, html.indexOf('<p>after table')) },
      { panel: 'deployment' },
      { html: html.slice(html.indexOf('<p>after table'), html.indexOf('<p>end')) },
      { panel: 'cascade' },
      { html: '<p>end</p>' },
    ],
  },
  { case: 'a page without the anchors stays whole', html: '<p>plain</p>', expected: [{ html: '<p>plain</p>' }] },
  {
    case: 'an anchor with no block after it is skipped',
    html: '<p id="loi-ich">x</p><p>no list</p>',
    expected: [{ html: '<p id="loi-ich">x</p><p>no list</p>' }],
  },
])('$case', ({ html: input, expected }) => {
  expect(splitForEmbeds(input)).toEqual(expected);
});
