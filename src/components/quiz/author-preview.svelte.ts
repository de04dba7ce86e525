// The instructors' preview: every question with its metadata, filtered on the client, each one live.
import type { Locale } from '../../core/locale';
import type { VerifyStatus } from '../../lib/quiz/bank';
import type { ClientQuestion, Question } from '../../schemas/question';
import type { ClientBank } from './question-model';
import { QuestionState } from './question-state.svelte';

/** What the build knows about each question and the browser bank does not carry. */
export interface AuthorMeta {
  file: string;
  verify: VerifyStatus;
  /** Left out of the candidates' bank; the author page passes it with the rest of its page data. */
  provenance: Question['provenance'];
}

export interface AuthorFilters {
  skill: string;
  type: string;
  tag: string;
  difficulty: string;
}

/** '' in a filter means any value. */
export const matchesFilters = (question: ClientQuestion, { skill, type, tag, difficulty }: AuthorFilters): boolean =>
  (!skill || question.skill === skill) &&
  (!type || question.type === type) &&
  (!tag || question.tags.includes(tag)) &&
  (!difficulty || String(question.difficulty) === difficulty);

export class AuthorPreview {
  bank: ClientBank | null = $state(null);
  loadError = $state('');
  filters: AuthorFilters = $state({ skill: '', type: '', tag: '', difficulty: '' });
  lang: Locale = $state('vi');
  /** One live question per id; replaced by "Try again". */
  states: Record<string, QuestionState> = $state({});

  tags = $derived(this.bank ? [...new Set(this.bank.questions.flatMap((question) => question.tags))].sort() : []);
  shown = $derived(this.bank ? this.bank.questions.filter((question) => matchesFilters(question, this.filters)) : []);

  constructor(lang: Locale) {
    this.lang = lang;
  }

  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bank = (await response.json()) as ClientBank;
      this.states = Object.fromEntries(bank.questions.map((question) => [question.id, new QuestionState(question, 0, this.lang)]));
      this.bank = bank;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  setLanguage(lang: Locale): void {
    this.lang = lang;
    for (const state of Object.values(this.states)) state.lang = lang;
  }

  reset(question: ClientQuestion): void {
    this.states[question.id] = new QuestionState(question, 0, this.lang);
  }
}
