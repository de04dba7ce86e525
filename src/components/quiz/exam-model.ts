/** The exam navigator and the submit confirmation, as plain functions of the exam's state. */
export interface NavigatorEntry {
  index: number;
  id: string;
  answered: boolean;
  flagged: boolean;
  current: boolean;
}

export function navigatorEntries(ids: readonly string[], answered: ReadonlySet<string>, flagged: ReadonlySet<string>, current: number): NavigatorEntry[] {
  return ids.map((id, index) => ({ index, id, answered: answered.has(id), flagged: flagged.has(id), current: index === current }));
}

/** 1-based numbers of the questions without an answer, for the submit confirmation. */
export const unansweredNumbers = (entries: readonly NavigatorEntry[]): number[] => entries.filter((entry) => !entry.answered).map((entry) => entry.index + 1);

/** Flags are a set kept as a list, so the store and the navigator share one shape. */
export const toggled = (list: readonly string[], id: string): string[] => (list.includes(id) ? list.filter((entry) => entry !== id) : [...list, id]);
