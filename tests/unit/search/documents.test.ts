import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { clip, glossaryDocument, lessonDocuments, MAX_QUESTION_TEXT, questionDocument, searchablePages } from '../../../src/core/search/documents';
import { htmlToText, lessonSections } from '../../../src/core/search/lesson-sections';
import { wrapTables } from '../../../src/lessons/hugo-page';
import { glossary, lessonPages, questions } from './content-index';

describe('htmlToText', () => {
  it.each([
    { html: '<p>Chi phí <strong>cố định</strong></p>', text: 'Chi phí cố định' },
    { html: '<ul>\n<li>một</li>\n<li>hai\nba</li>\n</ul>', text: 'một · hai ba' },
    {
      html: '<table><tr><th>Option</th><th>Ưu điểm</th></tr><tr><td>A &amp; B</td><td>&lt;x&gt; &#8594; &#x2192;</td></tr></table>',
      text: 'Option | Ưu điểm · A & B | <x> → →',
    },
    { html: '<p class="notice__title"><svg><path d="M1"/></svg><span>Thông tin</span></p><p>x</p>', text: 'Thông tin · x' },
    { html: '<pre><code>User Request\n    ↓\nRouter</code></pre>', text: 'User Request ↓ Router' },
    { html: '', text: '' },
  ])('$html', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('lessonSections', () => {
  it('starts a section at each label or heading with an id, keeping text before the first', () => {
    const html =
      '<p>Mở đầu</p><p class="label" id="loi-ich"><strong>Lợi ích:</strong></p><ul><li>Giảm 60-80% chi phí</li></ul>' +
      '<h4 id="khái-niệm">Khái niệm</h4><p>Văn bản</p><p class="label" id="trong"><strong>Trống:</strong></p>';
    expect(lessonSections(html)).toEqual([
      { id: null, heading: '', text: 'Mở đầu' },
      { id: 'loi-ich', heading: 'Lợi ích', text: 'Giảm 60-80% chi phí' },
      { id: 'khái-niệm', heading: 'Khái niệm', text: 'Văn bản' },
      { id: 'trong', heading: 'Trống', text: '' },
    ]);
  });

  it('finds every anchored label of the real skill pages, with the label text as heading', async () => {
    const processor = await createSatteriMarkdownProcessor();
    for (const page of lessonPages().filter((candidate) => candidate.kind === 'skill')) {
      const html = wrapTables((await processor.render(page.markdown)).code, (n) => `Table ${n}`);
      const sections = lessonSections(html);
      expect(
        sections.map((section) => [section.id, section.heading]),
        page.id,
      ).toEqual(page.anchors.map((anchor) => [anchor.id, anchor.text]));
    }
  });
});

describe('lesson documents', () => {
  it('one for the page, one per section, linked to its anchor', () => {
    const documents = lessonDocuments({
      title: 'Skill 2.2.3',
      html: '<p class="label" id="loi-ich"><strong>Lợi ích:</strong></p><ul><li>Giảm chi phí</li></ul>',
      url: (anchor) => `/vi/lessons/task-2-2/skill-2-2-3/${anchor ? `#${anchor}` : ''}`,
    });
    expect(documents).toEqual([
      { kind: 'lesson', url: '/vi/lessons/task-2-2/skill-2-2-3/', title: 'Skill 2.2.3', context: '', text: '', keywords: [] },
      { kind: 'lesson', url: '/vi/lessons/task-2-2/skill-2-2-3/#loi-ich', title: 'Lợi ích', context: 'Skill 2.2.3', text: 'Giảm chi phí', keywords: [] },
    ]);
  });

  it('index skill pages and not the task page they are split from', () => {
    const pages = [
      { path: 'task-2-2', parent: null, kind: 'page' as const },
      { path: 'task-2-2/skill-2-2-1', parent: 'task-2-2', kind: 'skill' as const },
      { path: 'chapter', parent: null, kind: 'page' as const },
      { path: 'chapter/intro', parent: 'chapter', kind: 'page' as const },
    ];
    expect(searchablePages(pages).map((page) => page.path)).toEqual(['task-2-2/skill-2-2-1', 'chapter', 'chapter/intro']);
  });
});

it.each([
  { text: 'ngắn', max: 10, expected: 'ngắn' },
  { text: 'một hai ba bốn năm', max: 10, expected: 'một hai…' },
  { text: 'mộthaibabốnnăm', max: 6, expected: 'mộtha…' },
])('clip($text, $max) = $expected', ({ text, max, expected }) => {
  expect(clip(text, max)).toBe(expected);
});

describe('question and glossary documents', () => {
  it('a question shows its prompt, skill and clipped scenario, found by its tags too', () => {
    const question = questions().find((candidate) => candidate.id === 'q221-poc-on-demand');
    expect(question).toBeDefined();
    const document = questionDocument(question!, 'en', '/en/quiz/?q=q221-poc-on-demand');
    expect(document).toMatchObject({
      kind: 'question',
      title: 'Which deployment option will meet these requirements MOST cost-effectively?',
      context: 'Skill 2.2.1',
      keywords: ['on-demand', 'poc', 'cost'],
    });
    expect(document.text.length).toBeLessThanOrEqual(MAX_QUESTION_TEXT + 1);
    expect(document.text.startsWith('A retail company wants a 4-week proof of concept')).toBe(true);
  });

  it('a glossary term is found by its name in the other language and its aliases', () => {
    const term = glossary().find((candidate) => candidate.id === 'cold-start')!;
    expect(glossaryDocument(term, 'vi', '/vi/glossary/#cold-start')).toEqual({
      kind: 'glossary',
      url: '/vi/glossary/#cold-start',
      title: 'Cold start (khởi động lạnh)',
      context: 'Cold start',
      text: term.vi.definition,
      keywords: ['Cold start', ...term.aliases],
    });
  });
});
