import { CHART_OF_ACCOUNTS, migrateDatabase, openDatabase, type HubDatabase } from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { JournalPoster } from './journal-poster.js';
import { ledgerDatabaseError } from './ledger-errors.js';
import { LedgerService, type PostingDraft } from './ledger.service.js';

let testDb: TestDatabase;
let db: HubDatabase;
let ledger: LedgerService;

const SYSTEM: JournalPoster = { type: 'SYSTEM', id: 'ledger.service.spec' };

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  ledger = new LedgerService(db.dataSource, new AuditService(db.dataSource));
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** A workspace of its own with the demo chart of accounts (headers and parents included). */
async function workspaceWithChart(slug: string): Promise<string> {
  const [{ id }] = (await db.dataSource.query(
    `INSERT INTO workspace (slug, name) VALUES ($1, $1) RETURNING id`,
    [slug],
  )) as [{ id: string }];
  for (const account of CHART_OF_ACCOUNTS) {
    await db.dataSource.query(
      `INSERT INTO ledger_account
         (workspace_id, code, name, type, normal_balance, parent_id, postable, schedule_c_line, description)
       VALUES ($1, $2, $3, $4, $5,
               (SELECT id FROM ledger_account WHERE workspace_id = $1 AND code = $6), $7, $8, $9)`,
      [
        id,
        account.code,
        account.name,
        account.type,
        account.normalBalance,
        account.parent,
        account.postable,
        account.scheduleCLine,
        account.description,
      ],
    );
  }
  return id;
}

type Line = [accountCode: string, debitCents: number, creditCents: number];

function draft(
  occurredOn: string,
  memo: string,
  lines: Line[],
  source: Pick<PostingDraft, 'sourceType' | 'sourceId'> = {
    sourceType: 'ADJUSTMENT',
    sourceId: null,
  },
): PostingDraft {
  return {
    occurredOn,
    memo,
    lines: lines.map(([accountCode, debitCents, creditCents]) => ({
      accountCode,
      debitCents,
      creditCents,
    })),
    ...source,
  };
}

