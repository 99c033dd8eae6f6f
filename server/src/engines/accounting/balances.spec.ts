import { describe, expect, it } from 'vitest';
import { balanceCents, trialBalance, type AccountTotals } from './balances.js';
import {
  entryViolations,
  type EntryDraft,
  type NormalBalance,
  type AccountType,
} from './journal.js';

/** A small shop's chart: [code, name, type, normal balance]. 1050 never gets a posting. */
const CHART: Array<[string, string, AccountType, NormalBalance]> = [
  ['1010', 'Operating checking', 'ASSET', 'DEBIT'],
  ['1050', 'Payment processor clearing', 'ASSET', 'DEBIT'],
  ['1200', 'Inventory', 'ASSET', 'DEBIT'],
  ['2010', 'Accounts payable', 'LIABILITY', 'CREDIT'],
  ['2100', 'Credit card payable', 'LIABILITY', 'CREDIT'],
  ['3010', "Owner's contributions", 'EQUITY', 'CREDIT'],
  ['4010', 'Sales: online store', 'REVENUE', 'CREDIT'],
  ['4090', 'Returns and refunds', 'REVENUE', 'DEBIT'], // contra revenue
  ['5010', 'Materials and merchandise', 'COGS', 'DEBIT'],
  ['6100', 'Rent', 'EXPENSE', 'DEBIT'],
  ['6120', 'Supplies', 'EXPENSE', 'DEBIT'],
];

function entry(
  occurredOn: string,
  memo: string,
  debit: [string, number],
  credit: [string, number],
): EntryDraft {
  return {
    occurredOn,
    memo,
    lines: [
      { accountCode: debit[0], debitCents: debit[1], creditCents: 0 },
      { accountCode: credit[0], debitCents: 0, creditCents: credit[1] },
    ],
  };
}

/** The hand-built ledger: one month of a pottery shop, in cents. */
const LEDGER: EntryDraft[] = [
  entry('2026-03-01', 'Owner contributes 10,000.00', ['1010', 1_000_000], ['3010', 1_000_000]),
  entry('2026-03-02', 'Buys clay and glaze stock 2,500.00', ['1200', 250_000], ['1010', 250_000]),
  entry('2026-03-05', 'Sells mugs for 1,234.56 cash', ['1010', 123_456], ['4010', 123_456]),
  entry('2026-03-05', 'Cost of the mugs sold 400.00', ['5010', 40_000], ['1200', 40_000]),
  entry('2026-03-06', 'Pays March rent 800.00', ['6100', 80_000], ['1010', 80_000]),
  entry('2026-03-09', 'Buys stock on account 300.00', ['1200', 30_000], ['2010', 30_000]),
  entry('2026-03-12', 'Refunds a cracked mug 34.56', ['4090', 3_456], ['1010', 3_456]),
  entry('2026-03-16', 'Pays half the supplier bill 150.00', ['2010', 15_000], ['1010', 15_000]),
  entry('2026-03-20', 'Supplies on the credit card 50.00', ['6120', 5_000], ['2100', 5_000]),
  entry('2026-03-27', 'Pays the credit card 50.00', ['2100', 5_000], ['1010', 5_000]),
];

/** What the database's aggregate would return: debit and credit sums per account. */
function totalsOf(entries: EntryDraft[]): AccountTotals[] {
  return CHART.map(([code, name, type, normalBalance]) => {
    const lines = entries.flatMap((e) => e.lines).filter((l) => l.accountCode === code);
    return {
      accountId: `acct-${code}`,
      code,
      name,
      type,
      normalBalance,
      debitCents: lines.reduce((sum, l) => sum + l.debitCents, 0),
      creditCents: lines.reduce((sum, l) => sum + l.creditCents, 0),
    };
  });
}

describe('balanceCents', () => {
  it('is positive on the account’s normal side', () => {
    expect(balanceCents('DEBIT', 50_000, 12_000)).toBe(38_000);
    expect(balanceCents('CREDIT', 0, 100_000)).toBe(100_000);
  });

  it('is negative on the unusual side (an overdrawn bank account)', () => {
    expect(balanceCents('DEBIT', 10_000, 12_550)).toBe(-2_550);
  });
});

