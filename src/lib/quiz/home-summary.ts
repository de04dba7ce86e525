/** The home page's progress figures, from the progress document alone (no FSRS maths, no component runtime). */
import { dueQueue, mastery } from '../../core/quiz/due';
import type { Progress } from '../../core/quiz/progress';
import type { Skill } from '../../schemas/question-kinds';

export interface HomeQuestion {
  id: string;
  skill: Skill;
}

export interface HomeLesson {
  /** Collection id, such as "vi/task-1-4/skill-1-4-2". */
  id: string;
  /** The lesson path without the locale: a lesson read in either language counts. */
  path: string;
  title: string;
  href: string;
  /** The skill the lesson teaches; null for the task page. */
  skill: Skill | null;
}

export interface SkillSummary {
  skill: Skill;
  lessonsRead: number;
  lessons: number;
  practised: number;
  questions: number;
  /** 0..1, from mastery() of the quiz domain. */
  mastery: number;
}

export interface HomeSummary {
  skills: SkillSummary[];
  due: number;
  /** Once reading has begun, the first lesson in reading order not read yet. */
  nextLesson: HomeLesson | null;
  practisedAny: boolean;
}

const pathOf = (lessonId: string) => lessonId.replace(/^[a-z]{2}\//, '');

/** `skills` comes with the page data, so the page script does not load the skill list module of its own. */
export function homeSummary(
  progress: Pick<Progress, 'attempts' | 'cards' | 'readLessons'>,
  skills: readonly Skill[],
  questions: readonly HomeQuestion[],
  lessons: readonly HomeLesson[],
  now: Date,
): HomeSummary {
  const readPaths = new Set(progress.readLessons.map(pathOf));
  const attempted = new Set(progress.attempts.map((attempt) => attempt.questionId));
  const known = new Set(questions.map((question) => question.id));
  return {
    skills: skills.map((skill) => {
      const skillLessons = lessons.filter((lesson) => lesson.skill === skill);
      const skillQuestions = questions.filter((question) => question.skill === skill);
      return {
        skill,
        lessonsRead: skillLessons.filter((lesson) => readPaths.has(lesson.path)).length,
        lessons: skillLessons.length,
        practised: skillQuestions.filter((question) => attempted.has(question.id)).length,
        questions: skillQuestions.length,
        mastery: mastery(skill, questions, progress),
      };
    }),
    due: dueQueue(progress.cards, now).filter((id) => known.has(id)).length,
    nextLesson: readPaths.size ? (lessons.find((lesson) => !readPaths.has(lesson.path)) ?? null) : null,
    practisedAny: progress.attempts.some((attempt) => known.has(attempt.questionId)),
  };
}
