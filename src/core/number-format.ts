/**
 * Numbers written as Intl.NumberFormat writes them for en-US and vi-VN, for the few styles the site uses,
 * without Intl: the first Intl formatter a page builds loads the browser's locale data, about 35 ms on this
 * project's machines and four times that on the phone Lighthouse emulates, all inside the simulator's start-up.
 * tests/unit/core/number-format.test.ts checks every style against Intl itself.
 */
import type { Locale } from './locale';

export interface NumberStyle {
  style?: 'decimal' | 'percent' | 'usd';
  /** Rounds to this many decimals (half away from zero) and drops trailing zeros; USD keeps two unless fewer are allowed. */
  maximumFractionDigits?: number;
  /** Rounds to this many significant digits instead, dropping trailing zeros. */
  maximumSignificantDigits?: number;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  vi: { group: '.', decimal: ',' },
};

/**
 * The decimal digits of |value| as the shortest text that reads back as the same number (what Intl rounds
 * from, so 1.005 rounds up as written rather than down as stored), and where the decimal point falls in them.
 */
function decimalDigits(value: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
}

/** `digits` cut to `keep` digits, rounded half away from zero; a carry can move the point one place right. */
function roundDigits(digits: string, point: number, keep: number): { digits: string; point: number } {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '0', point: 1 };
  const roundsUp = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (!roundsUp) return kept === '' ? { digits: '0', point: 1 } : { digits: kept, point };
  let at = kept.length - 1;
  while (at >= 0 && kept[at] === '9') at--;
  if (at < 0) return { digits: `1${'0'.repeat(kept.length)}`, point: point + 1 };
  kept = `${kept.slice(0, at)}${String(Number(kept[at]) + 1)}${'0'.repeat(kept.length - at - 1)}`;
  return { digits: kept, point };
}

export function formatNumber(locale: Locale, value: number, { style = 'decimal', maximumFractionDigits, maximumSignificantDigits }: NumberStyle = {}): string {
  if (!Number.isFinite(value)) return '—';
  const usd = style === 'usd';
  const maxFraction = maximumFractionDigits ?? (usd ? 2 : style === 'percent' ? 0 : 3);
  const minFraction = usd && maximumSignificantDigits === undefined ? Math.min(2, maxFraction) : 0;

  let { digits, point } = decimalDigits(value);
  if (style === 'percent' && value !== 0) point += 2;
  ({ digits, point } = roundDigits(digits, point, maximumSignificantDigits ?? point + maxFraction));

  const whole = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const fraction = (point >= 0 ? digits.slice(point) : `${'0'.repeat(-point)}${digits}`).replace(/0+$/, '').padEnd(minFraction, '0');
  const { group, decimal } = SEPARATORS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const number = fraction ? `${grouped}${decimal}${fraction}` : grouped;
  // Intl keeps the sign of a negative that rounds to zero, and of -0.
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (usd) return locale === 'vi' ? `${sign}${number}\u00a0US$` : `${sign}$${number}`;
  return `${sign}${number}${style === 'percent' ? '%' : ''}`;
}
