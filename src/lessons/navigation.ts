/** Menu tree, reading order and breadcrumbs of the lesson pages of one locale. */

export interface NavPage {
  id: string;
  path: string;
  parent: string | null;
  title: string;
  order: number;
}

export interface NavNode<P extends NavPage = NavPage> {
  page: P;
  children: NavNode<P>[];
}

/** Pages whose parent is missing are shown at the top level rather than lost. */
export function lessonTree<P extends NavPage>(pages: P[]): NavNode<P>[] {
  const byPath = new Map(pages.map((page) => [page.path, { page, children: [] as NavNode<P>[] }]));
  const roots: NavNode<P>[] = [];
  for (const node of byPath.values()) {
    const parent = node.page.parent === null ? undefined : byPath.get(node.page.parent);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (nodes: NavNode<P>[]) => {
    nodes.sort((a, b) => a.page.order - b.page.order || a.page.title.localeCompare(b.page.title));
    nodes.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** Depth first: a page, then its children: the order previous/next follow. */
export function readingOrder<P extends NavPage>(tree: NavNode<P>[]): P[] {
  return tree.flatMap((node) => [node.page, ...readingOrder(node.children)]);
}

export function neighbours<P extends NavPage>(order: P[], path: string): { previous?: P; next?: P } {
  const index = order.findIndex((page) => page.path === path);
  if (index < 0) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}

/** Ancestors of a page, outermost first, the page itself last. */
export function breadcrumbs<P extends NavPage>(pages: P[], path: string): P[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const trail: P[] = [];
  for (let page = byPath.get(path); page; page = page.parent === null ? undefined : byPath.get(page.parent)) {
    trail.unshift(page);
  }
  return trail;
}
