import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from '../data-source.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import {
  buildDemoBooks,
  DEMO_LOAN,
  DEMO_UNSEEN_MERCHANTS,
  UNCATEGORIZED_COUNT,
  type DemoBooksInvoice,
} from './demo-books.js';
import { buildDemoBusiness } from './demo-business.js';
import { DEMO_MERCHANTS } from './demo-merchants.js';
import { seedDemoWorkspace } from './seed-demo-workspace.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
/** Month 1 starts on the 1st of the month 24 months before November 2026. */
const FIRST_MONTH = '2024-11-01';
const MONTH_ENDS = Array.from({ length: 24 }, (_, i) =>
  new Date(Date.UTC(2024, 10 + i + 1, 0)).toISOString().slice(0, 10),
);

let testDb: TestDatabase;
let db: HubDatabase;
let workspaceId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  const started = performance.now();
  const seeded = await seedDemoWorkspace(db.dataSource, NOW);
  console.info(
    `seedDemoWorkspace with the books took ${Math.round(performance.now() - started)} ms`,
  );
  workspaceId = seeded.workspace.id;
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.dataSource.query(sql, [workspaceId, ...params])) as T[];
}

/** Each account code's balance (debits minus credits, cents) at the end of each given date. */
async function debitBalances(code: string, dates: readonly string[]): Promise<number[]> {
  const found = await rows<{ day: string; balance: string }>(
    `SELECT d.day::text AS day, coalesce(sum(l.debit_cents - l.credit_cents), 0)::text AS balance
       FROM unnest($3::date[]) AS d(day)
       LEFT JOIN journal_line l ON l.workspace_id = $1 AND l.occurred_on <= d.day
        AND l.account_id = (SELECT id FROM ledger_account WHERE workspace_id = $1 AND code = $2)
      GROUP BY d.day ORDER BY d.day`,
    [code, dates],
  );
  return found.map((r) => Number(r.balance));
}

function demoInvoices(now: Date): DemoBooksInvoice[] {
  return buildDemoBusiness(now).invoices.map((invoice, i) => ({
    ...invoice,
    id: `00000000-0000-4000-8000-00000000000${i}`,
    customerId: 'customer',
  }));
}

describe('the demo books', () => {
  it('start on the 1st of the month 24 months back and run to today', async () => {
    const [span] = await rows<{ first: string; last: string }>(
      `SELECT min(occurred_on)::text AS first, max(occurred_on)::text AS last
         FROM journal_entry WHERE workspace_id = $1`,
    );
    expect(span?.first).toBe(FIRST_MONTH);
    const last = span?.last ?? '';
    expect(last >= '2026-11-23' && last <= '2026-11-26', last).toBe(true);
  });

  it('balance (debits = credits) at the end of every one of the 24 months', async () => {
    const totals = await rows<{ day: string; debits: string; credits: string }>(
      `SELECT d.day::text AS day, sum(l.debit_cents)::text AS debits, sum(l.credit_cents)::text AS credits
         FROM unnest($2::date[]) AS d(day)
         JOIN journal_line l ON l.workspace_id = $1 AND l.occurred_on <= d.day
        GROUP BY d.day ORDER BY d.day`,
      [MONTH_ENDS],
    );

    expect(totals.map((t) => t.day)).toEqual(MONTH_ENDS);
    for (const t of totals) {
      expect({ day: t.day, debits: t.debits }).toEqual({ day: t.day, debits: t.credits });
      expect(Number(t.debits)).toBeGreaterThan(0);
    }
  });

  it("records every entry's source once, posted by the demo seed", async () => {
    const bySource = await rows<{ source_type: string; n: number; ids: number; posters: string }>(
      `SELECT source_type, count(*)::int AS n, count(DISTINCT source_id)::int AS ids,
              string_agg(DISTINCT posted_by_type || '/' || posted_by, ',') AS posters
         FROM journal_entry WHERE workspace_id = $1 GROUP BY source_type ORDER BY source_type`,
    );

    expect(bySource.map((s) => s.source_type)).toEqual([
      'ADJUSTMENT',
      'BANK_TRANSACTION',
      'BILL',
      'INVOICE',
      'OPENING_BALANCE',
      'PAYMENT',
      'PAYROLL',
    ]);
    for (const s of bySource) {
      expect(s.ids).toBe(s.n);
      expect(s.posters).toBe('SYSTEM/demo-seed');
    }
  });
});

