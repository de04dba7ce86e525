import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { convertHugoShortcodes, ShortcodeError } from '../../../src/lessons/hugo-shortcodes';

const context = { file: 'content/lessons/vi/page.md', locale: 'vi' as const };
const processors = [
  ['satteri', await createSatteriMarkdownProcessor()],
  ['unified', await createMarkdownProcessor()],
] as const;

/** Renders converted Markdown and reduces the HTML to its tag structure, so both processors compare alike. */
async function render(processor: (typeof processors)[number][1], markdown: string): Promise<string> {
  const { code } = await processor.render(
    convertHugoShortcodes(markdown, { ...context, children: [{ title: 'Skill 2.2.1', href: '/vi/lessons/task/skill-2-2-1/' }] }),
  );
  return code;
}

function structure(html: string): string {
  return [...html.matchAll(/<\/?(aside|ul|ol|li|p|strong|em|code|pre|a|table)\b/g)].map((m) => m[0].slice(1)).join(' ');
}

describe.each(processors)('shortcodes rendered by %s', (_name, processor) => {
  it.each([
    {
      case: 'notice after a list stays outside the list',
      markdown: '- one\n- two\n{{% notice info %}}\nBody\n{{% /notice %}}\n',
      expected: 'ul li /li li /li /ul aside p /p p /p /aside',
    },
    {
      case: 'notice with a title',
      markdown: '{{% notice warning "Chi phí" %}}\nText\n{{% /notice %}}',
      expected: 'aside p /p p /p /aside',
      contains: ['aria-label="Cảnh báo: Chi phí"', '<span>Chi phí</span>', 'notice--warning'],
    },
    {
      case: 'markdown inside a notice',
      markdown: '{{% notice info %}}\n**Model cascading** dùng `Haiku`:\n\n- a\n- b\n{{% /notice %}}',
      expected: 'aside p /p p strong /strong code /code /p ul li /li li /li /ul /aside',
    },
    {
      case: 'two notices in a row',
      markdown: '{{% notice tip %}}\nA\n{{% /notice %}}\n{{% notice note %}}\nB\n{{% /notice %}}',
      expected: 'aside p /p p /p /aside aside p /p p /p /aside',
      contains: ['notice--tip', 'notice--note', 'aria-label="Mẹo"', 'aria-label="Ghi chú"'],
    },
    {
      case: 'a type without its own style is neutral, not dropped',
      markdown: '{{% notice todo %}}\nLater\n{{% /notice %}}',
      expected: 'aside p /p p /p /aside',
      contains: ['notice--neutral', 'data-notice-type="todo"', 'aria-label="Todo"'],
    },
    {
      case: 'children lists the child pages',
      markdown: 'Intro\n\n{{% children %}}\n',
      expected: 'p /p ul li a /a /li /ul',
      contains: ['href="/vi/lessons/task/skill-2-2-1/"'],
    },
    {
      case: 'angle-bracket form and named arguments',
      markdown: '{{< notice style="tip" title="Gợi ý" >}}\nX\n{{< /notice >}}',
      expected: 'aside p /p p /p /aside',
      contains: ['notice--tip', '<span>Gợi ý</span>'],
    },
    {
      case: "Hugo's escaped form shows the shortcode as text",
      markdown: 'Write `{{%/* notice info */%}}` to open a callout.',
      expected: 'p code /code /p',
      contains: ['{{% notice info %}}'],
      literal: true,
    },
  ])('$case', async ({ markdown, expected, contains = [], literal = false }) => {
    const html = await render(processor, markdown);
    expect(structure(html)).toBe(expected);
    for (const fragment of contains) expect(html).toContain(fragment);
    if (!literal) expect(html).not.toMatch(/\{\{[%<]/);
  });
});

describe('shortcode errors name the file, line and shortcode', () => {
  it.each([
    { case: 'unknown shortcode', markdown: 'a\n\nb\n{{% youtube abc %}}\n', line: 4, name: 'youtube', reason: 'unknown shortcode' },
    {
      case: 'unknown shortcode, offset by front matter',
      markdown: '{{< figure src="x.png" >}}',
      firstLine: 7,
      line: 7,
      name: 'figure',
      reason: 'unknown shortcode',
    },
    { case: 'notice never closed', markdown: 'x\n{{% notice info %}}\nBody', line: 2, name: 'notice', reason: 'never closed' },
    { case: 'closing without opening', markdown: 'x\n\n{{% /notice %}}', line: 3, name: 'notice', reason: 'without an opening' },
    { case: 'malformed shortcode', markdown: 'ok\n{{% notice info', line: 2, name: 'notice', reason: 'malformed' },
  ])('$case', ({ markdown, firstLine, line, name, reason }) => {
    let error: unknown;
    try {
      convertHugoShortcodes(markdown, { ...context, firstLine });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ShortcodeError);
    const shortcodeError = error as ShortcodeError;
    expect(shortcodeError.line).toBe(line);
    expect(shortcodeError.shortcode).toBe(name);
    expect(shortcodeError.message).toMatch(new RegExp(`^content/lessons/vi/page.md:${line}: shortcode "${name}": .*${reason}`));
  });
});
