/**
 * Item-writing rules for choice questions: the cues a test-wise candidate reads instead of knowledge. One
 * module for the per-question warnings and the bank-wide gate, so the build, the content check, the studio
 * and the tests judge a question the same way.
 *
 * A cue is a guessing strategy that scores each option; the guesser takes the k best-scoring options (k = 1
 * for single-answer) and breaks ties at random. A bank passes when no cue beats chance by much.
 */
import { LOCALES, type Locale } from '../locale';
import { foldText } from '../text-fold';
import type { Question } from '../../schemas/question';

export interface LintOption {
  id: string;
  correct: boolean;
  text: Record<Locale, string>;
}

/** A single- or multiple-answer question as the rules see it: its stem, and options in file order. */
export interface LintItem {
  id: string;
  type: 'single' | 'multiple';
  /** Case scenario, question scenario and prompt: everything the candidate reads before the options. */
  stem: Record<Locale, string>;
  options: readonly LintOption[];
}

/** Where a finding points: `options[2].en.text`, or `options` for the whole list. */
export interface LintFinding {
  path: (string | number)[];
  message: string;
}

/** The key may be at most this much longer than the longest distractor. */
export const KEY_LENGTH_RATIO = 1.2;
/** Bank-wide ceilings for any one cue: share of single-answer questions answered, of multiple-response fully credited. */
export const GATE = { single: 0.35, multiple: 0.15 } as const;
/** Below this many questions of a type a share says little (one question is 0% or 100%): the gate waits. */
export const GATE_MINIMUM = 10;

/** Words a test-wise candidate reads as "this option overstates", folded (no accents, lower case). */
const ABSOLUTE_WORDS: Record<Locale, readonly string[]> = {
  en: ['always', 'never', 'automatically', 'exactly', 'indefinitely', 'guarantee', 'guarantees', 'guaranteed', 'completely', 'entirely', 'impossible'],
  // Not "chính xác": in "độ chính xác" it means accuracy, a word keys need.
  vi: ['luon luon', 'luon', 'khong bao gio', 'tu dong', 'vo thoi han', 'dam bao', 'bao dam', 'hoan toan', 'moi luc'],
};

const ABOVE_OPTIONS: Record<Locale, RegExp> = {
  en: /\b(all|none|both|neither) of the (above|others)\b/,
  vi: /\b(tat ca|khong co|khong) (cac )?(dap an|phuong an|lua chon)\b/,
};

/**
 * Function words left out of stem overlap: a shared "through" or "trong" says nothing about the key. Words under
 * four letters never count (contentWords), so they need no entry.
 */
const STOP_WORDS = new Set([
  ...'about after also because been before being both each from have into more most only other over same should some such than that their them then there these they this those through under until very what when where which while with within without would your does will'.split(
    ' ',
  ),
  ...'nhung trong duoc khong nhieu cung theo truoc tren duoi nhat phai cach viec dung hang hoac bang minh'.split(' '),
  // Vendor names open half the options of this bank.
  'amazon',
]);

/** Length in characters (code points), as a reader sees it. */
const lengthOf = (text: string) => [...text].length;

const words = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Vietnamese letters beyond ASCII: a syllable with one is Vietnamese, not a technical term. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * Distinct content words: long enough to be specific, not a function word. In Vietnamese only unaccented
 * words count (the technical terms: "provisioned", "inference"): single syllables such as "ngày" are
 * shared by any two sentences.
 */
export function contentWords(text: string, lang: Locale): Set<string> {
  const raw = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = lang === 'vi' ? raw.filter((word) => !VIETNAMESE.test(word)) : raw;
  return new Set(kept.map(foldText).filter((word) => word.length >= 4 && !STOP_WORDS.has(word)));
}

/** The absolute words a text uses, as written in ABSOLUTE_WORDS. */
export function absoluteWords(text: string, lang: Locale): string[] {
  const folded = ` ${words(text).join(' ')} `;
  return ABSOLUTE_WORDS[lang].filter((word) => folded.includes(` ${word} `));
}

/**
 * How precise the most precise number in a text looks, in significant digits: "1,128 GB" 4, "0.035" 2,
 * "70B" 1. A guesser favours the option that sounds measured.
 */
export function numberSpecificity(text: string): number {
  const numbers = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  return Math.max(
    0,
    ...numbers.map((number) => {
      const digits = number.replace(/[,.](?=\d{3}\b)/g, '');
      const [whole = '', fraction = ''] = digits.split('.');
      const significant = (whole.replace(/^0+/, '') + fraction).replace(/^0+/, '');
      return fraction ? significant.length : significant.replace(/0+$/, '').length;
    }),
  );
}

const binomial = (n: number, k: number): number => {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
};

/**
 * The chance that a guesser who takes the k highest-scoring options, breaking ties at random, takes every
 * correct one. Exact: the options above the tied group are taken, the rest of the k come from the tie.
 */
