// The quiz page: the start screen's choices, loading the bank parts a session needs, and the running session.
import type { Locale } from '../../core/locale';
import { emptyProgress, type Progress } from '../../core/quiz/progress';
import { MODE_PARAM, parseSetParam, QUESTION_PARAM, SET_MODES, SET_PARAM } from '../../core/quiz/quiz-link';
import { skillsOf } from '../../core/quiz/skill-codes';
import type { ClientQuestion } from '../../schemas/question';
import type { Skill } from '../../schemas/question-kinds';
import { progress } from '../../stores/progress';
import type { BankLoader } from './bank-loader';
import type { ExamSession } from './exam.svelte';
import type { PracticeSession } from './practice.svelte';
import type { ClientBank } from '../../lib/quiz/bank-part';
import { attemptsOf, dueQuestions, MODES, reviewQuestions, sessionQuestions, type Mode } from './selection';

// The sessions' code loads with the first session, beside the bank parts it needs: the start screen ships without it.
const practiceSessions = () => import('./practice.svelte').then((module) => module.PracticeSession);
const examSessions = () => import('./exam.svelte').then((module) => module.ExamSession);

/** A set shared from the studio (`?set=`), read against the bank. */
export interface LinkedSet {
  /** The set's questions the bank holds: a session on the set asks exactly these, drawn in a session's order. */
  questions: ClientQuestion[];
  /** Ids of the link the bank does not hold, named on the start screen. */
  unknown: string[];
  /** How many entries past the most a link carries (MAX_SET_SIZE) were left unread. */
  dropped: number;
}

/** A question of the bank as the start screen knows it before any part loads. */
export interface IndexEntry {
  id: string;
  skill: Skill;
}

export class QuizApp {
  readonly locale: Locale;
  readonly #loader: BankLoader;
  readonly #index: readonly IndexEntry[];
  /** What has loaded so far; null until the first part. */
  bank: ClientBank | null = $state(null);
  /** A session's parts are loading: the start button says so. */
  loading = $state(false);
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
  #linkedSetParam: string | null = null;
  /** Null without `?set=`; with one, practice and exam run on its questions (when it has any). */
  linkedSet: LinkedSet | null = $state(null);
  exam: ExamSession | null = $state(null);

  get reviewCount(): number {
    return reviewQuestions(this.#index, this.progress).length;
  }
  get dueCount(): number {
    return dueQuestions(this.#index, this.progress, new Date()).length;
  }
  /** The set's questions when a link brought some: the start screen then offers only the set. */
  setQuestions = $derived(this.linkedSet?.questions.length ? this.linkedSet.questions : null);
  /** The modes the start screen offers: a set runs in practice or exam only. */
  modes: readonly Mode[] = $derived(this.setQuestions ? SET_MODES : MODES);

  constructor(locale: Locale, courseSkills: readonly Skill[], loader: BankLoader, index: readonly IndexEntry[]) {
    this.locale = locale;
    this.courseSkills = courseSkills;
    this.skills = [...courseSkills];
    this.#loader = loader;
    this.#index = index;
  }

  /** Follows the store and reads ?mode=, ?q= and ?set=; returns the unsubscribe for the component's effect. */
  connect(): () => void {
    const params = new URLSearchParams(location.search);
    const mode = params.get(MODE_PARAM);
    if (mode && (MODES as readonly string[]).includes(mode)) this.mode = mode as Mode;
    this.#linkedQuestion = params.get(QUESTION_PARAM);
    this.#linkedSetParam = params.get(SET_PARAM);
    return progress.subscribe((value) => {
      this.progress = value;
    });
  }

  /** Loads what a link names (`?q=`, `?set=`) and opens it. */
  async openLinks(): Promise<void> {
    const known = new Set(this.#index.map((entry) => entry.id));
    const set = this.#linkedSetParam === null ? null : parseSetParam(this.#linkedSetParam, (id) => known.has(id));
    const linked = this.#linkedQuestion !== null && known.has(this.#linkedQuestion) ? this.#linkedQuestion : null;
    const ids = [...(set?.ids ?? []), ...(linked ? [linked] : [])];
    const Practice = linked ? this.#code(practiceSessions()) : null;
    if (ids.length && !(await this.#loadFor(ids))) return;
    const byId = new Map((this.bank?.questions ?? []).map((question) => [question.id, question]));
    if (set) {
      this.linkedSet = { questions: set.ids.flatMap((id) => byId.get(id) ?? []), unknown: set.unknown, dropped: set.dropped };
      if (!this.modes.includes(this.mode)) this.mode = 'practice';
    }
    const question = linked ? byId.get(linked) : undefined;
    const PracticeCode = await Practice;
    if (question && PracticeCode) this.practice = new PracticeCode([question], (id) => attemptsOf(progress.get(), id), this.locale);
  }

  /** Loads the parts holding these questions; null, with the reason shown, on failure. */
  async #loadFor(ids: readonly string[]): Promise<ClientBank | null> {
    this.loading = true;
    try {
      this.bank = await this.#loader.ensure(this.locale, ids);
      this.loadError = '';
      return this.bank;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      return null;
    } finally {
      this.loading = false;
    }
  }

  /** Code loaded on demand; null, with the reason shown as a load failure, when it cannot be fetched. */
  #code<T>(loading: Promise<T>): Promise<T | null> {
    return loading.catch((error: unknown) => {
      this.loadError = error instanceof Error ? error.message : String(error);
      return null;
    });
  }

  /** Loads the other language's texts of a question before it is shown in that language. */
  async ensureLanguage(questionId: string, lang: Locale): Promise<void> {
    this.bank = await this.#loader.ensure(lang, [questionId]);
  }

  toggleSkill(skill: Skill, on: boolean): void {
    this.skills = on ? this.courseSkills.filter((entry) => entry === skill || this.skills.includes(entry)) : this.skills.filter((entry) => entry !== skill);
  }

  async start(now = new Date()): Promise<boolean> {
    const set = this.setQuestions;
    if (!set && !this.skills.length) {
      this.startProblem = 'noSkill';
      return false;
    }
    const current = progress.get();
    // The parts to load: the chosen skills, or for review and due only the skills their questions are in.
    const chosen = this.#index.filter((entry) => this.skills.includes(entry.skill));
    const needed = set ?? (this.mode === 'review' ? reviewQuestions(chosen, current) : this.mode === 'due' ? dueQuestions(chosen, current, now) : chosen);
    if (!needed.length) {
      this.startProblem = 'noQuestions';
      return false;
    }
    const Exam = this.mode === 'exam' ? this.#code(examSessions()) : null;
    const Practice = this.mode === 'exam' ? null : this.#code(practiceSessions());
    const bank = await this.#loadFor(needed.map((entry) => entry.id));
    if (!bank) return false;
    // A set is asked whole: all its skills, an exam as long as the set (size 0).
    const questions = sessionQuestions(this.mode, set ?? bank.questions, current, {
      skills: set ? skillsOf(set) : this.skills,
      examSize: set ? 0 : this.examSize,
      seed: now.toISOString(),
      now,
    });
    if (!questions.length) {
      this.startProblem = 'noQuestions';
      return false;
    }
    this.startProblem = null;
    const attemptOf = (id: string) => attemptsOf(current, id);
    const [ExamCode, PracticeCode] = [await Exam, await Practice];
    if (ExamCode) this.exam = new ExamCode(questions, attemptOf, this.locale, now.getTime());
    else if (PracticeCode) this.practice = new PracticeCode(questions, attemptOf, this.locale);
    return Boolean(this.exam || this.practice);
  }

  stop(): void {
    this.practice = null;
    this.exam = null;
  }
}
