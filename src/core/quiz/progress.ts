/**
 * The learner's progress document as stored in localStorage and exported to a file.
 *
 * Loading never throws and never silently loses work: a damaged document keeps every valid entry and
 * says what was dropped. Importing is all or nothing: a bad file changes nothing.
 */
// zod/mini, not zod: this module loads on every lesson page, and the full zod would triple its script.
import * as z from 'zod/mini';
import { KEBAB_CASE, show } from '../describe';

export const PROGRESS_VERSION = 1;

/** How one answer went; "guessed" is a correct answer the learner said they guessed. */
export const OUTCOMES = ['correct', 'guessed', 'wrong'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const kebabCase = (field: string) =>
  z.string().check(
    z.regex(KEBAB_CASE, {
      error: (issue) => `${field} ${show(issue.input)} is not kebab-case (lower-case a-z and 0-9 joined by single hyphens)`,
    }),
  );

export const attemptSchema = z.strictObject({
  questionId: kebabCase('questionId'),
  at: z.iso.datetime(),
  outcome: z.enum(OUTCOMES),
});
export type Attempt = z.output<typeof attemptSchema>;

/**
 * A ts-fsrs card as plain JSON: dates as ISO strings, camelCase like the rest of the document. The
 * deprecated `elapsed_days` is left out: ts-fsrs recomputes it from `lastReview` on every review.
 */
export const storedCardSchema = z.strictObject({
  due: z.iso.datetime(),
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  scheduledDays: z.number().check(z.nonnegative()),
  learningSteps: z.int().check(z.nonnegative()),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  state: z.enum(['New', 'Learning', 'Review', 'Relearning']),
  lastReview: z.optional(z.iso.datetime()),
});
export type StoredCard = z.output<typeof storedCardSchema>;

const questionId = kebabCase('question id');
const lessonId = z.string().check(z.minLength(1, 'a lesson id must not be empty'));
const updatedAt = z.union([z.iso.datetime(), z.literal('')]);

/** Missing parts default to empty, so the earlier lessons-only document still reads as version 1. */
export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  attempts: z._default(z.array(attemptSchema), []),
  cards: z._default(z.record(questionId, storedCardSchema), {}),
  /** Questions the learner marked to look at again. */
  flags: z._default(z.array(questionId), []),
  readLessons: z._default(z.array(lessonId), []),
  /** '' until the first change. */
  updatedAt: z._default(updatedAt, ''),
});
export type Progress = z.output<typeof progressSchema>;

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  attempts: [],
  cards: {},
  flags: [],
  readLessons: [],
  updatedAt: '',
});

export interface ProgressRecovery {
  /** One sentence for the notice shown to the learner. */
  reason: string;
  /** Per part, how much survived: "attempts: 3 of 4". */
  kept: string[];
  /** What was dropped and why: "attempts[1].at: Invalid ISO datetime". */
  dropped: string[];
}

export interface ParsedProgress {
  progress: Progress;
  recovered: ProgressRecovery | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: string;
  format?: string;
  values?: readonly unknown[];
  input?: unknown;
}

/** zod/mini ships no message texts, so the few issues progress can have are described here. */
function describeIssue(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'key' : 'keys'} ${(issue.keys ?? []).map(show).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_format':
      return `${show(issue.input)} is not a valid ${issue.format}`;
    case 'invalid_value':
      return `${show(issue.input)} is not one of ${(issue.values ?? []).map(show).join(', ')}`;
    case 'too_small':
      return `${show(issue.input)} is too small`;
    default:
      return issue.message || 'invalid';
  }
}

const firstIssue = (error: { issues: readonly Issue[] }, at: string): string => {
  const [issue] = error.issues;
  const path = [at, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue ? describeIssue(issue) : 'invalid';
  return path ? `${path}: ${message}` : message;
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

/** Keeps the valid entries of a list; reports each one dropped with its index and first issue. */
function salvageList<T>(part: string, value: unknown, schema: z.ZodMiniType<T>): Salvage<T[]> {
  if (value === undefined) return absent([]);
  if (!Array.isArray(value)) return { value: [], kept: null, dropped: [`${part}: ${show(value)} is not a list`] };
  const good: T[] = [];
  const dropped: string[] = [];
  value.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) good.push(result.data);
    else dropped.push(firstIssue(result.error, `${part}[${index}]`));
  });
  return { value: good, kept: `${part}: ${good.length} of ${value.length}`, dropped };
}

function salvageCards(value: unknown): Salvage<Record<string, StoredCard>> {
  if (value === undefined) return absent({});
  if (!isRecord(value)) return { value: {}, kept: null, dropped: [`cards: ${show(value)} is not a map`] };
  const good: Record<string, StoredCard> = {};
  const dropped: string[] = [];
  for (const [id, card] of Object.entries(value)) {
    const key = questionId.safeParse(id);
    const result = storedCardSchema.safeParse(card);
    if (!key.success) dropped.push(firstIssue(key.error, `cards.${id}`));
    else if (!result.success) dropped.push(firstIssue(result.error, `cards.${id}`));
    else good[id] = result.data;
  }
  return { value: good, kept: `cards: ${Object.keys(good).length} of ${Object.keys(value).length}`, dropped };
}

function salvage(data: Record<string, unknown>): { progress: Progress; kept: string[]; dropped: string[] } {
  const attempts = salvageList('attempts', data.attempts, attemptSchema);
  const cards = salvageCards(data.cards);
  const flags = salvageList('flags', data.flags, questionId);
  const readLessons = salvageList('readLessons', data.readLessons, lessonId);
  const stamp = updatedAt.safeParse(data.updatedAt ?? '');
  const known = new Set(Object.keys(progressSchema.shape));
  const unknownKeys = Object.keys(data).filter((key) => !known.has(key));

  const parts = [attempts, cards, flags, readLessons];
  return {
    progress: {
      version: PROGRESS_VERSION,
      attempts: attempts.value,
      cards: cards.value,
      flags: flags.value,
      readLessons: readLessons.value,
      updatedAt: stamp.success ? stamp.data : '',
    },
    kept: parts.flatMap((part) => (part.kept === null ? [] : [part.kept])),
    dropped: [
      ...parts.flatMap((part) => part.dropped),
      ...(stamp.success ? [] : [firstIssue(stamp.error, 'updatedAt')]),
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
  const strict = progressSchema.safeParse(envelope.data);
  if (strict.success) return { progress: strict.data, recovered: null };
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
  const parsed = progressSchema.safeParse(envelope.data);
  if (!parsed.success) return { ok: false, error: `${firstIssue(parsed.error, '')}; nothing was imported` };
  const imported = parsed.data;

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