describe('the checking account', () => {
  it("has one bank transaction per movement, its amount equal to its entry's cash line", async () => {
    const [check] = await rows<{
      categorized: number;
      mismatched: number;
      cash_lines_without_bank_line: number;
      bad_sources: number;
    }>(
      `WITH cash AS (
         SELECT l.entry_id, sum(l.debit_cents - l.credit_cents) AS amount
           FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
          WHERE l.workspace_id = $1 AND a.code = '1010' GROUP BY l.entry_id)
       SELECT
         (SELECT count(*)::int FROM bank_transaction WHERE workspace_id = $1 AND status = 'CATEGORIZED') AS categorized,
         (SELECT count(*)::int FROM bank_transaction t LEFT JOIN cash c ON c.entry_id = t.journal_entry_id
           WHERE t.workspace_id = $1 AND t.status = 'CATEGORIZED'
             AND c.amount IS DISTINCT FROM t.amount_cents) AS mismatched,
         (SELECT count(*)::int FROM cash c LEFT JOIN bank_transaction t ON t.journal_entry_id = c.entry_id
           WHERE t.id IS NULL) AS cash_lines_without_bank_line,
         (SELECT count(*)::int FROM bank_transaction t JOIN journal_entry e ON e.id = t.journal_entry_id
           WHERE t.workspace_id = $1 AND e.source_type IN ('BANK_TRANSACTION', 'PAYMENT', 'PAYROLL')
             AND e.source_id <> t.id::text) AS bad_sources`,
    );

    expect(check?.categorized).toBeGreaterThan(1_500);
    expect(check).toMatchObject({ mismatched: 0, cash_lines_without_bank_line: 0, bad_sources: 0 });
  });

  it('never ends a month overdrawn, in the ledger or at the bank (uncategorized lines included)', async () => {
    const ledger = await debitBalances('1010', [...MONTH_ENDS, '2026-11-26']);
    const bank = await rows<{ day: string; balance: string }>(
      `SELECT d.day::text AS day, sum(t.amount_cents)::text AS balance
         FROM unnest($2::date[]) AS d(day)
         JOIN bank_transaction t ON t.workspace_id = $1 AND t.posted_on <= d.day
        GROUP BY d.day ORDER BY d.day`,
      [[...MONTH_ENDS, '2026-11-26']],
    );

    expect(ledger).toHaveLength(25);
    for (const cents of ledger) expect(cents).toBeGreaterThan(0);
    for (const row of bank) expect(Number(row.balance)).toBeGreaterThan(0);
  });

  it('keeps the processor clearing account and inventory small and positive at month ends', async () => {
    for (const cents of await debitBalances('1050', MONTH_ENDS)) {
      expect(cents).toBeGreaterThanOrEqual(0);
      expect(cents).toBeLessThan(1_500_000);
    }
    for (const cents of await debitBalances('1200', MONTH_ENDS)) {
      expect(cents).toBeGreaterThan(0);
    }
  });

  it('is the Operating checking account at Hill Country Bank ending 4417, on ledger account 1010', async () => {
    const accounts = await rows(
      `SELECT b.name, b.institution, b.last4, a.code FROM bank_account b
         JOIN ledger_account a ON a.id = b.ledger_account_id WHERE b.workspace_id = $1`,
    );
    expect(accounts).toEqual([
      { name: 'Operating checking', institution: 'Hill Country Bank', last4: '4417', code: '1010' },
    ]);
  });
});

