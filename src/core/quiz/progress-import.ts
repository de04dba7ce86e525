// Importing an exported progress file: all or nothing, a bad file changes nothing. Apart from progress.ts so that
// the pages which only load progress carry no message texts. Messages are in English, as the exported file is.
import { formatValidationError } from '../validation-text';
import { PROGRESS_VERSION, progressProblems, readEnvelope, withDefaults, type Progress } from './progress';
import { joinHistory, time } from './progress-join';

/** What an import added to the progress already there, for the learner to see. */
export interface MergeSummary {
  /** Attempts that were not there yet. */
  attempts: number;
  /** Questions whose card the file reviewed later, or that had none here. */
  cards: number;
  flags: number;
  readLessons: number;
  exams: number;
  /** Glossary flashcard reviews that were not there yet. */
  termReviews: number;
  /** The file's exam date, taken because none was set here. */
  examDate: string | null;
}

/** A checked file, or why nothing will be imported. */
export type ImportFile = { ok: true; progress: Progress } | { ok: false; error: string };

const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/** Reads an exported file: all or nothing. */
export function readImport(raw: string): ImportFile {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return { ok: false, error: `${envelope.reason}; nothing was imported` };
  const [found] = progressProblems(envelope.data);
  if (found) return { ok: false, error: `${formatValidationError(found, 'en')}; nothing was imported` };
  return { ok: true, progress: withDefaults(envelope.data) };
}

/**
 * Merges an exported file's progress into the current progress. Attempts are joined (the same question at the same
 * instant counts once), flags and read lessons are joined, and for each question the card reviewed last
 * wins. A flag removed on one device comes back if the other device still has it: a join cannot tell
 * "never flagged" from "unflagged". Exam results are joined; the exam date set here stays, else the file's is
 * taken; `exportedAt` stays this browser's, since the reminder to export is about what this browser holds.
 */
export function mergeImported(current: Progress, imported: Progress): { progress: Progress; merged: MergeSummary } {
  const history = joinHistory(current, imported);
  const flags = union(current.flags, imported.flags);
  const readLessons = union(current.readLessons, imported.readLessons);
  const examDate = current.examDate ?? imported.examDate;

  return {
    progress: {
      version: PROGRESS_VERSION,
      ...history,
      flags,
      readLessons,
      updatedAt: time(imported.updatedAt) > time(current.updatedAt) ? imported.updatedAt : current.updatedAt,
      ...(examDate ? { examDate } : {}),
      ...(current.exportedAt ? { exportedAt: current.exportedAt } : {}),
    },
    merged: {
      attempts: history.attempts.length - current.attempts.length,
      cards: Object.entries(history.cards).filter(([id, card]) => current.cards[id] !== card).length,
      flags: flags.length - current.flags.length,
      readLessons: readLessons.length - current.readLessons.length,
      exams: history.exams.length - current.exams.length,
      termReviews: (history.termReviews?.length ?? 0) - (current.termReviews?.length ?? 0),
      examDate: current.examDate === undefined && imported.examDate !== undefined ? imported.examDate : null,
    },
  };
}
