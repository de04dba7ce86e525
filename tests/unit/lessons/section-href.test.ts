import { describe, expect, it } from 'vitest';
import { sectionHref } from '../../../src/i18n/paths';

describe('sectionHref: a section reference as a link', () => {
  it.each([
    { reference: 'task-2-2/skill-2-2-1#khi-nao-chon-on-demand', lang: 'en', href: '/en/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-on-demand' },
    { reference: 'task-2-2/skill-2-2-3', lang: 'vi', href: '/vi/lessons/task-2-2/skill-2-2-3/' },
    { reference: 'task-2-2', lang: 'vi', href: '/vi/lessons/task-2-2/' },
  ] as const)('$reference in $lang', ({ reference, lang, href }) => {
    expect(sectionHref(lang, reference)).toBe(href);
  });
});
