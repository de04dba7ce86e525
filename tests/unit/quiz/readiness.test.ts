/** Readiness on an exam date: the exact score distribution, the forgetting curve, and what they add up to. */
import fc from 'fast-check';
import { fsrs, generatorParameters, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Attempt, type Progress } from '../../../src/core/quiz/progress';
import { chancesOn, MINIMUM_ANSWERED, passProbability, readiness, scoreDistribution, unseenPrior } from '../../../src/core/quiz/readiness';
import { retrievabilityOn, reviewCard } from '../../../src/core/quiz/scheduler';

const DAY = 86_400_000;
const NOW = new Date('2026-12-03T08:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

/** P(at least `needed` right) by listing every one of the 2^n outcomes. */
function bruteForce(chances: readonly number[], needed: number): number {
  let total = 0;
  for (let mask = 0; mask < 2 ** chances.length; mask += 1) {
    let probability = 1;
    let right = 0;
    chances.forEach((chance, index) => {
      const isRight = (mask >> index) & 1;
      right += isRight;
      probability *= isRight ? chance : 1 - chance;
    });
    if (right >= needed) total += probability;
  }
  return total;
}

describe('the exam score, exactly', () => {
  it.each([
    [[0.5, 0.5], 1, 0.75],
    [[0.9, 0.8, 0.7], 3, 0.9 * 0.8 * 0.7],
    [[0.2, 0.4, 0.6, 0.8], 0, 1],
    [[], 0, 1],
    [[1, 1, 0], 3, 0],
  ])('%j with %i needed: %d', (chances, needed, expected) => {
    expect(passProbability(chances, needed)).toBeCloseTo(expected, 12);
  });

  it('agrees with listing every outcome, for any form of up to ten questions', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), fc.nat(11), (chances, needed) => {
        expect(passProbability(chances, needed)).toBeCloseTo(bruteForce(chances, needed), 10);
        expect(scoreDistribution(chances).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
      }),
    );
  });

  it('never falls when a question becomes more likely right', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(13),
        (chances, pick, raise, needed) => {
          const index = pick % chances.length;
          const better = chances.map((chance, at) => (at === index ? chance + (1 - chance) * raise : chance));
          expect(passProbability(better, needed)).toBeGreaterThanOrEqual(passProbability(chances, needed) - 1e-12);
        },
      ),
    );
  });
});

describe('the chance of a question on the exam date', () => {
  const card = reviewCard(reviewCard(undefined, 'correct', NOW), 'correct', later(3));

  it('is FSRS retrievability, as ts-fsrs computes it', () => {
    const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));
    const fsrsCard = {
      due: new Date(card.due),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: 0,
      scheduled_days: card.scheduledDays,
      learning_steps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: State[card.state],
      last_review: new Date(card.lastReview ?? ''),
    };
    for (const days of [4, 10, 30, 90]) expect(retrievabilityOn(card, later(days))).toBe(scheduler.get_retrievability(fsrsCard, later(days), false));
  });

  it('never rises with a later exam date when nothing is reviewed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 400 }), fc.integer({ min: 0, max: 400 }), (first, extra) => {
        expect(retrievabilityOn(card, later(first + extra))).toBeLessThanOrEqual(retrievabilityOn(card, later(first)));
      }),
    );
  });

  it('counts an answer marked "I guessed" as not known: the prior, whatever the card says', () => {
    const attempts: Attempt[] = [
      { questionId: 'q-a', at: NOW.toISOString(), outcome: 'correct' },
      { questionId: 'q-b', at: NOW.toISOString(), outcome: 'guessed' },
    ];
    const progress = { attempts, cards: { 'q-a': reviewCard(undefined, 'correct', NOW), 'q-b': reviewCard(undefined, 'guessed', NOW) } };
    const prior = unseenPrior(progress);
    expect(prior).toBe(2 / 4);
    const chances = chancesOn(
      [
        { id: 'q-a', skill: '1.1.1' },
        { id: 'q-b', skill: '1.1.1' },
        { id: 'q-c', skill: '1.1.1' },
      ],
      progress,
      later(7),
      prior,
    );
    expect(chances.get('q-a')).toBe(retrievabilityOn(progress.cards['q-a'], later(7)));
    expect(chances.get('q-b')).toBe(prior);
    expect(chances.get('q-c')).toBe(prior);
  });
});

describe('readiness', () => {
  const bank = Array.from({ length: 30 }, (_, index) => ({ id: `q-${index}`, skill: `2.2.${(index % 3) + 1}` }));
  const answered = (count: number, outcome: Attempt['outcome'] = 'correct'): Progress => {
    const attempts = bank.slice(0, count).map(({ id }) => ({ questionId: id, at: NOW.toISOString(), outcome }));
    return { ...emptyProgress(), attempts, cards: Object.fromEntries(attempts.map(({ questionId }) => [questionId, reviewCard(undefined, outcome, NOW)])) };
  };

  it(`says "not enough data yet" below ${MINIMUM_ANSWERED} questions answered`, () => {
    expect(readiness(bank, answered(MINIMUM_ANSWERED - 1), { examDate: later(14), now: NOW })).toEqual({ status: 'not-enough-data', answered: 19, needed: 20 });
  });

  it('gives a pass probability inside its interval, skills in order, and at most five questions to study tonight', () => {
    const result = readiness(bank, answered(24), { examDate: later(14), now: NOW });
    if (result.status !== 'ready') throw new Error(result.status);
    expect(result.passLow).toBeLessThanOrEqual(result.pass);
    expect(result.pass).toBeLessThanOrEqual(result.passHigh);
    expect(result.skills.map((skill) => skill.skill)).toEqual(['2.2.1', '2.2.2', '2.2.3']);
    for (const skill of result.skills) expect(skill.low).toBeLessThanOrEqual(skill.expected);
    expect(result.studyTonight.length).toBeLessThanOrEqual(5);
    expect(result.studyTonight.every((entry, index, list) => entry.gain > 0 && (index === 0 || (list[index - 1]?.gain ?? 0) >= entry.gain))).toBe(true);
    for (const value of [result.pass, result.passLow, result.passHigh, ...result.skills.flatMap((skill) => [skill.expected, skill.low, skill.high])]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('is lower when the answers were wrong than when they were right, and lower for a later exam date', () => {
    const right = readiness(bank, answered(24), { examDate: later(14), now: NOW });
    const wrong = readiness(bank, answered(24, 'wrong'), { examDate: later(14), now: NOW });
    const farther = readiness(bank, answered(24), { examDate: later(120), now: NOW });
    if (right.status !== 'ready' || wrong.status !== 'ready' || farther.status !== 'ready') throw new Error('not ready');
    expect(wrong.pass).toBeLessThan(right.pass);
    expect(farther.pass).toBeLessThanOrEqual(right.pass);
  });
});
