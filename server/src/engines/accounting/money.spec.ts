import { describe, expect, it } from 'vitest';
import { formatCents, formatDecimal, MoneyFormatError, parseMoneyToCents } from './money.js';

describe('parseMoneyToCents', () => {
  it.each([
    ['19.99', 1999],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    ['$5', 500],
    ['(12.00)', -1200],
    ['($12.00)', -1200],
    ['-0.01', -1],
    ['-$12.00', -1200],
    ['$-12.00', -1200],
    ['+7.10', 710],
    ['  42.00 ', 4200],
    ['.5', 50],
    ['12.', 1200],
    ['-0.00', 0],
    ['90071992547409.91', 9007199254740991],
  ])('reads %j as %d cents exactly', (text, cents) => {
    expect(parseMoneyToCents(text)).toBe(cents);
  });

  it('returns a plain zero, never minus zero, for "-0"', () => {
    expect(Object.is(parseMoneyToCents('-0'), 0)).toBe(true);
  });

  it.each([
    ['12.345', /more than two decimals/],
    ['', /empty/],
    ['   ', /empty/],
    ['abc', /expected digits/],
    ['1,23.00', /expected digits/],
    ['12,3456', /expected digits/],
    ['--5', /expected digits/],
    ['(-5)', /expected digits/],
    ['$', /expected digits/],
    ['.', /expected digits/],
    ['1e3', /expected digits/],
    ['90071992547409.92', /too large/],
  ])('refuses %j with a MoneyFormatError (%s)', (text, why) => {
    expect(() => parseMoneyToCents(text)).toThrow(MoneyFormatError);
    expect(() => parseMoneyToCents(text)).toThrow(why);
  });
});

describe('formatCents', () => {
  it.each([
    [123456, '$1,234.56'],
    [-1200, '-$12.00'],
    [0, '$0.00'],
    [5, '$0.05'],
    [-1, '-$0.01'],
    [100000000, '$1,000,000.00'],
    [9007199254740991, '$90,071,992,547,409.91'],
  ])('writes %d cents as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('refuses a fraction of a cent instead of rounding it', () => {
    expect(() => formatCents(12.5)).toThrow(RangeError);
  });

  it('round-trips with parseMoneyToCents', () => {
    for (const cents of [0, 1, -1, 99, 100, 123456, -987654321]) {
      expect(parseMoneyToCents(formatCents(cents))).toBe(cents);
    }
  });
});

describe('formatDecimal', () => {
  it('writes the amount without a currency sign, also for bigint sums', () => {
    expect(formatDecimal(999999)).toBe('9,999.99');
    expect(formatDecimal(-1200)).toBe('-12.00');
    expect(formatDecimal(12345678901234567890n)).toBe('123,456,789,012,345,678.90');
  });
});
