/**
 * Readiness for an exam date: for each question, the chance of answering it right on that day, and from those the
 * chance of passing an exam form weighted like the blueprint. Every figure comes from the candidate's own answers
 * and FSRS's forgetting curve; the assumptions (form size, cut score, the prior for unseen questions) are named
 * constants, documented in docs/readiness.md.
 */
import { lastAttempts } from './due';
import type { Progress, StoredCard } from './progress';
import { retrievabilityOn, reviewCard } from './scheduler';
import { MINIMUM_ANSWERED, READINESS_DEFAULTS } from './readiness-defaults';
import { skillsOf } from './skill-codes';

export { MINIMUM_ANSWERED, READINESS_DEFAULTS };

/** How far the interval reaches: a 90% interval, 1.645 standard errors each side. */
const Z_90 = 1.645;

export interface QuestionRef {
  id: string;
  skill: string;
}

export interface ReadinessSettings {
  examDate: Date;
  now: Date;
  formSize?: number;
  cutScore?: number;
}

export interface SkillReadiness {
  skill: string;
  /** The expected share right on a question of this skill on the exam date. */
  expected: number;
  low: number;
  high: number;
  answered: number;
  questions: number;
}

export type Readiness =
  | { status: 'not-enough-data'; answered: number; needed: number }
  | {
      status: 'ready';
      answered: number;
      /** The chance of passing the form, and its 90% interval. */
      pass: number;
      passLow: number;
      passHigh: number;
      /** The share right assumed on a question not yet answered (or last answered with "I guessed"). */
      prior: number;
      skills: SkillReadiness[];
      /** The questions whose review tonight raises the pass probability most, best first. */
      studyTonight: { id: string; gain: number }[];
    };

/** P(k right) for k = 0..n, independent questions with these chances: exact, by dynamic programming in O(n²). */
export function scoreDistribution(chances: readonly number[]): number[] {
  let distribution = [1];
  for (const chance of chances) {
    const next = new Array<number>(distribution.length + 1).fill(0);
    distribution.forEach((probability, right) => {
      next[right] = (next[right] ?? 0) + probability * (1 - chance);
      next[right + 1] = (next[right + 1] ?? 0) + probability * chance;
    });
    distribution = next;
  }
  return distribution;
}

/** The chance of at least `needed` right answers. */
export function passProbability(chances: readonly number[], needed: number): number {
  return Math.min(
    1,
    scoreDistribution(chances)
      .slice(Math.max(0, needed))
      .reduce((sum, probability) => sum + probability, 0),
  );
}

/**
 * The chance of a question never answered, or last answered with "I guessed" (which counts as not known): the
 * candidate's share right on first attempts, with one right and one wrong added (Laplace's rule), so that it
 * starts at one half and follows the candidate as answers come in.
 */
export function unseenPrior(progress: Pick<Progress, 'attempts'>): number {
  const first = new Map<string, string>();
  for (const attempt of progress.attempts) if (!first.has(attempt.questionId)) first.set(attempt.questionId, attempt.outcome);
  const right = [...first.values()].filter((outcome) => outcome === 'correct').length;
  return (right + 1) / (first.size + 2);
}

/** Each question's chance of being answered right on the exam date. */
export function chancesOn(bank: readonly QuestionRef[], progress: Pick<Progress, 'attempts' | 'cards'>, examDate: Date, prior: number): Map<string, number> {
  const last = lastAttempts(progress.attempts);
  return new Map(
    bank.map(({ id }) => {
      const card: StoredCard | undefined = progress.cards[id];
      const known = card !== undefined && last.get(id)?.outcome !== 'guessed';
      return [id, known ? retrievabilityOn(card, examDate) : prior];
    }),
  );
}

/** The form's questions: `size` split over the skills as evenly as it goes, each at its skill's mean chance. */
function formChances(skillMeans: readonly number[], size: number): number[] {
  return skillMeans.flatMap((mean, index) => new Array<number>(Math.floor(size / skillMeans.length) + (index < size % skillMeans.length ? 1 : 0)).fill(mean));
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
const clamp = (value: number) => Math.min(1, Math.max(0, value));

export function readiness(bank: readonly QuestionRef[], progress: Pick<Progress, 'attempts' | 'cards'>, settings: ReadinessSettings): Readiness {
  const known = new Set(bank.map(({ id }) => id));
  const answeredIds = new Set(progress.attempts.map((attempt) => attempt.questionId).filter((id) => known.has(id)));
  if (answeredIds.size < MINIMUM_ANSWERED) return { status: 'not-enough-data', answered: answeredIds.size, needed: MINIMUM_ANSWERED };

  const formSize = settings.formSize ?? READINESS_DEFAULTS.formSize;
  const needed = Math.ceil((settings.cutScore ?? READINESS_DEFAULTS.cutScore) * formSize);
  const prior = unseenPrior(progress);
  const chances = chancesOn(bank, progress, settings.examDate, prior);
  const skillCodes = skillsOf(bank);
  const skillMeans = (override?: { id: string; chance: number }) =>
    skillCodes.map((skill) =>
      mean(bank.filter((question) => question.skill === skill).map(({ id }) => (id === override?.id ? override.chance : (chances.get(id) ?? prior)))),
    );

  const skills = skillCodes.map((skill, index): SkillReadiness => {
    const ofSkill = bank.filter((question) => question.skill === skill);
    const answered = ofSkill.filter(({ id }) => answeredIds.has(id)).length;
    const expected = skillMeans()[index] ?? prior;
    // The spread of a share estimated from `answered` questions; none answered leaves the whole range open.
    const spread = answered ? Z_90 * Math.sqrt((expected * (1 - expected)) / answered) : 1;
    return { skill, expected, low: clamp(expected - spread), high: clamp(expected + spread), answered, questions: ofSkill.length };
  });
  const passWith = (means: readonly number[]) => passProbability(formChances(means, formSize), needed);
  const pass = passWith(skills.map((skill) => skill.expected));

  const last = lastAttempts(progress.attempts);
  const studyTonight = bank
    .map(({ id }) => {
      const reviewed = reviewCard(last.get(id)?.outcome === 'guessed' ? undefined : progress.cards[id], 'correct', settings.now);
      const after = retrievabilityOn(reviewed, settings.examDate);
      return { id, gain: passWith(skillMeans({ id, chance: Math.max(after, chances.get(id) ?? prior) })) - pass };
    })
    .filter((entry) => entry.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.id.localeCompare(b.id))
    .slice(0, 5);

  return {
    status: 'ready',
    answered: answeredIds.size,
    pass,
    passLow: passWith(skills.map((skill) => skill.low)),
    passHigh: passWith(skills.map((skill) => skill.high)),
    prior,
    skills,
    studyTonight,
  };
}
