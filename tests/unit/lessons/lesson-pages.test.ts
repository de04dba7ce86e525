import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { anchorLabels, parseHugoPage, splitSkillSections, wrapTables } from '../../../src/lessons/hugo-page';
import { buildLessonPages } from '../../../src/lessons/lesson-pages';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const seed = read('content/lessons/vi/task-2-2.md');

describe('parseHugoPage', () => {
  it('reads the front matter and says where the body starts', () => {
    const page = parseHugoPage(seed, 'vi/task-2-2.md');
    expect(page.frontMatter).toMatchObject({ title: 'Task 2.2: Model Deployment Strategies', weight: 2 });
    expect(page.bodyFirstLine).toBe(6);
    expect(page.body.startsWith('\n## Task 2.2')).toBe(true);
  });

  it.each([
    { source: 'no front matter', reason: 'missing front matter' },
    { source: '+++\ntitle = "x"\n+++\n', reason: 'TOML front matter' },
    { source: '---\ntitle: [unclosed\n---\n', reason: 'not valid YAML' },
    { source: '---\n- a list\n---\n', reason: 'must be a YAML mapping' },
  ])('refuses $reason with the file and line', ({ source, reason }) => {
    expect(() => parseHugoPage(source, 'x.md')).toThrow(new RegExp(`^x\\.md:\\d+: .*${reason}`));
  });
});

describe('splitSkillSections', () => {
  it('makes one section per ### Skill heading, numbered slugs, bodies without the heading', () => {
    const page = parseHugoPage(seed, 'seed');
    const sections = splitSkillSections(page.body, page.bodyFirstLine);
    expect(sections.map((s) => [s.slug, s.title])).toEqual([
      ['skill-2-2-1', 'Skill 2.2.1: Deploy FMs theo application needs'],
      ['skill-2-2-2', 'Skill 2.2.2: LLM deployment challenges'],
      ['skill-2-2-3', 'Skill 2.2.3: Optimized deployment approaches'],
    ]);
    expect(sections[0]?.firstLine).toBe(10);
    expect(sections[0]?.markdown.startsWith('**Kiến thức cần nắm:**')).toBe(true);
    // The references section ends skill 2.2.3.
    expect(sections[2]?.markdown).not.toContain('Tài liệu tham khảo');
    expect(sections[2]?.markdown).toContain('```\nUser Request');
  });

  it('ignores headings inside code fences', () => {
    const sections = splitSkillSections('### Skill 1.1: A\n```\n### Skill 9.9: not a heading\n```\ntext\n', 1);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.markdown).toContain('### Skill 9.9');
  });
});

describe('anchorLabels', () => {
  it.each([
    { markdown: '**Khi nào chọn On-Demand:**\n- a', ids: ['khi-nao-chon-on-demand'] },
    { markdown: 'Text\n\n**Lợi ích:**\n- a\n\n**Lợi ích:**\n', ids: ['loi-ich', 'loi-ich-1'] },
    { markdown: 'Sentence with **bold:** inside', ids: [] },
    { markdown: '```\n\n**not a label:**\n```', ids: [] },
  ])('$markdown -> $ids', ({ markdown, ids }) => {
    expect(anchorLabels(markdown).anchors.map((a) => a.id)).toEqual(ids);
  });

  it('a translation takes the default language ids when the labels line up', () => {
    const { anchors, markdown } = anchorLabels('**When to choose On-Demand:**\n- a', { ids: ['khi-nao-chon-on-demand'] });
    expect(anchors).toEqual([{ id: 'khi-nao-chon-on-demand', text: 'When to choose On-Demand' }]);
    expect(markdown).toContain('<p class="label" id="khi-nao-chon-on-demand"><strong>When to choose On-Demand:</strong></p>\n\n- a');
  });
});

it('wrapTables puts each table in a labelled, focusable scroll box', () => {
  const html = wrapTables('<table><tr><td>1</td></tr></table><p>x</p><table></table>', (n) => `Bảng ${n}`);
  expect(html).toBe(
    '<div class="table-scroll" role="region" tabindex="0" aria-label="Bảng 1"><table><tr><td>1</td></tr></table></div><p>x</p>' +
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Bảng 2"><table></table></div>',
  );
});

describe('buildLessonPages', () => {
  const sources = [
    { relativePath: 'vi/task-2-2.md', file: 'content/lessons/vi/task-2-2.md', text: seed },
    {
      relativePath: 'en/task-2-2.md',
      file: 'content/lessons/en/task-2-2.md',
      text: seed.replace('**Khi nào chọn On-Demand:**', '**When to choose On-Demand:**'),
    },
  ];
  const pages = buildLessonPages(sources, '/');

  it('makes the task page and one page per skill, per language', () => {
    expect(pages.map((p) => p.id)).toEqual([
      'vi/task-2-2',
      'vi/task-2-2/skill-2-2-1',
      'vi/task-2-2/skill-2-2-2',
      'vi/task-2-2/skill-2-2-3',
      'en/task-2-2',
      'en/task-2-2/skill-2-2-1',
      'en/task-2-2/skill-2-2-2',
      'en/task-2-2/skill-2-2-3',
    ]);
    expect(pages.every((p) => !p.markdown.includes('{{'))).toBe(true);
  });

  it('gives the translation the same anchor ids', () => {
    const anchorIds = (id: string) => pages.find((p) => p.id === id)?.anchors.map((a) => a.id);
    expect(anchorIds('en/task-2-2/skill-2-2-1')).toEqual(anchorIds('vi/task-2-2/skill-2-2-1'));
    expect(anchorIds('vi/task-2-2/skill-2-2-1')).toContain('khi-nao-chon-on-demand');
  });

  it('renders another Hugo page of the same form, with children, unchanged', async () => {
    const fixtures = ['vi/chapter/_index.md', 'vi/chapter/monitoring.md'].map((relativePath) => ({
      relativePath,
      file: `tests/fixtures/hugo/${relativePath}`,
      text: read(`tests/fixtures/hugo/${relativePath}`),
    }));
    const built = buildLessonPages(fixtures, '/base/');
    expect(built.map((p) => [p.path, p.parent, p.kind])).toEqual([
      ['chapter', null, 'page'],
      ['chapter/monitoring', 'chapter', 'page'],
      ['chapter/monitoring/skill-3-1-1', 'chapter/monitoring', 'skill'],
      ['chapter/monitoring/skill-3-1-2', 'chapter/monitoring', 'skill'],
    ]);
    const processor = await createSatteriMarkdownProcessor();
    const chapter = (await processor.render(built[0]!.markdown)).code;
    expect(chapter).toContain('<a href="/base/vi/lessons/chapter/monitoring/">Giám sát</a>');
    const skill = (await processor.render(built[2]!.markdown)).code;
    expect(skill).toMatch(/<ul>\s*<li>CloudWatch metrics<\/li>\s*<li>Cost Explorer<\/li>\s*<\/ul>\s*<aside class="notice notice--tip"/);
    expect(skill).toContain('<strong>từ khóa</strong>');
  });

  it('refuses a lesson outside a language folder', () => {
    expect(() => buildLessonPages([{ relativePath: 'task.md', file: 'content/lessons/task.md', text: seed }], '/')).toThrow(
      /content\/lessons\/task.md: lessons live in content\/lessons\/<vi\|en>\//,
    );
  });
});
