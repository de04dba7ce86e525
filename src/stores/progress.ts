/**
 * The learner's progress, persisted in localStorage under a versioned key and validated on load.
 * A damaged value is recovered (valid parts kept), copied aside, and reported — never wiped silently.
 *
 * Several tabs may write the document at once. Every change is made to the stored copy as it is at that
 * moment, joined with this tab's, and a tab that hears of another's write joins it with its own and writes back
 * any history the other lacked: a tab that wrote from a stale copy cannot erase an answer. A tab hears of a write
 * by the storage event and by a message on a broadcast channel: when two tabs write at the same moment, a browser
 * may keep each tab's own pending write over the other's and fire no storage event, and only the message arrives.
 */
import { atom, computed, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyProgress, parseProgress, type Progress, type ProgressRecovery } from '../core/quiz/progress';
import { addsHistory, joinCopies, joinHistoryOnly } from '../core/quiz/progress-join';

export const PROGRESS_KEY = 'aip-c01:progress:v1';

/** Set when the stored value had to be repaired on load; islands show it once. */
export const progressRecovery = atom<ProgressRecovery | null>(null);

/** The text this tab last read from storage or wrote to it: while storage still holds it, this tab's copy is current. */
let known: string | null = null;

function decode(raw: string): Progress {
  known = raw;
  const { progress, recovered } = parseProgress(raw);
  if (recovered) {
    progressRecovery.set(recovered);
    try {
      // Keep the damaged original so nothing the learner did is lost for good.
      localStorage.setItem(`${PROGRESS_KEY}:damaged:${Date.now()}`, raw);
    } catch {
      // Storage full or blocked: the recovered progress still loads.
    }
  }
  return progress;
}

/** Open while the store is followed in a browser tab (see the end of this file). */
let channel: BroadcastChannel | null = null;

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: (value) => {
    known = JSON.stringify(value);
    channel?.postMessage(known);
    return known;
  },
  decode,
  listen: false,
});

/**
 * The stored document when another tab has changed it since this tab last read or wrote it; null otherwise, so that
 * an answer in a lone tab parses nothing. Damage in it was reported and kept aside when it was first read.
 */
function storedCopy(): Progress | null {
  const raw = localStorage.getItem(PROGRESS_KEY);
  return raw === null || raw === known ? null : parseProgress(raw).progress;
}

/** Applies a change to the stored document joined with this tab's copy. */
export function updateProgress(change: (current: Progress) => Progress): void {
  const stored = storedCopy();
  progress.set(change(stored ? joinCopies(stored, progress.get()) : progress.get()));
}

/** Another tab wrote, or the page came back from the back-forward cache: take the stored copy, joined with ours. */
export function takeStoredCopy(): void {
  const stored = storedCopy();
  if (!stored) return;
  const joined = joinCopies(stored, progress.get());
  // History the stored copy lacks is written back; otherwise this tab takes the stored copy as it is, so tabs
  // settle after one exchange.
  progress.set(addsHistory(joined, stored) ? joined : stored);
}

/* v8 ignore start -- window events; the two-tab browser test (tests/e2e/quiz.test.ts) runs them */
/** Another tab's copy as its message carried it: its history joined, written when either copy lacked some. */
const onMessage = (event: MessageEvent) => {
  if (typeof event.data !== 'string' || event.data === known) return;
  const joined = joinHistoryOnly(progress.get(), parseProgress(event.data).progress);
  if (joined) progress.set(joined);
};

const onStorage = (event: StorageEvent) => {
  if (event.key === PROGRESS_KEY) takeStoredCopy();
};

if (typeof window !== 'undefined')
  onMount(progress, () => {
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', takeStoredCopy);
    if ('BroadcastChannel' in window) {
      channel = new BroadcastChannel(PROGRESS_KEY);
      channel.addEventListener('message', onMessage);
    }
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', takeStoredCopy);
      channel?.close();
      channel = null;
    };
  });
/* v8 ignore stop */

export const readLessons = computed(progress, (value) => value.readLessons);

export function setLessonRead(lessonId: string, read: boolean): void {
  updateProgress((current) => {
    const others = current.readLessons.filter((id) => id !== lessonId);
    return { ...current, readLessons: read ? [...others, lessonId] : others, updatedAt: new Date().toISOString() };
  });
}

/** The exam day, YYYY-MM-DD; undefined clears it. */
export function setExamDate(examDate: string | undefined): void {
  updateProgress(({ examDate: _previous, ...current }) => ({ ...current, ...(examDate ? { examDate } : {}), updatedAt: new Date().toISOString() }));
}
