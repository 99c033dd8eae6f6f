import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { DataTopic } from '../../events/data-changes.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let checkingId: string;
/** What the threshold monitor was told changed (services.dataChanges' listeners). */
const changed: DataTopic[] = [];

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'api_key:bank-feed-spec' });
  s.services.dataChanges.subscribe(async (_workspaceId, topic) => {
    changed.push(topic);
  });
  const [checking] = await s.services.bankFeed.bankAccounts(s.ctx.workspaceId);
  if (!checking) throw new Error('the demo shop has no bank account');
  checkingId = checking.id;
});
afterAll(() => s?.close());

async function count(sql: string, parameters: unknown[] = []): Promise<number> {
  const rows = (await s.db.dataSource.query(sql, parameters)) as Array<{ n: string }>;
  return Number(rows[0]?.n);
}

const transactionCount = () => count('SELECT count(*) AS n FROM bank_transaction');

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

// Dated after the demo's feed so nothing here collides with seeded rows.
const STATEMENT = `Date,Description,Amount
11/20/2026,SQ *CUPPA CORNER 8812,-12.40
11/20/2026,SQ *CUPPA CORNER 8812,-12.40
11/21/2026,ACH CREDIT SHOPIFY PAYOUT 55012,"1,234.56"
11/22/2026,PAYPAL *ZYXSTUDIO,-88.00
`;

describe('importing a bank statement', () => {
  it('imports every row once, keeping two identical coffees as two transactions', async () => {
    const before = await transactionCount();
    const imported = await s.services.bankFeed.importFile(s.ctx, {
      bankAccountId: checkingId,
      fileName: 'november.csv',
      content: STATEMENT,
    });
    expect(imported).toMatchObject({
      format: 'CSV',
      rowCount: 4,
      importedCount: 4,
      duplicateCount: 0,
    });
    expect(await transactionCount()).toBe(before + 4);
    const rows = (await s.db.dataSource.query(
      `SELECT to_char(posted_on, 'YYYY-MM-DD') AS on, amount_cents, merchant, status
         FROM bank_transaction WHERE import_id = $1 ORDER BY posted_on, amount_cents`,
      [imported.id],
    )) as Array<{ on: string; amount_cents: string; merchant: string; status: string }>;
    expect(rows.map((r) => [r.on, Number(r.amount_cents), r.status])).toEqual([
      ['2026-11-20', -1240, 'UNCATEGORIZED'],
      ['2026-11-20', -1240, 'UNCATEGORIZED'],
      ['2026-11-21', 123_456, 'UNCATEGORIZED'],
      ['2026-11-22', -8800, 'UNCATEGORIZED'],
    ]);
  });

  it('imports nothing twice when the same file comes again', async () => {
    const before = await transactionCount();
    const again = await s.services.bankFeed.importFile(s.ctx, {
      bankAccountId: checkingId,
      fileName: 'november (1).csv',
      content: STATEMENT,
    });
    expect(again).toMatchObject({ rowCount: 4, importedCount: 0, duplicateCount: 4 });
    expect(await transactionCount()).toBe(before);
  });

  it('refuses a malformed file naming the row, and writes nothing', async () => {
    const before = await transactionCount();
    const imports = await count('SELECT count(*) AS n FROM bank_import');
    const error = await refusal(
      s.services.bankFeed.importFile(s.ctx, {
        bankAccountId: checkingId,
        fileName: 'broken.csv',
        content: 'Date,Description,Amount\n11/23/2026,USPS,-5.00\n11/24/2026,UPS,12.3.4\n',
      }),
    );
    expect(error.errorCode).toBe('BANK_FILE_INVALID');
    expect(error.message).toMatch(/broken\.csv: .*row 3/);
    expect(error.details).toMatchObject({ row: 3 });
    expect(await transactionCount()).toBe(before);
    expect(await count('SELECT count(*) AS n FROM bank_import')).toBe(imports);
  });

  it("refuses another workspace's (or an unknown) bank account", async () => {
    const error = await refusal(
      s.services.bankFeed.importFile(s.ctx, {
        bankAccountId: '00000000-0000-4000-8000-000000000000',
        fileName: 'x.csv',
        content: STATEMENT,
      }),
    );
    expect(error.errorCode).toBe('NOT_FOUND');
  });

  it('imports a 10,000-row statement in one go, exact to the cent', async () => {
    const lines = ['Posting Date,Description,Debit,Credit'];
    let expectedCents = 0;
    for (let i = 0; i < 10_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const cents = 101 + ((i * 7919) % 50_000);
      expectedCents -= cents;
      lines.push(`2025-01-${day},POS DEBIT STORE ${i},${(cents / 100).toFixed(2)},`);
    }
    const imported = await s.services.bankFeed.importFile(s.ctx, {
      bankAccountId: checkingId,
      fileName: 'big.csv',
      content: `${lines.join('\n')}\n`,
    });
    expect(imported).toMatchObject({ layout: 'DEBIT_CREDIT', importedCount: 10_000 });
    expect(
      await count('SELECT sum(amount_cents) AS n FROM bank_transaction WHERE import_id = $1', [
        imported.id,
      ]),
    ).toBe(expectedCents);
  });
});

