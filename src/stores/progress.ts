/**
 * The learner's progress, persisted in localStorage under a versioned key and validated on load.
 * A damaged value is recovered (valid parts kept), copied aside, and reported — never wiped silently.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyProgress, parseProgress, type Progress, type ProgressRecovery } from '../core/quiz/progress';

export const PROGRESS_KEY = 'aip-c01:progress:v1';

/** Set when the stored value had to be repaired on load; islands show it once. */
export const progressRecovery = atom<ProgressRecovery | null>(null);

function decode(raw: string): Progress {
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

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: JSON.stringify, decode });

export const readLessons = computed(progress, (value) => value.readLessons);

export function setLessonRead(lessonId: string, read: boolean): void {
  const current = progress.get();
  const others = current.readLessons.filter((id) => id !== lessonId);
  progress.set({ ...current, readLessons: read ? [...others, lessonId] : others, updatedAt: new Date().toISOString() });
}

/** The exam day, YYYY-MM-DD; undefined clears it. */
export function setExamDate(examDate: string | undefined): void {
  const { examDate: _previous, ...current } = progress.get();
  progress.set({ ...current, ...(examDate ? { examDate } : {}), updatedAt: new Date().toISOString() });
}