describe('trialBalance of a hand-built month', () => {
  const postable = new Map(CHART.map(([code]) => [code, { postable: true }]));

  it('posts only valid entries', () => {
    for (const e of LEDGER) expect(entryViolations(e, postable)).toEqual([]);
  });

  const result = trialBalance([...totalsOf(LEDGER)].reverse());
  const row = (code: string) => result.rows.find((r) => r.code === code);

  it('lists accounts with activity by code, leaving out the untouched 1050', () => {
    expect(result.rows.map((r) => r.code)).toEqual([
      '1010',
      '1200',
      '2010',
      '2100',
      '3010',
      '4010',
      '4090',
      '5010',
      '6100',
      '6120',
    ]);
  });

  it('computes every balance to the cent', () => {
    // 1010 checking: in 10,000.00 + 1,234.56 = 11,234.56;
    //   out 2,500.00 + 800.00 + 34.56 + 150.00 + 50.00 = 3,534.56; balance 7,700.00 (debit).
    expect(row('1010')).toMatchObject({
      debitCents: 1_123_456,
      creditCents: 353_456,
      balanceCents: 770_000,
      debitBalanceCents: 770_000,
      creditBalanceCents: 0,
    });
    // 1200 inventory: 2,500.00 + 300.00 - 400.00 = 2,400.00 (debit).
    expect(row('1200')).toMatchObject({ balanceCents: 240_000, debitBalanceCents: 240_000 });
    // 2010 payables: 300.00 owed - 150.00 paid = 150.00 (credit).
    expect(row('2010')).toMatchObject({
      debitCents: 15_000,
      creditCents: 30_000,
      balanceCents: 15_000,
      debitBalanceCents: 0,
      creditBalanceCents: 15_000,
    });
    // 2100 credit card: charged 50.00 and paid 50.00: listed, at zero in both columns.
    expect(row('2100')).toEqual({
      accountId: 'acct-2100',
      code: '2100',
      name: 'Credit card payable',
      type: 'LIABILITY',
      normalBalance: 'CREDIT',
      debitCents: 5_000,
      creditCents: 5_000,
      balanceCents: 0,
      debitBalanceCents: 0,
      creditBalanceCents: 0,
    });
    // 3010 owner: 10,000.00 (credit). 4010 sales: 1,234.56 (credit).
    expect(row('3010')).toMatchObject({ balanceCents: 1_000_000, creditBalanceCents: 1_000_000 });
    expect(row('4010')).toMatchObject({ balanceCents: 123_456, creditBalanceCents: 123_456 });
    // 4090 returns (contra revenue, normal debit): 34.56 in the debit column among the revenues.
    expect(row('4090')).toMatchObject({
      type: 'REVENUE',
      balanceCents: 3_456,
      debitBalanceCents: 3_456,
      creditBalanceCents: 0,
    });
    // 5010 COGS 400.00, 6100 rent 800.00, 6120 supplies 50.00 (all debit).
    expect(row('5010')).toMatchObject({ balanceCents: 40_000, debitBalanceCents: 40_000 });
    expect(row('6100')).toMatchObject({ balanceCents: 80_000, debitBalanceCents: 80_000 });
    expect(row('6120')).toMatchObject({ balanceCents: 5_000, debitBalanceCents: 5_000 });
  });

  it('totals both columns to 11,384.56 and balances', () => {
    // Debits: 7,700.00 + 2,400.00 + 34.56 + 400.00 + 800.00 + 50.00 = 11,384.56.
    // Credits: 150.00 + 0.00 + 10,000.00 + 1,234.56 = 11,384.56.
    expect(result).toMatchObject({
      totalDebitCents: 1_138_456,
      totalCreditCents: 1_138_456,
      balanced: true,
    });
  });

  it('shows a contra account with a credit net in the credit column (a reversed refund)', () => {
    const returns = totalsOf([]).filter((t) => t.code === '4090');
    const tb = trialBalance(returns.map((r) => ({ ...r, debitCents: 1_000, creditCents: 1_500 })));
    expect(tb.rows[0]).toMatchObject({
      balanceCents: -500,
      debitBalanceCents: 0,
      creditBalanceCents: 500,
    });
  });
});

describe('trialBalance when the books are off', () => {
  it('reports unbalanced columns (totals read from a damaged source)', () => {
    const tb = trialBalance([
      {
        accountId: 'a',
        code: '1010',
        name: 'Checking',
        type: 'ASSET',
        normalBalance: 'DEBIT',
        debitCents: 10_000,
        creditCents: 0,
      },
      {
        accountId: 'b',
        code: '4010',
        name: 'Sales',
        type: 'REVENUE',
        normalBalance: 'CREDIT',
        debitCents: 0,
        creditCents: 9_999,
      },
    ]);
    expect(tb).toMatchObject({ totalDebitCents: 10_000, totalCreditCents: 9_999, balanced: false });
  });

  it('is empty and balanced with no activity', () => {
    expect(trialBalance([])).toEqual({
      rows: [],
      totalDebitCents: 0,
      totalCreditCents: 0,
      balanced: true,
    });
  });

  it('refuses totals that are not whole cents', () => {
    expect(() =>
      trialBalance([
        {
          accountId: 'a',
          code: '1010',
          name: 'Checking',
          type: 'ASSET',
          normalBalance: 'DEBIT',
          debitCents: 0.5,
          creditCents: 0,
        },
      ]),
    ).toThrow(RangeError);
  });
});
