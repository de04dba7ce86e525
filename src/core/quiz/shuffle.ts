/**
 * Deterministic randomness: the same seed gives the same exam and the same option order, so a shared or
 * reloaded exam looks the same and tests can pin results.
 */
import type { Question } from '../../schemas/question';
import type { QuestionType, Skill } from '../../schemas/question-kinds';
import { skillsOf } from './skill-codes';

/** FNV-1a over the string's UTF-16 code units: a 32-bit seed from any text. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast, and good enough to shuffle a quiz; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashSeed(seed));
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** Shuffles options; an option with `fixed: true` (e.g. "none of the above") keeps its index. */
export function shuffleOptions<T extends { fixed?: boolean }>(options: readonly T[], seed: string): T[] {
  const movable = shuffle(
    options.filter((option) => !option.fixed),
    seed,
  );
  return options.map((option) => (option.fixed ? option : (movable.shift() as T)));
}

export interface QuestionFilters {
  skills?: readonly Skill[];
  types?: readonly QuestionType[];
  difficulties?: readonly Question['difficulty'][];
}

type Pickable = Pick<Question, 'id' | 'skill' | 'type' | 'difficulty' | 'case'>;

const matches = (question: Pickable, { skills, types, difficulties }: QuestionFilters) =>
  (!skills || skills.includes(question.skill)) && (!types || types.includes(question.type)) && (!difficulties || difficulties.includes(question.difficulty));

/** A standalone question, or all questions of one case in bank order: the case is asked as a block. */
function drawUnits<Q extends Pickable>(bank: readonly Q[]): Q[][] {
  const units: Q[][] = [];
  const byCase = new Map<string, Q[]>();
  for (const question of bank) {
    if (question.case === undefined) units.push([question]);
    else if (byCase.has(question.case)) byCase.get(question.case)?.push(question);
    else {
      const unit = [question];
      byCase.set(question.case, unit);
      units.push(unit);
    }
  }
  return units;
}

/** The skill most of a unit's questions test; a tie goes to the first such question. */
function mainSkill(unit: readonly Pickable[]): Skill | undefined {
  const counts = new Map<Skill, number>();
  for (const { skill } of unit) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  let best = unit[0]?.skill;
  for (const [skill, n] of counts) if (best !== undefined && n > (counts.get(best) ?? 0)) best = skill;
  return best;
}

/**
 * Draws up to `count` questions matching `filters`, spread over the skills as evenly as possible: each
 * draw goes to the skill with the fewest questions so far. A case is drawn whole (never split or
 * reordered) and only if it still fits in `count`. The drawn blocks are then shuffled among themselves.
 */
export function pickQuestions<Q extends Pickable>(bank: readonly Q[], count: number, seed: string, filters: QuestionFilters = {}): Q[] {
  const candidates = bank.filter((question) => matches(question, filters));
  const skills = skillsOf(candidates);
  const queues = new Map<Skill, Q[][]>(skills.map((skill) => [skill, []]));
  for (const unit of shuffle(drawUnits(candidates), `${seed}:draw`)) queues.get(mainSkill(unit) ?? '')?.push(unit);

  const drawn: Q[][] = [];
  const perSkill = new Map<Skill, number>(skills.map((skill) => [skill, 0]));
  let room = count;
  for (;;) {
    const fits = (unit: readonly Q[]) => unit.length <= room;
    const skill = skills.filter((candidate) => queues.get(candidate)?.some(fits)).sort((a, b) => (perSkill.get(a) ?? 0) - (perSkill.get(b) ?? 0))[0];
    if (skill === undefined) break;
    const queue = queues.get(skill) ?? [];
    const [unit] = queue.splice(queue.findIndex(fits), 1);
    if (!unit) break;
    drawn.push(unit);
    room -= unit.length;
    for (const question of unit) perSkill.set(question.skill, (perSkill.get(question.skill) ?? 0) + 1);
  }
  return shuffle(drawn, `${seed}:order`).flat();
}
