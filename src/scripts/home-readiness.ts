/**
 * Fills the home page's readiness section: the exam date and pass mark the candidate sets, then the pass
 * probability, the expected score per skill, "study tonight" and the plan to the exam date. Plain DOM like
 * home-progress.ts; the FSRS maths load only once an exam date is set.
 */
import { fill } from '../i18n/fill';
import type { QuestionRef } from '../core/quiz/readiness';
import { examMoment } from '../core/quiz/exam-date';
import { progress, setExamDate } from '../stores/progress';
import { cutScorePercent, isCutScore } from '../stores/readiness';
import type { Progress } from '../core/quiz/progress';
import type { StudyPlan } from '../core/quiz/study-plan';

/** The section's texts in the page's language, as the page writes them into `data-text`. */
interface ReadinessText {
  noDate: string;
  pastDate: string;
  badCut: string;
  computing: string;
  notEnough: string;
  pass: string;
  gain: string;
  tonightNone: string;
  planSummary: string;
  planNone: string;
}

const percent = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;
/** The local calendar day of `date`, as an <input type="date"> writes it. */
const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function initHomeReadiness(): void {
  const section = document.querySelector<HTMLElement>('[data-readiness]');
  if (!section) return;
  // The question list is the progress section's; texts and names come as JSON, which needs no attribute escaping.
  const bank = JSON.parse(document.querySelector<HTMLElement>('[data-home-progress]')?.dataset.questions ?? '[]') as QuestionRef[];
  const { text, titles } = JSON.parse(section.querySelector('[data-readiness-data]')?.textContent ?? '{}') as {
    text: ReadinessText;
    titles: string[];
  };
  const titleOf = new Map(bank.map(({ id }, index) => [id, titles[index] ?? id]));
  const quiz = section.dataset.quiz ?? '';
  const locale = document.documentElement.lang;
  const find = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector);
  const dateInput = find<HTMLInputElement>('[data-exam-date]');
  const cutInput = find<HTMLInputElement>('[data-cut-score]');
  const status = find('[data-readiness-status]');
  const result = find('[data-readiness-result]');
  if (!dateInput || !cutInput || !status || !result) return;
  const say = (message: string) => {
    status.textContent = message;
  };
  const formatDay = (day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(examMoment(day));
  dateInput.min = localDay(new Date());

  dateInput.addEventListener('change', () => {
    const value = dateInput.value;
    if (value && value < localDay(new Date())) {
      say(fill(text.pastDate, { date: formatDay(value) }));
      return;
    }
    setExamDate(value || undefined);
  });
  cutInput.addEventListener('change', () => {
    const value = Number(cutInput.value);
    if (isCutScore(value)) cutScorePercent.set(value);
    else say(fill(text.badCut, { value: cutInput.value || '""' }));
  });

  // Each change starts a computation; only the latest one may write, so a slow one never overwrites a newer one.
  let latest = 0;
  async function show(current: Progress, cut: number): Promise<void> {
    const run = (latest += 1);
    dateInput!.value = current.examDate ?? '';
    cutInput!.value = String(cut);
    if (!current.examDate) {
      result!.hidden = true;
      say(text.noDate);
      return;
    }
    say(text.computing);
    const [{ readiness, READINESS_DEFAULTS }, { studyPlan, MINUTES_PER_QUESTION }] = await Promise.all([
      import('../core/quiz/readiness'),
      import('../core/quiz/study-plan'),
    ]);
    if (run !== latest) return;
    const now = new Date();
    const exam = examMoment(current.examDate);
    const report = readiness(bank, current, { examDate: exam, now, cutScore: cut / 100 });
    const plan = studyPlan(
      bank.map(({ id }) => id),
      current,
      now,
      current.examDate,
    );
    renderPlan(plan, MINUTES_PER_QUESTION);
    find('[data-assumption-form]')!.textContent = String(READINESS_DEFAULTS.formSize);
    find('[data-assumption-cut]')!.textContent = String(cut);
    result!.hidden = false;
    const skills = find('[data-readiness-skills]');
    const tonight = find('[data-study-tonight]');
    if (report.status === 'not-enough-data') {
      say(fill(text.notEnough, { needed: report.needed, answered: report.answered }));
      skills!.hidden = true;
      return;
    }
    say(fill(text.pass, { date: formatDay(current.examDate), pass: percent(report.pass), low: percent(report.passLow), high: percent(report.passHigh) }));
    skills!.hidden = false;
    for (const skill of report.skills) {
      const cell = (name: string) => find(`[data-skill="${skill.skill}"] [data-${name}]`);
      cell('expected')!.textContent = percent(skill.expected);
      cell('range')!.textContent = `${percent(skill.low)} – ${percent(skill.high)}`;
      cell('answered')!.textContent = `${skill.answered}/${skill.questions}`;
    }
    tonight!.replaceChildren(
      ...(report.studyTonight.length
        ? report.studyTonight.map(({ id, gain }) => {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = `${quiz}?q=${encodeURIComponent(id)}`;
            link.textContent = titleOf.get(id) ?? id;
            const points = document.createElement('span');
            points.className = 'gain';
            points.textContent = ` ${fill(text.gain, { gain: (Math.round(gain * 1000) / 10).toFixed(1) })}`;
            item.append(link, points);
            return item;
          })
        : [Object.assign(document.createElement('li'), { textContent: text.tonightNone })]),
    );
  }

  function renderPlan(plan: StudyPlan, perQuestion: number): void {
    const summary = find('[data-plan-summary]')!;
    const link = find('[data-plan-link]')!;
    if (!plan.days.length) {
      summary.textContent = text.planNone;
      link.hidden = true;
      return;
    }
    summary.textContent = fill(text.planSummary, {
      days: plan.days.length,
      reviews: plan.days.reduce((sum, day) => sum + day.reviews, 0),
      fresh: plan.days.reduce((sum, day) => sum + day.newQuestions, 0),
      minutes: plan.minutesPerDay,
      perQuestion,
      today: plan.today.length,
    });
    link.hidden = plan.today.length === 0;
  }

  const update = () => void show(progress.get(), cutScorePercent.get());
  progress.listen(update);
  cutScorePercent.listen(update);
  update();
}
