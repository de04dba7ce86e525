import { expect, it } from 'vitest';
import { convertHugoShortcodes, noticeParts } from '../../../../src/lessons/hugo-shortcodes';

// The MDX <Notice> renders noticeParts; the Hugo shortcode must render the very same parts.
it.each([
  { shortcode: '{{% notice warning "Chi phí" %}}', type: 'warning', title: 'Chi phí', locale: 'vi' as const },
  { shortcode: '{{% notice tip %}}', type: 'tip', title: undefined, locale: 'en' as const },
  { shortcode: '{{% notice %}}', type: undefined, title: undefined, locale: 'en' as const },
  { shortcode: '{{% notice Custom "A <b>" %}}', type: 'Custom', title: 'A <b>', locale: 'vi' as const },
])('$shortcode has the markup of noticeParts($type, $title)', ({ shortcode, type, title, locale }) => {
  const notice = noticeParts(type, title, locale);
  const html = convertHugoShortcodes(`${shortcode}\nBody\n{{% /notice %}}`, { file: 'x.md', locale });
  expect(html).toContain(`<aside class="notice notice--${notice.modifier}" role="note"`);
  expect(html).toContain(`data-notice-type="${notice.type}"`);
  expect(html).toContain(notice.titleHtml);
});

it('names a notice by its label and title in the page language', () => {
  expect(noticeParts('warning', 'Chi phí', 'vi')).toMatchObject({ type: 'warning', modifier: 'warning', name: 'Cảnh báo: Chi phí' });
  expect(noticeParts(undefined, undefined, 'en')).toMatchObject({ type: 'note', modifier: 'note', name: 'Note' });
  expect(noticeParts('Custom', undefined, 'en')).toMatchObject({ type: 'custom', modifier: 'neutral', name: 'Custom' });
});
