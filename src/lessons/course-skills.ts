/**
 * The skills of the course, as the lessons define them: each `### Skill 1.4.2: ...` section is a skill that
 * questions may name. Works on the loader's pages and on the collection's entries alike.
 */
import { DEFAULT_LOCALE, type Locale } from '../core/locale';
import { compareSkillCodes } from '../core/quiz/skill-codes';

export interface SkillPage {
  lang: Locale;
  path: string;
  skill: string | null;
  title: string;
}

export interface CourseSkill {
  /** "1.4.2" */
  code: string;
  /** The skill's lesson page below /<lang>/lessons/. */
  path: string;
  /** The `### Skill` heading as the lesson of each language writes it. */
  title: Partial<Record<Locale, string>>;
}

/** Every skill a lesson of any language defines, in code order; the default locale's page wins a disagreement. */
export function courseSkills(pages: readonly SkillPage[]): CourseSkill[] {
  const byCode = new Map<string, CourseSkill>();
  const ordered = [...pages].sort((a, b) => Number(b.lang === DEFAULT_LOCALE) - Number(a.lang === DEFAULT_LOCALE));
  for (const page of ordered) {
    if (page.skill === null) continue;
    const known = byCode.get(page.skill) ?? { code: page.skill, path: page.path, title: {} };
    known.title[page.lang] ??= page.title;
    byCode.set(page.skill, known);
  }
  return [...byCode.values()].sort((a, b) => compareSkillCodes(a.code, b.code));
}
