// The quiz page: loading the bank, the start screen's choices, and the running session.
import type { Locale } from '../../core/locale';
import { emptyProgress, type Progress } from '../../core/quiz/progress';
import type { Skill } from '../../schemas/question-kinds';
import { progress } from '../../stores/progress';
import { ExamSession } from './exam.svelte';
import { PracticeSession } from './practice.svelte';
import type { ClientBank } from './question-model';
import { attemptsOf, dueQuestions, MODES, reviewQuestions, sessionQuestions, type Mode } from './selection';

export const MODE_PARAM = 'mode';
/** `?q=<question id>` opens one question in practice, as search results link to it. */
export const QUESTION_PARAM = 'q';

export class QuizApp {
  readonly locale: Locale;
  bank: ClientBank | null = $state(null);
  loadError = $state('');
  mode: Mode = $state('practice');
  /** The skills the start screen offers, in order. */
  readonly courseSkills: readonly Skill[];
  skills: Skill[] = $state([]);
  examSize = $state(10);
  progress: Progress = $state(emptyProgress());
  /** Start pressed but nothing to ask: why, for the start screen. */
  startProblem: 'noSkill' | 'noQuestions' | null = $state(null);
  practice: PracticeSession | null = $state(null);
  #linkedQuestion: string | null = null;
  exam: ExamSession | null = $state(null);

  reviewCount = $derived(this.bank ? reviewQuestions(this.bank.questions, this.progress).length : 0);
  dueCount = $derived(this.bank ? dueQuestions(this.bank.questions, this.progress, new Date()).length : 0);

  constructor(locale: Locale, courseSkills: readonly Skill[]) {
    this.locale = locale;
    this.courseSkills = courseSkills;
    this.skills = [...courseSkills];
  }

  /** Follows the store and reads ?mode=; returns the unsubscribe for the component's effect. */
  connect(): () => void {
    const params = new URLSearchParams(location.search);
    const mode = params.get(MODE_PARAM);
    if (mode && (MODES as readonly string[]).includes(mode)) this.mode = mode as Mode;
    this.#linkedQuestion = params.get(QUESTION_PARAM);
    return progress.subscribe((value) => {
      this.progress = value;
    });
  }

  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.bank = (await response.json()) as ClientBank;
      const linked = this.bank.questions.find((question) => question.id === this.#linkedQuestion);
      if (linked) this.practice = new PracticeSession([linked], (id) => attemptsOf(progress.get(), id), this.locale);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  toggleSkill(skill: Skill, on: boolean): void {
    this.skills = on ? this.courseSkills.filter((entry) => entry === skill || this.skills.includes(entry)) : this.skills.filter((entry) => entry !== skill);
  }

  start(now = new Date()): boolean {
    if (!this.bank) return false;
    if (!this.skills.length) {
      this.startProblem = 'noSkill';
      return false;
    }
    const current = progress.get();
    const questions = sessionQuestions(this.mode, this.bank.questions, current, {
      skills: this.skills,
      examSize: this.examSize,
      seed: now.toISOString(),
      now,
    });
    if (!questions.length) {
      this.startProblem = 'noQuestions';
      return false;
    }
    this.startProblem = null;
    const attemptOf = (id: string) => attemptsOf(current, id);
    if (this.mode === 'exam') this.exam = new ExamSession(questions, attemptOf, this.locale, now.getTime());
    else this.practice = new PracticeSession(questions, attemptOf, this.locale);
    return true;
  }

  stop(): void {
    this.practice = null;
    this.exam = null;
  }
}
