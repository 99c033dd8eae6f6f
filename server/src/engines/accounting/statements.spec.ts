import { describe, expect, it } from 'vitest';
import type { AccountType, NormalBalance } from './journal.js';
import {
  balanceSheet,
  incomeStatement,
  percentOneDecimal,
  type PeriodBalance,
  type StatementSection,
} from './statements.js';

// ---------------------------------------------------------------------------------------------
// A hand-built ledger and the helper that turns its journal lines into PeriodBalance rows, the
// way LedgerService.accountBalances sums them in SQL.
// ---------------------------------------------------------------------------------------------

type Chart = Record<string, { name: string; type: AccountType; normalBalance: NormalBalance }>;

/** The accounts of the demo chart (db/src/seed/chart-of-accounts.ts) the ledger uses, and a few it does not. */
const CHART: Chart = {
  '1010': { name: 'Operating checking', type: 'ASSET', normalBalance: 'DEBIT' },
  '1020': { name: 'Savings', type: 'ASSET', normalBalance: 'DEBIT' },
  '1050': { name: 'Payment processor clearing', type: 'ASSET', normalBalance: 'DEBIT' },
  '1100': { name: 'Accounts receivable', type: 'ASSET', normalBalance: 'DEBIT' },
  '1200': { name: 'Inventory', type: 'ASSET', normalBalance: 'DEBIT' },
  '1500': { name: 'Equipment', type: 'ASSET', normalBalance: 'DEBIT' },
  '1510': { name: 'Accumulated depreciation', type: 'ASSET', normalBalance: 'CREDIT' },
  '2010': { name: 'Accounts payable', type: 'LIABILITY', normalBalance: 'CREDIT' },
  '2100': { name: 'Credit card payable', type: 'LIABILITY', normalBalance: 'CREDIT' },
  '2500': { name: 'Equipment loan', type: 'LIABILITY', normalBalance: 'CREDIT' },
  '3010': { name: "Owner's contributions", type: 'EQUITY', normalBalance: 'CREDIT' },
  '3020': { name: "Owner's draws", type: 'EQUITY', normalBalance: 'DEBIT' },
  '3900': { name: 'Retained earnings', type: 'EQUITY', normalBalance: 'CREDIT' },
  '4010': { name: 'Sales: online store', type: 'REVENUE', normalBalance: 'CREDIT' },
  '4020': { name: 'Sales: wholesale', type: 'REVENUE', normalBalance: 'CREDIT' },
  '4030': { name: 'Sales: markets and pop-ups', type: 'REVENUE', normalBalance: 'CREDIT' },
  '4090': { name: 'Returns and refunds', type: 'REVENUE', normalBalance: 'DEBIT' },
  '5010': { name: 'Materials and merchandise', type: 'COGS', normalBalance: 'DEBIT' },
  '6050': { name: 'Depreciation', type: 'EXPENSE', normalBalance: 'DEBIT' },
  '6070': { name: 'Interest', type: 'EXPENSE', normalBalance: 'DEBIT' },
  '6100': { name: 'Rent', type: 'EXPENSE', normalBalance: 'DEBIT' },
};

/** [account code, debit cents, credit cents] */
type Line = [string, number, number];
interface Entry {
  on: string;
  memo: string;
  lines: Line[];
}

/** A journal entry, refused unless its debits equal its credits. */
function entry(on: string, memo: string, lines: Line[]): Entry {
  const debits = lines.reduce((s, l) => s + l[1], 0);
  const credits = lines.reduce((s, l) => s + l[2], 0);
  if (debits !== credits) throw new Error(`${memo}: debits ${debits} != credits ${credits}`);
  return { on, memo, lines };
}

/**
 * Every account of the chart for the period [from, to] (inclusive): balance before `from`, the
 * period's debits and credits, balance at `to`, balances positive on the normal side.
 */
function balancesFor(
  entries: readonly Entry[],
  from: string,
  to: string,
  chart: Chart = CHART,
): PeriodBalance[] {
  return Object.entries(chart).map(([code, account]) => {
    let before = 0;
    let debit = 0;
    let credit = 0;
    for (const e of entries) {
      for (const [c, d, k] of e.lines) {
        if (c !== code) continue;
        if (e.on < from) before += d - k;
        else if (e.on <= to) {
          debit += d;
          credit += k;
        }
      }
    }
    const sign = account.normalBalance === 'DEBIT' ? 1 : -1;
    return {
      code,
      ...account,
      openingCents: sign * before,
      debitCents: debit,
      creditCents: credit,
      closingCents: sign * (before + debit - credit),
    };
  });
}

/** Section lines as { key: amount }. */
function amounts(s: StatementSection): Record<string, number> {
  return Object.fromEntries(s.lines.map((l) => [l.key, l.amountCents]));
}

