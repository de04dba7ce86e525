// Loads the quiz bank part by part (src/lib/quiz/bank-part.ts): a session fetches the skills it asks in the language
// it is read in, and a question switched to the other language fetches that language's part of its skill. Each part
// is fetched once; the questions keep one object each, which gains the other language's texts when it arrives.
import type { Locale } from '../../core/locale';
import { addLanguage, type BankPart, type ClientBank } from '../../lib/quiz/bank-part';
import type { Case } from '../../schemas/case';
import type { ClientQuestion, Skill } from '../../schemas/question';

export class BankLoader {
  readonly #partUrl: (lang: Locale, skill: Skill) => string;
  readonly #skillOf: Readonly<Record<string, Skill>>;
  readonly #parts = new Map<string, Promise<void>>();
  readonly #questions = new Map<string, ClientQuestion>();
  #bank: ClientBank = { questions: [], cases: [], referenceTitles: { vi: {}, en: {} } };

  /** `skillOf`: every question id of the bank, in bank order, with its skill. */
  constructor(partUrl: (lang: Locale, skill: Skill) => string, skillOf: Readonly<Record<string, Skill>>) {
    this.#partUrl = partUrl;
    this.#skillOf = skillOf;
  }

  /** The questions loaded so far, in bank order: a new object after each load, for the views to follow. */
  get bank(): ClientBank {
    return this.#bank;
  }

  /** Loads these skills in this language; rejects with the reason when a part cannot be had. */
  async load(lang: Locale, skills: readonly Skill[]): Promise<ClientBank> {
    await Promise.all(skills.map((skill) => this.#part(lang, skill)));
    return this.#bank;
  }

  /** Loads the parts that hold these questions' texts in this language. */
  ensure(lang: Locale, questionIds: readonly string[]): Promise<ClientBank> {
    return this.load(lang, [...new Set(questionIds.flatMap((id) => this.#skillOf[id] ?? []))]);
  }

  #part(lang: Locale, skill: Skill): Promise<void> {
    const key = `${lang}/${skill}`;
    let loading = this.#parts.get(key);
    if (!loading) {
      loading = this.#fetch(lang, skill);
      // A part that failed may be asked for again (the network may be back).
      loading.catch(() => this.#parts.delete(key));
      this.#parts.set(key, loading);
    }
    return loading;
  }

  async #fetch(lang: Locale, skill: Skill): Promise<void> {
    const response = await fetch(this.#partUrl(lang, skill));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const part = (await response.json()) as BankPart;
    for (const question of part.questions) {
      const held = this.#questions.get(question.id);
      if (held) addLanguage(held as unknown as Record<string, unknown>, question, lang);
      // Typed whole although it holds one language and no studio-only field: the quiz never reads those, and the
      // other language.s texts arrive with their part before any view reads
      // them (QuestionView asks through `ensure`).
      else this.#questions.set(question.id, question as unknown as ClientQuestion);
    }
    const cases = new Map(this.#bank.cases.map((entry) => [entry.id, entry]));
    for (const entry of part.cases) {
      const held = cases.get(entry.id as string);
      if (held) addLanguage(held as unknown as Record<string, unknown>, entry, lang);
      else cases.set(entry.id as string, entry as unknown as Case);
    }
    this.#bank = {
      questions: Object.keys(this.#skillOf).flatMap((id) => this.#questions.get(id) ?? []),
      cases: [...cases.values()],
      referenceTitles: { ...this.#bank.referenceTitles, [lang]: { ...this.#bank.referenceTitles[lang], ...part.referenceTitles } },
    };
  }
}
