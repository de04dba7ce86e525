/** References to lesson sections, "task-2-2/skill-2-2-1#khi-nao-chon-on-demand": a page path and an optional anchor. */

export interface SectionRef {
  path: string;
  anchor: string | null;
}

export function parseSectionRef(reference: string): SectionRef {
  const cut = reference.indexOf('#');
  return cut < 0 ? { path: reference, anchor: null } : { path: reference.slice(0, cut), anchor: reference.slice(cut + 1) };
}

export interface SectionTarget {
  path: string;
  title: string;
  anchors: readonly { id: string; text: string }[];
}

/** What a reference points at: the anchored label's text, or the page title; undefined when there is no such section. */
export function sectionTitle(reference: string, pages: readonly SectionTarget[]): string | undefined {
  const { path, anchor } = parseSectionRef(reference);
  const page = pages.find((candidate) => candidate.path === path);
  if (!page || anchor === null) return page?.title;
  return page.anchors.find((candidate) => candidate.id === anchor)?.text;
}
