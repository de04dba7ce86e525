import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/text-fold';
import { editDistance, highlightRanges, markSegments, queryWords, snippet, wordRanges, wordStartMatches } from '../../../src/core/search/highlight';

/** The original text with the runs that `query` marks in brackets. */
const marked = (text: string, query: string) =>
  markSegments(text, highlightRanges(foldText(text), foldText(query)))
    .map((segment) => (segment.mark ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightRanges marks the original, accented text', () => {
  it.each([
    { text: 'Thách thức đặc thù của LLM deployment', query: 'dac thu', expected: 'Thách thức [đặc thù] của LLM deployment' },
    { text: 'Bedrock Provisioned | Chi phí cố định', query: 'chi phi co dinh', expected: 'Bedrock Provisioned | [Chi phí cố định]' },
    { text: 'Traffic ổn định và dự đoán được', query: 'DU DOAN DUOC', expected: 'Traffic ổn định và [dự đoán được]' },
    { text: 'Traffic không đều, burst patterns', query: 'khong deu', expected: 'Traffic [không đều], burst patterns' },
    { text: 'Đơn vị mua Provisioned Throughput', query: 'don vi', expected: '[Đơn vị] mua Provisioned Throughput' },
    { text: 'Có thể bị throttle', query: 'throtle', expected: 'Có thể bị [throttle]' },
    { text: 'Throttling (bị giới hạn tốc độ)', query: 'throtle', expected: '[Throttling] (bị giới hạn tốc độ)' },
    { text: 'Lỗi ThrottlingException', query: 'throttling', expected: 'Lỗi [Throttling]Exception' },
    { text: 'Khi nào chọn Provisioned Throughput', query: 'provis', expected: 'Khi nào chọn [Provis]ioned Throughput' },
    { text: 'Khi nào chọn Provisioned Throughput', query: 'throughput provisioned', expected: 'Khi nào chọn [Provisioned] [Throughput]' },
    { text: 'Khi nào chọn Provisioned Throughput', query: 'khi chọn', expected: '[Khi] nào [chọn] Provisioned Throughput' },
    { text: 'Chi phí của công ty có thể giảm', query: 'co the', expected: 'Chi phí của công ty [có thể] giảm' },
    { text: 'Thách thức và thù lao', query: 'thu', expected: 'Thách thức và [thù] lao' },
    { text: 'Thách thức', query: 'thu', expected: 'Thách [thứ]c' },
    { text: 'công ty', query: 'co ty', expected: 'công [ty]' },
    { text: 'a b c', query: 'a', expected: '[a] b c' },
    { text: 'một a b', query: 'a xyz', expected: 'một a b' },
    { text: 'Nothing here', query: 'zebra', expected: 'Nothing here' },
    { text: 'anything', query: '  ', expected: 'anything' },
  ])('$query in "$text"', ({ text, query, expected }) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('marks text given in decomposed (NFD) form once it is NFC, as the index stores it', () => {
    const text = 'Chi phí cố định'.normalize('NFD').normalize('NFC');
    expect(marked(text, 'co dinh')).toBe('Chi phí [cố định]');
  });
});

describe('matching words', () => {
  it.each([
    {
      text: 'thach thuc dac thu',
      needle: 'thu',
      expected: [
        [6, 9],
        [15, 18],
      ],
    },
    { text: 'on-demand', needle: 'demand', expected: [[3, 9]] },
    { text: 'ondemand', needle: 'demand', expected: [] },
    { text: 'x', needle: '', expected: [] },
  ])('wordStartMatches($text, $needle)', ({ text, needle, expected }) => {
    expect(wordStartMatches(text, needle)).toEqual(expected);
  });

  it.each([
    { text: 'thach thuc dac thu', word: 'thu', prefix: true, typos: false, expected: [[15, 18]] },
    { text: 'thach thuc', word: 'thu', prefix: false, typos: false, expected: [] },
    { text: 'thach thuc', word: 'thu', prefix: true, typos: false, expected: [[6, 9]] },
    { text: 'co the bi throttle', word: 'throtle', prefix: false, typos: false, expected: [] },
    { text: 'co the bi throttle', word: 'throtle', prefix: false, typos: true, expected: [[10, 18]] },
    { text: 'ty gia', word: 'tz', prefix: false, typos: true, expected: [] },
  ])('wordRanges($text, $word, prefix $prefix, typos $typos)', ({ text, word, prefix, typos, expected }) => {
    expect(wordRanges(text, word, { prefix, typos })).toEqual(expected);
  });

  it.each([
    ['throtle', 'throttle', 1],
    ['abdc', 'abcd', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it.each([
    ['chi phi co dinh', ['chi', 'phi', 'co', 'dinh']],
    ['on-demand  vs on demand', ['on', 'demand', 'vs']],
    ['!?', []],
  ])('queryWords(%j)', (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});

describe('snippet', () => {
  const text = `${'Mở đầu dài dòng '.repeat(12)}rồi mới tới chi phí cố định ở cuối câu này`;
  const ranges = highlightRanges(foldText(text), 'chi phi co dinh');

  it('keeps a short text whole', () => {
    expect(snippet('Chi phí cố định', [[0, 3]], 160)).toEqual({ text: 'Chi phí cố định', ranges: [[0, 3]] });
  });

  it('cuts a long text around the first match, on spaces, and moves the ranges with it', () => {
    const cut = snippet(text, ranges, 80);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(
      markSegments(cut.text, cut.ranges)
        .filter((segment) => segment.mark)
        .map((segment) => segment.text),
    ).toEqual(['chi phí cố định']);
    // The cut falls between words.
    expect(text).toContain(` ${cut.text.slice(1, 12)}`);
  });

  it('starts at the beginning when nothing is marked', () => {
    const cut = snippet(text, [], 40);
    expect(cut.text.startsWith('Mở đầu')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
  });
});

describe('markSegments', () => {
  it('splits text into marked and unmarked runs', () => {
    expect(
      markSegments('Chi phí cố định', [
        [0, 3],
        [8, 15],
      ]),
    ).toEqual([
      { text: 'Chi', mark: true },
      { text: ' phí ', mark: false },
      { text: 'cố định', mark: true },
    ]);
  });
});
