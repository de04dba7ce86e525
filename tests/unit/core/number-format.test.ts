import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, type NumberStyle } from '../../../src/core/number-format';

const TAGS = { en: 'en-US', vi: 'vi-VN' } as const;

/** Every style the site formats with, and the Intl options it stands for. */
const STYLES: { style: NumberStyle; intl: Intl.NumberFormatOptions }[] = [
  { style: { style: 'usd', maximumFractionDigits: 2 }, intl: { style: 'currency', currency: 'USD', maximumFractionDigits: 2 } },
  { style: { style: 'usd', maximumSignificantDigits: 3 }, intl: { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 } },
  { style: { style: 'percent', maximumFractionDigits: 1 }, intl: { style: 'percent', maximumFractionDigits: 1 } },
  { style: { style: 'percent', maximumFractionDigits: 2 }, intl: { style: 'percent', maximumFractionDigits: 2 } },
  { style: { maximumFractionDigits: 0 }, intl: { maximumFractionDigits: 0 } },
  { style: { maximumFractionDigits: 2 }, intl: { maximumFractionDigits: 2 } },
  { style: { maximumFractionDigits: 10 }, intl: { maximumFractionDigits: 10 } },
];

describe('formatNumber writes what Intl.NumberFormat writes', () => {
  it.each([
    { lang: 'en', value: 1234.567, style: { style: 'usd', maximumFractionDigits: 2 }, text: '$1,234.57' },
    { lang: 'vi', value: 1234.567, style: { style: 'usd', maximumFractionDigits: 2 }, text: '1.234,57\u00a0US$' },
    { lang: 'en', value: 0.00038, style: { style: 'usd', maximumSignificantDigits: 3 }, text: '$0.00038' },
    { lang: 'vi', value: 0.1234, style: { style: 'percent', maximumFractionDigits: 1 }, text: '12,3%' },
    { lang: 'en', value: 1.005, style: { maximumFractionDigits: 2 }, text: '1.01' },
    { lang: 'en', value: 0.285, style: { style: 'percent', maximumFractionDigits: 0 }, text: '29%' },
    { lang: 'en', value: -0.001, style: { style: 'usd', maximumFractionDigits: 2 }, text: '-$0.00' },
    { lang: 'vi', value: 999.996, style: { maximumFractionDigits: 2 }, text: '1.000' },
    { lang: 'en', value: 1e21, style: { maximumFractionDigits: 0 }, text: '1,000,000,000,000,000,000,000' },
  ] as const)('$lang $value -> $text', ({ lang, value, style, text }) => {
    expect(formatNumber(lang, value, style)).toBe(text);
    expect(text).toBe(
      new Intl.NumberFormat(
        TAGS[lang],
        STYLES.find((entry) => JSON.stringify(entry.style) === JSON.stringify(style))?.intl ?? (style as Intl.NumberFormatOptions),
      ).format(value),
    );
  });

  it.each(STYLES)('for any finite number: $style', ({ style, intl }) => {
    const formats = { en: new Intl.NumberFormat(TAGS.en, intl), vi: new Intl.NumberFormat(TAGS.vi, intl) };
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom('en', 'vi') as fc.Arbitrary<'en' | 'vi'>, (value, lang) => {
        expect(formatNumber(lang, value, style)).toBe(formats[lang].format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a dash, never NaN or Infinity', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(formatNumber('en', value)).toBe('—');
  });
});
