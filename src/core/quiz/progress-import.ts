// Importing an exported progress file: all or nothing, a bad file changes nothing. Apart from progress.ts so that
// the pages which only load progress carry no message texts. Messages are in English, as the exported file is.
import { formatValidationError } from '../validation-text';
import { PROGRESS_VERSION, progressProblems, readEnvelope, withDefaults, type Attempt, type Progress } from './progress';

/** What an import added to the progress already there, for the learner to see. */
export interface MergeSummary {
  /** Attempts that were not there yet. */
  attempts: number;
  /** Questions whose card the file reviewed later, or that had none here. */
  cards: number;
  flags: number;
  readLessons: number;
  exams: number;
  /** The file's exam date, taken because none was set here. */
  examDate: string | null;
}

export type ImportResult = { ok: true; progress: Progress; merged: MergeSummary } | { ok: false; error: string };

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/**
 * Merges an exported file into the current progress. Attempts are joined (the same question at the same
 * instant counts once), flags and read lessons are joined, and for each question the card reviewed last
 * wins. A flag removed on one device comes back if the other device still has it: a join cannot tell
 * "never flagged" from "unflagged". Exam results are joined; the exam date set here stays, else the file's is
 * taken; `exportedAt` stays this browser's, since the reminder to export is about what this browser holds.
 */
export function mergeImport(current: Progress, raw: string): ImportResult {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return { ok: false, error: `${envelope.reason}; nothing was imported` };
  const [found] = progressProblems(envelope.data);
  if (found) return { ok: false, error: `${formatValidationError(found, 'en')}; nothing was imported` };
  const imported = withDefaults(envelope.data);

  const attempts = new Map<string, Attempt>();
  const attemptKey = (attempt: Attempt) => `${attempt.questionId}@${time(attempt.at)}`;
  for (const attempt of current.attempts) if (!attempts.has(attemptKey(attempt))) attempts.set(attemptKey(attempt), attempt);
  const attemptsHere = attempts.size;
  for (const attempt of imported.attempts) if (!attempts.has(attemptKey(attempt))) attempts.set(attemptKey(attempt), attempt);

  const cards = { ...current.cards };
  let cardsTaken = 0;
  for (const [id, card] of Object.entries(imported.cards)) {
    const mine = cards[id];
    if (!mine || time(card.lastReview) > time(mine.lastReview)) {
      cards[id] = card;
      cardsTaken += 1;
    }
  }

  const exams = new Map(current.exams.map((exam) => [time(exam.at), exam]));
  const examsHere = exams.size;
  for (const exam of imported.exams) if (!exams.has(time(exam.at))) exams.set(time(exam.at), exam);
  const flags = union(current.flags, imported.flags);
  const readLessons = union(current.readLessons, imported.readLessons);
  const examDate = current.examDate ?? imported.examDate;

  return {
    ok: true,
    progress: {
      version: PROGRESS_VERSION,
      attempts: [...attempts.values()].sort((a, b) => time(a.at) - time(b.at)),
      cards,
      flags,
      readLessons,
      exams: [...exams.values()].sort((a, b) => time(a.at) - time(b.at)),
      updatedAt: time(imported.updatedAt) > time(current.updatedAt) ? imported.updatedAt : current.updatedAt,
      ...(examDate ? { examDate } : {}),
      ...(current.exportedAt ? { exportedAt: current.exportedAt } : {}),
    },
    merged: {
      attempts: attempts.size - attemptsHere,
      cards: cardsTaken,
      flags: flags.length - current.flags.length,
      readLessons: readLessons.length - current.readLessons.length,
      exams: exams.size - examsHere,
      examDate: current.examDate === undefined && imported.examDate !== undefined ? imported.examDate : null,
    },
  };
}
