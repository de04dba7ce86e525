/** The course's skills for pages: defined by the lessons' `### Skill` sections (src/lessons/course-skills.ts). */
import { getCollection } from 'astro:content';
import { courseSkills, type CourseSkill } from '../lessons/course-skills';

export async function skillsOfCourse(): Promise<CourseSkill[]> {
  const lessons = await getCollection('lessons');
  return courseSkills(lessons.map(({ data }) => data));
}

/** Questions per skill, in skill order, for the skills that have any. */
export function questionsPerSkill(skills: readonly CourseSkill[], questions: readonly { skill: string }[]): Record<string, number> {
  return Object.fromEntries(
    skills.map(({ code }) => [code, questions.filter((question) => question.skill === code).length] as const).filter(([, count]) => count > 0),
  );
}