describe("a person's correction", () => {
  it('posts the transaction, becomes a merchant rule and categorizes like transactions at once', async () => {
    const [coffee] = (await s.db.dataSource.query(
      `SELECT id FROM bank_transaction WHERE description = 'SQ *CUPPA CORNER 8812' ORDER BY id LIMIT 1`,
    )) as Array<{ id: string }>;
    await s.services.dataChanges.idle();
    changed.length = 0;
    const { transaction, alsoApplied } = await s.services.categorization.correct(
      s.ctx,
      coffee?.id as string,
      '6150',
    );
    // Cash moved: threshold triggers watching it (CASH_BELOW_FLOOR) are told once it committed.
    await s.services.dataChanges.idle();
    expect(changed).toEqual(['ledger']);
    expect(transaction).toMatchObject({ status: 'CATEGORIZED', categorizedBy: 'PERSON' });
    expect(alsoApplied).toBe(1);
    const posted = (await s.db.dataSource.query(
      `SELECT t.categorized_by, a.code, l.debit_cents, l.credit_cents
         FROM bank_transaction t
         JOIN journal_line l ON l.entry_id = t.journal_entry_id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE t.description = 'SQ *CUPPA CORNER 8812'
        ORDER BY t.categorized_by, a.code`,
    )) as Array<{
      categorized_by: string;
      code: string;
      debit_cents: string;
      credit_cents: string;
    }>;
    expect(
      posted.map((p) => [p.categorized_by, p.code, Number(p.debit_cents), Number(p.credit_cents)]),
    ).toEqual([
      ['PERSON', '1010', 0, 1240],
      ['PERSON', '6150', 1240, 0],
      ['RULE', '1010', 0, 1240],
      ['RULE', '6150', 1240, 0],
    ]);
    expect(
      await count(`SELECT count(*) AS n FROM merchant_rule WHERE merchant = $1`, [
        transaction.merchant,
      ]),
    ).toBe(1);
  });

  it('reclassifies an already posted transaction with an adjusting entry, never editing the posted one', async () => {
    const [coffee] = (await s.db.dataSource.query(
      `SELECT id, journal_entry_id FROM bank_transaction WHERE description = 'SQ *CUPPA CORNER 8812' AND categorized_by = 'RULE'`,
    )) as Array<{ id: string; journal_entry_id: string }>;
    const { transaction } = await s.services.categorization.correct(
      s.ctx,
      coffee?.id as string,
      '6140',
    );
    expect(transaction.journalEntryId).toBe(coffee?.journal_entry_id);
    const balances = (await s.db.dataSource.query(
      `SELECT a.code, sum(l.debit_cents - l.credit_cents) AS net
         FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE e.source_id = $1 OR e.source_id LIKE $2
        GROUP BY a.code ORDER BY a.code`,
      [coffee?.id, `${coffee?.id}:reclassified:%`],
    )) as Array<{ code: string; net: string }>;
    // Cash paid once; the meal moved to travel.
    expect(balances.map((b) => [b.code, Number(b.net)])).toEqual([
      ['1010', -1240],
      ['6140', 1240],
      ['6150', 0],
    ]);
  });

  it('refuses an account that is not in the chart or cannot take postings', async () => {
    const [some] = (await s.db.dataSource.query(
      `SELECT id FROM bank_transaction WHERE status <> 'CATEGORIZED' LIMIT 1`,
    )) as Array<{ id: string }>;
    expect(
      (await refusal(s.services.categorization.correct(s.ctx, some?.id as string, '9999')))
        .errorCode,
    ).toBe('ACCOUNT_NOT_FOUND');
    expect(
      (await refusal(s.services.categorization.correct(s.ctx, some?.id as string, '6000')))
        .errorCode,
    ).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('the books after all of it', () => {
  it('still balance: every entry, and the trial balance today', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT entry_id FROM journal_line GROUP BY entry_id
           HAVING sum(debit_cents) <> sum(credit_cents)) unbalanced`,
      ),
    ).toBe(0);
    const trial = await s.services.ledger.trialBalance(s.ctx.workspaceId, '2026-11-26');
    expect(trial.totalDebitCents).toBe(trial.totalCreditCents);
  });
});
