/**
 * The learner's progress document as stored in localStorage and exported to a file.
 *
 * Loading never throws and never silently loses work: a damaged document keeps every valid entry and
 * says what was dropped. Importing is all or nothing: a bad file changes nothing.
 */
// Checked with the project's small validator (src/core/validation.ts) rather than zod: this module loads on every
// lesson page, where even zod/mini would be two thirds of the page's script.
import { show } from '../../schemas/describe';
import { fieldPath, isObject, problemsOf, Reader, type ValidationError } from '../validation';

export const PROGRESS_VERSION = 1;

/** How one answer went; "guessed" is a correct answer the learner said they guessed. */
export const OUTCOMES = ['correct', 'guessed', 'wrong'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What an answer chose, for item analysis (src/core/quiz/item-analysis.ts): a list of option ids for single and
 * multiple questions (the chosen ones) and for ordering questions (the order given, top first); an object of item
 * id to option id for matching questions (the pairs given). A list or an object, so each type keeps its own
 * natural shape and the question's type says which it is.
 */
export type Chosen = string[] | Record<string, string>;

export interface Attempt {
  questionId: string;
  /** ISO 8601 in UTC. */
  at: string;
  outcome: Outcome;
  /** Absent in attempts recorded before answers were kept: those still count, but not per option. */
  chosen?: Chosen;
}

/** A finished exam-mode session: its score, for the history's chart of exam results. */
export interface ExamResult {
  /** ISO 8601 in UTC, when it was submitted. */
  at: string;
  /** Questions in the form. */
  total: number;
  /** Answered right, guessed ones included (the exam scores them so). */
  correct: number;
}

/** One review of a glossary flashcard (src/core/quiz/flashcards.ts), for the history; not a question. */
export interface TermReview {
  /** The flashcard's key: a direction and a term id, "define-provisioned-throughput". */
  card: string;
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
  /** Exam-mode sessions, oldest first. */
  exams: ExamResult[];
  /** The day the learner sits the exam, YYYY-MM-DD in their own calendar; absent until they set it. */
  examDate?: string;
  /** ISO 8601 in UTC: when this document was last exported to a file; absent if never. */
  exportedAt?: string;
  /** Glossary flashcards per card key; absent until the first one is reviewed. Never part of readiness. */
  termCards?: Record<string, StoredCard>;
  /** Flashcard reviews, oldest first; absent until the first. */
  termReviews?: TermReview[];
}

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  attempts: [],
  cards: {},
  flags: [],
  readLessons: [],
  exams: [],
  updatedAt: '',
});

const ATTEMPT_KEYS = ['questionId', 'at', 'outcome', 'chosen'];
const CARD_KEYS = ['due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'];
const PART_KEYS = ['attempts', 'cards', 'flags', 'readLessons', 'exams', 'updatedAt', 'examDate', 'exportedAt', 'termCards', 'termReviews'];
const TERM_REVIEW_KEYS = ['card', 'at', 'outcome'];
const EXAM_KEYS = ['at', 'total', 'correct'];
const DOCUMENT_KEYS = ['version', ...PART_KEYS];
const AMOUNT = { min: 0 };
const COUNT = { min: 0, integer: true };

function readAttempt(reader: Reader, value: unknown, field: string): void {
  const fields = reader.object(value, field, ATTEMPT_KEYS);
  if (!fields) return;
  reader.kebabCase(fields.questionId, fieldPath(field, 'questionId'));
  reader.dateTime(fields.at, fieldPath(field, 'at'));
  reader.oneOf(fields.outcome, fieldPath(field, 'outcome'), OUTCOMES);
  if (fields.chosen !== undefined) readChosen(reader, fields.chosen, fieldPath(field, 'chosen'));
}

function readTermReview(reader: Reader, value: unknown, field: string): void {
  const fields = reader.object(value, field, TERM_REVIEW_KEYS);
  if (!fields) return;
  reader.kebabCase(fields.card, fieldPath(field, 'card'));
  reader.dateTime(fields.at, fieldPath(field, 'at'));
  reader.oneOf(fields.outcome, fieldPath(field, 'outcome'), OUTCOMES);
}

function readExam(reader: Reader, value: unknown, field: string): void {
  const fields = reader.object(value, field, EXAM_KEYS);
  if (!fields) return;
  reader.dateTime(fields.at, fieldPath(field, 'at'));
  const total = reader.number(fields.total, fieldPath(field, 'total'), { min: 1, integer: true });
  reader.number(fields.correct, fieldPath(field, 'correct'), { min: 0, max: total, integer: true });
}

