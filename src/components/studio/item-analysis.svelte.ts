// The item analysis island's state: the bank, the progress files read (one per candidate) and those skipped with
// their reason, and the analysis of src/core/quiz/item-analysis.ts over them. Files never leave the browser.
import type { Locale } from '../../core/locale';
import { formatNumber } from '../../core/number-format';
import {
  analyseItems,
  GROUP_SHARE,
  MIN_ANSWERS_FOR_UNUSED_DISTRACTOR,
  MIN_ANSWERS_TO_FLAG,
  MIN_CANDIDATES_FOR_DISCRIMINATION,
  TOO_EASY_ABOVE,
  TOO_HARD_BELOW,
  WEAK_DISCRIMINATION_BELOW,
  type ItemFlag,
} from '../../core/quiz/item-analysis';
import { parseProgress, type Progress } from '../../core/quiz/progress';
import { formatValidationError } from '../../core/validation-text';
import { fill } from '../../i18n/fill';
import type { StudioText } from '../../i18n/studio';
import type { ClientQuestion } from '../../schemas/question';
import type { ClientBank } from '../../lib/quiz/bank-part';

export interface CandidateFile {
  name: string;
  progress: Progress;
}

export interface SkippedFile {
  name: string;
  reason: string;
}

export class ItemAnalysisState {
  readonly #text: StudioText;
  readonly #locale: Locale;
  questions: readonly ClientQuestion[] | null = $state.raw(null);
  loadError = $state('');
  /** By file name: a file chosen again replaces the one read before, so nobody counts twice. */
  files: readonly CandidateFile[] = $state.raw([]);
  skipped: readonly SkippedFile[] = $state.raw([]);
  /** Files being read now. */
  reading = $state(0);

  analysis = $derived(
    this.questions
      ? analyseItems(
          this.files.map((file) => file.progress),
          this.questions,
        )
      : null,
  );
  attempts = $derived(this.files.reduce((sum, file) => sum + file.progress.attempts.length, 0));
  toReview = $derived(this.analysis?.items.filter((item) => item.flags.length).length ?? 0);
  prompts = $derived(new Map((this.questions ?? []).map((question) => [question.id, question[this.#locale].prompt])));

  constructor(text: StudioText, locale: Locale) {
    this.#text = text;
    this.#locale = locale;
  }

  async load(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.questions = ((await response.json()) as ClientBank).questions;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  /** Reads each file; a damaged one is skipped with its reason, the others still count. */
  async add(files: readonly File[]): Promise<void> {
    this.reading += files.length;
    const results = await Promise.all(files.map(async (file) => ({ name: file.name, ...(await this.#read(file)) })));
    this.reading -= files.length;
    const names = new Set(files.map((file) => file.name));
    this.files = [...this.files.filter((file) => !names.has(file.name)), ...results.flatMap(({ name, progress }) => (progress ? [{ name, progress }] : []))];
    this.skipped = [
      ...this.skipped.filter((file) => !names.has(file.name)),
      ...results.flatMap(({ name, reason }) => (reason === undefined ? [] : [{ name, reason }])),
    ];
  }

  /** What has been read so far, for the status line. */
  get status(): string {
    if (this.reading) return fill(this.#text.reading, { count: this.reading });
    if (!this.analysis || !this.files.length) return '';
    return fill(this.#text.summary, {
      files: this.files.length,
      candidates: this.analysis.candidates,
      attempts: this.attempts,
      firstAttempts: this.analysis.firstAttempts,
    });
  }

  clear(): void {
    this.files = [];
    this.skipped = [];
  }

  async #read(file: File): Promise<{ progress?: Progress; reason?: string }> {
    let raw: string;
    try {
      raw = await file.text();
    } catch (error) {
      return { reason: fill(this.#text.unreadable, { reason: errorMessage(error) }) };
    }
    // A damaged file is skipped whole rather than salvaged: a candidate missing some answers would skew the figures.
    const { progress, recovered } = parseProgress(raw);
    if (!recovered) return { progress };
    const [first] = recovered.dropped;
    if (!first) return { reason: this.#text.notProgress };
    return { reason: fill(this.#text.damaged, { count: recovered.dropped.length, problem: formatValidationError(first, this.#locale) }) };
  }

  percent(share: number): string {
    return formatNumber(this.#locale, share, { style: 'percent' });
  }

  decimal(value: number): string {
    return formatNumber(this.#locale, value, { maximumFractionDigits: 2 });
  }

  /** How the figures are made, with the thresholds of the core filled in. */
  get method(): string {
    return fill(this.#text.method, {
      share: this.percent(GROUP_SHARE),
      minCandidates: MIN_CANDIDATES_FOR_DISCRIMINATION,
      minAnswers: MIN_ANSWERS_TO_FLAG,
      minUnused: MIN_ANSWERS_FOR_UNUSED_DISTRACTOR,
    });
  }

  flagText(flag: ItemFlag): string {
    const text = this.#text;
    switch (flag.kind) {
      case 'tooHard':
        return fill(text['flag.tooHard'], { threshold: this.percent(TOO_HARD_BELOW) });
      case 'tooEasy':
        return fill(text['flag.tooEasy'], { threshold: this.percent(TOO_EASY_ABOVE) });
      case 'weakDiscrimination':
        return fill(text['flag.weakDiscrimination'], { threshold: this.decimal(WEAK_DISCRIMINATION_BELOW) });
      case 'negativeDiscrimination':
        return text['flag.negativeDiscrimination'];
      case 'unusedDistractor':
        return fill(text['flag.unusedDistractor'], { option: flag.option });
      case 'distractorOverKey':
        return fill(text['flag.distractorOverKey'], { option: flag.option, count: flag.count, keyCount: flag.keyCount });
    }
  }
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
