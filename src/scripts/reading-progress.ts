/**
 * Shows reading progress in server-rendered markup: menu marks, the read summary and the "mark as read"
 * toggle. Plain DOM on purpose: lesson pages stay free of a component runtime.
 */
import { progressRecovery, readLessons, setLessonRead } from '../stores/progress';

let started = false;

export function initReadingProgress(): void {
  if (started) return;
  started = true;

  const toggles = document.querySelectorAll<HTMLButtonElement>('[data-read-toggle]');
  toggles.forEach((button) =>
    button.addEventListener('click', () => setLessonRead(button.dataset.readToggle ?? '', button.getAttribute('aria-pressed') !== 'true')),
  );

  readLessons.subscribe((read) => {
    const isRead = new Set(read);
    toggles.forEach((button) => button.setAttribute('aria-pressed', String(isRead.has(button.dataset.readToggle ?? ''))));
    document.querySelectorAll<HTMLElement>('nav.lesson-menu').forEach((menu) => {
      const links = [...menu.querySelectorAll<HTMLAnchorElement>('a[data-lesson-id]')];
      for (const link of links) {
        const done = isRead.has(link.dataset.lessonId ?? '');
        link.toggleAttribute('data-read', done);
        const state = link.querySelector('[data-read-state]');
        if (state) state.textContent = done ? `(${menu.dataset.readWord})` : '';
      }
      const summary = menu.querySelector('[data-read-summary]');
      if (summary) {
        const count = links.filter((link) => link.hasAttribute('data-read')).length;
        summary.textContent = (menu.dataset.summaryTemplate ?? '').replace('{read}', String(count)).replace('{total}', String(links.length));
      }
    });
  });

  progressRecovery.subscribe((recovery) => {
    document.querySelectorAll<HTMLElement>('[data-progress-recovered]').forEach((notice) => {
      notice.textContent = recovery ? (notice.dataset.progressRecovered ?? '').replace('{reason}', recovery.reason) : '';
    });
  });
}