const JAN = { from: '2026-01-01', to: '2026-01-31' };
const FEB = { from: '2026-02-01', to: '2026-02-28' };
const BEGINNING = '0000-01-01';

/**
 * Two months of a small pottery shop, every amount in cents.
 */
const LEDGER: Entry[] = [
  // ---- January 2026 ----
  entry('2026-01-02', 'Owner contributes', [
    ['1010', 2_000_000, 0],
    ['3010', 0, 2_000_000],
  ]),
  entry('2026-01-03', 'Kiln 12,000.00: 2,000.00 down, 10,000.00 loan', [
    ['1500', 1_200_000, 0],
    ['1010', 0, 200_000],
    ['2500', 0, 1_000_000],
  ]),
  entry('2026-01-05', 'Clay and glaze on credit', [
    ['1200', 300_000, 0],
    ['2010', 0, 300_000],
  ]),
  entry('2026-01-10', 'Online sales, cash', [
    ['1010', 251_240, 0],
    ['4010', 0, 251_240],
  ]),
  entry('2026-01-15', 'Wholesale order on account', [
    ['1100', 180_000, 0],
    ['4020', 0, 180_000],
  ]),
  entry('2026-01-31', 'Cost of goods sold', [
    ['5010', 120_000, 0],
    ['1200', 0, 120_000],
  ]),
  entry('2026-01-31', 'Rent', [
    ['6100', 100_000, 0],
    ['1010', 0, 100_000],
  ]),
  entry('2026-01-31', 'Loan payment: 50.00 interest, 200.00 principal', [
    ['6070', 5_000, 0],
    ['2500', 20_000, 0],
    ['1010', 0, 25_000],
  ]),
  entry('2026-01-31', 'Depreciation', [
    ['6050', 20_000, 0],
    ['1510', 0, 20_000],
  ]),
  // ---- February 2026 ----
  entry('2026-02-03', 'Online sales, cash', [
    ['1010', 312_437, 0],
    ['4010', 0, 312_437],
  ]),
  entry('2026-02-06', 'Wholesale order on account', [
    ['1100', 240_000, 0],
    ['4020', 0, 240_000],
  ]),
  entry('2026-02-08', 'Market stall, cash', [
    ['1010', 65_050, 0],
    ['4030', 0, 65_050],
  ]),
  entry('2026-02-10', 'Return of an online sale, refunded', [
    ['4090', 15_025, 0],
    ['1010', 0, 15_025],
  ]),
  entry('2026-02-12', 'January wholesale invoice paid', [
    ['1010', 180_000, 0],
    ['1100', 0, 180_000],
  ]),
  entry('2026-02-14', 'Supplier paid in part', [
    ['2010', 200_000, 0],
    ['1010', 0, 200_000],
  ]),
  entry('2026-02-15', 'More clay on credit', [
    ['1200', 100_000, 0],
    ['2010', 0, 100_000],
  ]),
  entry('2026-02-20', 'Transfer to savings', [
    ['1020', 100_000, 0],
    ['1010', 0, 100_000],
  ]),
  entry('2026-02-28', 'Cost of goods sold', [
    ['5010', 150_000, 0],
    ['1200', 0, 150_000],
  ]),
  entry('2026-02-28', 'Rent', [
    ['6100', 100_000, 0],
    ['1010', 0, 100_000],
  ]),
  entry('2026-02-28', 'Loan payment: 49.17 interest, 200.83 principal', [
    ['6070', 4_917, 0],
    ['2500', 20_083, 0],
    ['1010', 0, 25_000],
  ]),
  entry('2026-02-28', 'Depreciation', [
    ['6050', 20_000, 0],
    ['1510', 0, 20_000],
  ]),
  entry('2026-02-28', "Owner's draw", [
    ['3020', 50_000, 0],
    ['1010', 0, 50_000],
  ]),
];

