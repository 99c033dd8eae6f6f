import { describe, expect, it } from 'vitest';
import { entryViolations, isIsoDate, reversalOf, type EntryDraft } from './journal.js';

const ACCOUNTS = new Map([
  ['1000', { postable: false }], // Assets (a heading)
  ['1010', { postable: true }], // Operating checking
  ['3010', { postable: true }], // Owner's contributions
  ['4010', { postable: true }], // Sales: online store
  ['2200', { postable: true }], // Sales tax payable
]);

function draft(overrides: Partial<EntryDraft> = {}): EntryDraft {
  return {
    occurredOn: '2026-03-02',
    memo: 'Owner contributes start-up cash',
    lines: [
      { accountCode: '1010', debitCents: 1_000_000, creditCents: 0 },
      { accountCode: '3010', debitCents: 0, creditCents: 1_000_000 },
    ],
    ...overrides,
  };
}

describe('entryViolations', () => {
  it('accepts a balanced two-line entry', () => {
    expect(entryViolations(draft(), ACCOUNTS)).toEqual([]);
  });

  it('accepts a balanced split entry (a sale with sales tax)', () => {
    const sale = draft({
      memo: 'Online order #1042',
      lines: [
        { accountCode: '1010', debitCents: 10_825, creditCents: 0 },
        { accountCode: '4010', debitCents: 0, creditCents: 10_000, memo: 'Mugs' },
        { accountCode: '2200', debitCents: 0, creditCents: 825, memo: '8.25% sales tax' },
      ],
    });
    expect(entryViolations(sale, ACCOUNTS)).toEqual([]);
  });

  it('refuses an entry off by one cent and says by how much', () => {
    const entry = draft({
      lines: [
        { accountCode: '1010', debitCents: 1_000_000, creditCents: 0 },
        { accountCode: '3010', debitCents: 0, creditCents: 999_999 },
      ],
    });
    expect(entryViolations(entry, ACCOUNTS)).toEqual([
      {
        code: 'UNBALANCED',
        message: 'debits 10,000.00 and credits 9,999.99 differ by 0.01',
      },
    ]);
  });

  it('refuses a single line as too few', () => {
    const entry = draft({ lines: [{ accountCode: '1010', debitCents: 100, creditCents: 0 }] });
    expect(entryViolations(entry, ACCOUNTS).map((v) => v.code)).toEqual([
      'TOO_FEW_LINES',
      'UNBALANCED',
    ]);
  });

  it('refuses a line with both sides, and a line with neither, naming the line', () => {
    const entry = draft({
      lines: [
        { accountCode: '1010', debitCents: 500, creditCents: 500 },
        { accountCode: '3010', debitCents: 0, creditCents: 0 },
      ],
    });
    expect(entryViolations(entry, ACCOUNTS)).toEqual([
      {
        code: 'LINE_NOT_ONE_SIDED',
        line: 1,
        message: 'line 1: has both a debit 5.00 and a credit 5.00; use two lines',
      },
      { code: 'LINE_NOT_ONE_SIDED', line: 2, message: 'line 2: has neither a debit nor a credit' },
    ]);
  });

  it('refuses fractions of a cent, negative and non-numeric amounts, and skips the balance check', () => {
    const entry = draft({
      lines: [
        { accountCode: '1010', debitCents: 19.99, creditCents: 0 },
        { accountCode: '3010', debitCents: 0, creditCents: -1999 },
        { accountCode: '3010', debitCents: Number.NaN, creditCents: 0 },
      ],
    });
    expect(entryViolations(entry, ACCOUNTS)).toEqual([
      {
        code: 'AMOUNT_NOT_CENTS',
        line: 1,
        message: 'line 1: the debit 19.99 is not a non-negative whole number of cents',
      },
      {
        code: 'AMOUNT_NOT_CENTS',
        line: 2,
        message: 'line 2: the credit -1999 is not a non-negative whole number of cents',
      },
      {
        code: 'AMOUNT_NOT_CENTS',
        line: 3,
        message: 'line 3: the debit NaN is not a non-negative whole number of cents',
      },
    ]);
  });

  it('refuses a line above 100 billion dollars', () => {
    const entry = draft({
      lines: [
        { accountCode: '1010', debitCents: 10_000_000_000_001, creditCents: 0 },
        { accountCode: '3010', debitCents: 0, creditCents: 10_000_000_000_001 },
      ],
    });
    const violations = entryViolations(entry, ACCOUNTS);
    expect(violations.map((v) => [v.code, v.line])).toEqual([
      ['AMOUNT_TOO_LARGE', 1],
      ['AMOUNT_TOO_LARGE', 2],
    ]);
    expect(violations[0]?.message).toBe(
      'line 1: the debit 100,000,000,000.01 is above the 100,000,000,000.00 a line may carry',
    );
  });

  it('accepts exactly the largest line amount', () => {
    const entry = draft({
      lines: [
        { accountCode: '1010', debitCents: 10_000_000_000_000, creditCents: 0 },
        { accountCode: '3010', debitCents: 0, creditCents: 10_000_000_000_000 },
      ],
    });
    expect(entryViolations(entry, ACCOUNTS)).toEqual([]);
  });

  it('refuses an unknown account and a heading account', () => {
    const entry = draft({
      lines: [
        { accountCode: '9999', debitCents: 100, creditCents: 0 },
        { accountCode: '1000', debitCents: 0, creditCents: 100 },
      ],
    });
    expect(entryViolations(entry, ACCOUNTS)).toEqual([
      { code: 'UNKNOWN_ACCOUNT', line: 1, message: 'line 1: there is no account 9999' },
      {
        code: 'ACCOUNT_NOT_POSTABLE',
        line: 2,
        message: 'line 2: account 1000 is a heading; post to one of its sub-accounts',
      },
    ]);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-3-2', '03/02/2026', ''])(
    'refuses the date %j',
    (occurredOn) => {
      expect(entryViolations(draft({ occurredOn }), ACCOUNTS).map((v) => v.code)).toEqual([
        'INVALID_DATE',
      ]);
    },
  );

  it('accepts a leap day in a leap year', () => {
    expect(entryViolations(draft({ occurredOn: '2028-02-29' }), ACCOUNTS)).toEqual([]);
  });

  it('refuses a blank memo and one over 500 characters, judged trimmed', () => {
    expect(entryViolations(draft({ memo: '   ' }), ACCOUNTS).map((v) => v.code)).toEqual([
      'EMPTY_MEMO',
    ]);
    expect(entryViolations(draft({ memo: `  ${'x'.repeat(500)}  ` }), ACCOUNTS)).toEqual([]);
    expect(entryViolations(draft({ memo: 'x'.repeat(501) }), ACCOUNTS)).toEqual([
      { code: 'EMPTY_MEMO', message: 'the memo is 501 characters; at most 500 are kept' },
    ]);
  });

  it('reports every problem at once: date, memo, then lines in order, then balance', () => {
    const entry: EntryDraft = {
      occurredOn: 'yesterday',
      memo: '',
      lines: [
        { accountCode: '1010', debitCents: 300, creditCents: 0 },
        { accountCode: '4242', debitCents: 0, creditCents: 200 },
      ],
    };
    expect(entryViolations(entry, ACCOUNTS).map((v) => [v.code, v.line])).toEqual([
      ['INVALID_DATE', undefined],
      ['EMPTY_MEMO', undefined],
      ['UNKNOWN_ACCOUNT', 2],
      ['UNBALANCED', undefined],
    ]);
  });

  it('sums thousands of maximal lines exactly (beyond safe integers) and still sees one cent', () => {
    const lines = [
      ...Array.from({ length: 1000 }, () => ({
        accountCode: '1010',
        debitCents: 10_000_000_000_000,
        creditCents: 0,
      })),
      ...Array.from({ length: 1000 }, () => ({
        accountCode: '3010',
        debitCents: 0,
        creditCents: 10_000_000_000_000,
      })),
    ];
    lines[1999] = { accountCode: '3010', debitCents: 0, creditCents: 9_999_999_999_999 };
    expect(entryViolations(draft({ lines }), ACCOUNTS)).toEqual([
      {
        code: 'UNBALANCED',
        message: 'debits 100,000,000,000,000.00 and credits 99,999,999,999,999.99 differ by 0.01',
      },
    ]);
  });
});

describe('reversalOf', () => {
  it('swaps each line’s sides and keeps accounts and memos, so the pair nets to zero', () => {
    const lines = [
      { accountCode: '1010', debitCents: 10_825, creditCents: 0, memo: null },
      { accountCode: '4010', debitCents: 0, creditCents: 10_000, memo: 'Mugs' },
      { accountCode: '2200', debitCents: 0, creditCents: 825 },
    ];
    expect(reversalOf(lines)).toEqual([
      { accountCode: '1010', debitCents: 0, creditCents: 10_825, memo: null },
      { accountCode: '4010', debitCents: 10_000, creditCents: 0, memo: 'Mugs' },
      { accountCode: '2200', debitCents: 825, creditCents: 0 },
    ]);
    expect(lines[0]?.debitCents).toBe(10_825); // the original is untouched
    expect(
      entryViolations(
        { occurredOn: '2026-03-03', memo: 'Reverses order #1042', lines: reversalOf(lines) },
        ACCOUNTS,
      ),
    ).toEqual([]);
  });
});

describe('isIsoDate', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31T00:00:00Z')).toBe(false);
  });
});
