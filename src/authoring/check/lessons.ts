/**
 * Lessons: each file on its own through the project's Hugo pipeline (front matter, shortcodes), so one broken
 * page does not hide the problems of the next; then every good page together, for the sections references name.
 */
import { HugoPageError, parseHugoPage } from '../../lessons/hugo-page';
import { lessonFrontMatterSchema } from '../../schemas/lesson';
import { ShortcodeError } from '../../lessons/hugo-shortcodes';
import { buildLessonPages, type LessonPage, type LessonSource } from '../../lessons/lesson-pages';
import { WHOLE_FILE, type Problem } from '../problems';
import { parseYamlSource } from '../yaml-source';
import { error, issueProblems } from './schema-problems';

function pipelineProblem(source: LessonSource, thrown: unknown): Problem {
  if (thrown instanceof ShortcodeError) {
    const reason = thrown.message.replace(`${thrown.file}:${thrown.line}: shortcode "${thrown.shortcode}": `, '');
    return error(source, thrown.line, `shortcode ${thrown.shortcode}`, reason);
  }
  if (thrown instanceof HugoPageError) return error(source, thrown.line, 'front matter', thrown.message.replace(`${thrown.file}:${thrown.line}: `, ''));
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return error(source, 1, WHOLE_FILE, message.replace(`${source.file}: `, ''));
}

/** The front matter block as YAML with its first line, for problems with lines (it starts on line 2). */
function frontMatterProblems(source: LessonSource): Problem[] {
  const text = source.text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const yaml = parseYamlSource(source.file, block, { firstLine: 2 });
  const result = lessonFrontMatterSchema.safeParse(yaml.data ?? {});
  return result.success ? [] : issueProblems(yaml, result.error.issues);
}

export function checkLessons(sources: readonly LessonSource[]): { problems: Problem[]; pages: LessonPage[] } {
  const problems: Problem[] = [];
  const good: LessonSource[] = [];
  for (const source of sources) {
    try {
      parseHugoPage(source.text, source.file);
      buildLessonPages([source], '/');
    } catch (thrown) {
      problems.push(pipelineProblem(source, thrown));
      continue;
    }
    const frontMatter = frontMatterProblems(source);
    problems.push(...frontMatter);
    if (frontMatter.length === 0) good.push(source);
  }
  return { problems, pages: buildLessonPages(good, '/') };
}
