import { describe, expect, it } from 'vitest';
import {
  formatExact,
  formatPercent,
  isGreaterThan,
  multiplyCents,
  multiplyRate,
  prorateCents,
  rational,
  roundCents,
} from './rational.js';

describe('exact rates', () => {
  it('multiplies cents by a percentage exactly and rounds half a cent away from zero', () => {
    // $1,339.075 (46,175.00 × 2.9%) is exactly half a cent: up to $1,339.08, never a float's 1,339.07.
    expect(multiplyCents(4_617_500, rational(29, 1000), 'cent')).toBe(133_908);
    expect(multiplyCents(-4_617_500, rational(29, 1000), 'cent')).toBe(-133_908);
    expect(multiplyCents(4_617_400, rational(29, 1000), 'cent')).toBe(133_905);
  });

  it('rounds to whole dollars the IRS way: under 50 cents down, 50 to 99 cents up', () => {
    expect(multiplyCents(706_500, rational(1, 2), 'wholeDollar')).toBe(353_300); // $3,532.50 -> $3,533
    expect(roundCents(13_949, 'wholeDollar')).toBe(13_900); // $139.49 -> $139
    expect(roundCents(23_550, 'wholeDollar')).toBe(23_600); // $235.50 -> $236
    expect(roundCents(23_550, 'cent')).toBe(23_550);
  });

  it('prices whole quantities at a fractional rate: 1,001 miles at 72.5 cents is $725.73 (725.725 rounded)', () => {
    expect(multiplyRate(1_001, rational(145, 2), 'cent')).toBe(72_573);
    expect(multiplyRate(1_000, rational(145, 2), 'cent')).toBe(72_500);
  });

  it('prorates a cost by a share of use', () => {
    expect(prorateCents(1_000_000, 1, 3, 'cent')).toBe(333_333);
    expect(prorateCents(1_000_000, 2, 3, 'cent')).toBe(666_667);
  });

  it('compares fractions exactly and formats them for workings', () => {
    expect(isGreaterThan(rational(501, 1000), rational(1, 2))).toBe(true);
    expect(isGreaterThan(rational(50, 100), rational(1, 2))).toBe(false);
    expect(formatPercent(rational(9235, 10000))).toBe('92.35%');
    expect(formatExact(145, 2)).toBe('72.5');
    expect(formatExact(1, 3)).toBe('0.333333…');
  });

  it('refuses a fraction that is not made of integers', () => {
    expect(() => rational(0.9235, 1)).toThrow(RangeError);
    expect(() => rational(1, 0)).toThrow(RangeError);
  });
});
