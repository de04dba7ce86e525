// Numbers as the reader's locale writes them (vi-VN, en-US), money in USD. Intl formatters are slow to build
// and the simulator redraws on every keystroke, so each is built once.
import type { Locale } from '../../core/locale';

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
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
  // Per-request costs are fractions of a cent: three significant digits say more than "$0.00".
  const smallMoney = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', maximumSignificantDigits: 3 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const compactUsd = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
  return {
    usd: (value) => (Math.abs(value) >= 1 || value === 0 ? money : smallMoney).format(value),
    percent: (value) => percent.format(value),
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    compact: (value) => compact.format(value),
    compactUsd: (value) => compactUsd.format(value),
  };
}

const built: Partial<Record<Locale, NumberFormats>> = {};

export function numberFormats(locale: Locale): NumberFormats {
  return (built[locale] ??= build(locale));
}