export function fullCreditChance(scores: readonly number[], correct: readonly boolean[], k: number): number {
  const ranked = [...scores].sort((a, b) => b - a);
  const threshold = ranked[k - 1];
  if (threshold === undefined) return 0;
  const above = scores.filter((score) => score > threshold).length;
  const tied = scores.filter((score) => score === threshold).length;
  const slots = k - above;
  let keysTied = 0;
  for (const [index, score] of scores.entries()) {
    if (!correct[index]) continue;
    if (score < threshold) return 0;
    if (score === threshold) keysTied += 1;
  }
  return binomial(tied - keysTied, slots - keysTied) / binomial(tied, slots);
}

export const CUES = ['longest', 'not-longest', 'absolute-elimination', 'stem-overlap', 'first-option', 'specific-number'] as const;
export type Cue = (typeof CUES)[number];

export const CUE_LABELS: Record<Cue, string> = {
  longest: 'longest option(s)',
  'not-longest': 'drop the longest option',
  'absolute-elimination': 'drop options with absolute words',
  'stem-overlap': 'most words shared with the stem',
  'first-option': 'first option(s) in file order',
  'specific-number': 'most specific number',
};

/** Each option's score under a cue, in one language: the guesser takes the highest. */
export function cueScores(item: LintItem, cue: Cue, lang: Locale): number[] {
  const texts = item.options.map((option) => option.text[lang]);
  switch (cue) {
    case 'longest':
      return texts.map(lengthOf);
    case 'not-longest': {
      // The counter-cue: a bank whose keys are seldom the longest option teaches the guesser to drop it.
      const lengths = texts.map(lengthOf);
      const longest = Math.max(...lengths);
      return lengths.map((length) => (length === longest ? 0 : 1));
    }
    case 'absolute-elimination':
      return texts.map((text) => (absoluteWords(text, lang).length ? 0 : 1));
    case 'stem-overlap': {
      const stem = contentWords(item.stem[lang], lang);
      return texts.map((text) => [...contentWords(text, lang)].filter((word) => stem.has(word)).length);
    }
    case 'first-option':
      return texts.map((_, index) => -index);
    case 'specific-number':
      return texts.map(numberSpecificity);
  }
}

const keyCount = (item: LintItem) => item.options.filter((option) => option.correct).length;

export function cueChance(item: LintItem, cue: Cue, lang: Locale): number {
  return fullCreditChance(
    cueScores(item, cue, lang),
    item.options.map((option) => option.correct),
    keyCount(item),
  );
}

/** A blind guess's chance of full credit. */
export const blindChance = (item: LintItem): number => 1 / binomial(item.options.length, keyCount(item));

export interface CueRow {
  cue: Cue | 'chance';
  /** Mean chance of full credit per question type and language; null where the bank has no such question. */
  single: Record<Locale, number | null>;
  multiple: Record<Locale, number | null>;
}

export interface TestWiseReport {
  counts: { single: number; multiple: number };
  rows: CueRow[];
  /** Cues over the gate, as "stem-overlap on single (en): 38% > 35%". */
  failures: string[];
}

const mean = (values: number[]): number | null => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The simulated test-wise candidate over a bank, per cue, question type and language. */
export function testWiseReport(items: readonly LintItem[]): TestWiseReport {
  const byType = { single: items.filter((item) => item.type === 'single'), multiple: items.filter((item) => item.type === 'multiple') };
  const perLocale = (of: readonly LintItem[], score: (item: LintItem, lang: Locale) => number) =>
    Object.fromEntries(LOCALES.map((lang) => [lang, mean(of.map((item) => score(item, lang)))])) as Record<Locale, number | null>;
  const row = (cue: CueRow['cue'], score: (item: LintItem, lang: Locale) => number): CueRow => ({
    cue,
    single: perLocale(byType.single, score),
    multiple: perLocale(byType.multiple, score),
  });
  const rows = [row('chance', (item) => blindChance(item)), ...CUES.map((cue) => row(cue, (item, lang) => cueChance(item, cue, lang)))];
  const failures = rows.flatMap((found) =>
    found.cue === 'chance'
      ? []
      : (['single', 'multiple'] as const).flatMap((type) =>
          LOCALES.flatMap((lang) => {
            const share = found[type][lang];
            return share !== null && byType[type].length >= GATE_MINIMUM && share > GATE[type]
              ? [`${found.cue} on ${type} (${lang}): ${percent(share)} > ${percent(GATE[type])}`]
              : [];
          }),
        ),
  );
  return { counts: { single: byType.single.length, multiple: byType.multiple.length }, rows, failures };
}

/** The report as a Markdown table, chance first, with the gate in the header. */
export function formatTestWiseTable({ counts, rows }: TestWiseReport): string {
  const cell = (share: number | null) => (share === null ? '-' : percent(share));
  const header = `| cue | single vi | single en | multiple vi | multiple en |\n|---|---:|---:|---:|---:|`;
  const lines = rows.map(
    (found) =>
      `| ${found.cue === 'chance' ? 'chance (blind guess)' : CUE_LABELS[found.cue]} | ${cell(found.single.vi)} | ${cell(found.single.en)} | ${cell(found.multiple.vi)} | ${cell(found.multiple.en)} |`,
  );
  const gate = `gate: every cue at most ${percent(GATE.single)} on ${counts.single} single-answer and ${percent(GATE.multiple)} full credit on ${counts.multiple} multiple-response questions (applied from ${GATE_MINIMUM} questions of a type)`;
  return [header, ...lines, gate].join('\n');
}