describe('income statement', () => {
  it('February: revenue by segment with returns negative, COGS, gross profit, operating expenses without interest, interest, net income, to the cent', () => {
    const is = incomeStatement(FEB, balancesFor(LEDGER, FEB.from, FEB.to));
    expect(is.period).toEqual(FEB);
    // Revenue: online 3,124.37 + wholesale 2,400.00 + markets 650.50 - returns 150.25 = 6,024.62
    expect(is.revenue.lines).toEqual([
      { key: '4010', label: 'Sales: online store', amountCents: 312_437, accounts: ['4010'] },
      { key: '4020', label: 'Sales: wholesale', amountCents: 240_000, accounts: ['4020'] },
      {
        key: '4030',
        label: 'Sales: markets and pop-ups',
        amountCents: 65_050,
        accounts: ['4030'],
      },
      { key: '4090', label: 'Returns and refunds', amountCents: -15_025, accounts: ['4090'] },
    ]);
    expect(is.revenue.totalCents).toBe(602_462);
    // COGS: materials 1,500.00. Gross profit 6,024.62 - 1,500.00 = 4,524.62
    expect(amounts(is.costOfGoodsSold)).toEqual({ '5010': 150_000 });
    expect(is.costOfGoodsSold.totalCents).toBe(150_000);
    expect(is.grossProfitCents).toBe(452_462);
    // Operating expenses: depreciation 200.00 + rent 1,000.00 = 1,200.00 (interest 6070 is not one)
    expect(amounts(is.operatingExpenses)).toEqual({ '6050': 20_000, '6100': 100_000 });
    expect(is.operatingExpenses.totalCents).toBe(120_000);
    // Operating income 4,524.62 - 1,200.00 = 3,324.62
    expect(is.operatingIncomeCents).toBe(332_462);
    // Interest 49.17 (6070). Net income 3,324.62 - 49.17 = 3,275.45
    expect(is.interestExpenseCents).toBe(4_917);
    expect(is.interestExpense.lines).toEqual([
      { key: '6070', label: 'Interest', amountCents: 4_917, accounts: ['6070'] },
    ]);
    expect(is.netIncomeCents).toBe(327_545);
    // Margins: 4,524.62 / 6,024.62 = 75.102%; 3,324.62 / 6,024.62 = 55.184%; 3,275.45 / 6,024.62 = 54.368%
    expect(is.grossMarginPercent).toBe(75.1);
    expect(is.operatingMarginPercent).toBe(55.2);
    expect(is.netMarginPercent).toBe(54.4);
  });

  it('January: only the accounts with activity have lines; margins 72.2, 44.3 and 43.2 percent', () => {
    const is = incomeStatement(JAN, balancesFor(LEDGER, JAN.from, JAN.to));
    // Revenue 2,512.40 + 1,800.00 = 4,312.40; COGS 1,200.00; gross 3,112.40
    expect(amounts(is.revenue)).toEqual({ '4010': 251_240, '4020': 180_000 });
    expect(is.revenue.totalCents).toBe(431_240);
    expect(is.grossProfitCents).toBe(311_240);
    // Opex 200.00 + 1,000.00 = 1,200.00; operating income 1,912.40; interest 50.00; net 1,862.40
    expect(is.operatingExpenses.totalCents).toBe(120_000);
    expect(is.operatingIncomeCents).toBe(191_240);
    expect(is.interestExpenseCents).toBe(5_000);
    expect(is.netIncomeCents).toBe(186_240);
    // 3,112.40 / 4,312.40 = 72.173%; 1,912.40 / 4,312.40 = 44.347%; 1,862.40 / 4,312.40 = 43.187%
    expect(is.grossMarginPercent).toBe(72.2);
    expect(is.operatingMarginPercent).toBe(44.3);
    expect(is.netMarginPercent).toBe(43.2);
  });

  it('has no margins when there is no revenue, and ignores balance-sheet accounts', () => {
    const ledger = [
      entry('2026-03-01', 'Rent', [
        ['6100', 100_000, 0],
        ['1010', 0, 100_000],
      ]),
    ];
    const is = incomeStatement(
      { from: '2026-03-01', to: '2026-03-31' },
      balancesFor(ledger, '2026-03-01', '2026-03-31'),
    );
    expect(is.revenue).toEqual({ key: 'revenue', label: 'Revenue', lines: [], totalCents: 0 });
    expect(is.netIncomeCents).toBe(-100_000);
    expect(is.grossMarginPercent).toBeNull();
    expect(is.operatingMarginPercent).toBeNull();
    expect(is.netMarginPercent).toBeNull();
  });

  it('refuses figures that are not whole cents', () => {
    const rows = balancesFor(LEDGER, FEB.from, FEB.to);
    rows[0] = { ...(rows[0] as PeriodBalance), debitCents: 10.5 };
    expect(() => incomeStatement(FEB, rows)).toThrow(RangeError);
  });
});

