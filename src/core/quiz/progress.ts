/**
 * The learner's progress document as stored in localStorage and exported to a file.
 *
 * Loading never throws and never silently loses work: a damaged document keeps every valid entry and
 * says what was dropped. Importing is all or nothing: a bad file changes nothing.
 */
// Checked by hand rather than with zod: this module loads on every lesson page, where even zod/mini would be
// two thirds of the page's script, and the document has few enough rules to read at a glance.
import { KEBAB_CASE, show } from '../../schemas/describe';

export const PROGRESS_VERSION = 1;

/** How one answer went; "guessed" is a correct answer the learner said they guessed. */
export const OUTCOMES = ['correct', 'guessed', 'wrong'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Attempt {
  questionId: string;
  /** ISO 8601 in UTC. */
  at: string;
  outcome: Outcome;
}

export const CARD_STATES = ['New', 'Learning', 'Review', 'Relearning'] as const;

/**
 * A ts-fsrs card as plain JSON: dates as ISO strings, camelCase like the rest of the document. The
 * deprecated `elapsed_days` is left out: ts-fsrs recomputes it from `lastReview` on every review.
 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: (typeof CARD_STATES)[number];
  lastReview?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  attempts: Attempt[];
  /** Per question id. */
  cards: Record<string, StoredCard>;
  /** Questions the learner marked to look at again. */
  flags: string[];
  readLessons: string[];
  /** ISO 8601 in UTC; '' until the first change. */
  updatedAt: string;
}

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  attempts: [],
  cards: {},
  flags: [],
  readLessons: [],
  updatedAt: '',
});

/** What is wrong with a value: `path` leads from the value checked to the part at fault. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** A rule for a value: its problem, or null when the value keeps the rule. */
type Check = (value: unknown) => Problem | null;

const problem = (message: string): Problem => ({ path: [], message });
const within = (key: string | number, found: Problem | null): Problem | null => found && { path: [key, ...found.path], message: found.message };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const isoDateTime: Check = (value) =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
    ? null
    : problem(`${show(value)} is not a date and time in UTC (ISO 8601, as 2026-11-28T09:00:00.000Z)`);

const count =
  ({ whole }: { whole: boolean }): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 && (!whole || Number.isInteger(value))
      ? null
      : problem(`${show(value)} is not ${whole ? 'a whole number' : 'a finite number'} >= 0`);

const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    allowed.includes(value as string) ? null : problem(`${show(value)} is not one of ${allowed.map(show).join(', ')}`);

const kebabCase =
  (field: string): Check =>
  (value) =>
    typeof value === 'string' && KEBAB_CASE.test(value)
      ? null
      : problem(`${field} ${show(value)} is not kebab-case (lower-case a-z and 0-9 joined by single hyphens)`);

const lessonId: Check = (value) => (typeof value === 'string' && value !== '' ? null : problem(`${show(value)} is not a lesson id (a text, not empty)`));

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);

const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return problem(`${show(value)} is not a list`);
    for (const [index, entry] of value.entries()) {
      const found = within(index, check(entry));
      if (found) return found;
    }
    return null;
  };

/** An object of exactly these keys; a key whose check allows undefined may be absent. */
const exactly =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (!isRecord(value)) return problem(`${show(value)} is not an object`);
    for (const [key, check] of Object.entries(fields)) {
      const found = within(key, check(value[key]));
      if (found) return found;
    }
    const unknown = Object.keys(value).filter((key) => !(key in fields));
    return unknown.length ? problem(`unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map(show).join(', ')}`) : null;
  };

const questionId = kebabCase('question id');

const checkAttempt = exactly({ questionId: kebabCase('questionId'), at: isoDateTime, outcome: oneOf(OUTCOMES) });

export const checkStoredCard = exactly({
  due: isoDateTime,
  stability: count({ whole: false }),
  difficulty: count({ whole: false }),
  scheduledDays: count({ whole: false }),
  learningSteps: count({ whole: true }),
  reps: count({ whole: true }),
  lapses: count({ whole: true }),
  state: oneOf(CARD_STATES),
  lastReview: optional(isoDateTime),
});

