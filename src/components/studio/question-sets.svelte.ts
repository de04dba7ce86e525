// The question sets' state: the bank, the filters and the questions unticked by hand, the export and the share
// link. The component only shows it and forwards input.
import { exportBank, type ExportFormat } from '../../authoring/export/index';
import type { Locale } from '../../core/locale';
import { filterQuestions, type Difficulty } from '../../core/quiz/question-set';
import { MAX_SET_SIZE, setLinkQuery, type SetMode } from '../../core/quiz/quiz-link';
import { course } from '../../i18n/course';
import type { QuestionType, Skill } from '../../schemas/question-kinds';
import type { ClientBank } from '../../lib/quiz/bank-part';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  gift: 'text/plain;charset=utf-8',
  'moodle-xml': 'application/xml',
  qti3: 'application/zip',
};

export class QuestionSets {
  bank: ClientBank | null = $state(null);
  loadError = $state('');
  filters = $state({ skills: [] as Skill[], types: [] as QuestionType[], tags: [] as string[], difficulties: [] as Difficulty[], search: '' });
  /** Questions unticked in the list: left out of the set while they match the filters. */
  excluded: string[] = $state([]);
  format: ExportFormat = $state('gift');
  exportLang: Locale = $state('vi');
  /** The last export, offered as a link too in case the browser did not download it. */
  download: { url: string; name: string } | null = $state(null);
  shareMode: SetMode = $state('practice');
  shareLang: Locale = $state('vi');
  /** Where the site is served, known once in the browser: the share link is absolute, to paste anywhere. */
  #origin = $state('');
  /** The quiz page of each language, under the site's base path. */
  readonly #quizPaths: Record<Locale, string>;

  tags = $derived(this.bank ? [...new Set(this.bank.questions.flatMap((question) => question.tags))].sort() : []);
  matched = $derived(this.bank ? filterQuestions(this.bank.questions, this.filters) : []);
  picked = $derived(this.matched.filter((question) => !this.excluded.includes(question.id)));
  /** Empty while there is nothing to share, or more than a link carries. */
  shareLink = $derived.by(() => {
    if (!this.#origin || !this.picked.length || this.picked.length > MAX_SET_SIZE) return '';
    const query = setLinkQuery(
      this.picked.map((question) => question.id),
      this.shareMode,
    );
    return new URL(`${this.#quizPaths[this.shareLang]}${query}`, this.#origin).href;
  });

  constructor(locale: Locale, quizPaths: Record<Locale, string>) {
    this.exportLang = locale;
    this.shareLang = locale;
    this.#quizPaths = quizPaths;
  }

  async load(url: string): Promise<void> {
    this.#origin = location.origin;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.bank = (await response.json()) as ClientBank;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  include(id: string, included: boolean): void {
    this.excluded = included ? this.excluded.filter((entry) => entry !== id) : [...this.excluded, id];
  }

  /** Writes the set in the chosen format and language, for the component to download. */
  exportSet(): void {
    if (!this.bank || !this.picked.length) return;
    const file = exportBank(this.format, { course, questions: this.picked, cases: this.bank.cases }, this.exportLang);
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = { url: URL.createObjectURL(new Blob([file.content], { type: MEDIA_TYPES[this.format] })), name: file.name };
  }
}
