// One question on screen: the learner's controls, the language it is read in, and its grade once checked.
import type { Locale } from '../../core/locale';
import { scoreQuestion, type QuestionScore } from '../../core/quiz/scoring';
import type { ClientQuestion } from '../../schemas/question';
import { buildResponse, emptyDraft, incompleteness, moveItem, optionOrder, toggleChoice, type Draft } from './question-model';

export class QuestionState {
  readonly question: ClientQuestion;
  /** Option ids in this attempt's order; switching language keeps it. */
  readonly order: string[];
  draft: Draft = $state({ choice: null, choices: [], order: [], pairs: {} });
  lang: Locale = $state('vi');
  score: QuestionScore | null = $state(null);
  /** Set when a checkbox was refused because `select` boxes are already checked. */
  overLimit = $state(false);
  response = $derived.by(() => buildResponse(this.question, this.draft));
  incomplete = $derived.by(() => incompleteness(this.question, this.draft));

  constructor(question: ClientQuestion, attempt: number, lang: Locale) {
    this.question = question;
    this.order = optionOrder(question, attempt);
    this.draft = emptyDraft(question, this.order);
    this.lang = lang;
  }

  get text() {
    return this.question[this.lang];
  }

  switchLanguage(): void {
    this.lang = this.lang === 'vi' ? 'en' : 'vi';
  }

  choose(id: string): void {
    this.draft.choice = id;
  }

  /** Returns whether the box may take the new state; a refused check leaves the box unchecked. */
  toggle(id: string, checked: boolean): boolean {
    const select = this.question.type === 'multiple' ? this.question.select : Infinity;
    const accepted = toggleChoice(this.draft, select, id, checked);
    this.overLimit = !accepted;
    return accepted;
  }

  move(id: string, delta: -1 | 1): void {
    this.draft.order = moveItem(this.draft.order, id, delta);
  }

  pair(itemId: string, optionId: string): void {
    const { [itemId]: _previous, ...others } = this.draft.pairs;
    this.draft.pairs = optionId ? { ...others, [itemId]: optionId } : others;
  }

  grade(): QuestionScore {
    this.score = scoreQuestion(this.question, this.response);
    return this.score;
  }
}