const checkCard = (id: string, card: unknown) => questionId(id) ?? checkStoredCard(card);

const checkCards: Check = (value) => {
  if (!isRecord(value)) return problem(`${show(value)} is not a map`);
  for (const [id, card] of Object.entries(value)) {
    const found = within(id, checkCard(id, card));
    if (found) return found;
  }
  return null;
};

const checkUpdatedAt: Check = (value) => (value === '' ? null : isoDateTime(value));

const PARTS = {
  attempts: listOf(checkAttempt),
  cards: checkCards,
  flags: listOf(questionId),
  readLessons: listOf(lessonId),
  updatedAt: checkUpdatedAt,
};

/** The whole document's first problem, or null. Missing parts are allowed: they read as empty. */
export const checkProgress = exactly({
  version: (value) => (value === PROGRESS_VERSION ? null : problem(`${show(value)} is not version ${PROGRESS_VERSION}`)),
  ...Object.fromEntries(Object.entries(PARTS).map(([key, check]) => [key, optional(check)])),
});

/** A document that passed checkProgress, with its missing parts filled in. */
const withDefaults = (data: Record<string, unknown>): Progress => ({ ...emptyProgress(), ...(data as Partial<Progress>), version: PROGRESS_VERSION });

export interface ProgressRecovery {
  /** One sentence for the notice shown to the learner. */
  reason: string;
  /** Per part, how much survived: "attempts: 3 of 4". */
  kept: string[];
  /** What was dropped and why: "attempts[1].at: "yesterday" is not a date and time in UTC". */
  dropped: string[];
}

export interface ParsedProgress {
  progress: Progress;
  recovered: ProgressRecovery | null;
}

/** "attempts[1].at: …" under `at`, or the problem's own path dotted ("attempts.1.at: …") when `at` is ''. */
const describe = (found: Problem, at: string): string => {
  const path = [at, ...found.path.map(String)].filter(Boolean).join('.');
  return path ? `${path}: ${found.message}` : found.message;
};

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks the document's envelope: JSON, an object, version 1. Everything else is about its parts. */
function readEnvelope(raw: string): { ok: true; data: Record<string, unknown> } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: `the progress is not valid JSON (${errorMessage(error)})` };
  }
  if (!isRecord(data)) return { ok: false, reason: `the progress is ${show(data)}, not an object` };
  // Version 1 is the first version: there is no older format to migrate from yet.
  if (data.version !== PROGRESS_VERSION)
    return { ok: false, reason: `the progress has version ${show(data.version)}; this site reads version ${PROGRESS_VERSION}` };
  return { ok: true, data };
}

interface Salvage<T> {
  value: T;
  /** "attempts: 3 of 4"; null when the part was absent. */
  kept: string | null;
  dropped: string[];
}

const absent = <T>(value: T): Salvage<T> => ({ value, kept: null, dropped: [] });

/** Keeps the valid entries of a list; reports each one dropped with its index and first problem. */
function salvageList<T>(part: string, value: unknown, check: Check): Salvage<T[]> {
  if (value === undefined) return absent([]);
  if (!Array.isArray(value)) return { value: [], kept: null, dropped: [`${part}: ${show(value)} is not a list`] };
  const good: T[] = [];
  const dropped: string[] = [];
  value.forEach((entry, index) => {
    const found = check(entry);
    if (found) dropped.push(describe(found, `${part}[${index}]`));
    else good.push(entry as T);
  });
  return { value: good, kept: `${part}: ${good.length} of ${value.length}`, dropped };
}

function salvageCards(value: unknown): Salvage<Record<string, StoredCard>> {
  if (value === undefined) return absent({});
  if (!isRecord(value)) return { value: {}, kept: null, dropped: [`cards: ${show(value)} is not a map`] };
  const good: Record<string, StoredCard> = {};
  const dropped: string[] = [];
  for (const [id, card] of Object.entries(value)) {
    const found = checkCard(id, card);
    if (found) dropped.push(describe(found, `cards.${id}`));
    else good[id] = card as StoredCard;
  }
  return { value: good, kept: `cards: ${Object.keys(good).length} of ${Object.keys(value).length}`, dropped };
}

