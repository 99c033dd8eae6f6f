import { describe, expect, it } from 'vitest';
import type { AccountType, NormalBalance } from './journal.js';
import {
  balanceSheet,
  cashFlowStatement,
  comparativeLine,
  compareSections,
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

  it('groups operating expenses by department, departments in the order of their lowest code, unassigned ones under "Other operating expenses"', () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const expense = (code: string, name: string, cents: number, department: string | null) => ({
      code,
      name,
      type: 'EXPENSE' as const,
      normalBalance: 'DEBIT' as const,
      openingCents: 0,
      debitCents: cents,
      creditCents: 0,
      closingCents: cents,
      department,
    });
    const is = incomeStatement(period, [
      expense('6170', 'Wages', 300_000, 'People'),
      expense('6010', 'Advertising', 45_000, 'Sales and marketing'),
      expense('6100', 'Rent', 120_000, 'Operations and fulfilment'),
      expense('6220', 'Payment processing fees', 8_123, 'Sales and marketing'),
      expense('6999', 'Miscellaneous', 1_001, null),
      expense('6070', 'Interest', 4_917, null),
      expense('6110', 'Repairs and maintenance', 0, 'Operations and fulfilment'),
    ]);
    expect(is.operatingExpenses.lines.map((l) => [l.key, l.group])).toEqual([
      ['6010', 'Sales and marketing'],
      ['6220', 'Sales and marketing'],
      ['6100', 'Operations and fulfilment'],
      ['6170', 'People'],
      ['6999', 'Other operating expenses'],
    ]);
    expect(is.operatingExpensesByDepartment.lines).toEqual([
      {
        key: 'department:sales-and-marketing',
        label: 'Sales and marketing',
        amountCents: 53_123,
        accounts: ['6010', '6220'],
        group: 'Sales and marketing',
      },
      {
        key: 'department:operations-and-fulfilment',
        label: 'Operations and fulfilment',
        amountCents: 120_000,
        accounts: ['6100'],
        group: 'Operations and fulfilment',
      },
      {
        key: 'department:people',
        label: 'People',
        amountCents: 300_000,
        accounts: ['6170'],
        group: 'People',
      },
      {
        key: 'department:other-operating-expenses',
        label: 'Other operating expenses',
        amountCents: 1_001,
        accounts: ['6999'],
        group: 'Other operating expenses',
      },
    ]);
    // The departments partition operating expenses: 531.23 + 1,200.00 + 3,000.00 + 10.01
    expect(is.operatingExpensesByDepartment.totalCents).toBe(474_124);
    expect(is.operatingExpenses.totalCents).toBe(474_124);
    expect(is.interestExpenseCents).toBe(4_917);
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

describe('cash flow statement', () => {
  it('February by the indirect method: net income, depreciation, working capital, loan and draws reconcile to the change in cash', () => {
    const cf = cashFlowStatement(FEB, balancesFor(LEDGER, FEB.from, FEB.to));
    expect(cf.period).toEqual(FEB);
    // Net income 3,275.45; depreciation +200.00 (1510: 200.00 -> 400.00);
    // AR 1,800.00 -> 2,400.00: -600.00; inventory 1,800.00 -> 1,300.00: +500.00;
    // AP 3,000.00 -> 2,000.00: -1,000.00. Operating 3,275.45 + 200.00 - 600.00 + 500.00 - 1,000.00 = 2,375.45
    expect(cf.operating.lines).toEqual([
      {
        key: 'net-income',
        label: 'Net income',
        amountCents: 327_545,
        accounts: ['4010', '4020', '4030', '4090', '5010', '6050', '6070', '6100'],
      },
      {
        key: 'depreciation',
        label: 'Depreciation (non-cash)',
        amountCents: 20_000,
        accounts: ['1510'],
      },
      {
        key: '1100',
        label: 'Change in Accounts receivable',
        amountCents: -60_000,
        accounts: ['1100'],
      },
      { key: '1200', label: 'Change in Inventory', amountCents: 50_000, accounts: ['1200'] },
      {
        key: '2010',
        label: 'Change in Accounts payable',
        amountCents: -100_000,
        accounts: ['2010'],
      },
    ]);
    expect(cf.operating.totalCents).toBe(237_545);
    // Equipment unchanged: no investing line
    expect(cf.investing.lines).toEqual([]);
    expect(cf.investing.totalCents).toBe(0);
    // Loan 9,800.00 -> 9,599.17: -200.83; draws 0 -> 500.00: -500.00. Financing -700.83
    expect(amounts(cf.financing)).toEqual({ '2500': -20_083, '3020': -50_000 });
    expect(cf.financing.totalCents).toBe(-70_083);
    // 2,375.45 + 0 - 700.83 = 1,674.62; cash (checking + savings) 19,262.40 -> 20,937.02
    expect(cf.netChangeCents).toBe(167_462);
    expect(cf.openingCashCents).toBe(1_926_240);
    expect(cf.closingCashCents).toBe(2_093_702);
    expect(cf.reconciles).toBe(true);
  });

  it('January from nothing: kiln bought in investing, loan and contributions in financing', () => {
    const cf = cashFlowStatement(JAN, balancesFor(LEDGER, JAN.from, JAN.to));
    // Operating: 1,862.40 + 200.00 - 1,800.00 (AR) - 1,800.00 (inventory) + 3,000.00 (AP) = 1,462.40
    expect(amounts(cf.operating)).toEqual({
      'net-income': 186_240,
      depreciation: 20_000,
      '1100': -180_000,
      '1200': -180_000,
      '2010': 300_000,
    });
    expect(cf.operating.totalCents).toBe(146_240);
    // Investing: equipment -12,000.00
    expect(amounts(cf.investing)).toEqual({ '1500': -1_200_000 });
    // Financing: loan +9,800.00, contributions +20,000.00 = 29,800.00
    expect(amounts(cf.financing)).toEqual({ '2500': 980_000, '3010': 2_000_000 });
    // 1,462.40 - 12,000.00 + 29,800.00 = 19,262.40 = 0 -> 19,262.40
    expect(cf.netChangeCents).toBe(1_926_240);
    expect(cf.openingCashCents).toBe(0);
    expect(cf.closingCashCents).toBe(1_926_240);
    expect(cf.reconciles).toBe(true);
  });

  it('a transfer between cash accounts is no cash flow; with only checking as cash it is one', () => {
    const feb = balancesFor(LEDGER, FEB.from, FEB.to);
    expect(cashFlowStatement(FEB, feb).operating.lines.map((l) => l.key)).not.toContain('1020');
    const checkingOnly = cashFlowStatement(FEB, feb, { cashCodes: ['1010'] });
    // Savings 0 -> 1,000.00 is then a current asset up: -1,000.00 in operating
    expect(amounts(checkingOnly.operating)['1020']).toBe(-100_000);
    // Checking alone: 19,262.40 -> 19,937.02, a change of 674.62
    expect(checkingOnly.netChangeCents).toBe(67_462);
    expect(checkingOnly.closingCashCents).toBe(1_993_702);
    expect(checkingOnly.reconciles).toBe(true);
  });

  it('reconciles on odd but balanced books: a loan drawn straight into inventory, equipment on the credit card, a direct retained-earnings entry', () => {
    const odd = [
      ...LEDGER,
      entry('2026-02-16', 'Supplier paid by the bank from the loan', [
        ['1200', 70_000, 0],
        ['2500', 0, 70_000],
      ]),
      entry('2026-02-17', 'Shelving on the credit card', [
        ['1500', 45_099, 0],
        ['2100', 0, 45_099],
      ]),
      entry('2026-02-18', 'Prior-year correction', [
        ['1100', 1_234, 0],
        ['3900', 0, 1_234],
      ]),
    ];
    const cf = cashFlowStatement(FEB, balancesFor(odd, FEB.from, FEB.to));
    // Inventory 1,800.00 -> 2,000.00: -200.00; loan 9,800.00 -> 10,299.17: +499.17
    expect(amounts(cf.operating)['1200']).toBe(-20_000);
    expect(amounts(cf.financing)['2500']).toBe(49_917);
    // Shelving -450.99 investing, the card +450.99 operating
    expect(amounts(cf.investing)).toEqual({ '1500': -45_099 });
    expect(amounts(cf.operating)['2100']).toBe(45_099);
    // Receivable +12.34 (operating -12.34), retained earnings +12.34 (financing)
    expect(amounts(cf.financing)['3900']).toBe(1_234);
    // None of it touched cash: the net change is February's 1,674.62 still
    expect(cf.netChangeCents).toBe(167_462);
    expect(cf.reconciles).toBe(true);
    expect(balanceSheet(FEB.to, balancesFor(odd, BEGINNING, FEB.to)).balanced).toBe(true);
  });

  it('computes the reconciliation rather than assuming it: inconsistent balances do not reconcile', () => {
    const rows = balancesFor(LEDGER, FEB.from, FEB.to).map((b) =>
      b.code === '1020' ? { ...b, closingCents: b.closingCents + 1 } : b,
    );
    const cf = cashFlowStatement(FEB, rows);
    expect(cf.netChangeCents).toBe(167_462);
    expect(cf.closingCashCents).toBe(2_093_703);
    expect(cf.reconciles).toBe(false);
  });

  it('both identities hold for every month of random balanced books', () => {
    // A deterministic generator (mulberry32), so a failure is reproducible.
    let seed = 20260203;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const codes = Object.keys(CHART);
    const pick = (): string => codes[Math.floor(random() * codes.length)] as string;
    const entries: Entry[] = [];
    for (let i = 0; i < 400; i++) {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const on = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const a = 1 + Math.floor(random() * 1_000_000);
      const b = 1 + Math.floor(random() * 1_000_000);
      entries.push(
        entry(on, `random ${i}`, [
          [pick(), a, 0],
          [pick(), b, 0],
          [pick(), 0, a + b],
        ]),
      );
    }
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const period = { from: `2026-${mm}-01`, to: `2026-${mm}-28` };
      const cf = cashFlowStatement(period, balancesFor(entries, period.from, period.to));
      expect(cf.reconciles, `cash flow ${mm}`).toBe(true);
      expect(cf.openingCashCents + cf.netChangeCents).toBe(cf.closingCashCents);
      const bs = balanceSheet(period.to, balancesFor(entries, BEGINNING, period.to));
      expect(bs.balanced, `balance sheet ${mm}`).toBe(true);
    }
  });
});

describe('comparisons', () => {
  const janIs = incomeStatement(JAN, balancesFor(LEDGER, JAN.from, JAN.to));
  const febIs = incomeStatement(FEB, balancesFor(LEDGER, FEB.from, FEB.to));

  it('February revenue against January: variance in cents and percent, a new segment has no percent', () => {
    expect(compareSections(febIs.revenue, janIs.revenue)).toEqual([
      // 3,124.37 - 2,512.40 = 611.97; 611.97 / 2,512.40 = 24.358%
      {
        key: '4010',
        label: 'Sales: online store',
        accounts: ['4010'],
        currentCents: 312_437,
        priorCents: 251_240,
        group: null,
        lastYearCents: null,
        varianceCents: 61_197,
        variancePercent: 24.4,
      },
      // 2,400.00 - 1,800.00 = 600.00; 33.333%
      {
        key: '4020',
        label: 'Sales: wholesale',
        accounts: ['4020'],
        currentCents: 240_000,
        priorCents: 180_000,
        group: null,
        lastYearCents: null,
        varianceCents: 60_000,
        variancePercent: 33.3,
      },
      // No market sales in January: 0 there, no percent
      {
        key: '4030',
        label: 'Sales: markets and pop-ups',
        accounts: ['4030'],
        currentCents: 65_050,
        priorCents: 0,
        group: null,
        lastYearCents: null,
        varianceCents: 65_050,
        variancePercent: null,
      },
      {
        key: '4090',
        label: 'Returns and refunds',
        accounts: ['4090'],
        currentCents: -15_025,
        priorCents: 0,
        group: null,
        lastYearCents: null,
        varianceCents: -15_025,
        variancePercent: null,
      },
    ]);
  });

  it('operating expenses unchanged: variance 0 and 0.0 percent; interest down 0.83 = -1.7 percent', () => {
    expect(
      compareSections(febIs.operatingExpenses, janIs.operatingExpenses).map((l) => [
        l.key,
        l.varianceCents,
        l.variancePercent,
      ]),
    ).toEqual([
      ['6050', 0, 0],
      ['6100', 0, 0],
    ]);
    // 49.17 - 50.00 = -0.83; -0.83 / 50.00 = -1.66%
    expect(compareSections(febIs.interestExpense, janIs.interestExpense)[0]).toMatchObject({
      varianceCents: -83,
      variancePercent: -1.7,
    });
  });

  it('a total or net income compares the same way: net income 3,275.45 against 1,862.40 is +1,413.05, +75.9 percent', () => {
    // 1,413.05 / 1,862.40 = 75.872%
    expect(
      comparativeLine(
        { key: 'net-income', label: 'Net income', accounts: [] },
        febIs.netIncomeCents,
        janIs.netIncomeCents,
      ),
    ).toMatchObject({ varianceCents: 141_305, variancePercent: 75.9, lastYearCents: null });
  });

  it('three columns: lines only in the prior period or last year come after, at 0 in the current one; variance percent is against the size of the prior', () => {
    const s = (lines: [string, number][]): StatementSection => ({
      key: 'x',
      label: 'X',
      lines: lines.map(([key, amountCents]) => ({
        key,
        label: key,
        amountCents,
        accounts: [key],
      })),
      totalCents: lines.reduce((t, [, a]) => t + a, 0),
    });
    const lines = compareSections(
      s([
        ['a', 150],
        ['r', -150],
      ]),
      s([
        ['r', -100],
        ['b', 80],
      ]),
      s([
        ['c', 5],
        ['a', 100],
      ]),
    );
    expect(
      lines.map((l) => [
        l.key,
        l.currentCents,
        l.priorCents,
        l.lastYearCents,
        l.varianceCents,
        l.variancePercent,
      ]),
    ).toEqual([
      ['a', 150, 0, 100, 150, null],
      ['r', -150, -100, 0, -50, -50],
      ['b', 0, 80, 0, -80, -100],
      ['c', 0, 0, 5, 0, null],
    ]);
    // Without a prior statement there is no variance at all
    expect(compareSections(s([['a', 1]]))[0]).toMatchObject({
      priorCents: null,
      lastYearCents: null,
      varianceCents: null,
      variancePercent: null,
    });
  });
});

describe('one known entry', () => {
  /** Every figure of the three statements, by a name that says where it is. */
  function figures(entries: readonly Entry[]): Record<string, number | boolean | null> {
    const is = incomeStatement(FEB, balancesFor(entries, FEB.from, FEB.to));
    const bs = balanceSheet(FEB.to, balancesFor(entries, BEGINNING, FEB.to));
    const cf = cashFlowStatement(FEB, balancesFor(entries, FEB.from, FEB.to));
    const out: Record<string, number | boolean | null> = {};
    const add = (prefix: string, s: StatementSection): void => {
      for (const l of s.lines) out[`${prefix}.${s.key}.${l.key}`] = l.amountCents;
      out[`${prefix}.${s.key}.total`] = s.totalCents;
    };
    for (const s of [is.revenue, is.costOfGoodsSold, is.operatingExpenses, is.interestExpense])
      add('is', s);
    out['is.grossProfit'] = is.grossProfitCents;
    out['is.operatingIncome'] = is.operatingIncomeCents;
    out['is.interest'] = is.interestExpenseCents;
    out['is.netIncome'] = is.netIncomeCents;
    for (const s of [bs.assets, bs.liabilities, bs.equity]) add('bs', s);
    out['bs.totalLiabilitiesAndEquity'] = bs.totalLiabilitiesAndEquityCents;
    out['bs.balanced'] = bs.balanced;
    for (const s of [cf.operating, cf.investing, cf.financing]) add('cf', s);
    out['cf.netChange'] = cf.netChangeCents;
    out['cf.openingCash'] = cf.openingCashCents;
    out['cf.closingCash'] = cf.closingCashCents;
    out['cf.reconciles'] = cf.reconciles;
    return out;
  }

  it('a 123.45 rent payment moves rent, operating income, net income, earnings and cash by exactly 123.45 and nothing else', () => {
    const before = figures(LEDGER);
    const after = figures([
      ...LEDGER,
      entry('2026-02-20', 'Rent top-up', [
        ['6100', 12_345, 0],
        ['1010', 0, 12_345],
      ]),
    ]);
    const moved: Record<string, number> = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const a = before[key] ?? 0;
      const b = after[key] ?? 0;
      if (typeof a === 'number' && typeof b === 'number') {
        if (a !== b) moved[key] = b - a;
      } else expect(b, key).toBe(a);
    }
    expect(moved).toEqual({
      'is.operating-expenses.6100': 12_345,
      'is.operating-expenses.total': 12_345,
      'is.operatingIncome': -12_345,
      'is.netIncome': -12_345,
      'bs.assets.current:1010': -12_345,
      'bs.assets.total': -12_345,
      'bs.equity.current-earnings': -12_345,
      'bs.equity.total': -12_345,
      'bs.totalLiabilitiesAndEquity': -12_345,
      'cf.operating.net-income': -12_345,
      'cf.operating.total': -12_345,
      'cf.netChange': -12_345,
      'cf.closingCash': -12_345,
    });
    expect(after['bs.balanced']).toBe(true);
    expect(after['cf.reconciles']).toBe(true);
    // The margins are ratios, so they move too: gross unchanged (75.1); operating
    // 3,201.17 / 6,024.62 = 53.134%; net 3,152.00 / 6,024.62 = 52.318%
    const is = incomeStatement(
      FEB,
      balancesFor(
        [
          ...LEDGER,
          entry('2026-02-20', 'Rent top-up', [
            ['6100', 12_345, 0],
            ['1010', 0, 12_345],
          ]),
        ],
        FEB.from,
        FEB.to,
      ),
    );
    expect([is.grossMarginPercent, is.operatingMarginPercent, is.netMarginPercent]).toEqual([
      75.1, 53.1, 52.3,
    ]);
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
