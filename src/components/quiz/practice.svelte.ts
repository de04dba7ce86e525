// Practice, review and due sessions: one question at a time, graded only on an explicit Check.
import type { Locale } from '../../core/locale';
import type { ClientQuestion } from '../../schemas/question';
import { recordAnswers } from '../../stores/quiz-progress';
import { loadScheduler } from '../../stores/scheduler';
import { outcomeOf } from './question-model';
import { QuestionState } from './question-state.svelte';

export class PracticeSession {
  readonly questions: readonly ClientQuestion[];
  readonly #attemptOf: (id: string) => number;
  readonly #lang: Locale;
  index = $state(0);
  current: QuestionState | null = $state(null);
  guessed = $state(false);
  /** Shown when Check is pressed on an incomplete answer; grading waits. */
  blocked = $state(false);
  correct = $state(0);
  answered = $state(0);
  finished = $state(false);

  constructor(questions: readonly ClientQuestion[], attemptOf: (id: string) => number, lang: Locale) {
    this.questions = questions;
    this.#attemptOf = attemptOf;
    this.#lang = lang;
    this.#show(0);
    void loadScheduler();
  }

  #show(index: number): void {
    const question = this.questions[index];
    this.index = index;
    this.guessed = false;
    this.blocked = false;
    this.current = question ? new QuestionState(question, this.#attemptOf(question.id), this.#lang) : null;
    this.finished = !question;
  }

  /** Grades the answer and records it; false (and nothing recorded) when the answer is incomplete. */
  check(now = new Date()): boolean {
    const state = this.current;
    if (!state || state.score) return false;
    if (state.incomplete) {
      this.blocked = true;
      return false;
    }
    this.blocked = false;
    const score = state.grade();
    void recordAnswers([{ questionId: state.question.id, outcome: outcomeOf(score, this.guessed), response: state.response }], now);
    this.answered += 1;
    if (score.correct) this.correct += 1;
    return true;
  }

  next(): void {
    this.#show(this.index + 1);
  }
}
