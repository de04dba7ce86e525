/** The "on this page" outline: headings and anchored labels, in the order they appear in the rendered page. */

export interface OutlineItem {
  id: string;
  text: string;
  depth: number;
}

export function pageOutline(html: string, headings: OutlineItem[], labels: { id: string; text: string }[]): OutlineItem[] {
  const items = [...headings.filter((heading) => heading.depth >= 2 && heading.depth <= 3), ...labels.map((label) => ({ ...label, depth: 4 }))];
  const position = (item: OutlineItem) => html.indexOf(`id="${item.id}"`);
  return items.filter((item) => position(item) >= 0).sort((a, b) => position(a) - position(b));
}
