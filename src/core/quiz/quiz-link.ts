/**
 * The quiz page's query: `?mode=` picks the start screen's mode, `?q=<id>` opens one question in practice (search
 * results link so), and `?set=<id>,<id>…` loads a question set an instructor shared from the studio. Question ids
 * are kebab-case, so a set needs no escaping and stays readable in the address bar.
 */

export const MODE_PARAM = 'mode';
export const QUESTION_PARAM = 'q';
export const SET_PARAM = 'set';

/** The modes a shared set opens in: review and due draw on the learner's own history, not on a set. */
export const SET_MODES = ['practice', 'exam'] as const;
export type SetMode = (typeof SET_MODES)[number];

/**
 * The most questions one link carries: at the bank's average id length (under 30 characters) a full link stays
 * near 6 KB, below the 8 KB request line common servers and proxies accept.
 */
export const MAX_SET_SIZE = 200;

const SEPARATOR = ',';

/** The query of a link to a set: `?set=a,b&mode=exam`. */
export const setLinkQuery = (ids: readonly string[], mode: SetMode): string => `?${SET_PARAM}=${ids.join(SEPARATOR)}&${MODE_PARAM}=${mode}`;

export interface SharedSet {
  /** Ids the bank knows, in the link's order, each once. */
  ids: string[];
  /** Entries the bank does not know (a question removed since, a slip in copying), in the link's order, each once. */
  unknown: string[];
  /** Entries past MAX_SET_SIZE, left unread. */
  dropped: number;
}

/** Reads the value of `?set=`; empty entries and repeats are skipped, whatever the link holds. */
export function parseSetParam(value: string, isKnown: (id: string) => boolean): SharedSet {
  const entries = [
    ...new Set(
      value
        .split(SEPARATOR)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
  const read = entries.slice(0, MAX_SET_SIZE);
  return { ids: read.filter(isKnown), unknown: read.filter((entry) => !isKnown(entry)), dropped: entries.length - read.length };
}
