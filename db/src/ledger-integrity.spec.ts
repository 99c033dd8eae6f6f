import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from './data-source.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

// The ledger's rules are the database's own: these tests speak raw SQL, bypassing every service,
// and run on PGlite and on PostgreSQL alike (CI runs the suite both ways).

let testDb: TestDatabase;
let db: HubDatabase;
let workspaceId: string;
let cash: string;
let sales: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  workspaceId = await idOf(
    `INSERT INTO workspace (slug, name) VALUES ('ledger-test', 'Ledger test') RETURNING id`,
  );
  cash = await idOf(
    `INSERT INTO ledger_account (workspace_id, code, name, type, normal_balance)
     VALUES ($1, '1010', 'Checking', 'ASSET', 'DEBIT') RETURNING id`,
    [workspaceId],
  );
  sales = await idOf(
    `INSERT INTO ledger_account (workspace_id, code, name, type, normal_balance)
     VALUES ($1, '4010', 'Sales', 'REVENUE', 'CREDIT') RETURNING id`,
    [workspaceId],
  );
});

/** Runs an INSERT ... RETURNING id and gives the id. */
async function idOf(
  sql: string,
  parameters: unknown[] = [],
  manager: { query(sql: string, parameters: unknown[]): Promise<unknown> } = db.dataSource,
): Promise<string> {
  const rows = (await manager.query(sql, parameters)) as Array<{ id: string }>;
  const id = rows[0]?.id;
  if (!id) throw new Error(`no id returned by ${sql}`);
  return id;
}

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** Writes one entry and its lines in one transaction, as raw SQL. */
async function postRaw(
  lines: Array<{ account: string; debit: number; credit: number; on?: string }>,
  on = '2026-03-31',
): Promise<string> {
  return db.dataSource.transaction(async (tx) => {
    const id = await idOf(
      `INSERT INTO journal_entry (workspace_id, occurred_on, memo, source_type, posted_by_type, posted_by)
       VALUES ($1, $2, 'raw SQL entry', 'ADJUSTMENT', 'SYSTEM', 'ledger-integrity.spec') RETURNING id`,
      [workspaceId, on],
      tx,
    );
    for (const line of lines) {
      await tx.query(
        `INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, workspaceId, line.account, line.on ?? on, line.debit, line.credit],
      );
    }
    return id;
  });
}

async function entryCount(): Promise<number> {
  const rows = (await db.dataSource.query(
    'SELECT (SELECT count(*) FROM journal_entry) + (SELECT count(*) FROM journal_line) AS n',
  )) as Array<{ n: string }>;
  return Number(rows[0]?.n);
}

describe('the database keeps the books balanced', () => {
  it('commits an entry whose debits equal its credits', async () => {
    const id = await postRaw([
      { account: cash, debit: 12_345, credit: 0 },
      { account: sales, debit: 0, credit: 12_345 },
    ]);
    const [row] = (await db.dataSource.query(
      'SELECT sum(debit_cents)::bigint AS d, sum(credit_cents)::bigint AS c FROM journal_line WHERE entry_id = $1',
      [id],
    )) as Array<{ d: string; c: string }>;
    expect([Number(row?.d), Number(row?.c)]).toEqual([12_345, 12_345]);
  });

  it('refuses at commit an entry whose credits fall one cent short, and writes nothing', async () => {
    const before = await entryCount();
    await expect(
      postRaw([
        { account: cash, debit: 10_000, credit: 0 },
        { account: sales, debit: 0, credit: 9_999 },
      ]),
    ).rejects.toThrow(/does not balance: 2 line\(s\), debits 10000 cents, credits 9999 cents/);
    expect(await entryCount()).toBe(before);
  });

  it('refuses an entry with no lines and an entry with a single line', async () => {
    const before = await entryCount();
    await expect(postRaw([])).rejects.toThrow(/does not balance: 0 line/);
    await expect(postRaw([{ account: cash, debit: 500, credit: 0 }])).rejects.toThrow(
      /does not balance: 1 line/,
    );
    expect(await entryCount()).toBe(before);
  });

  it('refuses a line dated differently from its entry even when the amounts balance', async () => {
    await expect(
      postRaw([
        { account: cash, debit: 700, credit: 0 },
        { account: sales, debit: 0, credit: 700, on: '2026-04-01' },
      ]),
    ).rejects.toThrow(/1 line\(s\) off the entry's date/);
  });

  it('refuses a line that is both a debit and a credit, or neither, or negative', async () => {
    for (const bad of [
      { debit: 100, credit: 100 },
      { debit: 0, credit: 0 },
      { debit: -100, credit: 0 },
    ]) {
      await expect(
        postRaw([
          { account: cash, ...bad },
          { account: sales, debit: 0, credit: 100 },
        ]),
      ).rejects.toThrow(/ck_journal_line_one_side/);
    }
  });

  it('lets the lines of one entry arrive before the books are checked (deferred to commit)', async () => {
    // Three lines, the balancing one last: each intermediate state is unbalanced.
    const id = await postRaw([
      { account: cash, debit: 300, credit: 0 },
      { account: cash, debit: 200, credit: 0 },
      { account: sales, debit: 0, credit: 500 },
    ]);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('posted entries are immutable', () => {
  it('refuses to update or delete a posted line or entry', async () => {
    const id = await postRaw([
      { account: cash, debit: 1_000, credit: 0 },
      { account: sales, debit: 0, credit: 1_000 },
    ]);
    await expect(
      db.dataSource.query(
        'UPDATE journal_line SET debit_cents = 2000 WHERE entry_id = $1 AND debit_cents > 0',
        [id],
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.dataSource.query('DELETE FROM journal_line WHERE entry_id = $1', [id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.dataSource.query(`UPDATE journal_entry SET memo = 'edited' WHERE id = $1`, [id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.dataSource.query('DELETE FROM journal_entry WHERE id = $1', [id]),
    ).rejects.toThrow(/immutable/);
  });

  it('accepts one reversing entry per entry and refuses a second', async () => {
    const original = await postRaw([
      { account: cash, debit: 4_200, credit: 0 },
      { account: sales, debit: 0, credit: 4_200 },
    ]);
    const reverse = () =>
      db.dataSource.transaction(async (tx) => {
        const id = await idOf(
          `INSERT INTO journal_entry (workspace_id, occurred_on, memo, source_type, source_id, posted_by_type, posted_by, reverses_entry_id)
           VALUES ($1, '2026-03-31', 'reversal', 'REVERSAL', $2, 'SYSTEM', 'spec', $3) RETURNING id`,
          [workspaceId, original, original],
          tx,
        );
        await tx.query(
          `INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents)
           VALUES ($1, $2, $3, '2026-03-31', 0, 4200), ($1, $2, $4, '2026-03-31', 4200, 0)`,
          [id, workspaceId, cash, sales],
        );
      });
    await reverse();
    await expect(reverse()).rejects.toThrow(/uq_journal_entry_reverses/);
  });
});

describe('receivable reminders', () => {
  it('refuses a second reminder of the same stage for an invoice', async () => {
    const customerId = await idOf(
      `INSERT INTO customer (workspace_id, name, email) VALUES ($1, 'Ada', 'ada@example.com') RETURNING id`,
      [workspaceId],
    );
    const invoiceId = await idOf(
      `INSERT INTO invoice (workspace_id, customer_id, number, issued_on, due_on, amount_cents, status)
       VALUES ($1, $2, 'INV-1', '2026-01-01', '2026-01-31', 10000, 'OPEN') RETURNING id`,
      [workspaceId, customerId],
    );
    const remind = () =>
      db.dataSource.query(
        `INSERT INTO invoice_reminder (workspace_id, invoice_id, stage, days_overdue, subject, body)
         VALUES ($1, $2, 2, 7, 'Reminder', 'Please pay')`,
        [workspaceId, invoiceId],
      );
    await remind();
    await expect(remind()).rejects.toThrow(/uq_invoice_reminder_stage/);
  });
});
