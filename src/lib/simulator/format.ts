// Numbers as the reader's locale writes them (vi-VN, en-US), money in USD: by src/core/number-format.ts, which
// needs no Intl, except the compact axis labels, which only the charts draw (and so Intl's locale data loads
// only once they are scrolled to).
import type { Locale } from '../../core/locale';
import { formatNumber } from '../../core/number-format';

/** Shown where a result does not exist, next to the reason. */
export const NO_VALUE = '—';

export interface NumberFormats {
  usd(value: number): string;
  percent(value: number): string;
  count(value: number): string;
  decimal(value: number): string;
  /** Axis labels: 1.2K, 3M. */
  compact(value: number): string;
  compactUsd(value: number): string;
}

function build(locale: Locale): NumberFormats {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-US';
  let compact: Intl.NumberFormat | undefined;
  let compactUsd: Intl.NumberFormat | undefined;
  return {
    // Per-request costs are fractions of a cent: three significant digits say more than "$0.00".
    usd: (value) =>
      formatNumber(
        locale,
        value,
        Math.abs(value) >= 1 || value === 0 ? { style: 'usd', maximumFractionDigits: 2 } : { style: 'usd', maximumSignificantDigits: 3 },
      ),
    percent: (value) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 1 }),
    count: (value) => formatNumber(locale, value, { maximumFractionDigits: 0 }),
    decimal: (value) => formatNumber(locale, value, { maximumFractionDigits: 2 }),
    compact: (value) => (compact ??= new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 })).format(value),
    compactUsd: (value) =>
      (compactUsd ??= new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 })).format(value),
  };
}

const built: Partial<Record<Locale, NumberFormats>> = {};

export function numberFormats(locale: Locale): NumberFormats {
  return (built[locale] ??= build(locale));
}
