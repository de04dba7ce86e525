import { describe, expect, it } from 'vitest';
import { MAX_SET_SIZE, parseSetParam, SET_PARAM, setLinkQuery } from '../../../src/core/quiz/quiz-link';

const BANK = new Set(['q221-break-even-1-month', 'q221-bursty-throttling-fixes', 'case-shopviet-chat-capacity', 'q222-cold-start']);
const isKnown = (id: string) => BANK.has(id);
/** What the quiz page reads from a link. */
const read = (query: string) => parseSetParam(new URLSearchParams(query).get(SET_PARAM) ?? '', isKnown);

describe('set links', () => {
  it('writes the ids as they are, joined by commas, and the mode', () => {
    expect(setLinkQuery(['q221-break-even-1-month', 'q222-cold-start'], 'exam')).toBe('?set=q221-break-even-1-month,q222-cold-start&mode=exam');
  });

  it('reads back exactly the set it wrote, in its order', () => {
    const ids = ['q222-cold-start', 'case-shopviet-chat-capacity', 'q221-break-even-1-month'];
    const query = setLinkQuery(ids, 'practice');
    expect(read(query)).toEqual({ ids, unknown: [], dropped: 0 });
    expect(new URLSearchParams(query).get('mode')).toBe('practice');
  });

  it('reads a link whose commas a mail client escaped', () => {
    expect(read('?set=q222-cold-start%2Cq221-break-even-1-month').ids).toEqual(['q222-cold-start', 'q221-break-even-1-month']);
  });

  it.each<[string, string, { ids: string[]; unknown: string[]; dropped: number }]>([
    ['an empty set', '?set=', { ids: [], unknown: [], dropped: 0 }],
    ['only commas and spaces', '?set=,, ,', { ids: [], unknown: [], dropped: 0 }],
    ['empty entries between ids', '?set=,q222-cold-start,,', { ids: ['q222-cold-start'], unknown: [], dropped: 0 }],
    [
      'an id twice',
      '?set=q222-cold-start,q221-break-even-1-month,q222-cold-start',
      { ids: ['q222-cold-start', 'q221-break-even-1-month'], unknown: [], dropped: 0 },
    ],
    ['an unknown id', '?set=q222-cold-start,q999-gone', { ids: ['q222-cold-start'], unknown: ['q999-gone'], dropped: 0 }],
    ['an unknown id twice', '?set=q999-gone,q999-gone', { ids: [], unknown: ['q999-gone'], dropped: 0 }],
    ['text that is no id at all', '?set=<script>,Q222-COLD-START', { ids: [], unknown: ['<script>', 'Q222-COLD-START'], dropped: 0 }],
  ])('reads %s', (_, query, expected) => {
    expect(read(query)).toEqual(expected);
  });

  it(`reads at most ${MAX_SET_SIZE} entries and counts the rest`, () => {
    const entries = [...Array.from({ length: MAX_SET_SIZE + 49 }, (_, index) => `q-extra-${index}`), 'q222-cold-start'];
    const result = read(setLinkQuery(entries, 'exam'));
    expect(result.unknown).toHaveLength(MAX_SET_SIZE);
    expect(result.ids).toEqual([]);
    expect(result.dropped).toBe(50);
  });

  it('keeps a link of the largest set under 8 KB at the usual id length', () => {
    const ids = Array.from({ length: MAX_SET_SIZE }, (_, index) => `q221-${'x'.repeat(20)}-${index}`);
    expect(`https://example.org/aip-c01/en/quiz/${setLinkQuery(ids, 'exam')}`.length).toBeLessThan(8 * 1024);
  });
});
