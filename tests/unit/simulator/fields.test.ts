import { describe, expect, it } from 'vitest';
import { FIELD_BY_KEY, fieldMessage, NUMBER_FIELDS, readNumberText } from '../../../src/lib/simulator/fields';
import { NUMBER_RULES } from '../../../src/core/scenario';

describe('readNumberText', () => {
  it.each([
    ['1000', 'en', 1000],
    [' 2.5 ', 'en', 2.5],
    ['.5', 'en', 0.5],
    ['-5', 'en', -5],
    ['1e3', 'en', 1000],
    ['0,5', 'vi', 0.5],
  ] as const)('%j (%s) reads as %d', (text, locale, value) => {
    expect(readNumberText(text, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notANumber'],
    ['1,000', 'notANumber'],
    ['12abc', 'notANumber'],
    ['0x10', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['NaN', 'notANumber'],
    ['1e400', 'notFinite'],
    ['-1e400', 'notFinite'],
  ] as const)('%j is refused as %s', (text, problem) => {
    expect(readNumberText(text, 'en')).toEqual({ ok: false, problem, text });
  });

  it('takes a comma as the decimal mark in Vietnamese only', () => {
    expect(readNumberText('0,5', 'en')).toMatchObject({ ok: false, problem: 'notANumber' });
  });
});

describe('fieldMessage', () => {
  const requests = FIELD_BY_KEY.get('workload.requestsPerDay')!;

  it.each([
    ['empty', '', 'vi', /^Số request mỗi ngày: chưa nhập, hãy nhập một số \(phải từ 0 đến 10\.000\.000\.000\)$/],
    ['empty', '', 'en', /^Requests a day: empty, enter a number \(must be between 0 and 10,000,000,000\)$/],
    ['notANumber', 'abc', 'en', /^Requests a day: "abc" is not a number/],
    ['notANumber', 'abc', 'vi', /^Số request mỗi ngày: "abc" không phải là số/],
    ['notFinite', '1e400', 'en', /^Requests a day: "1e400" is too large to be a finite number/],
  ] as const)('%s %j in %s names the field and the rule', (problem, text, locale, expected) => {
    const message = fieldMessage(requests, { kind: 'text', problem, text }, locale);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/NaN|Infinity/);
  });

  it('words a range refusal with the label in place of the path', () => {
    const error = { field: 'workload.requestsPerDay', value: -5, rule: { kind: 'number' as const, ...NUMBER_RULES.requestsPerDay } };
    expect(fieldMessage(requests, { kind: 'rule', error }, 'en')).toBe('Requests a day: -5 is not allowed (must be between 0 and 10,000,000,000)');
  });

  it('has a label in both languages for every field, and one field per key', () => {
    expect(new Set(NUMBER_FIELDS.map((field) => field.key)).size).toBe(NUMBER_FIELDS.length);
    for (const field of NUMBER_FIELDS) expect(field.label.vi && field.label.en).toBeTruthy();
  });
});
