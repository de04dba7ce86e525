import { describe, expect, it } from 'vitest';
import { breadcrumbs, lessonTree, neighbours, readingOrder } from '../../../src/lessons/navigation';

const page = (path: string, order: number, parent: string | null = null) => ({ id: `vi/${path}`, path, parent, title: path, order });
const pages = [
  page('task-2-2/skill-2-2-2', 1, 'task-2-2'),
  page('task-2-3', 3),
  page('task-2-2', 2),
  page('task-2-2/skill-2-2-1', 0, 'task-2-2'),
  page('orphan/child', 1, 'orphan'),
];

describe('lesson navigation', () => {
  const order = readingOrder(lessonTree(pages)).map((p) => p.path);

  it('orders pages by weight, children after their parent', () => {
    expect(order).toEqual(['orphan/child', 'task-2-2', 'task-2-2/skill-2-2-1', 'task-2-2/skill-2-2-2', 'task-2-3']);
  });

  it.each([
    { path: 'task-2-2', previous: 'orphan/child', next: 'task-2-2/skill-2-2-1' },
    { path: 'task-2-2/skill-2-2-2', previous: 'task-2-2/skill-2-2-1', next: 'task-2-3' },
    { path: 'task-2-3', previous: 'task-2-2/skill-2-2-2', next: undefined },
  ])('neighbours of $path', ({ path, previous, next }) => {
    const result = neighbours(readingOrder(lessonTree(pages)), path);
    expect(result.previous?.path).toBe(previous);
    expect(result.next?.path).toBe(next);
  });

  it('breadcrumbs run from the top page to the page itself', () => {
    expect(breadcrumbs(pages, 'task-2-2/skill-2-2-1').map((p) => p.path)).toEqual(['task-2-2', 'task-2-2/skill-2-2-1']);
  });
});
