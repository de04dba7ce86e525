/**
 * Where interactive panels go inside a rendered lesson, without editing the lesson file: after the block
 * (table or list) that follows a label anchor. Anchor ids are shared by both languages.
 */

export type PanelName = 'deployment' | 'cascade';

export interface EmbedPoint {
  anchor: string;
  after: 'table' | 'list';
  panel: PanelName;
}

export const LESSON_EMBEDS: readonly EmbedPoint[] = [
  // Skill 2.2.1: the comparison table makes the cost claims; the deployment and cost panel lets readers test them.
  { anchor: 'so-sanh-deployment-options', after: 'table', panel: 'deployment' },
  // Skill 2.2.3: the benefits list claims 60-80% savings; the cascade and router panel shows when that holds.
  { anchor: 'loi-ich', after: 'list', panel: 'cascade' },
];

export type LessonSegment = { html: string } | { panel: PanelName };

const BLOCK_END: Record<EmbedPoint['after'], string> = { table: '</table></div>', list: '</ul>' };

/** Splits rendered lesson HTML into HTML segments and panels. Points whose anchor is absent are skipped. */
export function splitForEmbeds(html: string, points: readonly EmbedPoint[] = LESSON_EMBEDS): LessonSegment[] {
  const cuts = points
    .map((point) => {
      const anchorAt = html.indexOf(`id="${point.anchor}"`);
      if (anchorAt < 0) return undefined;
      const end = html.indexOf(BLOCK_END[point.after], anchorAt);
      return end < 0 ? undefined : { at: end + BLOCK_END[point.after].length, panel: point.panel };
    })
    .filter((cut): cut is { at: number; panel: PanelName } => cut !== undefined)
    .sort((a, b) => a.at - b.at);

  const segments: LessonSegment[] = [];
  let from = 0;
  for (const cut of cuts) {
    segments.push({ html: html.slice(from, cut.at) }, { panel: cut.panel });
    from = cut.at;
  }
  segments.push({ html: html.slice(from) });
  return segments;
}