describe('balance sheet', () => {
  it('at January 31: assets with accumulated depreciation negative = liabilities + equity with current earnings', () => {
    const bs = balanceSheet(JAN.to, balancesFor(LEDGER, BEGINNING, JAN.to));
    expect(bs.asOf).toBe('2026-01-31');
    // Cash 20,000.00 - 2,000.00 + 2,512.40 - 1,000.00 - 250.00 = 19,262.40
    // AR 1,800.00; inventory 3,000.00 - 1,200.00 = 1,800.00; equipment 12,000.00; acc. dep. -200.00
    expect(amounts(bs.assets)).toEqual({
      'current:1010': 1_926_240,
      'current:1100': 180_000,
      'current:1200': 180_000,
      'noncurrent:1500': 1_200_000,
      'noncurrent:1510': -20_000,
    });
    // 19,262.40 + 1,800.00 + 1,800.00 + 12,000.00 - 200.00 = 34,662.40
    expect(bs.assets.totalCents).toBe(3_466_240);
    // AP 3,000.00; loan 10,000.00 - 200.00 = 9,800.00; total 12,800.00
    expect(amounts(bs.liabilities)).toEqual({ 'current:2010': 300_000, 'longterm:2500': 980_000 });
    expect(bs.liabilities.totalCents).toBe(1_280_000);
    // Contributions 20,000.00 + current earnings (January's net income) 1,862.40 = 21,862.40
    expect(amounts(bs.equity)).toEqual({ '3010': 2_000_000, 'current-earnings': 186_240 });
    expect(bs.equity.totalCents).toBe(2_186_240);
    expect(bs.equity.lines.at(-1)).toMatchObject({
      label: 'Current earnings',
      accounts: ['4010', '4020', '4030', '4090', '5010', '6050', '6070', '6100'],
    });
    // 12,800.00 + 21,862.40 = 34,662.40
    expect(bs.totalLiabilitiesAndEquityCents).toBe(3_466_240);
    expect(bs.balanced).toBe(true);
  });

  it('at February 28: draws negative, current earnings cumulative over both months, identity holds', () => {
    const bs = balanceSheet(FEB.to, balancesFor(LEDGER, BEGINNING, FEB.to));
    // Checking 19,262.40 + 3,124.37 + 650.50 - 150.25 + 1,800.00 - 2,000.00 - 1,000.00 (savings)
    //   - 1,000.00 (rent) - 250.00 - 500.00 = 19,937.02; savings 1,000.00
    // AR 1,800.00 + 2,400.00 - 1,800.00 = 2,400.00; inventory 1,800.00 + 1,000.00 - 1,500.00 = 1,300.00
    // Acc. dep. -400.00
    expect(amounts(bs.assets)).toEqual({
      'current:1010': 1_993_702,
      'current:1020': 100_000,
      'current:1100': 240_000,
      'current:1200': 130_000,
      'noncurrent:1500': 1_200_000,
      'noncurrent:1510': -40_000,
    });
    // 19,937.02 + 1,000.00 + 2,400.00 + 1,300.00 + 12,000.00 - 400.00 = 36,237.02
    expect(bs.assets.totalCents).toBe(3_623_702);
    // AP 3,000.00 - 2,000.00 + 1,000.00 = 2,000.00; loan 9,800.00 - 200.83 = 9,599.17; total 11,599.17
    expect(amounts(bs.liabilities)).toEqual({ 'current:2010': 200_000, 'longterm:2500': 959_917 });
    expect(bs.liabilities.totalCents).toBe(1_159_917);
    // 20,000.00 - 500.00 + (1,862.40 + 3,275.45 = 5,137.85) = 24,637.85
    expect(amounts(bs.equity)).toEqual({
      '3010': 2_000_000,
      '3020': -50_000,
      'current-earnings': 513_785,
    });
    expect(bs.equity.totalCents).toBe(2_463_785);
    // 11,599.17 + 24,637.85 = 36,237.02
    expect(bs.totalLiabilitiesAndEquityCents).toBe(3_623_702);
    expect(bs.balanced).toBe(true);
  });

  it('computes the identity rather than assuming it: an unbalanced set of balances is not balanced', () => {
    const rows = balancesFor(LEDGER, BEGINNING, FEB.to).map((b) =>
      b.code === '1010' ? { ...b, closingCents: b.closingCents + 1 } : b,
    );
    const bs = balanceSheet(FEB.to, rows);
    expect(bs.assets.totalCents).toBe(3_623_703);
    expect(bs.totalLiabilitiesAndEquityCents).toBe(3_623_702);
    expect(bs.balanced).toBe(false);
  });
});

describe('percentOneDecimal', () => {
  it('rounds half away from zero on integers, and is null over zero', () => {
    expect(percentOneDecimal(1, 16)).toBe(6.3);
    expect(percentOneDecimal(-1, 16)).toBe(-6.3);
    expect(percentOneDecimal(1, -16)).toBe(-6.3);
    expect(percentOneDecimal(1, 8)).toBe(12.5);
    expect(percentOneDecimal(2, 3)).toBe(66.7);
    expect(percentOneDecimal(0, 5)).toBe(0);
    expect(percentOneDecimal(5, 0)).toBeNull();
  });
});
