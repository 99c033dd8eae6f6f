import { describe, expect, it } from 'vitest';
import type { AccountType, NormalBalance } from './journal.js';
import { ratioValue, roundedQuotient } from './ratio-arithmetic.js';
import { financialRatios, trailingTwelveMonths, type FinancialRatio } from './ratios.js';
import type { PeriodBalance } from './statements.js';

/** A balance with opening and closing in dollars; activity is the P&L's or the net change. */
function account(
  code: string,
  name: string,
  type: AccountType,
  openingDollars: number,
  closingDollars: number,
): PeriodBalance {
  const normalBalance: NormalBalance =
    type === 'ASSET' || type === 'COGS' || type === 'EXPENSE' ? 'DEBIT' : 'CREDIT';
  const change = (closingDollars - openingDollars) * 100;
  const onDebit = normalBalance === 'DEBIT' ? change : -change;
  return {
    code,
    name,
    type,
    normalBalance,
    openingCents: openingDollars * 100,
    debitCents: Math.max(onDebit, 0),
    creditCents: Math.max(-onDebit, 0),
    closingCents: closingDollars * 100,
  };
}

// A small shop over 2025-11-01..2026-10-31. Opening: assets 40,000 = liabilities 19,000 + equity
// 21,000. The year: revenue 100,000, COGS 40,000, rent 30,000, wages 15,000, interest 1,000, so
// net income 14,000. Closing: assets 59,000 = liabilities 24,000 + equity 35,000.
const BOOKS: PeriodBalance[] = [
  account('1010', 'Checking', 'ASSET', 10_000, 23_000),
  account('1100', 'Accounts receivable', 'ASSET', 2_000, 4_000),
  account('1200', 'Inventory', 'ASSET', 8_000, 12_000),
  account('1500', 'Equipment', 'ASSET', 20_000, 20_000),
  account('2010', 'Accounts payable', 'LIABILITY', 3_000, 5_000),
  account('2100', 'Credit card payable', 'LIABILITY', 1_000, 7_000),
  account('2500', 'Equipment loan', 'LIABILITY', 15_000, 12_000),
  account('3010', 'Owner contributions', 'EQUITY', 21_000, 21_000),
  account('4010', 'Online store sales', 'REVENUE', 0, 100_000),
  account('5010', 'Cost of goods sold', 'COGS', 0, 40_000),
  account('6070', 'Interest', 'EXPENSE', 0, 1_000),
  account('6100', 'Rent', 'EXPENSE', 0, 30_000),
  account('6170', 'Wages', 'EXPENSE', 0, 15_000),
];

const WINDOW = { from: '2025-11-01', to: '2026-10-31', days: 365 };

function byKey(ratios: FinancialRatio[]): Record<string, FinancialRatio> {
  return Object.fromEntries(ratios.map((r) => [r.key, r]));
}

describe('trailingTwelveMonths', () => {
  it('ends at asOf when asOf ends its month, else with the month before', () => {
    expect(trailingTwelveMonths('2026-10-31')).toEqual(WINDOW);
    expect(trailingTwelveMonths('2026-11-26')).toEqual(WINDOW);
    expect(trailingTwelveMonths('2026-11-01')).toEqual(WINDOW);
  });

  it('counts 366 days across a 29 February', () => {
    expect(trailingTwelveMonths('2024-02-29')).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
      days: 366,
    });
  });

  it('refuses a date that is not one', () => {
    expect(() => trailingTwelveMonths('2026-02-30')).toThrow(RangeError);
  });
});

describe('ratio arithmetic', () => {
  it('rounds half away from zero on integers', () => {
    expect(roundedQuotient(1095n, 100n, 1)).toBe(11); // 10.95 -> 11.0, not 10.9
    expect(roundedQuotient(-1095n, 100n, 1)).toBe(-11);
    expect(roundedQuotient(1n, 3n, 2)).toBe(0.33);
    expect(roundedQuotient(1n, 0n, 2)).toBeNull();
  });

  it('averages by doubling the other side, so an odd sum loses no half cent', () => {
    // 1 cent over an average of (1 + 2) / 2 = 1.5 cents is 66.7%, not 1 / 2 = 50% or 1 / 1 = 100%.
    expect(ratioValue('PERCENT', 1, 3, { denominatorIsSumOfTwo: true })).toBe(66.7);
    expect(ratioValue('DAYS', 3, 365, { days: 365, numeratorIsSumOfTwo: true })).toBe(1.5);
  });
});

