import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

// The demo invoices (db/src/seed/demo-business.ts): INV-2026-006 (Harbor Point, $1,156.00, unpaid)
// and INV-2026-005 (Bramble & Bean, $598.00, unpaid).
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:reconciliation-spec' });
  const [checking] = await s.services.bankFeed.bankAccounts(s.ctx.workspaceId);
  await s.services.bankFeed.importFile(s.ctx, {
    bankAccountId: checking?.id as string,
    fileName: 'deposits.csv',
    content: [
      'Date,Description,Amount',
      '11/25/2026,ACH CREDIT HARBOR POINT PAYMENT INV-2026-006,"1,156.00"',
      '11/25/2026,ACH CREDIT BRAMBLE AND BEAN INV-2026-005,500.00',
      '11/25/2026,ATM DEPOSIT,40.00',
    ].join('\n'),
  });
});
afterAll(() => s?.close());

describe('bank reconciliation', () => {
  it('matches a deposit naming its invoice, lists a short payment, and leaves the rest unmatched', async () => {
    const report = await s.services.reconciliation.report(s.ctx.workspaceId);
    const line = (needle: string) => report.lines.find((l) => l.description.includes(needle))?.id;
    const item = (number: string) => report.items.find((i) => i.number === number)?.id;

    expect(report.matches).toEqual([
      expect.objectContaining({
        lineId: line('INV-2026-006'),
        itemId: item('INV-2026-006'),
        type: 'INVOICE',
        confidence: 'EXACT',
      }),
    ]);
    expect(report.mismatches).toEqual([
      expect.objectContaining({
        lineId: line('INV-2026-005'),
        itemId: item('INV-2026-005'),
        expectedCents: 59_800,
        actualCents: 50_000,
      }),
    ]);
    expect(report.unmatchedLines).toContain(line('ATM DEPOSIT'));
  });

  it('applies the sure match: posts the payment against receivables and marks the invoice paid', async () => {
    const after = await s.services.reconciliation.applyMatches(s.ctx);
    expect(after.matches).toEqual([]);
    const [invoice] = (await s.db.dataSource.query(
      `SELECT paid_cents::int AS paid, amount_cents::int AS amount, status FROM invoice WHERE number = 'INV-2026-006'`,
    )) as Array<{ paid: number; amount: number; status: string }>;
    expect(invoice).toEqual({ paid: 115_600, amount: 115_600, status: 'PAID' });
    const lines = (await s.db.dataSource.query(
      `SELECT a.code, l.debit_cents::int AS debit, l.credit_cents::int AS credit, t.categorized_by, e.posted_by
         FROM bank_transaction t JOIN journal_entry e ON e.id = t.journal_entry_id
         JOIN journal_line l ON l.entry_id = e.id JOIN ledger_account a ON a.id = l.account_id
        WHERE t.description LIKE '%INV-2026-006' ORDER BY a.code`,
    )) as Array<Record<string, unknown>>;
    expect(lines).toEqual([
      {
        code: '1010',
        debit: 115_600,
        credit: 0,
        categorized_by: 'MATCH',
        posted_by: 'reconciliation-spec',
      },
      {
        code: '1100',
        debit: 0,
        credit: 115_600,
        categorized_by: 'MATCH',
        posted_by: 'reconciliation-spec',
      },
    ]);
    // The short payment waits for a person; applying again changes nothing.
    expect(after.mismatches).toHaveLength(1);
    const again = await s.services.reconciliation.applyMatches(s.ctx);
    expect(again.mismatches).toHaveLength(1);
  });
});