/** A matching answer is an object; anything else is read, and refused, as a list. */
function readChosen(reader: Reader, value: unknown, field: string): void {
  if (isObject(value)) {
    for (const [itemId, optionId] of Object.entries(value)) {
      const at = fieldPath(field, itemId);
      reader.kebabCase(itemId, at);
      reader.kebabCase(optionId, at);
    }
  } else readList(reader, value, field, readId);
}

/** A card of `cards` (filed under its question's id) or of `termCards` (under its flashcard key). */
function readCard(reader: Reader, id: string, value: unknown, field: string): void {
  reader.kebabCase(id, field);
  const fields = reader.object(value, field, CARD_KEYS);
  if (!fields) return;
  const at = (key: string) => fieldPath(field, key);
  reader.dateTime(fields.due, at('due'));
  for (const key of ['stability', 'difficulty', 'scheduledDays']) reader.number(fields[key], at(key), AMOUNT);
  for (const key of ['learningSteps', 'reps', 'lapses']) reader.number(fields[key], at(key), COUNT);
  reader.oneOf(fields.state, at('state'), CARD_STATES);
  if (fields.lastReview !== undefined) reader.dateTime(fields.lastReview, at('lastReview'));
}

/** Question, option and matching item ids are all kebab-case. */
const readId = (reader: Reader, value: unknown, field: string) => reader.kebabCase(value, field);
const readLessonId = (reader: Reader, value: unknown, field: string) => reader.text(value, field);
const readUpdatedAt = (reader: Reader, value: unknown) => value === '' || reader.dateTime(value, 'updatedAt');
/** A whole day: the validator's dates may stop at the month. */
function readExamDate(reader: Reader, value: unknown): void {
  if (reader.date(value, 'examDate').length === 7) reader.refuse('examDate', value, { kind: 'date' });
}

function readList(reader: Reader, value: unknown, part: string, readEntry: (reader: Reader, entry: unknown, field: string) => unknown): void {
  reader.list(value, part)?.forEach((entry, index) => readEntry(reader, entry, fieldPath(part, index)));
}

function readCards(reader: Reader, value: unknown, part: 'cards' | 'termCards'): void {
  for (const [id, card] of Object.entries(reader.record(value, part) ?? {})) readCard(reader, id, card, fieldPath(part, id));
}

/** Every problem of a stored card: none for one the scheduler wrote. */
export const cardProblems = (card: unknown): ValidationError[] => problemsOf((reader) => readCard(reader, 'card', card, 'card'));

/** Every problem of a whole document. Missing parts are allowed: they read as empty. */
export function progressProblems(data: unknown): ValidationError[] {
  return problemsOf((reader) => {
    const fields = reader.object(data, '', DOCUMENT_KEYS);
    if (!fields) return;
    reader.equals(fields.version, 'version', PROGRESS_VERSION);
    if (fields.attempts !== undefined) readList(reader, fields.attempts, 'attempts', readAttempt);
    if (fields.cards !== undefined) readCards(reader, fields.cards, 'cards');
    if (fields.flags !== undefined) readList(reader, fields.flags, 'flags', readId);
    if (fields.readLessons !== undefined) readList(reader, fields.readLessons, 'readLessons', readLessonId);
    if (fields.exams !== undefined) readList(reader, fields.exams, 'exams', readExam);
    if (fields.updatedAt !== undefined) readUpdatedAt(reader, fields.updatedAt);
    if (fields.examDate !== undefined) readExamDate(reader, fields.examDate);
    if (fields.exportedAt !== undefined) reader.dateTime(fields.exportedAt, 'exportedAt');
    if (fields.termCards !== undefined) readCards(reader, fields.termCards, 'termCards');
    if (fields.termReviews !== undefined) readList(reader, fields.termReviews, 'termReviews', readTermReview);
  });
}

/** A document that passed progressProblems, with its missing parts filled in. */
export const withDefaults = (data: Record<string, unknown>): Progress => ({ ...emptyProgress(), ...(data as Partial<Progress>), version: PROGRESS_VERSION });

export interface ProgressRecovery {
  /** One sentence for the notice shown to the learner. */
  reason: string;
  /** Per part, how much survived: "attempts: 3 of 4". */
  kept: string[];
  /**
   * What was dropped and why, as structured problems: formatted only where they are shown, so a lesson page that
   * loads progress carries no message texts.
   */
  dropped: ValidationError[];
}

export interface ParsedProgress {
  progress: Progress;
  recovered: ProgressRecovery | null;
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks the document's envelope: JSON, an object, version 1. Everything else is about its parts. */
export function readEnvelope(raw: string): { ok: true; data: Record<string, unknown> } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: `the progress is not valid JSON (${errorMessage(error)})` };
  }
  if (!isObject(data)) return { ok: false, reason: `the progress is ${show(data)}, not an object` };
  // Version 1 is the first version: there is no older format to migrate from yet.
  if (data.version !== PROGRESS_VERSION)
    return { ok: false, reason: `the progress has version ${show(data.version)}; this site reads version ${PROGRESS_VERSION}` };
  return { ok: true, data };
}

