import type { Rational } from '../tax-rules/rational.js';

/**
 * Exact non-negative amounts of cents as BigInt fractions. A quote adds many products of cents and
 * rates (and prorated shipping shares) before rounding once, so the intermediate values must be
 * exact: rational.ts rounds each product, which is right for one figure but not for a sum.
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Fraction = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function normal(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export function cents(amount: number): Fraction {
  return { n: BigInt(amount), d: 1n };
}

export function ofRational(rate: Rational): Fraction {
  return normal(BigInt(rate.numerator), BigInt(rate.denominator));
}

export function add(a: Fraction, b: Fraction): Fraction {
  return normal(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce(add, ZERO);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return normal(a.n * b.n, a.d * b.d);
}

export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError('division by zero');
  return normal(a.n * b.d, a.d * b.n);
}

export function isZero(a: Fraction): boolean {
  return a.n === 0n;
}

export function floorCents(a: Fraction): number {
  return Number(a.n / a.d);
}

/** Half a cent or more rounds up (SSUTA § 324: up "whenever the third decimal place is greater than four"). */
export function roundHalfUp(a: Fraction): number {
  return Number((2n * a.n + a.d) / (2n * a.d));
}

/** a - floor(a), compared as fractions. */
export function remainder(a: Fraction): Fraction {
  return normal(a.n % a.d, a.d);
}

export function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Shares an integer number of cents among parts in proportion to their exact weights: each part
 * gets the floor of its quota (total × weight / all weights) and the cents left over go one each to
 * the largest fractional remainders, ties to the earlier part. The shares always add up to the
 * total exactly (the largest-remainder, or Hamilton, method).
 */
export function apportion(total: number, weights: readonly Fraction[]): number[] {
  const whole = sum(weights);
  if (isZero(whole)) {
    if (total !== 0) throw new RangeError(`cannot share ${total} cents among zero weights`);
    return weights.map(() => 0);
  }
  const quotas = weights.map((w) => div(mul(cents(total), w), whole));
  const shares = quotas.map(floorCents);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((quota, index) => ({ index, rest: remainder(quota) }))
    .sort((a, b) => compare(b.rest, a.rest) || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** "0.0625" from 1/16: exact when the denominator has only factors 2 and 5, else "n/d". */
export function decimalString(rate: Rational | Fraction): string {
  const f = 'n' in rate ? rate : ofRational(rate);
  let d = f.d;
  let places = 0;
  let scale = 1n;
  while (d % 2n === 0n || d % 5n === 0n) {
    if (d % 2n === 0n) d /= 2n;
    else d /= 5n;
    places += 1;
    scale *= 10n;
  }
  if (d !== 1n) return `${f.n}/${f.d}`;
  const scaled = (f.n * scale) / f.d;
  if (places === 0) return scaled.toString();
  const digits = scaled.toString().padStart(places + 1, '0');
  const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/0+$/, '');
  return text.endsWith('.') ? text.slice(0, -1) : text;
}
