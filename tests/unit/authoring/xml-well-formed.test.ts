import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xml-well-formed';

describe('xmlProblems (the test helper itself)', () => {
  it.each([
    ['<?xml version="1.0"?>\n<a x="1"><b>t &amp; &#233;</b><c/></a>\n', 0],
    ['<a><b></a></b>', 1],
    ['<a>x & y</a>', 1],
    ['<a>x < y</a>', 1],
    ['<a x="1" x="2"/>', 1],
    ['<a/><b/>', 1],
    ['<a><b></b>', 1],
    ['<a x=1/>', 1],
  ])('%s -> %i problem(s)', (xml, count) => {
    expect(xmlProblems(xml).length > 0 ? 1 : 0).toBe(count);
  });
});
