// How a question view asks for the other language's texts before it switches: the quiz page loads them by part
// (bank-loader.ts); where no loader is given (a lesson's questions carry both languages), it switches at once.
import type { Locale } from '../../core/locale';

export const LANGUAGE_LOADER = Symbol('language loader');

export type LanguageLoader = (questionId: string, lang: Locale) => Promise<void>;