const quoted = (values: Iterable<string>) => [...values].map((value) => `"${value}"`).join(', ');

/** Per-question warnings, each with where it points and how to fix it. */
export function lintItem(item: LintItem): LintFinding[] {
  return LOCALES.flatMap((lang) => [
    ...keyLength(item, lang),
    ...absolutesInDistractors(item, lang),
    ...aboveOptions(item, lang),
    ...stemEcho(item, lang),
    ...differentForm(item, lang),
  ]);
}

const textPath = (index: number, lang: Locale) => ['options', index, lang, 'text'];

function keyLength(item: LintItem, lang: Locale): LintFinding[] {
  const distractors = item.options.filter((option) => !option.correct).map((option) => lengthOf(option.text[lang]));
  const longest = Math.max(0, ...distractors);
  return item.options.flatMap((option, index) => {
    const length = lengthOf(option.text[lang]);
    if (!option.correct || length <= longest * KEY_LENGTH_RATIO) return [];
    const ratio = (length / longest).toFixed(2);
    return [
      {
        path: textPath(index, lang),
        message: `key is ${length} characters, ${ratio}x the longest distractor (${longest}); a test-wise candidate picks the longest option (keep the key within ${KEY_LENGTH_RATIO}x: shorten it, or give a distractor the same detail)`,
      },
    ];
  });
}

function absolutesInDistractors(item: LintItem, lang: Locale): LintFinding[] {
  const inKeys = new Set(item.options.filter((option) => option.correct).flatMap((option) => absoluteWords(option.text[lang], lang)));
  return item.options.flatMap((option, index) => {
    if (option.correct) return [];
    const only = absoluteWords(option.text[lang], lang).filter((word) => !inKeys.has(word));
    return only.length
      ? [
          {
            path: textPath(index, lang),
            message: `absolute word ${quoted(only)} in a distractor and in no key; a test-wise candidate eliminates it unread (state the real limit instead)`,
          },
        ]
      : [];
  });
}

function aboveOptions(item: LintItem, lang: Locale): LintFinding[] {
  return item.options.flatMap((option, index) =>
    ABOVE_OPTIONS[lang].test(words(option.text[lang]).join(' '))
      ? [{ path: textPath(index, lang), message: 'an "all/none of the above" option; it rewards elimination, not knowledge (write a real alternative)' }]
      : [],
  );
}

/** Words of a key that the stem uses and no distractor does: the stem points at the key. */
function stemEcho(item: LintItem, lang: Locale): LintFinding[] {
  const stem = contentWords(item.stem[lang], lang);
  const inDistractors = new Set(item.options.filter((option) => !option.correct).flatMap((option) => [...contentWords(option.text[lang], lang)]));
  return item.options.flatMap((option, index) => {
    if (!option.correct) return [];
    const echoed = [...contentWords(option.text[lang], lang)].filter((word) => stem.has(word) && !inDistractors.has(word));
    return echoed.length >= 2
      ? [
          {
            path: textPath(index, lang),
            message: `key echoes the stem's ${quoted(echoed)}, which no distractor uses (reword the key, or let distractors use the stem's terms too)`,
          },
        ]
      : [];
  });
}

const FORM_WORD_RATIO = 0.5;

/** Options that look different: some end with a full stop and some do not, or one is much shorter than the rest. */
function differentForm(item: LintItem, lang: Locale): LintFinding[] {
  const texts = item.options.map((option) => option.text[lang].trim());
  const findings: LintFinding[] = [];
  const stops = texts.filter((text) => /[.!?]$/.test(text)).length;
  if (stops > 0 && stops < texts.length)
    findings.push({
      path: ['options'],
      message: `${stops} of ${texts.length} ${lang} options end with a full stop and the rest do not (write every option in one form)`,
    });
  const counts = texts.map((text) => words(text).length);
  const [shortest, longest] = [Math.min(...counts), Math.max(...counts)];
  if (shortest < longest * FORM_WORD_RATIO)
    findings.push({
      path: ['options'],
      message: `${lang} options run from ${shortest} to ${longest} words; options of very different size read as different kinds of answer (bring them within ${1 / FORM_WORD_RATIO}x)`,
    });
  return findings;
}

/** A choice question as the rules see it, with its case's scenario in the stem; null for ordering and matching. */
export function lintItemOf(question: Question, caseScenario?: Record<Locale, string>): LintItem | null {
  if (question.type !== 'single' && question.type !== 'multiple') return null;
  const stem = (lang: Locale) => [caseScenario?.[lang] ?? '', question[lang].scenario, question[lang].prompt].join('\n');
  return {
    id: question.id,
    type: question.type,
    stem: { vi: stem('vi'), en: stem('en') },
    options: question.options.map((option) => ({
      id: option.id,
      correct: option.correct,
      text: { vi: option.vi.text, en: option.en.text },
    })),
  };
}