describe('financialRatios on a hand-computed year', () => {
  const ratios = byKey(
    financialRatios({ asOf: '2026-10-31', window: WINDOW, windowBalances: BOOKS }),
  );

  it('computes every ratio as worked out by hand', () => {
    const values = Object.fromEntries(Object.values(ratios).map((r) => [r.key, r.value]));
    expect(values).toEqual({
      'gross-margin': 60, // 60,000 / 100,000
      'operating-margin': 15, // 15,000 / 100,000
      'net-margin': 14, // 14,000 / 100,000
      'return-on-assets': 28.3, // 14,000 / ((40,000 + 59,000) / 2 = 49,500) = 28.28%
      'return-on-equity': 50, // 14,000 / ((21,000 + 35,000) / 2 = 28,000)
      'current-ratio': 3.25, // 39,000 / 12,000
      'quick-ratio': 2.25, // (23,000 + 4,000) / 12,000
      'cash-ratio': 1.92, // 23,000 / 12,000 = 1.9166
      'days-sales-outstanding': 11, // 3,000 / 100,000 x 365 = 10.95 -> 11.0
      'days-payable-outstanding': 36.5, // 4,000 / 40,000 x 365
      'days-inventory-outstanding': 91.3, // 10,000 / 40,000 x 365 = 91.25
      'inventory-turnover': 4, // 40,000 / 10,000
      'debt-to-equity': 0.69, // 24,000 / 35,000 = 0.6857
      'interest-coverage': 15, // 15,000 / 1,000
    });
  });

  it('keeps numerator and denominator in cents with the lines, accounts and dates behind them', () => {
    const current = ratios['current-ratio'] as FinancialRatio;
    expect(current.numerator.cents).toBe(3_900_000);
    expect(current.denominator).toEqual({
      label: 'Current liabilities',
      cents: 1_200_000,
      isAverage: false,
      sources: [
        expect.objectContaining({
          line: 'current:2010',
          accounts: ['2010'],
          to: '2026-10-31',
          cents: 500_000,
        }),
        expect.objectContaining({
          line: 'current:2100',
          accounts: ['2100'],
          to: '2026-10-31',
          cents: 700_000,
        }),
      ],
    });
    const dso = ratios['days-sales-outstanding'] as FinancialRatio;
    expect(dso.numerator).toMatchObject({
      label: 'Average accounts receivable',
      cents: 300_000,
      isAverage: true,
    });
    expect(dso.numerator.sources.map((s) => [s.to, s.cents])).toEqual([
      ['2025-10-31', 200_000],
      ['2026-10-31', 400_000],
    ]);
    expect(dso.denominator.sources).toEqual([
      expect.objectContaining({
        statement: 'INCOME_STATEMENT',
        line: 'revenue-total',
        from: '2025-11-01',
        to: '2026-10-31',
        accounts: ['4010'],
        cents: 10_000_000,
      }),
    ]);
    const net = ratios['net-margin'] as FinancialRatio;
    expect(net.numerator.cents).toBe(1_400_000);
    expect(net.numerator.sources.reduce((s, x) => s + x.cents, 0)).toBe(1_400_000);
  });

  it('states each formula', () => {
    expect(ratios['quick-ratio']?.formula).toContain('current liabilities');
    expect(Object.values(ratios).every((r) => r.formula.length > 20)).toBe(true);
  });
});

describe('financialRatios without a meaningful denominator', () => {
  it('gives no interest coverage without interest, no equity ratios with negative equity, with reasons', () => {
    const books = BOOKS.filter((b) => b.code !== '6070').map((b) =>
      b.code === '3010' ? { ...b, openingCents: -2_100_000, closingCents: -2_100_000 } : b,
    );
    // Without interest, net income is 15,000; equity closes at -21,000 + 15,000 = -6,000 (cash
    // would not balance, but the ratios read only the lines they need).
    const ratios = byKey(
      financialRatios({ asOf: '2026-10-31', window: WINDOW, windowBalances: books }),
    );
    expect(ratios['interest-coverage']).toMatchObject({
      value: null,
      nullReason: 'No interest expense in the trailing twelve months.',
    });
    expect(ratios['debt-to-equity']).toMatchObject({
      value: null,
      nullReason: 'Equity is negative, so the ratio has no meaning.',
    });
    expect(ratios['return-on-equity']?.value).toBeNull();
  });

  it('takes stock figures at a mid-month asOf and flows from the complete months before it', () => {
    const later = BOOKS.map((b) => (b.code === '1010' ? { ...b, closingCents: 2_900_000 } : b));
    const ratios = byKey(
      financialRatios({
        asOf: '2026-11-26',
        window: trailingTwelveMonths('2026-11-26'),
        windowBalances: BOOKS,
        asOfBalances: later,
      }),
    );
    expect(ratios['cash-ratio']?.value).toBe(2.42); // 29,000 / 12,000 on 2026-11-26
    expect(ratios['cash-ratio']?.numerator.sources[0]?.to).toBe('2026-11-26');
    expect(ratios['gross-margin']?.value).toBe(60);
  });
});
