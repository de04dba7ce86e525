import { describe, expect, it } from 'vitest';
import { compareSkillCodes, skillsOf } from '../../../src/core/quiz/skill-codes';
import { courseSkills, type SkillPage } from '../../../src/lessons/course-skills';
import { buildLessonPages } from '../../../src/lessons/lesson-pages';

describe('compareSkillCodes: numeric order of dotted codes', () => {
  it.each([
    ['1.4.2', '2.2.1', -1],
    ['1.10.1', '1.9.2', 1],
    ['2.2', '2.2.1', -1],
    ['2.2.1', '2.2.1', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareSkillCodes(a, b))).toBe(sign);
  });

  it('skillsOf lists the skills of some questions once, in code order', () => {
    expect(skillsOf([{ skill: '2.2.3' }, { skill: '1.10.1' }, { skill: '2.2.3' }, { skill: '1.9.2' }])).toEqual(['1.9.2', '1.10.1', '2.2.3']);
  });
});

describe('courseSkills: the skills the lessons define', () => {
  const page = (lang: 'vi' | 'en', path: string, skill: string | null, title: string): SkillPage => ({ lang, path, skill, title });

  it('takes one skill per code from every language, in code order, with each language title', () => {
    const skills = courseSkills([
      page('en', 'task-2-2/skill-2-2-1', '2.2.1', 'Skill 2.2.1: Deploy'),
      page('vi', 'task-2-2', null, 'Task 2.2'),
      page('vi', 'task-2-2/skill-2-2-1', '2.2.1', 'Skill 2.2.1: Triển khai'),
      page('vi', 'task-1-4/skill-1-4-2', '1.4.2', 'Skill 1.4.2: Chọn model'),
    ]);
    expect(skills).toEqual([
      { code: '1.4.2', path: 'task-1-4/skill-1-4-2', title: { vi: 'Skill 1.4.2: Chọn model' } },
      { code: '2.2.1', path: 'task-2-2/skill-2-2-1', title: { vi: 'Skill 2.2.1: Triển khai', en: 'Skill 2.2.1: Deploy' } },
    ]);
  });

  it('reads the codes from `### Skill` headings of Hugo pages, and nothing else', () => {
    const text = (title: string) =>
      `---\ntitle: "${title}"\nweight: 1\n---\n\n## ${title}\n\n### Skill 1.4.1: One\n\nText.\n\n### Skill 1.4.2: Two\n\n\`\`\`\n### Skill 9.9.9: in a code fence\n\`\`\`\n\n### References\n`;
    const pages = buildLessonPages([{ relativePath: 'vi/task-1-4.md', file: 'content/lessons/vi/task-1-4.md', text: text('Task 1.4') }], '/');
    expect(pages.map(({ path, skill }) => [path, skill])).toEqual([
      ['task-1-4', null],
      ['task-1-4/skill-1-4-1', '1.4.1'],
      ['task-1-4/skill-1-4-2', '1.4.2'],
    ]);
    expect(courseSkills(pages).map(({ code }) => code)).toEqual(['1.4.1', '1.4.2']);
  });
});
