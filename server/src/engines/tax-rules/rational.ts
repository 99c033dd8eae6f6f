/**
 * Exact fractions for tax rates and per-unit amounts (92.35%, 12.4%, 72.5 cents a mile), so no rate
 * ever passes through a binary float: 0.9235 * 100 is not 92.35 in floating point. Products are
 * computed in BigInt and rounded once, by a rule the caller names.
 */

/** numerator / denominator, both integers, denominator > 0. */
export interface Rational {
  readonly numerator: number;
  readonly denominator: number;
}

export function rational(numerator: number, denominator = 1): Rational {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`${numerator}/${denominator} is not a fraction of integers`);
  return { numerator, denominator };
}

/** "92.35%" from 9235/10000: for workings and messages only, never for arithmetic. */
export function formatPercent(ratio: Rational): string {
  return `${formatExact(ratio.numerator * 100, ratio.denominator)}%`;
}

/** "72.5" from 145/2; up to six decimals, then "…" (display only). */
export function formatExact(numerator: number, denominator: number): string {
  const negative = numerator < 0;
  let rest = BigInt(Math.abs(numerator));
  const den = BigInt(denominator);
  const whole = rest / den;
  rest %= den;
  let decimals = '';
  while (rest !== 0n && decimals.length < 6) {
    rest *= 10n;
    decimals += (rest / den).toString();
    rest %= den;
  }
  const text = decimals ? `${whole}.${decimals}${rest !== 0n ? '…' : ''}` : `${whole}`;
  return negative ? `-${text}` : text;
}

/**
 * How a computed amount becomes cents. `cent`: to the nearest cent, half a cent away from zero.
 * `wholeDollar`: the IRS's optional whole-dollar rounding ("drop amounts under 50 cents and
 * increase amounts from 50 to 99 cents to the next dollar", Form 1040 instructions / Pub 17), also
 * away from zero for negative amounts.
 */
export type Rounding = 'cent' | 'wholeDollar';

/** An exact number of cents given as a fraction, rounded half away from zero to the unit. */
function roundFraction(numerator: bigint, denominator: bigint, unitCents: bigint): number {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const scaled = denominator * unitCents;
  const units = (2n * abs + scaled) / (2n * scaled);
  const cents = units * unitCents;
  if (cents > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('amount too large to count in cents');
  const value = Number(cents);
  return negative && value !== 0 ? -value : value;
}

/** cents × ratio, rounded once. */
export function multiplyCents(cents: number, ratio: Rational, rounding: Rounding): number {
  return roundFraction(
    BigInt(cents) * BigInt(ratio.numerator),
    BigInt(ratio.denominator),
    rounding === 'cent' ? 1n : 100n,
  );
}

/** quantity × (cents per unit), rounded once: 1,000 miles at 145/2 cents = 72,500 cents. */
export function multiplyRate(quantity: number, centsPerUnit: Rational, rounding: Rounding): number {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`${quantity} is not a whole quantity`);
  return roundFraction(
    BigInt(quantity) * BigInt(centsPerUnit.numerator),
    BigInt(centsPerUnit.denominator),
    rounding === 'cent' ? 1n : 100n,
  );
}

/** cents × part / whole (a business-use share of a cost), rounded once. */
export function prorateCents(
  cents: number,
  part: number,
  whole: number,
  rounding: Rounding,
): number {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0 || part < 0)
    throw new RangeError(`${part}/${whole} is not a share`);
  return roundFraction(
    BigInt(cents) * BigInt(part),
    BigInt(whole),
    rounding === 'cent' ? 1n : 100n,
  );
}

/** An amount already in cents, rounded to the unit (whole-dollar mode rounds inputs too). */
export function roundCents(cents: number, rounding: Rounding): number {
  return rounding === 'cent' ? cents : roundFraction(BigInt(cents), 1n, 100n);
}

/** a > b exactly (a business-use share against the "more than 50%" test). */
export function isGreaterThan(a: Rational, b: Rational): boolean {
  return BigInt(a.numerator) * BigInt(b.denominator) > BigInt(b.numerator) * BigInt(a.denominator);
}