describe('the labeled history and the uncategorized feed', () => {
  it('labels at least 1,000 expense bank transactions with their merchant\u2019s account', async () => {
    const labeled = await rows<{ merchant: string; code: string; amount: string }>(
      `SELECT t.merchant, a.code, t.amount_cents::text AS amount
         FROM bank_transaction t JOIN ledger_account a ON a.id = t.account_id
        WHERE t.workspace_id = $1 AND t.status = 'CATEGORIZED' AND t.categorized_by = 'SEED'
          AND a.type IN ('EXPENSE', 'COGS') AND t.amount_cents < 0`,
    );
    const byMerchant = new Map(DEMO_MERCHANTS.map((m) => [m.merchant, m]));

    expect(labeled.length).toBeGreaterThanOrEqual(1_000);
    for (const t of labeled) {
      const merchant = byMerchant.get(t.merchant);
      expect(merchant, t.merchant).toBeDefined();
      expect([merchant?.accountCode, merchant?.alsoBooksTo?.accountCode]).toContain(t.code);
      const [min, max] = merchant?.amountCents ?? [0, 0];
      expect(-Number(t.amount)).toBeGreaterThanOrEqual(min);
      expect(-Number(t.amount)).toBeLessThanOrEqual(max);
    }
  });

  it('leaves the most recent expense transactions uncategorized, with no account and no entry', async () => {
    const open = await rows<{
      merchant: string;
      posted_on: string;
      amount: string;
      account_id: string | null;
      journal_entry_id: string | null;
      categorized_by: string | null;
    }>(
      `SELECT merchant, posted_on::text AS posted_on, amount_cents::text AS amount, account_id,
              journal_entry_id, categorized_by
         FROM bank_transaction WHERE workspace_id = $1 AND status <> 'CATEGORIZED'`,
    );
    const [latestLabeled] = await rows<{ day: string }>(
      `SELECT max(t.posted_on)::text AS day FROM bank_transaction t
         JOIN ledger_account a ON a.id = t.account_id
        WHERE t.workspace_id = $1 AND t.categorized_by = 'SEED' AND a.type IN ('EXPENSE', 'COGS')
          AND t.merchant <> 'GUSTO'`,
    );

    expect(open).toHaveLength(UNCATEGORIZED_COUNT + DEMO_UNSEEN_MERCHANTS.length);
    for (const t of open) {
      expect(t.posted_on >= '2026-10-27' && t.posted_on <= '2026-11-26').toBe(true);
      expect(t.posted_on >= (latestLabeled?.day ?? '')).toBe(true);
      expect(Number(t.amount)).toBeLessThan(0);
      expect(t).toMatchObject({ account_id: null, journal_entry_id: null, categorized_by: null });
    }
  });

  it('includes merchants never seen in the labeled history (for the review queue)', async () => {
    const unseen = DEMO_UNSEEN_MERCHANTS.map((m) => m.merchant);
    const found = await rows<{ merchant: string; status: string }>(
      `SELECT merchant, status FROM bank_transaction
        WHERE workspace_id = $1 AND merchant = ANY($2::text[]) ORDER BY merchant`,
      [unseen],
    );

    expect(found).toEqual(
      [...unseen].sort().map((merchant) => ({ merchant, status: 'UNCATEGORIZED' })),
    );
  });
});

describe('revenue', () => {
  it('is $20-55k in each of the 24 months, highest in November and December', async () => {
    const revenue = await rows<{ month: string; cents: string }>(
      `SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
              sum(l.credit_cents - l.debit_cents)::text AS cents
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.workspace_id = $1 AND a.type = 'REVENUE' AND l.occurred_on <= $2
        GROUP BY 1 ORDER BY 1`,
      [MONTH_ENDS[23]],
    );

    expect(revenue).toHaveLength(24);
    for (const r of revenue) {
      expect(Number(r.cents), r.month).toBeGreaterThanOrEqual(2_000_000);
      expect(Number(r.cents), r.month).toBeLessThanOrEqual(5_500_000);
    }
    const topFour = [...revenue]
      .sort((a, b) => Number(b.cents) - Number(a.cents))
      .slice(0, 4)
      .map((r) => r.month)
      .sort();
    expect(topFour).toEqual(['2024-11', '2024-12', '2025-11', '2025-12']);
  });

  it('comes through every channel: online, wholesale, markets, shipping, less refunds', async () => {
    const byAccount = await rows<{ code: string }>(
      `SELECT DISTINCT a.code FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.workspace_id = $1 AND a.type = 'REVENUE' ORDER BY a.code`,
    );
    expect(byAccount.map((a) => a.code)).toEqual(['4010', '4020', '4030', '4040', '4090']);
  });
});

