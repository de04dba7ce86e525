// The quiz page's start screen as logic, without a framework (its page ships no component runtime until a session
// opens): the bank index, a set shared by link, the bank parts a session needs, and the session to open. The screen
// (quiz-start-screen.ts) renders what this returns; a session runs in QuizSession.svelte.
import type { Locale } from '../../core/locale';
import type { Progress } from '../../core/quiz/progress';
import { MODE_PARAM, parseSetParam, QUESTION_PARAM, SET_MODES, SET_PARAM } from '../../core/quiz/quiz-link';
import { skillsOf } from '../../core/quiz/skill-codes';
import type { ClientQuestion } from '../../schemas/question';
import type { Skill } from '../../schemas/question-kinds';
import { progress } from '../../stores/progress';
import type { BankLoader } from './bank-loader';
import type { ExamSession } from './exam.svelte';
import type { PracticeSession } from './practice.svelte';
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

/** What the start screen's form holds when Start is pressed. */
export interface Choices {
  mode: Mode;
  skills: readonly Skill[];
  examSize: number;
}

export type Session = { kind: 'practice'; session: PracticeSession } | { kind: 'exam'; session: ExamSession };

/** Why nothing opened: nothing chosen, nothing to ask, or a part or the code could not be fetched (`reason`). */
export type StartProblem = { problem: 'noSkill' | 'noQuestions' } | { problem: 'loadFailed'; reason: string };

/** What the page's query asks for: a mode to preselect, a question to open, a set to offer. */
export interface Links {
  mode: Mode | null;
  question: string | null;
  set: string | null;
}

export function readLinks(search: string): Links {
  const params = new URLSearchParams(search);
  const mode = params.get(MODE_PARAM);
  return {
    mode: mode && (MODES as readonly string[]).includes(mode) ? (mode as Mode) : null,
    question: params.get(QUESTION_PARAM),
    set: params.get(SET_PARAM),
  };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class QuizApp {
  readonly locale: Locale;
  readonly loader: BankLoader;
  readonly #index: readonly IndexEntry[];
  /** Null without `?set=`; with one, practice and exam run on its questions (when it has any). */
  linkedSet: LinkedSet | null = null;

  constructor(locale: Locale, loader: BankLoader, index: readonly IndexEntry[]) {
    this.locale = locale;
    this.loader = loader;
    this.#index = index;
  }

  reviewCount(current: Progress): number {
    return reviewQuestions(this.#index, current).length;
  }
  dueCount(current: Progress, now = new Date()): number {
    return dueQuestions(this.#index, current, now).length;
  }
  /** The set's questions when a link brought some: the start screen then offers only the set. */
  get setQuestions(): ClientQuestion[] | null {
    return this.linkedSet?.questions.length ? this.linkedSet.questions : null;
  }
  /** The modes the start screen offers: a set runs in practice or exam only. */
  get modes(): readonly Mode[] {
    return this.setQuestions ? SET_MODES : MODES;
  }

  /** Loads what a link names (`?set=`, `?q=`): the set is kept for the screen, a linked question opens in practice. */
  async openLinks(links: Links): Promise<Session | StartProblem | null> {
    const known = new Set(this.#index.map((entry) => entry.id));
    const set = links.set === null ? null : parseSetParam(links.set, (id) => known.has(id));
    const linked = links.question !== null && known.has(links.question) ? links.question : null;
    const ids = [...(set?.ids ?? []), ...(linked ? [linked] : [])];
    if (!ids.length && !set) return null;
    try {
      const [Practice] = await Promise.all([linked ? practiceSessions() : null, ids.length ? this.loader.ensure(this.locale, ids) : null]);
      const byId = new Map(this.loader.bank.questions.map((question) => [question.id, question]));
      if (set) this.linkedSet = { questions: set.ids.flatMap((id) => byId.get(id) ?? []), unknown: set.unknown, dropped: set.dropped };
      const question = linked ? byId.get(linked) : undefined;
      if (!question || !Practice) return null;
      return { kind: 'practice', session: new Practice([question], (id) => attemptsOf(progress.get(), id), this.locale) };
    } catch (error) {
      return { problem: 'loadFailed', reason: reasonOf(error) };
    }
  }

  /** Loads the parts and the code a session needs and opens it, or says why it cannot. */
  async start({ mode, skills, examSize }: Choices, now = new Date()): Promise<Session | StartProblem> {
    const set = this.setQuestions;
    if (!set && !skills.length) return { problem: 'noSkill' };
    const current = progress.get();
    // The parts to load: the chosen skills, or for review and due only the skills their questions are in.
    const chosen = this.#index.filter((entry) => skills.includes(entry.skill));
    const needed = set ?? (mode === 'review' ? reviewQuestions(chosen, current) : mode === 'due' ? dueQuestions(chosen, current, now) : chosen);
    if (!needed.length) return { problem: 'noQuestions' };
    const attemptOf = (id: string) => attemptsOf(current, id);
    const opener: Promise<(questions: ClientQuestion[]) => Session> =
      mode === 'exam'
        ? examSessions().then((Exam) => (questions) => ({ kind: 'exam', session: new Exam(questions, attemptOf, this.locale, now.getTime()) }))
        : practiceSessions().then((Practice) => (questions) => ({ kind: 'practice', session: new Practice(questions, attemptOf, this.locale) }));
    try {
      const ids = needed.map((entry) => entry.id);
      const [open, bank] = await Promise.all([opener, this.loader.ensure(this.locale, ids)]);
      // A set is asked whole: all its skills, an exam as long as the set (size 0).
      const questions = sessionQuestions(mode, set ?? bank.questions, current, {
        skills: set ? skillsOf(set) : skills,
        examSize: set ? 0 : examSize,
        seed: now.toISOString(),
        now,
      });
      return questions.length ? open(questions) : { problem: 'noQuestions' };
    } catch (error) {
      return { problem: 'loadFailed', reason: reasonOf(error) };
    }
  }
}
