/**
 * Item analysis over candidates' exported progress files, as Moodle's quiz statistics report does but offline:
 * per question, how many got it right (facility), whether those who did well elsewhere got it right more often
 * (discrimination), how often each option was chosen, and the reasons a reviewer should look at it.
 *
 * Each candidate's FIRST attempt at a question is the one counted: later attempts follow the explanation the
 * candidate read after the first, and repeated practice, so they measure the practice rather than the question.
 */
import type { ClientQuestion } from '../../schemas/question';
import type { Attempt, Progress } from './progress';

/** Kelley's 27%: the share of candidates at each end that makes the upper-lower difference most reliable. */
export const GROUP_SHARE = 0.27;
/** From ten ranked candidates each 27% group holds three: below that one answer moves the index by 0.5 or more. */
export const MIN_CANDIDATES_FOR_DISCRIMINATION = 10;
/** From five answers one answer moves facility by 0.2 at most, the width of the too-hard band: fewer flag noise. */
export const MIN_ANSWERS_TO_FLAG = 5;
/** Below 20 answers one choice is already 5%, the share under which a distractor is called non-functioning. */
export const MIN_ANSWERS_FOR_UNUSED_DISTRACTOR = 20;
/** Fewer than one candidate in five right: the key, the wording or the lesson may be wrong. */
export const TOO_HARD_BELOW = 0.2;
/** More than nine in ten right: the question tells little apart and may give its answer away. */
export const TOO_EASY_ABOVE = 0.9;
/** Under 0.2 the question barely separates strong candidates from weak ones (Ebel's guideline). */
export const WEAK_DISCRIMINATION_BELOW = 0.2;

export interface OptionCount {
  id: string;
  /** A correct option. */
  key: boolean;
  /** Answers that chose it. */
  count: number;
}

/** Per option of a single or multiple question, from the first attempts that recorded their choice. */
export interface ChoiceCounts {
  /** First attempts with a recorded choice: older attempts have none. */
  answers: number;
  /** In the question's option order. */
  options: OptionCount[];
}

export type ItemFlag =
  | { kind: 'tooHard' }
  | { kind: 'tooEasy' }
  | { kind: 'weakDiscrimination' }
  /** Candidates who did worse elsewhere got it right more often: most likely a wrong key. */
  | { kind: 'negativeDiscrimination' }
  | { kind: 'unusedDistractor'; option: string }
  /** `keyCount`: how often the key was chosen, or the least chosen key of a multiple question. */
  | { kind: 'distractorOverKey'; option: string; count: number; keyCount: number };

export interface ItemStats {
  questionId: string;
  /** Candidates who attempted the question. */
  n: number;
  /** First answers that were right, "I guessed" ones included. */
  right: number;
  /** Of `right`, those the candidate said were guessed. */
  guessed: number;
  /**
   * right / n, 0..1. A guessed right answer counts as right: the answer was right and the exam scores it so;
   * `guessed` says how much of the figure rests on guesses.
   */
  facility: number;
  /** Candidates who attempted it and at least one other question: the ones ranked for discrimination. */
  ranked: number;
  /** Upper minus lower group facility, -1..1; null below MIN_CANDIDATES_FOR_DISCRIMINATION ranked candidates. */
  discrimination: number | null;
  /** Single and multiple questions; null for ordering and matching, whose answers have no distractors to count. */
  choices: ChoiceCounts | null;
  flags: ItemFlag[];
}

export interface ItemAnalysis {
  /** Documents with a first attempt at a question of the bank. */
  candidates: number;
  /** First attempts at questions of the bank, over all candidates: what the figures count. */
  firstAttempts: number;
  /** Attempted ids the bank does not have (an older bank, another course), sorted: left out of every figure. */
  unknownQuestions: string[];
  /** One per question someone attempted: flagged ones first, each part in the bank's order. */
  items: ItemStats[];
}

const isRight = (attempt: Attempt) => attempt.outcome !== 'wrong';

/** Each question's earliest attempt, by question id; of two at the same instant, the one listed first. */
function firstAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
  const first = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const earlier = first.get(attempt.questionId);
    if (!earlier || Date.parse(attempt.at) < Date.parse(earlier.at)) first.set(attempt.questionId, attempt);
  }
  return first;
}

interface Candidate {
  first: Map<string, Attempt>;
  /** Right first answers over all the candidate's questions. */
  right: number;
}

/** A candidate ranked for one question: their score on the other questions, and their answer to this one. */
interface Ranked {
  /**
   * The share right of the other questions they attempted. A share, not a count: candidates practise different
   * questions, and a count would rank those who practised more above those who know more.
   */
  rest: number;
  right: boolean;
}

/**
 * The facility of the first `size` places of `ordered`. Candidates tied at the group's edge share its places
 * left equally, so the figure does not depend on the order the files came in.
 */
