import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/locale';
import { parseSectionRef, sectionTitle } from '../../../src/lessons/section-refs';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { glossary, lessonPages } from '../search/content-index';

const terms = glossary();

describe('content/glossary/terms.yaml', () => {
  it('has 62 terms with unique ids, each named and defined in both languages', () => {
    expect(terms).toHaveLength(62);
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
  });

  it.each(LOCALES)('every section names a %s lesson page or anchor', (lang) => {
    const pages = lessonPages()
      .filter((page) => page.lang === lang)
      .map((page) => ({ path: page.path, title: page.title, anchors: page.anchors }));
    expect(terms.filter((term) => sectionTitle(term.section, pages) === undefined).map((term) => `${term.id}: ${term.section}`)).toEqual([]);
  });
});

describe('glossaryTermSchema', () => {
  const term = {
    id: 'cold-start',
    vi: { term: 'Cold start', definition: 'Độ trễ thêm.' },
    en: { term: 'Cold start', definition: 'Extra delay.' },
    section: 'task-2-2/skill-2-2-1#so-sanh-deployment-options',
  };

  it('accepts a term, with aliases defaulting to none', () => {
    expect(glossaryTermSchema.parse(term).aliases).toEqual([]);
  });

  it.each([
    { change: { section: 'task-2-2/skill-2-2-1#Khi nào' }, message: /section "task-2-2\/skill-2-2-1#Khi nào" is not a lesson path/ },
    { change: { id: 'Cold_Start' }, message: /id "Cold_Start" is not kebab-case/ },
    { change: { en: { term: ' ', definition: 'x' } }, message: /en\.term is empty/ },
    { change: { aliases: [''] }, message: /alias is empty/ },
    { change: { note: 'x' }, message: /"note" not allowed in a glossary term/ },
  ])('refuses $message', ({ change, message }) => {
    const result = glossaryTermSchema.safeParse({ ...term, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});

describe('section references', () => {
  const pages = [{ path: 'task-2-2/skill-2-2-1', title: 'Skill 2.2.1', anchors: [{ id: 'khi-nao-chon-on-demand', text: 'Khi nào chọn On-Demand' }] }];

  it.each([
    {
      reference: 'task-2-2/skill-2-2-1#khi-nao-chon-on-demand',
      parsed: { path: 'task-2-2/skill-2-2-1', anchor: 'khi-nao-chon-on-demand' },
      title: 'Khi nào chọn On-Demand',
    },
    { reference: 'task-2-2/skill-2-2-1', parsed: { path: 'task-2-2/skill-2-2-1', anchor: null }, title: 'Skill 2.2.1' },
    { reference: 'task-2-2/skill-2-2-1#missing', parsed: { path: 'task-2-2/skill-2-2-1', anchor: 'missing' }, title: undefined },
    { reference: 'task-9-9', parsed: { path: 'task-9-9', anchor: null }, title: undefined },
  ])('$reference', ({ reference, parsed, title }) => {
    expect(parseSectionRef(reference)).toEqual(parsed);
    expect(sectionTitle(reference, pages)).toBe(title);
  });
});
