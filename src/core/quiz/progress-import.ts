// Importing an exported progress file: all or nothing, a bad file changes nothing. Apart from progress.ts so that
// the pages which only load progress carry no message texts. Messages are in English, as the exported file is.
import { formatValidationError } from '../validation-text';
import { PROGRESS_VERSION, progressProblems, readEnvelope, withDefaults, type Attempt, type Progress } from './progress';

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
  const [found] = progressProblems(envelope.data);
  if (found) return { ok: false, error: `${formatValidationError(found, 'en')}; nothing was imported` };
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
