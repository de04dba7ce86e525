/**
 * Fills the home page's progress section from the stored progress: per skill lessons read, questions
 * practised and mastery, what is due, and where to continue. Plain DOM, so the home page needs no
 * component runtime; the texts around each value are in the markup already.
 */
import { homeSummary, type HomeLesson, type HomeQuestion } from '../lib/quiz/home-summary';
import type { Skill } from '../schemas/question-kinds';
import { progress, progressRecovery } from '../stores/progress';

export function initHomeProgress(): void {
  const section = document.querySelector<HTMLElement>('[data-home-progress]');
  if (!section) return;
  const questions = JSON.parse(section.dataset.questions ?? '[]') as HomeQuestion[];
  const lessons = JSON.parse(section.dataset.lessons ?? '[]') as HomeLesson[];
  const skills = JSON.parse(section.dataset.skills ?? '[]') as Skill[];
  const find = (selector: string) => section.querySelector<HTMLElement>(selector);
  const set = (selector: string, value: string | number) => {
    const element = find(selector);
    if (element) element.textContent = String(value);
  };
  const show = (selector: string, visible: boolean) => find(selector)?.toggleAttribute('hidden', !visible);

  progress.subscribe((value) => {
    const summary = homeSummary(value, skills, questions, lessons, new Date());
    for (const skill of summary.skills) {
      set(`[data-read="${skill.skill}"]`, `${skill.lessonsRead}/${skill.lessons}`);
      set(`[data-practised="${skill.skill}"]`, `${skill.practised}/${skill.questions}`);
      set(`[data-mastery="${skill.skill}"]`, `${Math.round(skill.mastery * 100)}%`);
    }
    set('[data-due-count]', summary.due);
    show('[data-some-due]', summary.due > 0);
    show('[data-none-due]', summary.due === 0);
    const reading = find('[data-continue-reading]') as HTMLAnchorElement | null;
    if (reading && summary.nextLesson) reading.href = summary.nextLesson.href;
    set('[data-next-title]', summary.nextLesson?.title ?? '');
    show('[data-continue-reading]', summary.nextLesson !== null);
    show('[data-continue-practice]', summary.practisedAny);
  });

  progressRecovery.subscribe((recovery) => {
    set('[data-recovered-reason]', recovery?.reason ?? '');
    show('[data-recovered]', recovery !== null);
  });
}
