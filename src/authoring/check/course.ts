/** content/course.json: its schema, and the simulator's lesson sections against the lessons of every language. */
import { LESSON_TOPICS } from '../../schemas/lesson-topics';
import { courseSchema, type Course } from '../../schemas/course';
import type { SourceFile } from '../content-paths';
import type { Problem } from '../problems';
import { danglingSection, type PagesByLocale } from './bank';
import { error, validateYaml } from './schema-problems';

export function checkCourse(file: SourceFile, pages: PagesByLocale | null): { course: Course | undefined; problems: Problem[] } {
  const { source, data, problems } = validateYaml(file, courseSchema);
  const sections = data?.simulatorSections;
  const dangling =
    pages && sections
      ? LESSON_TOPICS.flatMap((topic) => {
          const section = sections[topic];
          const problem = section === undefined ? undefined : danglingSection(section, pages);
          return problem ? [error(source, source.lineOf(['simulatorSections', topic]), `simulatorSections.${topic}`, `section ${problem}`)] : [];
        })
      : [];
  return { course: data, problems: [...problems, ...dangling] };
}