function salvage(data: Record<string, unknown>): { progress: Progress; kept: string[]; dropped: string[] } {
  const attempts = salvageList<Attempt>('attempts', data.attempts, checkAttempt);
  const cards = salvageCards(data.cards);
  const flags = salvageList<string>('flags', data.flags, questionId);
  const readLessons = salvageList<string>('readLessons', data.readLessons, lessonId);
  const stamp = data.updatedAt === undefined ? null : checkUpdatedAt(data.updatedAt);
  const unknownKeys = Object.keys(data).filter((key) => key !== 'version' && !(key in PARTS));

  const parts = [attempts, cards, flags, readLessons];
  return {
    progress: {
      version: PROGRESS_VERSION,
      attempts: attempts.value,
      cards: cards.value,
      flags: flags.value,
      readLessons: readLessons.value,
      updatedAt: stamp || data.updatedAt === undefined ? '' : (data.updatedAt as string),
    },
    kept: parts.flatMap((part) => (part.kept === null ? [] : [part.kept])),
    dropped: [
      ...parts.flatMap((part) => part.dropped),
      ...(stamp ? [describe(stamp, 'updatedAt')] : []),
      ...unknownKeys.map((key) => `${key}: not part of progress version ${PROGRESS_VERSION}`),
    ],
  };
}

/** Reads stored progress. Never throws: damage is repaired and described in `recovered`. */
export function parseProgress(raw: string): ParsedProgress {
  const envelope = readEnvelope(raw);
  if (!envelope.ok)
    return {
      progress: emptyProgress(),
      recovered: { reason: `${envelope.reason}; starting with empty progress`, kept: [], dropped: ['(the whole document)'] },
    };
  if (!checkProgress(envelope.data)) return { progress: withDefaults(envelope.data), recovered: null };
  const { progress, kept, dropped } = salvage(envelope.data);
  return {
    progress,
    recovered: {
      reason: `the progress had ${dropped.length} invalid ${dropped.length === 1 ? 'part' : 'parts'}; the valid parts were kept`,
      kept,
      dropped,
    },
  };
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/**
 * Merges an exported file into the current progress. Attempts are joined (the same question at the same
 * instant counts once), flags and read lessons are joined, and for each question the card reviewed last
 * wins. A flag removed on one device comes back if the other device still has it: a join cannot tell
 * "never flagged" from "unflagged".
 */
export function mergeImport(current: Progress, raw: string): ImportResult {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return { ok: false, error: `${envelope.reason}; nothing was imported` };
  const found = checkProgress(envelope.data);
  if (found) return { ok: false, error: `${describe(found, '')}; nothing was imported` };
  const imported = withDefaults(envelope.data);

  const attempts = new Map<string, Attempt>();
  for (const attempt of [...current.attempts, ...imported.attempts]) {
    const key = `${attempt.questionId}@${time(attempt.at)}`;
    if (!attempts.has(key)) attempts.set(key, attempt);
  }

  const cards = { ...current.cards };
  for (const [id, card] of Object.entries(imported.cards)) {
    const mine = cards[id];
    if (!mine || time(card.lastReview) > time(mine.lastReview)) cards[id] = card;
  }

  return {
    ok: true,
    progress: {
      version: PROGRESS_VERSION,
      attempts: [...attempts.values()].sort((a, b) => time(a.at) - time(b.at)),
      cards,
      flags: union(current.flags, imported.flags),
      readLessons: union(current.readLessons, imported.readLessons),
      updatedAt: time(imported.updatedAt) > time(current.updatedAt) ? imported.updatedAt : current.updatedAt,
    },
  };
}

/** The document as a file a person can read and diff. */
export const exportProgress = (progress: Progress): string => `${JSON.stringify(progress, null, 2)}\n`;
