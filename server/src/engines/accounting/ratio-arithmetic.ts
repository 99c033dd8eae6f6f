/**
 * Exact ratio arithmetic shared by the ledger's ratios and the industry benchmarks: a ratio is a
 * quotient of two integers (cents, or a source's thousands of dollars), scaled and rounded once,
 * half away from zero, by integer division, so no binary fraction decides a rounding and both
 * sides of a comparison are rounded the same way.
 */

export type RatioUnit = 'PERCENT' | 'TIMES' | 'DAYS';

/** Display decimals per unit: percentages 1, times 2, days 1. */
export const UNIT_DECIMALS: Record<RatioUnit, number> = { PERCENT: 1, TIMES: 2, DAYS: 1 };

/**
 * numerator / denominator, rounded half away from zero to `decimals` places (1/16 at 1 decimal
 * -> 0.1, -1/16 -> -0.1). Null when the denominator is 0.
 */
export function roundedQuotient(
  numerator: bigint,
  denominator: bigint,
  decimals: number,
): number | null {
  if (denominator === 0n) return null;
  const scale = 10n ** BigInt(decimals);
  const n = numerator * scale;
  const negative = n < 0n !== denominator < 0n && n !== 0n;
  const an = n < 0n ? -n : n;
  const ad = denominator < 0n ? -denominator : denominator;
  const units = (2n * an + ad) / (2n * ad);
  const value = Number(units) / Number(scale);
  return negative ? -value : value;
}

/**
 * A ratio's display value in its unit: PERCENT is numerator / denominator x 100, TIMES the plain
 * quotient, DAYS the quotient x `days` (the length of the period the flow figure covers).
 * `numeratorIsSumOfTwo` / `denominatorIsSumOfTwo` say that side is the sum of two balances to be
 * averaged: the other side is doubled instead, so an average never loses half a cent.
 */
export function ratioValue(
  unit: RatioUnit,
  numerator: number,
  denominator: number,
  options: { days?: number; numeratorIsSumOfTwo?: boolean; denominatorIsSumOfTwo?: boolean } = {},
): number | null {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (options.denominatorIsSumOfTwo) n *= 2n;
  if (options.numeratorIsSumOfTwo) d *= 2n;
  if (unit === 'PERCENT') n *= 100n;
  if (unit === 'DAYS') {
    if (options.days === undefined) throw new RangeError('a DAYS ratio needs the number of days');
    n *= BigInt(options.days);
  }
  return roundedQuotient(n, d, UNIT_DECIMALS[unit]);
}

/** A value as shown: '12.3%', '1.57', '45.0 days' (the unit's decimals, trailing zeros kept). */
export function formatRatio(unit: RatioUnit, value: number): string {
  const text = value.toFixed(UNIT_DECIMALS[unit]);
  if (unit === 'PERCENT') return `${text}%`;
  if (unit === 'DAYS') return `${text} days`;
  return text;
}
