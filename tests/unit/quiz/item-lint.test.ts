/** The item-writing rules: each cue a test-wise guesser reads, each warning, and the bank gate. */
import { describe, expect, it } from 'vitest';
import { absoluteWords, cueChance, fullCreditChance, lintItem, numberSpecificity, testWiseReport, type LintItem } from '../../../src/core/quiz/item-lint';

const both = (text: string) => ({ vi: text, en: text });

/** A single-answer item with the key at `key`; texts are given in English and reused for Vietnamese. */
function item(texts: string[], keys: number[], stem = 'Which option fits the workload?'): LintItem {
  return {
    id: 'q',
    type: keys.length > 1 ? 'multiple' : 'single',
    stem: both(stem),
    options: texts.map((text, index) => ({ id: 'abcdefgh'[index] ?? 'h', correct: keys.includes(index), text: both(text) })),
  };
}

describe('fullCreditChance', () => {
  it.each([
    { scores: [4, 3, 2, 1], correct: [true, false, false, false], k: 1, chance: 1 },
    { scores: [4, 3, 2, 1], correct: [false, true, false, false], k: 1, chance: 0 },
    { scores: [4, 4, 2, 1], correct: [true, false, false, false], k: 1, chance: 1 / 2 },
    { scores: [1, 1, 1, 1], correct: [false, false, true, false], k: 1, chance: 1 / 4 },
    { scores: [5, 4, 3, 2, 1], correct: [true, true, false, false, false], k: 2, chance: 1 },
    { scores: [5, 4, 3, 2, 1], correct: [true, false, true, false, false], k: 2, chance: 0 },
    { scores: [5, 3, 3, 3, 1], correct: [true, true, false, false, false], k: 2, chance: 1 / 3 },
    { scores: [2, 2, 2, 2, 2], correct: [true, true, false, false, false], k: 2, chance: 1 / 10 },
    { scores: [1, 0, 1, 1, 0], correct: [true, false, false, true, false], k: 2, chance: 1 / 3 },
  ])('$scores with keys $correct, k=$k: $chance', ({ scores, correct, k, chance }) => {
    expect(fullCreditChance(scores, correct, k)).toBeCloseTo(chance, 12);
  });
});

describe('numberSpecificity', () => {
  it.each([
    ['no numbers here', 0],
    ['about 70B parameters', 1],
    ['1,128 GB of GPU memory', 4],
    ['0.035 USD per 1M tokens', 2],
    ['between 60 and 80 percent', 1],
    ['12.5 ms', 3],
  ])('%s -> %i', (text, digits) => {
    expect(numberSpecificity(text)).toBe(digits);
  });
});

describe('absoluteWords', () => {
  it.each([
    { text: 'It always scales to zero.', lang: 'en' as const, found: ['always'] },
    { text: 'Scaling is automatic for most endpoints.', lang: 'en' as const, found: [] },
    { text: 'The endpoint automatically retries.', lang: 'en' as const, found: ['automatically'] },
    { text: 'Endpoint luôn giữ một instance.', lang: 'vi' as const, found: ['luon'] },
    { text: 'Độ chính xác giảm nhẹ khi quantize.', lang: 'vi' as const, found: [] },
    { text: 'Không bao giờ bị throttle.', lang: 'vi' as const, found: ['khong bao gio'] },
  ])('$text -> $found', ({ text, lang, found }) => {
    expect(absoluteWords(text, lang)).toEqual(found);
  });
});

describe('cues', () => {
  it('the longest option wins the longest cue; the first option wins the first-option cue', () => {
    const question = item(['A short one.', 'The longest option of them all here.', 'Medium text.', 'Also short.'], [1]);
    expect(cueChance(question, 'longest', 'en')).toBe(1);
    expect(cueChance(question, 'first-option', 'en')).toBe(0);
    expect(cueChance(item(['Key.', 'Two.', 'Three.'], [0]), 'first-option', 'en')).toBe(1);
  });

  it('a bank that avoids long keys is read the other way: dropping the longest option guesses among the rest', () => {
    const question = item(['A short one.', 'The longest option of them all here.', 'Medium text.', 'Also short.'], [0]);
    expect(cueChance(question, 'not-longest', 'en')).toBe(1 / 3);
    expect(cueChance(item(['A short one.', 'The longest option of them all here.'], [1]), 'not-longest', 'en')).toBe(0);
  });

  it('absolute-word elimination guesses among the options left', () => {
    const question = item(['It always works.', 'It never fails.', 'Use a quota increase.', 'Use a retry with backoff.'], [3]);
    expect(cueChance(question, 'absolute-elimination', 'en')).toBe(1 / 2);
  });

  it('stem overlap picks the option sharing most content words with the stem', () => {
    const question = item(
      ['Provisioned Throughput with a commitment', 'Lambda with retries', 'SageMaker batch transform', 'Cross-Region inference'],
      [0],
      'Traffic is steady: which Provisioned Throughput commitment suits it?',
    );
    expect(cueChance(question, 'stem-overlap', 'en')).toBe(1);
  });
});