function groupFacility(ordered: readonly Ranked[], size: number): number {
  let places = size;
  let right = 0;
  for (let start = 0; places > 0 && start < ordered.length;) {
    const rest = ordered[start]?.rest;
    let end = start;
    while (ordered[end]?.rest === rest) end += 1;
    const tied = ordered.slice(start, end);
    const taken = Math.min(places, tied.length);
    right += (taken * tied.filter((candidate) => candidate.right).length) / tied.length;
    places -= taken;
    start = end;
  }
  return right / size;
}

function discriminationIndex(ranked: readonly Ranked[]): number | null {
  if (ranked.length < MIN_CANDIDATES_FOR_DISCRIMINATION) return null;
  const size = Math.round(GROUP_SHARE * ranked.length);
  const best = [...ranked].sort((a, b) => b.rest - a.rest);
  return groupFacility(best, size) - groupFacility([...best].reverse(), size);
}

function choiceCounts(question: ClientQuestion, attempts: readonly Attempt[]): ChoiceCounts | null {
  if (question.type !== 'single' && question.type !== 'multiple') return null;
  const chosenLists = attempts.flatMap((attempt) => (Array.isArray(attempt.chosen) ? [attempt.chosen] : []));
  return {
    answers: chosenLists.length,
    options: question.options.map(({ id, correct }) => ({ id, key: correct, count: chosenLists.filter((chosen) => chosen.includes(id)).length })),
  };
}

/** The reasons to review a question, from its figures. */
export function itemFlags({ n, facility, discrimination, choices }: Pick<ItemStats, 'n' | 'facility' | 'discrimination' | 'choices'>): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (n >= MIN_ANSWERS_TO_FLAG && facility < TOO_HARD_BELOW) flags.push({ kind: 'tooHard' });
  if (n >= MIN_ANSWERS_TO_FLAG && facility > TOO_EASY_ABOVE) flags.push({ kind: 'tooEasy' });
  if (discrimination !== null && discrimination < 0) flags.push({ kind: 'negativeDiscrimination' });
  else if (discrimination !== null && discrimination < WEAK_DISCRIMINATION_BELOW) flags.push({ kind: 'weakDiscrimination' });
  if (!choices) return flags;
  const keyCount = Math.min(...choices.options.filter((option) => option.key).map((option) => option.count));
  for (const { id, key, count } of choices.options) {
    if (key) continue;
    if (choices.answers >= MIN_ANSWERS_FOR_UNUSED_DISTRACTOR && count === 0) flags.push({ kind: 'unusedDistractor', option: id });
    if (choices.answers >= MIN_ANSWERS_TO_FLAG && count > keyCount) flags.push({ kind: 'distractorOverKey', option: id, count, keyCount });
  }
  return flags;
}

function itemStats(question: ClientQuestion, candidates: readonly Candidate[]): ItemStats | null {
  const answered = candidates.flatMap((candidate) => {
    const attempt = candidate.first.get(question.id);
    return attempt ? [{ candidate, attempt }] : [];
  });
  if (!answered.length) return null;
  const right = answered.filter(({ attempt }) => isRight(attempt)).length;
  const ranked = answered
    .filter(({ candidate }) => candidate.first.size > 1)
    .map(({ candidate, attempt }) => ({
      rest: (candidate.right - (isRight(attempt) ? 1 : 0)) / (candidate.first.size - 1),
      right: isRight(attempt),
    }));
  const figures = {
    n: answered.length,
    facility: right / answered.length,
    discrimination: discriminationIndex(ranked),
    choices: choiceCounts(
      question,
      answered.map(({ attempt }) => attempt),
    ),
  };
  return {
    questionId: question.id,
    ...figures,
    right,
    guessed: answered.filter(({ attempt }) => attempt.outcome === 'guessed').length,
    ranked: ranked.length,
    flags: itemFlags(figures),
  };
}

/** The analysis of one progress document per candidate against the bank's questions. */
export function analyseItems(documents: readonly Pick<Progress, 'attempts'>[], questions: readonly ClientQuestion[]): ItemAnalysis {
  const known = new Set(questions.map((question) => question.id));
  const unknownQuestions = new Set<string>();
  const candidates: Candidate[] = [];
  for (const { attempts } of documents) {
    const first = firstAttempts(attempts);
    for (const id of first.keys()) {
      if (known.has(id)) continue;
      unknownQuestions.add(id);
      first.delete(id);
    }
    if (first.size) candidates.push({ first, right: [...first.values()].filter(isRight).length });
  }
  const items = questions.flatMap((question) => itemStats(question, candidates) ?? []);
  return {
    candidates: candidates.length,
    firstAttempts: candidates.reduce((sum, candidate) => sum + candidate.first.size, 0),
    unknownQuestions: [...unknownQuestions].sort(),
    items: [...items.filter((item) => item.flags.length), ...items.filter((item) => !item.flags.length)],
  };
}