interface Salvage<T> {
  value: T;
  /** "attempts: 3 of 4"; null when the part was absent. */
  kept: string | null;
  dropped: ValidationError[];
}

const absent = <T>(value: T): Salvage<T> => ({ value, kept: null, dropped: [] });

/** Keeps the valid entries of a list; reports each one dropped with its index and first problem. */
function salvageList<T>(part: string, value: unknown, readEntry: (reader: Reader, entry: unknown, field: string) => unknown): Salvage<T[]> {
  if (value === undefined) return absent([]);
  if (!Array.isArray(value)) return { value: [], kept: null, dropped: problemsOf((reader) => reader.list(value, part)) };
  const good: T[] = [];
  const dropped: ValidationError[] = [];
  value.forEach((entry, index) => {
    const [found] = problemsOf((reader) => readEntry(reader, entry, fieldPath(part, index)));
    if (found) dropped.push(found);
    else good.push(entry as T);
  });
  return { value: good, kept: `${part}: ${good.length} of ${value.length}`, dropped };
}

function salvageCards(part: 'cards' | 'termCards', value: unknown): Salvage<Record<string, StoredCard>> {
  if (value === undefined) return absent({});
  if (!isObject(value)) return { value: {}, kept: null, dropped: problemsOf((reader) => reader.record(value, part)) };
  const good: Record<string, StoredCard> = {};
  const dropped: ValidationError[] = [];
  for (const [id, card] of Object.entries(value)) {
    const [found] = problemsOf((reader) => readCard(reader, id, card, fieldPath(part, id)));
    if (found) dropped.push(found);
    else good[id] = card as StoredCard;
  }
  return { value: good, kept: `${part}: ${Object.keys(good).length} of ${Object.keys(value).length}`, dropped };
}

function salvage(data: Record<string, unknown>): { progress: Progress; kept: string[]; dropped: ValidationError[] } {
  const attempts = salvageList<Attempt>('attempts', data.attempts, readAttempt);
  const cards = salvageCards('cards', data.cards);
  const flags = salvageList<string>('flags', data.flags, readId);
  const readLessons = salvageList<string>('readLessons', data.readLessons, readLessonId);
  const exams = salvageList<ExamResult>('exams', data.exams, readExam);
  const termCards = salvageCards('termCards', data.termCards);
  const termReviews = salvageList<TermReview>('termReviews', data.termReviews, readTermReview);
  const [stamp] = data.updatedAt === undefined ? [] : problemsOf((reader) => readUpdatedAt(reader, data.updatedAt));
  const [examDate] = data.examDate === undefined ? [] : problemsOf((reader) => readExamDate(reader, data.examDate));
  const [exportedAt] = data.exportedAt === undefined ? [] : problemsOf((reader) => reader.dateTime(data.exportedAt, 'exportedAt'));
  const unknownKeys = problemsOf((reader) => reader.object(data, '', DOCUMENT_KEYS));

  const parts = [attempts, cards, flags, readLessons, exams, termCards, termReviews];
  return {
    progress: {
      version: PROGRESS_VERSION,
      attempts: attempts.value,
      cards: cards.value,
      flags: flags.value,
      readLessons: readLessons.value,
      exams: exams.value,
      updatedAt: stamp || data.updatedAt === undefined ? '' : (data.updatedAt as string),
      ...(examDate || data.examDate === undefined ? {} : { examDate: data.examDate as string }),
      ...(exportedAt || data.exportedAt === undefined ? {} : { exportedAt: data.exportedAt as string }),
      ...(data.termCards === undefined ? {} : { termCards: termCards.value }),
      ...(data.termReviews === undefined ? {} : { termReviews: termReviews.value }),
    },
    kept: parts.flatMap((part) => (part.kept === null ? [] : [part.kept])),
    dropped: [...parts.flatMap((part) => part.dropped), ...[stamp, examDate, exportedAt].filter((problem) => problem !== undefined), ...unknownKeys],
  };
}

/** Reads stored progress. Never throws: damage is repaired and described in `recovered`. */
export function parseProgress(raw: string): ParsedProgress {
  const envelope = readEnvelope(raw);
  if (!envelope.ok)
    return {
      progress: emptyProgress(),
      recovered: { reason: `${envelope.reason}; starting with empty progress`, kept: [], dropped: [] },
    };
  if (progressProblems(envelope.data).length === 0) return { progress: withDefaults(envelope.data), recovered: null };
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

/** The document as a file a person can read and diff. */
export const exportProgress = (progress: Progress): string => `${JSON.stringify(progress, null, 2)}\n`;