describe('lintItem', () => {
  const fields = (question: LintItem) => lintItem(question).map((finding) => `${finding.path.join('.')}: ${finding.message.split(' (')[0]}`);

  it('passes options of like length and form with no cue', () => {
    const question = item(['Buy Provisioned Throughput.', 'Raise the account quota.', 'Retry with jittered backoff.', 'Route to a second Region.'], [2]);
    expect(fields(question)).toEqual([]);
  });

  it('warns at a key more than 1.2x the longest distractor, in each language', () => {
    const question = item(['Use a quota.', 'Use a retry.', 'Use cross-Region inference profiles with a fallback to a second Region.', 'Use a cache.'], [2]);
    expect(fields(question)).toContain('options.2.en.text: key is 71 characters, 5.92x the longest distractor');
    expect(fields(question)).toContain('options.2.vi.text: key is 71 characters, 5.92x the longest distractor');
  });

  it('warns at absolute words that only distractors use, and at all/none of the above', () => {
    const question = item(['It always scales out.', 'It scales on a schedule.', 'It scales on queue depth.', 'None of the above.'], [2]);
    expect(fields(question)).toEqual(
      expect.arrayContaining([
        'options.0.en.text: absolute word "always" in a distractor and in no key; a test-wise candidate eliminates it unread',
        'options.3.en.text: an "all/none of the above" option; it rewards elimination, not knowledge',
      ]),
    );
  });

  it('warns when the key echoes two of the stem words that no distractor uses', () => {
    const question = item(
      ['Buy Provisioned Throughput.', 'Raise the account quota.', 'Stream tokens with ConverseStream.', 'Route to a second Region.'],
      [2],
      'Users wait for the whole answer: how do you stream tokens sooner?',
    );
    expect(fields(question)).toContain('options.2.en.text: key echoes the stem\'s "stream", "tokens", which no distractor uses');
  });

  it('warns when options differ in form', () => {
    const question = item(['Buy Provisioned Throughput.', 'Raise the quota', 'Retry with backoff.', 'Route to a second Region.'], [2]);
    expect(fields(question)).toContain('options: 3 of 4 en options end with a full stop and the rest do not');
  });
});

describe('testWiseReport', () => {
  it('fails a bank whose keys are the longest option, and passes one whose keys are spread', () => {
    const longest = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1].map((key) =>
      item(
        ['Short one.', 'Short two.', 'Short three.', 'Short four.'].map((text, index) => (index === key ? `${text} Much longer key text.` : text)),
        [key],
      ),
    );
    expect(testWiseReport(longest).failures).toEqual(['longest on single (vi): 100% > 35%', 'longest on single (en): 100% > 35%']);
    const spread = [0, 1, 2, 3, 0, 1, 2, 3, 1, 2].map((key) => item(['Buy capacity.', 'Raise quota.', 'Retry later.', 'Add Region.'], [key]));
    expect(testWiseReport(spread).failures).toEqual([]);
    expect(testWiseReport(spread).rows.find((row) => row.cue === 'chance')?.single.en).toBe(0.25);
  });

  it('waits for 10 questions of a type before it judges', () => {
    const nine = Array.from({ length: 9 }, () => item(['Key.', 'Two.', 'Three.', 'Four.'], [0]));
    expect(testWiseReport(nine).failures).toEqual([]);
    expect(testWiseReport([...nine, item(['Key.', 'Two.', 'Three.', 'Four.'], [0])]).failures).toContain('first-option on single (en): 100% > 35%');
  });
});