describe('the equipment loan', () => {
  it('splits each monthly payment into interest and principal exactly by the schedule', async () => {
    const payments = await rows<{ day: string; interest: string; principal: string; paid: string }>(
      `SELECT e.occurred_on::text AS day,
              sum(l.debit_cents) FILTER (WHERE a.code = '6070')::text AS interest,
              sum(l.debit_cents) FILTER (WHERE a.code = '2500')::text AS principal,
              sum(l.credit_cents) FILTER (WHERE a.code = '1010')::text AS paid
         FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE e.workspace_id = $1
          AND EXISTS (SELECT 1 FROM journal_line x JOIN ledger_account y ON y.id = x.account_id
                       WHERE x.entry_id = e.id AND y.code = '6070')
        GROUP BY e.id, e.occurred_on ORDER BY e.occurred_on`,
    );

    expect(payments).toHaveLength(24);
    let balance = DEMO_LOAN.principalCents;
    for (const p of payments) {
      const interest = Math.round((balance * DEMO_LOAN.annualRateBasisPoints) / 120_000);
      expect(Number(p.interest), p.day).toBe(interest);
      expect(Number(p.interest) + Number(p.principal), p.day).toBe(Number(p.paid));
      expect(Number(p.paid)).toBe(119_516);
      balance -= Number(p.principal);
    }
    const [loan] = await debitBalances('2500', ['2026-11-26']);
    expect(-(loan ?? 0)).toBe(balance);
  });
});

describe('receivables and payables', () => {
  it('posts the 8 seeded invoices and their payments, matched, so receivables are exactly what they still owe', async () => {
    const invoices = await rows<{
      number: string;
      amount: string;
      paid: string;
      issue_entries: number;
      received: string | null;
    }>(
      `SELECT i.number, i.amount_cents::text AS amount, i.paid_cents::text AS paid,
              (SELECT count(*)::int FROM journal_entry e
                WHERE e.source_type = 'INVOICE' AND e.source_id = i.id::text) AS issue_entries,
              (SELECT sum(t.amount_cents)::text FROM bank_transaction t
                WHERE t.matched_type = 'INVOICE' AND t.matched_id = i.id
                  AND t.categorized_by = 'MATCH') AS received
         FROM invoice i WHERE i.workspace_id = $1 ORDER BY i.number`,
    );
    const [receivable] = await debitBalances('1100', ['2026-11-26']);

    expect(invoices).toHaveLength(8);
    for (const i of invoices) {
      expect(i.issue_entries).toBe(1);
      expect(Number(i.received ?? 0)).toBe(Number(i.paid));
    }
    expect(receivable).toBe(
      invoices.reduce((owed, i) => owed + Number(i.amount) - Number(i.paid), 0),
    );
  });

  it('leaves two or three supplier bills open, exactly the accounts payable balance', async () => {
    const bills = await rows<{ status: string; n: number; owed: string; matched: number }>(
      `SELECT b.status, count(*)::int AS n, sum(b.amount_cents - b.paid_cents)::text AS owed,
              count(t.id)::int AS matched
         FROM bill b LEFT JOIN bank_transaction t ON t.matched_type = 'BILL' AND t.matched_id = b.id
        WHERE b.workspace_id = $1 GROUP BY b.status ORDER BY b.status`,
    );
    const [payable] = await debitBalances('2010', ['2026-11-26']);
    const open = bills.find((b) => b.status === 'OPEN');
    const paid = bills.find((b) => b.status === 'PAID');

    expect(open?.n).toBeGreaterThanOrEqual(2);
    expect(open?.n).toBeLessThanOrEqual(3);
    expect(open?.matched).toBe(0);
    expect(paid?.matched).toBe(paid?.n);
    expect(paid?.owed).toBe('0');
    expect(-(payable ?? 0)).toBe(Number(open?.owed));
  });
});

describe('buildDemoBooks', () => {
  it('is deterministic: the same now gives the same books', () => {
    const invoices = demoInvoices(NOW);
    expect(buildDemoBooks(NOW, invoices)).toEqual(buildDemoBooks(NOW, invoices));
  });

  it('moves with now: a month later starts a month later and still balances every entry', () => {
    const later = new Date('2026-12-26T15:00:00.000Z');
    const books = buildDemoBooks(later, demoInvoices(later));

    expect(books.startsOn).toBe('2024-12-01');
    expect(books.today).toBe('2026-12-26');
    for (const e of books.entries) {
      const debits = e.lines.reduce((s, l) => s + l.debitCents, 0);
      const credits = e.lines.reduce((s, l) => s + l.creditCents, 0);
      expect(debits).toBe(credits);
      expect(e.occurredOn <= books.today).toBe(true);
    }
  });
});
