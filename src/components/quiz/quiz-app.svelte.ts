// The quiz page: loading the bank, the start screen's choices, and the running session.
import type { Locale } from '../../core/locale';
import { emptyProgress, type Progress } from '../../core/quiz/progress';
import { MODE_PARAM, parseSetParam, QUESTION_PARAM, SET_MODES, SET_PARAM } from '../../core/quiz/quiz-link';
import { skillsOf } from '../../core/quiz/skill-codes';
import type { ClientQuestion } from '../../schemas/question';
import type { Skill } from '../../schemas/question-kinds';
import { progress } from '../../stores/progress';
import { ExamSession } from './exam.svelte';
import { PracticeSession } from './practice.svelte';
import type { ClientBank } from './question-model';
import { attemptsOf, dueQuestions, MODES, reviewQuestions, sessionQuestions, type Mode } from './selection';

/** A set shared from the studio (`?set=`), read against the bank. */
export interface LinkedSet {
  /** The set's questions the bank holds: a session on the set asks exactly these, drawn in a session's order. */
  questions: ClientQuestion[];
  /** Ids of the link the bank does not hold, named on the start screen. */
  unknown: string[];
  /** How many entries past the most a link carries (MAX_SET_SIZE) were left unread. */
  dropped: number;
}

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
  #linkedSetParam: string | null = null;
  /** Null without `?set=`; with one, practice and exam run on its questions (when it has any). */
  linkedSet: LinkedSet | null = $state(null);
  exam: ExamSession | null = $state(null);

  reviewCount = $derived(this.bank ? reviewQuestions(this.bank.questions, this.progress).length : 0);
  dueCount = $derived(this.bank ? dueQuestions(this.bank.questions, this.progress, new Date()).length : 0);
  /** The set's questions when a link brought some: the start screen then offers only the set. */
  setQuestions = $derived(this.linkedSet?.questions.length ? this.linkedSet.questions : null);
  /** The modes the start screen offers: a set runs in practice or exam only. */
  modes: readonly Mode[] = $derived(this.setQuestions ? SET_MODES : MODES);

  constructor(locale: Locale, courseSkills: readonly Skill[]) {
    this.locale = locale;
    this.courseSkills = courseSkills;
    this.skills = [...courseSkills];
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

  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.bank = (await response.json()) as ClientBank;
      if (this.#linkedSetParam !== null) this.#readLinkedSet(this.bank, this.#linkedSetParam);
      const linked = this.bank.questions.find((question) => question.id === this.#linkedQuestion);
      if (linked) this.practice = new PracticeSession([linked], (id) => attemptsOf(progress.get(), id), this.locale);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  #readLinkedSet(bank: ClientBank, param: string): void {
    const byId = new Map(bank.questions.map((question) => [question.id, question]));
    const { ids, unknown, dropped } = parseSetParam(param, (id) => byId.has(id));
    this.linkedSet = { questions: ids.flatMap((id) => byId.get(id) ?? []), unknown, dropped };
    if (!this.modes.includes(this.mode)) this.mode = 'practice';
  }

  toggleSkill(skill: Skill, on: boolean): void {
    this.skills = on ? this.courseSkills.filter((entry) => entry === skill || this.skills.includes(entry)) : this.skills.filter((entry) => entry !== skill);
  }

  start(now = new Date()): boolean {
    if (!this.bank) return false;
    const set = this.setQuestions;
    if (!set && !this.skills.length) {
      this.startProblem = 'noSkill';
      return false;
    }
    const current = progress.get();
    // A set is asked whole: all its skills, an exam as long as the set (size 0).
    const questions = sessionQuestions(this.mode, set ?? this.bank.questions, current, {
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
    if (this.mode === 'exam') this.exam = new ExamSession(questions, attemptOf, this.locale, now.getTime());
    else this.practice = new PracticeSession(questions, attemptOf, this.locale);
    return true;
  }

  stop(): void {
    this.practice = null;
    this.exam = null;
  }
}