async function rowCounts(workspaceId: string) {
  const [row] = (await db.dataSource.query(
    `SELECT (SELECT count(*) FROM journal_entry WHERE workspace_id = $1)::int AS entries,
            (SELECT count(*) FROM journal_line WHERE workspace_id = $1)::int AS lines,
            (SELECT count(*) FROM audit_event WHERE workspace_id = $1)::int AS audits`,
    [workspaceId],
  )) as [{ entries: number; lines: number; audits: number }];
  return { entries: Number(row.entries), lines: Number(row.lines), audits: Number(row.audits) };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** The trial balance's rows as [code, debit column, credit column]. */
async function columns(workspaceId: string, asOf: string) {
  const balance = await ledger.trialBalance(workspaceId, asOf);
  return {
    rows: balance.rows.map((row) => [row.code, row.debitBalanceCents, row.creditBalanceCents]),
    totals: [balance.totalDebitCents, balance.totalCreditCents, balance.balanced],
  };
}

describe('a small hand-built ledger', () => {
  let shop: string;

  beforeAll(async () => {
    shop = await workspaceWithChart('ledger-books');
    const entries: PostingDraft[] = [
      draft(
        '2026-01-01',
        'Opening balances',
        [
          ['1010', 2_500_000, 0],
          ['1500', 1_200_000, 0],
          ['2500', 0, 1_000_000],
          ['3010', 0, 2_700_000],
        ],
        { sourceType: 'OPENING_BALANCE', sourceId: '2026' },
      ),
      draft(
        '2026-01-05',
        'Wholesale invoice',
        [
          ['1100', 125_000, 0],
          ['4020', 0, 125_000],
        ],
        { sourceType: 'INVOICE', sourceId: 'INV-1' },
      ),
      draft(
        '2026-01-07',
        'Clay and glaze on account',
        [
          ['1200', 48_025, 0],
          ['2010', 0, 48_025],
        ],
        { sourceType: 'BILL', sourceId: 'BILL-1' },
      ),
      draft(
        '2026-01-31',
        'January rent',
        [
          ['6100', 180_000, 0],
          ['1010', 0, 180_000],
        ],
        { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-rent' },
      ),
      draft(
        '2026-02-01',
        'Loan payment: principal and interest',
        [
          ['2500', 41_237, 0],
          ['6070', 6_250, 0],
          ['1010', 0, 47_487],
        ],
        { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-loan' },
      ),
      draft(
        '2026-02-10',
        'Payment of INV-1',
        [
          ['1010', 125_000, 0],
          ['1100', 0, 125_000],
        ],
        { sourceType: 'PAYMENT', sourceId: 'PAY-1' },
      ),
      draft(
        '2026-02-15',
        'Online sales, net of processing fees',
        [
          ['1050', 29_901, 0],
          ['6220', 897, 0],
          ['4010', 0, 30_798],
        ],
        { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-payout' },
      ),
    ];
    for (const entry of entries) await ledger.post(shop, entry, SYSTEM);
  });

  it('has nothing on the trial balance the day before the books open', async () => {
    expect(await columns(shop, '2025-12-31')).toEqual({ rows: [], totals: [0, 0, true] });
  });

  it('balances at the end of January to the cent, by account', async () => {
    expect(await columns(shop, '2026-01-31')).toEqual({
      rows: [
        ['1010', 2_320_000, 0],
        ['1100', 125_000, 0],
        ['1200', 48_025, 0],
        ['1500', 1_200_000, 0],
        ['2010', 0, 48_025],
        ['2500', 0, 1_000_000],
        ['3010', 0, 2_700_000],
        ['4020', 0, 125_000],
        ['6100', 180_000, 0],
      ],
      totals: [3_873_025, 3_873_025, true],
    });
  });

  it('counts an entry on the as-of date itself (the loan payment of February 1st)', async () => {
    const { rows, totals } = await columns(shop, '2026-02-01');
    expect(rows).toContainEqual(['1010', 2_272_513, 0]);
    expect(rows).toContainEqual(['2500', 0, 958_763]);
    expect(rows).toContainEqual(['6070', 6_250, 0]);
    expect(totals).toEqual([3_831_788, 3_831_788, true]);
  });

  it('balances at the end of February, listing the settled receivable at zero', async () => {
    expect(await columns(shop, '2026-02-28')).toEqual({
      rows: [
        ['1010', 2_397_513, 0],
        ['1050', 29_901, 0],
        ['1100', 0, 0],
        ['1200', 48_025, 0],
        ['1500', 1_200_000, 0],
        ['2010', 0, 48_025],
        ['2500', 0, 958_763],
        ['3010', 0, 2_700_000],
        ['4010', 0, 30_798],
        ['4020', 0, 125_000],
        ['6070', 6_250, 0],
        ['6100', 180_000, 0],
        ['6220', 897, 0],
      ],
      totals: [3_862_586, 3_862_586, true],
    });
  });

  it('gives each account its opening balance, February activity and closing balance', async () => {
    const balances = await ledger.accountBalances(shop, { from: '2026-02-01', asOf: '2026-02-28' });
    const byCode = new Map(balances.map((b) => [b.code, b]));
    const figures = (code: string) => {
      const b = byCode.get(code);
      return b && [b.openingCents, b.debitCents, b.creditCents, b.closingCents];
    };
    expect(figures('1010')).toEqual([2_320_000, 125_000, 47_487, 2_397_513]);
    expect(figures('2500')).toEqual([1_000_000, 41_237, 0, 958_763]);
    expect(figures('6100')).toEqual([180_000, 0, 0, 180_000]);
    expect(figures('4010')).toEqual([0, 0, 30_798, 30_798]);
    expect(figures('6070')).toEqual([0, 6_250, 0, 6_250]);
    expect(figures('6010')).toEqual([0, 0, 0, 0]);
    // Every postable account, none of the headers.
    expect(balances.map((b) => b.code)).toEqual(
      CHART_OF_ACCOUNTS.filter((a) => a.postable).map((a) => a.code),
    );
    expect(byCode.get('6100')?.scheduleCLine).toBe('L20B_RENT_OTHER_PROPERTY');
  });

  it('without a start date, takes everything up to asOf as the period', async () => {
    const balances = await ledger.accountBalances(shop, { asOf: '2026-01-31' });
    const cash = balances.find((b) => b.code === '1010');
    expect(cash).toMatchObject({
      openingCents: 0,
      debitCents: 2_500_000,
      creditCents: 180_000,
      closingCents: 2_320_000,
    });
  });

  it('refuses a date that is not on the calendar', async () => {
    const error = await refusal(ledger.trialBalance(shop, '2026-02-30'));
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ field: 'asOf' });
  });

  it('lists the chart in code order with parents, postability and Schedule C lines', async () => {
    const accounts = await ledger.accounts(shop);
    expect(accounts.map((a) => a.code)).toEqual(CHART_OF_ACCOUNTS.map((a) => a.code).sort());
    expect(accounts.find((a) => a.code === '6100')).toMatchObject({
      name: 'Rent',
      type: 'EXPENSE',
      normalBalance: 'DEBIT',
      parentCode: '6000',
      postable: true,
      scheduleCLine: 'L20B_RENT_OTHER_PROPERTY',
      scheduleCLineLabel: 'Line 20b: Rent or lease, other business property',
    });
    expect(accounts.find((a) => a.code === '6000')).toMatchObject({
      parentCode: null,
      postable: false,
      scheduleCLine: null,
      scheduleCLineLabel: null,
    });
    expect(accounts.find((a) => a.code === '4090')).toMatchObject({
      type: 'REVENUE',
      normalBalance: 'DEBIT',
    });
  });
});

describe('posting refuses a wrong entry and writes nothing', () => {
  let shop: string;
  let other: string;

  beforeAll(async () => {
    shop = await workspaceWithChart('ledger-refusals');
    other = (
      await db.dataSource.query(
        `INSERT INTO workspace (slug, name) VALUES ('ledger-other', 'Other') RETURNING id`,
      )
    )[0].id as string;
    await db.dataSource.query(
      `INSERT INTO ledger_account (workspace_id, code, name, type, normal_balance)
       VALUES ($1, '6999', 'Only the other workspace has it', 'EXPENSE', 'DEBIT'),
              ($1, '1010', 'Their checking', 'ASSET', 'DEBIT')`,
      [other],
    );
  });

  it('refuses an entry a cent short with INVALID_JOURNAL_ENTRY naming the difference', async () => {
    const before = await rowCounts(shop);
    const error = await refusal(
      ledger.post(
        shop,
        draft('2026-03-02', 'Market sales', [
          ['1010', 10_000, 0],
          ['4030', 0, 9_999],
        ]),
        SYSTEM,
      ),
    );
    expect(error.errorCode).toBe('INVALID_JOURNAL_ENTRY');
    expect(error.details.violations).toEqual([
      { code: 'UNBALANCED', message: 'debits 100.00 and credits 99.99 differ by 0.01' },
    ]);
    expect(error.message).toContain('differ by 0.01');
    expect(await rowCounts(shop)).toEqual(before);
  });

  it("refuses an unknown account code and another workspace's account, by line", async () => {
    const before = await rowCounts(shop);
    const error = await refusal(
      ledger.post(
        shop,
        draft('2026-03-02', 'Misc', [
          ['9999', 500, 0],
          ['6999', 500, 0],
          ['1010', 0, 1_000],
        ]),
        SYSTEM,
      ),
    );
    expect(error.errorCode).toBe('INVALID_JOURNAL_ENTRY');
    expect(error.details.violations).toEqual([
      { code: 'UNKNOWN_ACCOUNT', line: 1, message: 'line 1: there is no account 9999' },
      { code: 'UNKNOWN_ACCOUNT', line: 2, message: 'line 2: there is no account 6999' },
    ]);
    expect(await rowCounts(shop)).toEqual(before);
  });

  it("resolves codes to the posting workspace's own accounts", async () => {
    const entry = await ledger.post(
      other,
      draft('2026-03-02', 'Their expense', [
        ['6999', 700, 0],
        ['1010', 0, 700],
      ]),
      SYSTEM,
    );
    const [{ n }] = (await db.dataSource.query(
      `SELECT count(*)::int AS n FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.entry_id = $1 AND a.workspace_id = $2 AND l.workspace_id = $2`,
      [entry.id, other],
    )) as [{ n: number }];
    expect(Number(n)).toBe(2);
    expect(entry.lines.map((l) => [l.accountCode, l.accountName])).toEqual([
      ['6999', 'Only the other workspace has it'],
      ['1010', 'Their checking'],
    ]);
  });

  it('refuses a header account: post to one of its sub-accounts', async () => {
    const before = await rowCounts(shop);
    const error = await refusal(
      ledger.post(
        shop,
        draft('2026-03-02', 'Expenses', [
          ['6000', 2_500, 0],
          ['1010', 0, 2_500],
        ]),
        SYSTEM,
      ),
    );
    expect(error.errorCode).toBe('INVALID_JOURNAL_ENTRY');
    expect(error.details.violations).toEqual([
      {
        code: 'ACCOUNT_NOT_POSTABLE',
        line: 1,
        message: 'line 1: account 6000 is a heading; post to one of its sub-accounts',
      },
    ]);
    expect(await rowCounts(shop)).toEqual(before);
  });

  it('posts a document once: the same source again is DUPLICATE_JOURNAL_SOURCE', async () => {
    const sale = draft(
      '2026-03-03',
      'Invoice INV-9',
      [
        ['1100', 9_900, 0],
        ['4020', 0, 9_900],
      ],
      { sourceType: 'INVOICE', sourceId: 'INV-9' },
    );
    const first = await ledger.post(shop, sale, SYSTEM);
    const before = await rowCounts(shop);
    const error = await refusal(ledger.post(shop, sale, SYSTEM));
    expect(error.errorCode).toBe('DUPLICATE_JOURNAL_SOURCE');
    expect(error.details).toEqual({ sourceType: 'INVOICE', sourceId: 'INV-9', entryId: first.id });
    expect(await rowCounts(shop)).toEqual(before);
    // Another workspace's INV-9 is another document.
    const theirs = await ledger.post(
      other,
      draft(
        '2026-03-03',
        'Their invoice INV-9',
        [
          ['1010', 9_900, 0],
          ['6999', 0, 9_900],
        ],
        { sourceType: 'INVOICE', sourceId: 'INV-9' },
      ),
      SYSTEM,
    );
    expect(theirs.sourceId).toBe('INV-9');
  });

  it('refuses to post a REVERSAL directly (reverse names the entry it undoes)', async () => {
    const error = await refusal(
      ledger.post(
        shop,
        {
          ...draft('2026-03-03', 'Sneaky', [
            ['1010', 1, 0],
            ['4010', 0, 1],
          ]),
          sourceType: 'REVERSAL' as 'ADJUSTMENT',
        },
        SYSTEM,
      ),
    );
    expect(error.errorCode).toBe('INVALID_JOURNAL_ENTRY');
  });
});

describe("postWithin, inside the caller's transaction", () => {
  let shop: string;

  beforeAll(async () => {
    shop = await workspaceWithChart('ledger-within');
  });

  it("commits and rolls back with the caller's own writes", async () => {
    const before = await rowCounts(shop);
    await expect(
      db.dataSource.transaction(async (tx) => {
        await ledger.postWithin(
          tx,
          shop,
          draft(
            '2026-04-01',
            'Categorized card charge',
            [
              ['6200', 2_999, 0],
              ['2100', 0, 2_999],
            ],
            { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-rolled-back' },
          ),
          { type: 'AGENT', id: 'run-1' },
        );
        throw new Error('the caller fails after posting');
      }),
    ).rejects.toThrow('the caller fails after posting');
    expect(await rowCounts(shop)).toEqual(before);

    const entry = await db.dataSource.transaction((tx) =>
      ledger.postWithin(
        tx,
        shop,
        draft(
          '2026-04-01',
          'Categorized card charge',
          [
            ['6200', 2_999, 0],
            ['2100', 0, 2_999],
          ],
          { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-rolled-back' },
        ),
        { type: 'AGENT', id: 'run-1' },
      ),
    );
    expect(entry).toMatchObject({
      workspaceId: shop,
      occurredOn: '2026-04-01',
      sourceType: 'BANK_TRANSACTION',
      sourceId: 'bt-rolled-back',
      postedByType: 'AGENT',
      postedBy: 'run-1',
      reversesEntryId: null,
    });
    expect(Number(entry.seq)).toBeGreaterThan(0);
    // postWithin audits nothing: the caller audits its own action.
    expect(await rowCounts(shop)).toEqual({
      ...before,
      entries: before.entries + 1,
      lines: before.lines + 2,
    });
  });

  it('leaves the balance check deferred for what the caller writes next', async () => {
    await db.dataSource.transaction(async (tx) => {
      await ledger.postWithin(
        tx,
        shop,
        draft('2026-04-02', 'First', [
          ['6210', 1_250, 0],
          ['1010', 0, 1_250],
        ]),
        SYSTEM,
      );
      // An entry row before its lines is fine until commit (the triggers are deferred again).
      const [{ id }] = (await tx.query(
        `INSERT INTO journal_entry (workspace_id, occurred_on, memo, source_type, posted_by_type, posted_by)
         VALUES ($1, '2026-04-02', 'raw', 'ADJUSTMENT', 'SYSTEM', 'spec') RETURNING id`,
        [shop],
      )) as [{ id: string }];
      await tx.query(
        `INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents)
         SELECT $1, $2, id, '2026-04-02', CASE code WHEN '6210' THEN 10 ELSE 0 END,
                CASE code WHEN '1010' THEN 10 ELSE 0 END
           FROM ledger_account WHERE workspace_id = $2 AND code IN ('6210', '1010')`,
        [id, shop],
      );
    });
    const balance = await ledger.trialBalance(shop, '2026-04-02');
    expect(balance.rows.find((r) => r.code === '6210')?.debitBalanceCents).toBe(1_260);
  });

  it("types the database's own balance refusal before the caller commits", async () => {
    const before = await rowCounts(shop);
    const error = await refusal(
      db.dataSource.transaction(async (tx) => {
        // A caller's own unbalanced write earlier in the transaction (one line only).
        const [{ id }] = (await tx.query(
          `INSERT INTO journal_entry (workspace_id, occurred_on, memo, source_type, posted_by_type, posted_by)
           VALUES ($1, '2026-04-03', 'half an entry', 'ADJUSTMENT', 'SYSTEM', 'spec') RETURNING id`,
          [shop],
        )) as [{ id: string }];
        await tx.query(
          `INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents)
           SELECT $1, $2, id, '2026-04-03', 500 FROM ledger_account WHERE workspace_id = $2 AND code = '6090'`,
          [id, shop],
        );
        await ledger.postWithin(
          tx,
          shop,
          draft('2026-04-03', 'A good entry', [
            ['6090', 100, 0],
            ['1010', 0, 100],
          ]),
          SYSTEM,
        );
      }),
    );
    expect(error.errorCode).toBe('INVALID_JOURNAL_ENTRY');
    expect(error.details).toMatchObject({ constraint: 'ck_journal_entry_balanced' });
    expect(await rowCounts(shop)).toEqual(before);
  });
});

describe('reversing an entry', () => {
  let shop: string;

  beforeAll(async () => {
    shop = await workspaceWithChart('ledger-reversals');
  });

  it('posts the swapped entry once, and refuses a second reversal', async () => {
    const rent = await ledger.post(
      shop,
      draft(
        '2026-05-01',
        'May rent',
        [
          ['6100', 180_000, 0],
          ['1010', 0, 180_000],
        ],
        { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-may-rent' },
      ),
      { type: 'USER', id: 'u-1' },
    );
    const reversal = await ledger.reverse(shop, rent.id, 'Posted to the wrong month', {
      type: 'USER',
      id: 'u-2',
    });
    expect(reversal).toMatchObject({
      occurredOn: '2026-05-01',
      memo: 'Posted to the wrong month',
      sourceType: 'REVERSAL',
      sourceId: rent.id,
      reversesEntryId: rent.id,
      postedByType: 'USER',
      postedBy: 'u-2',
      totalCents: 180_000,
    });
    expect(reversal.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['6100', 0, 180_000],
      ['1010', 180_000, 0],
    ]);
    expect((await ledger.entry(shop, rent.id))?.reversedByEntryId).toBe(reversal.id);
    expect((await columns(shop, '2026-05-31')).rows).toEqual([
      ['1010', 0, 0],
      ['6100', 0, 0],
    ]);

    const before = await rowCounts(shop);
    const again = await refusal(ledger.reverse(shop, rent.id, 'Again', SYSTEM));
    expect(again.errorCode).toBe('JOURNAL_ENTRY_ALREADY_REVERSED');
    expect(again.details).toEqual({ id: rent.id, reversalId: reversal.id });
    expect(await rowCounts(shop)).toEqual(before);

    const audits = (await db.dataSource.query(
      `SELECT actor, action, target_id FROM audit_event WHERE workspace_id = $1 ORDER BY created_at, action`,
      [shop],
    )) as Array<{ actor: string; action: string; target_id: string }>;
    expect(audits).toEqual([
      { actor: 'user:u-1', action: 'ledger.post', target_id: rent.id },
      { actor: 'user:u-2', action: 'ledger.reverse', target_id: rent.id },
    ]);
  });

  it('dates the reversal when told to', async () => {
    const entry = await ledger.post(
      shop,
      draft('2026-05-03', 'Supplies', [
        ['6120', 4_200, 0],
        ['1010', 0, 4_200],
      ]),
      SYSTEM,
    );
    const reversal = await ledger.reverse(shop, entry.id, 'Returned', SYSTEM, '2026-06-01');
    expect(reversal.occurredOn).toBe('2026-06-01');
    expect((await columns(shop, '2026-05-31')).rows).toContainEqual(['6120', 4_200, 0]);
    expect((await columns(shop, '2026-06-01')).rows).toContainEqual(['6120', 0, 0]);
  });

  it("answers NOT_FOUND for an unknown id and for another workspace's entry", async () => {
    const elsewhere = await workspaceWithChart('ledger-reversals-other');
    const theirs = await ledger.post(
      elsewhere,
      draft('2026-05-01', 'Theirs', [
        ['6100', 100, 0],
        ['1010', 0, 100],
      ]),
      SYSTEM,
    );
    for (const id of [theirs.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const error = await refusal(ledger.reverse(shop, id, 'No', SYSTEM));
      expect(error.errorCode).toBe('NOT_FOUND');
    }
    expect(await ledger.entry(shop, theirs.id)).toBeNull();
  });
});

describe('journalEntries', () => {
  let shop: string;
  const ids: string[] = [];

  beforeAll(async () => {
    shop = await workspaceWithChart('ledger-paging');
    const entries: Array<[string, string, Line[], PostingDraft['sourceType']]> = [
      [
        '2026-01-10',
        'A',
        [
          ['6200', 100, 0],
          ['1010', 0, 100],
        ],
        'BANK_TRANSACTION',
      ],
      [
        '2026-01-20',
        'B',
        [
          ['1100', 200, 0],
          ['4020', 0, 200],
        ],
        'INVOICE',
      ],
      [
        '2026-02-05',
        'C',
        [
          ['6200', 300, 0],
          ['2100', 0, 300],
        ],
        'BANK_TRANSACTION',
      ],
      [
        '2026-01-15',
        'D',
        [
          ['6010', 400, 0],
          ['1010', 0, 400],
        ],
        'ADJUSTMENT',
      ],
      [
        '2026-03-01',
        'E',
        [
          ['1010', 500, 0],
          ['1100', 0, 500],
        ],
        'PAYMENT',
      ],
    ];
    for (const [on, memo, lines, sourceType] of entries) {
      const posted = await ledger.post(
        shop,
        draft(on, memo, lines, { sourceType, sourceId: sourceType === 'ADJUSTMENT' ? null : memo }),
        SYSTEM,
      );
      ids.push(posted.id);
    }
  });

  const memos = (page: { items: Array<{ memo: string }> }) => page.items.map((e) => e.memo);

  it('pages newest posting first, with the total', async () => {
    const first = await ledger.journalEntries(shop, { first: 2, offset: 0 });
    expect(memos(first)).toEqual(['E', 'D']);
    expect(first.totalItems).toBe(5);
    expect(memos(await ledger.journalEntries(shop, { first: 2, offset: 2 }))).toEqual(['C', 'B']);
    expect(memos(await ledger.journalEntries(shop, { first: 2, offset: 4 }))).toEqual(['A']);
    const [newest] = first.items;
    expect(newest).toMatchObject({
      id: ids[4],
      occurredOn: '2026-03-01',
      sourceType: 'PAYMENT',
      sourceId: 'E',
      totalCents: 500,
      reversedByEntryId: null,
      lines: [
        {
          accountCode: '1010',
          accountName: 'Operating checking',
          debitCents: 500,
          creditCents: 0,
          memo: null,
        },
        {
          accountCode: '1100',
          accountName: 'Accounts receivable',
          debitCents: 0,
          creditCents: 500,
          memo: null,
        },
      ],
    });
    const [a, b] = first.items.map((entry) => entry.seq);
    expect(a).toBeGreaterThan(b ?? Infinity);
  });

  it('filters by dates, account and source', async () => {
    const page = (filter: object) =>
      ledger.journalEntries(shop, { first: 20, offset: 0, ...filter });
    expect(memos(await page({ from: '2026-01-15', to: '2026-02-05' }))).toEqual(['D', 'C', 'B']);
    expect(memos(await page({ accountCode: '6200' }))).toEqual(['C', 'A']);
    expect(memos(await page({ accountCode: '1010', to: '2026-01-31' }))).toEqual(['D', 'A']);
    expect(memos(await page({ sourceType: 'BANK_TRANSACTION' }))).toEqual(['C', 'A']);
    expect((await page({ accountCode: '9999' })).totalItems).toBe(0);
  });

  it('refuses a page out of range and a date that is not one', async () => {
    expect((await refusal(ledger.journalEntries(shop, { first: 101, offset: 0 }))).errorCode).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await refusal(ledger.journalEntries(shop, { first: 1, offset: 0, from: '2026-13-01' })))
        .errorCode,
    ).toBe('INVALID_INPUT');
  });
});

describe('ledgerDatabaseError', () => {
  it("types the database's refusals a race can still reach (the checks before writing came first)", () => {
    const duplicate = ledgerDatabaseError(
      {
        code: '23505',
        constraint: 'uq_journal_entry_source',
        message: 'duplicate key value violates unique constraint "uq_journal_entry_source"',
      },
      { sourceType: 'BANK_TRANSACTION', sourceId: 'bt-1' },
    );
    expect(duplicate?.errorCode).toBe('DUPLICATE_JOURNAL_SOURCE');
    expect(duplicate?.details).toEqual({ sourceType: 'BANK_TRANSACTION', sourceId: 'bt-1' });
    const twice = ledgerDatabaseError({ code: '23505', constraint: 'uq_journal_entry_reverses' });
    expect(twice?.errorCode).toBe('JOURNAL_ENTRY_ALREADY_REVERSED');
    expect(ledgerDatabaseError({ code: '23505', constraint: 'uq_bank_transaction_fp' })).toBe(
      undefined,
    );
    expect(ledgerDatabaseError(new Error('connection lost'))).toBe(undefined);
  });
});
