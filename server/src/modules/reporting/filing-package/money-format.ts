import { formatDecimal } from '../../../engines/accounting/index.js';

/**
 * How the documents write money and percentages. Cents are integers written exactly (the
 * accounting engine's formatDecimal: integer arithmetic, never a float), so a figure read back
 * from a document equals the ledger's.
 */

/** 123456 -> "1,234.56"; -123456 -> "(1,234.56)" (accounting style: negatives in parentheses). */
export function accountingAmount(cents: number): string {
  return cents < 0 ? `(${formatDecimal(-cents)})` : formatDecimal(cents);
}

/** 123456 -> "1234.56"; -5 -> "-0.05": decimal dollars without grouping, for CSV. */
export function decimalDollars(cents: number): string {
  return formatDecimal(cents).replaceAll(',', '');
}

/**
 * A percent already rounded by whoever computed it (variance percents come with 1 decimal):
 * written with one decimal, negatives in parentheses like amounts; "n/a" when there is none
 * (a prior of zero).
 */
export function percentOrNa(percent: number | null): string {
  if (percent === null) return 'n/a';
  const text = `${Math.abs(percent).toFixed(1)}%`;
  return percent < 0 ? `(${text})` : text;
}

/** "2026-12-03" from a Date, in UTC (the documents say "prepared <date>" in UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
