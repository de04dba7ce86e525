// The quiz bank as the browser loads it: one file per language and skill, so a session fetches only what it asks,
// in the language it is read in. Pure, so that a unit test checks what each part holds.
import { LOCALES, type Locale } from '../../core/locale';
import type { Case } from '../../schemas/case';
import type { ClientQuestion } from '../../schemas/question';

/**
 * The questions a quiz holds, with their cases and the lesson section names per locale for the "read again" links.
 * On the quiz page it grows as parts load (src/components/quiz/bank-loader.ts): a question read in one language has the other
 * language's texts once that part has loaded. The studio gets the whole bank, /author/quiz-bank.json.
 */
export interface ClientBank {
  questions: ClientQuestion[];
  cases: Case[];
  referenceTitles: Record<Locale, Record<string, string>>;
}

/**
 * A question of a bank part: a ClientQuestion with the texts of one language only, at the top and in each option
 * and matching item (`languageOnly`); `addLanguage` puts another part's texts back into it.
 */
export type PartQuestion = Pick<ClientQuestion, 'id' | 'skill'> & Record<string, unknown>;

/** One skill's questions in one language (src/pages/[lang]/quiz-bank/[skill].json.ts): what a session loads. */
export interface BankPart {
  questions: PartQuestion[];
  /** The cases these questions belong to, in this language like the questions. */
  cases: Record<string, unknown>[];
  /** Names of the lesson sections these questions cite, in this language. */
  referenceTitles: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object holding texts per language: a question, an option, a matching item. */
const isLocalized = (value: Record<string, unknown>) => LOCALES.every((locale) => locale in value);

/** A copy of `value` in which every object holding texts per language keeps only `lang`'s, and no `drop` field. */
export function languageOnly(value: unknown, lang: Locale, drop: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((entry) => languageOnly(entry, lang, drop));
  if (!isRecord(value)) return value;
  const localized = isLocalized(value);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !drop.includes(key) && (!localized || !(LOCALES as readonly string[]).includes(key) || key === lang))
      .map(([key, entry]) => [key, key === lang ? entry : languageOnly(entry, lang, drop)]),
  );
}

/**
 * Copies `lang`'s texts from a part's copy of a question into the question held, at the same places (options and
 * items keep their order in every part: both come from one file).
 */
export function addLanguage(held: Record<string, unknown>, part: Record<string, unknown>, lang: Locale): void {
  for (const [key, value] of Object.entries(part)) {
    const mine = held[key];
    if (key === lang) held[key] = value;
    else if (Array.isArray(value) && Array.isArray(mine))
      value.forEach((entry, index) => isRecord(entry) && isRecord(mine[index]) && addLanguage(mine[index], entry, lang));
    else if (isRecord(value) && isRecord(mine)) addLanguage(mine, value, lang);
  }
}

/** Fields only the studio reads (question sets filter by tag, item analysis names misconceptions): parts leave them out. */
const STUDIO_ONLY = ['tags', 'misconception'];

/** `fixed: false`, on nearly every option, is the default: the quiz reads a missing `fixed` the same way. */
function withoutDefaults(question: PartQuestion): PartQuestion {
  const options = question.options as Record<string, unknown>[];
  return { ...question, options: options.map(({ fixed, ...option }) => (fixed ? { ...option, fixed } : option)) };
}

export function bankPart(bank: ClientBank, lang: Locale, skill: string): BankPart {
  const questions = bank.questions.filter((question) => question.skill === skill);
  const cited = new Set(questions.flatMap((question) => question.references));
  const cases = new Set(questions.flatMap((question) => (question.case === undefined ? [] : [question.case])));
  return {
    questions: questions.map((question) => withoutDefaults(languageOnly(question, lang, STUDIO_ONLY) as PartQuestion)),
    cases: bank.cases.filter((entry) => cases.has(entry.id)).map((entry) => languageOnly(entry, lang) as Record<string, unknown>),
    referenceTitles: Object.fromEntries(Object.entries(bank.referenceTitles[lang]).filter(([reference]) => cited.has(reference))),
  };
}
