/**
 * Near-duplicate questions: Jaccard similarity of folded word shingles of the scenario and prompt in both
 * languages. A warning, not an error: two questions may share a setting on purpose.
 */
import { foldText } from '../../core/text-fold';
import type { Question } from '../../schemas/question';

/** Word triples: long enough that shared stock phrases ("which option", "amazon bedrock") do not dominate. */
export const SHINGLE_WORDS = 3;
/**
 * Tuned on the real bank: of its 62 questions the most similar distinct pair scores 0.10 (two matching questions
 * sharing stock wording); a copy with only its numbers changed scores above 0.5 (tests/unit/authoring).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

export const questionText = (question: Pick<Question, 'vi' | 'en'>): string =>
  [question.en.scenario, question.en.prompt, question.vi.scenario, question.vi.prompt].join('\n');

export interface SimilarPair {
  first: number;
  second: number;
  similarity: number;
}

/** Every pair of indexes at or above the threshold, most similar first. */
export function similarPairs(texts: readonly string[], threshold = NEAR_DUPLICATE_THRESHOLD): SimilarPair[] {
  const sets = texts.map((text) => shingles(text));
  const pairs: SimilarPair[] = [];
  sets.forEach((a, first) => {
    for (let second = first + 1; second < sets.length; second++) {
      const similarity = jaccard(a, sets[second] ?? new Set());
      if (similarity >= threshold) pairs.push({ first, second, similarity });
    }
  });
  return pairs.sort((x, y) => y.similarity - x.similarity);
}
