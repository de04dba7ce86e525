import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The browser files, longest first (measured on an idle 2-core machine at 2dd6c0b): with two workers, a long file
// started last runs alone at the end. Vitest orders by the last run's durations where it has them and
// otherwise by file size, which puts the crawl (short to read, a test per built page) last on a fresh clone.
const LONGEST_FIRST = [
  'quiz',
  'simulator',
  'crawl',
  'studio',
  'lessons',
  'search',
  'offline',
  'mdx-lesson',
  'question-sets',
  'history',
  'item-analysis',
  'readiness',
  'two-task-course',
  'flashcards',
  'budgets',
];

const rank = (spec: TestSpecification) => {
  const name =
    spec.moduleId
      .split('/')
      .pop()
      ?.replace(/\.test\.ts$/, '') ?? '';
  const at = LONGEST_FIRST.indexOf(name);
  return at < 0 ? -1 : at;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}
