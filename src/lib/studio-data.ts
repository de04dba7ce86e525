/**
 * What the studio needs to check a question in the browser exactly as the build does: the question files as
 * written (for byte-stable saving), the cases, the skills and lesson sections, and the model lifecycles; and the
 * quiz's words in both languages, for the candidates' preview.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import type { PagesByLocale } from '../authoring/check/bank';
import { checkLifecycleFile } from '../authoring/check/lifecycle';
import { pricedModelIds } from '../authoring/check/pricing';
import type { SourceFile } from '../authoring/content-paths';
import { LIFECYCLE_PATH } from '../authoring/content-paths';
import { readContentTree } from '../authoring/content-tree';
import { QUIZ_TEXT, type QuizStrings } from '../i18n/quiz';
import type { Locale } from '../core/locale';
import type { Case } from '../schemas/case';
import type { ModelLifecycle } from '../schemas/model-lifecycle';
import { courseRoot } from './course-root';
import { loadQuizBank } from './quiz/load';
import { skillsOfCourse } from './skills';

export interface StudioData {
  /** The question files, then the case files, as written. */
  files: SourceFile[];
  cases: Case[];
  skills: { code: string; path: string }[];
  pages: PagesByLocale;
  lifecycles: ModelLifecycle[] | null;
  /** Each preview column reads as a candidate of that language sees it. */
  quizStrings: Record<Locale, QuizStrings>;
}

export async function studioData(): Promise<StudioData> {
  const tree = readContentTree(resolve(courseRoot));
  const { cases } = await loadQuizBank();
  const lessons = await getCollection('lessons');
  const pagesIn = (lang: 'vi' | 'en') =>
    lessons.filter(({ data }) => data.lang === lang).map(({ data }) => ({ path: data.path, title: data.title, anchors: data.anchors }));
  const lifecycles = tree.pricing ? checkLifecycleFile(tree.lifecycle, pricedModelIds(tree.pricing), LIFECYCLE_PATH).lifecycles : null;
  return {
    files: [...tree.questions, ...tree.cases].map(({ file, text }) => ({ file, text })),
    cases,
    skills: (await skillsOfCourse()).map(({ code, path }) => ({ code, path })),
    pages: { vi: pagesIn('vi'), en: pagesIn('en') },
    lifecycles,
    quizStrings: QUIZ_TEXT,
  };
}
