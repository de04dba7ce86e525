// A timed exam: answers kept until submit, graded all at once (all or nothing per question), then reviewed.
import type { Locale } from '../../core/locale';
import { scoreExam, type ExamScore, type Response } from '../../core/quiz/scoring';
import type { ClientQuestion } from '../../schemas/question';
import { recordAnswers, recordExam, setFlagged } from '../../stores/quiz-progress';
import { loadScheduler } from '../../stores/scheduler';
import {
  ESL_ACCOMMODATION_MS,
  EXTEND_MS,
  extendClock,
  hasExpired,
  isRunning,
  remainingMs,
  startClock,
  thresholdCrossed,
  turnClockOff,
  turnClockOn,
  type ExamClock,
} from './exam-clock';
import { navigatorEntries, toggled, unansweredNumbers } from './exam-model';
import { outcomeOf } from './question-model';
import { QuestionState } from './question-state.svelte';

export class ExamSession {
  readonly questions: QuestionState[];
  current = $state(0);
  flags: string[] = $state([]);
  clock: ExamClock = $state({ budgetMs: 0, runningSince: null });
  /** The last sample of the clock: the display changes once a second at most. */
  now = $state(0);
  /** Minutes left at the last threshold passed, for the polite live region; null until one is passed. */
  announcedMinutes: number | null = $state(null);
  result: ExamScore | null = $state(null);
  timedOut = $state(false);

  remaining = $derived(remainingMs(this.clock, this.now));
  running = $derived(isRunning(this.clock));
  navigator = $derived.by(() =>
    navigatorEntries(
      this.questions.map((state) => state.question.id),
      new Set(this.questions.filter((state) => state.response !== undefined).map((state) => state.question.id)),
      new Set(this.flags),
      this.current,
    ),
  );
  unanswered = $derived(unansweredNumbers(this.navigator));

  constructor(questions: readonly ClientQuestion[], attemptOf: (id: string) => number, lang: Locale, now: number) {
    this.questions = questions.map((question) => new QuestionState(question, attemptOf(question.id), lang));
    this.clock = startClock(questions.length, now);
    this.now = now;
    void loadScheduler();
  }

  get currentQuestion(): QuestionState | undefined {
    return this.questions[this.current];
  }

  go(index: number): void {
    if (index >= 0 && index < this.questions.length) this.current = index;
  }

  toggleFlag(id: string): void {
    this.flags = toggled(this.flags, id);
  }

  extend(): void {
    this.clock = extendClock(this.clock, EXTEND_MS);
  }

  accommodate(): void {
    this.clock = extendClock(this.clock, ESL_ACCOMMODATION_MS);
  }

  toggleClock(now: number): void {
    this.clock = this.running ? turnClockOff(this.clock, now) : turnClockOn(this.clock, now);
    this.now = now;
  }

  /** One sample of the clock: announces a threshold once, and submits when time is up. */
  tick(now: number): void {
    if (this.result) return;
    const before = remainingMs(this.clock, this.now);
    this.now = now;
    const crossed = this.running ? thresholdCrossed(before, remainingMs(this.clock, now)) : null;
    if (crossed !== null) this.announcedMinutes = crossed / 60_000;
    if (hasExpired(this.clock, now)) {
      this.timedOut = true;
      this.submit(new Date(now));
    }
  }

  /** Grades every question, records the answered ones and the score, and keeps the flags for review mode. */
  submit(now = new Date()): ExamScore {
    const responses: Record<string, Response | undefined> = {};
    for (const state of this.questions) responses[state.question.id] = state.response;
    const result = scoreExam(
      this.questions.map((state) => state.question),
      responses,
    );
    const answers = this.questions.flatMap((state) => {
      const score = state.grade();
      return score.answered ? [{ questionId: state.question.id, outcome: outcomeOf(score, false), response: state.response }] : [];
    });
    void recordAnswers(answers, now);
    recordExam({ total: result.total, correct: result.correct }, now);
    if (this.flags.length) setFlagged(this.flags, true);
    this.result = result;
    return result;
  }
}
