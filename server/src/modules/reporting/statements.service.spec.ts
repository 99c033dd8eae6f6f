import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { FinancialStatement } from './statements.service.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts).
const NOW = new Date('2026-11-26T15:00:00.000Z');
const MONTHS = Array.from({ length: 23 }, (_, i) => {
  const index = 2024 * 12 + 11 + i; // December 2024 .. October 2026: whole months of the books
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
});

let s: SeededServices;
beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:statements-spec' });
});
afterAll(() => s?.close());

const none = { prior: false, lastYear: false };
const rowOf = (statement: FinancialStatement, key: string) =>
  statement.sections.flatMap((section) => section.rows).find((row) => row.key === key);

describe('the statements of the demo books', () => {
  it('balance (assets = liabilities + equity) at the end of every month', async () => {
    for (const month of MONTHS) {
      const sheet = await s.services.statements.balanceSheet(s.ctx.workspaceId, month, none);
      expect(sheet.checks, month).toEqual([expect.objectContaining({ holds: true })]);
      expect(rowOf(sheet, 'assets-total')?.currentCents, month).toBe(
        rowOf(sheet, 'liabilities-and-equity')?.currentCents,
      );
    }
  });

  it('reconcile the cash flow statement to the change in cash for every month', async () => {
    for (const month of MONTHS) {
      const flow = await s.services.statements.cashFlowStatement(s.ctx.workspaceId, month, none);
      expect(flow.checks, month).toEqual([expect.objectContaining({ holds: true })]);
      const opening = rowOf(flow, 'opening-cash')?.currentCents ?? NaN;
      const change = rowOf(flow, 'net-change')?.currentCents ?? NaN;
      expect(opening + change, month).toBe(rowOf(flow, 'closing-cash')?.currentCents);
    }
  });

  it("ties the month's net income to the ledger's own revenue and expense totals, to the cent", async () => {
    const statement = await s.services.statements.incomeStatement(s.ctx.workspaceId, '2026-10', {
      prior: true,
      lastYear: true,
    });
    const [ledger] = (await s.db.dataSource.query(
      `SELECT sum(CASE WHEN a.type = 'REVENUE' THEN l.credit_cents - l.debit_cents
                       ELSE l.debit_cents - l.credit_cents END)
                FILTER (WHERE a.type = 'REVENUE') AS revenue,
              sum(l.debit_cents - l.credit_cents) FILTER (WHERE a.type IN ('COGS', 'EXPENSE')) AS costs
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.workspace_id = $1 AND l.occurred_on BETWEEN '2026-10-01' AND '2026-10-31'`,
      [s.ctx.workspaceId],
    )) as Array<{ revenue: string; costs: string }>;
    expect(rowOf(statement, 'revenue-total')?.currentCents).toBe(Number(ledger?.revenue));
    expect(rowOf(statement, 'net-income')?.currentCents).toBe(
      Number(ledger?.revenue) - Number(ledger?.costs),
    );
    expect(statement.priorPeriod?.key).toBe('2026-09');
    expect(statement.lastYearPeriod?.key).toBe('2025-10');
    const net = rowOf(statement, 'net-income');
    expect(net?.varianceCents).toBe((net?.currentCents ?? 0) - (net?.priorCents ?? 0));
  });

  it('moves exactly the lines one known entry touches, by exactly its amount', async () => {
    const before = {
      pnl: await s.services.statements.incomeStatement(s.ctx.workspaceId, '2026-10', none),
      sheet: await s.services.statements.balanceSheet(s.ctx.workspaceId, '2026-10', none),
    };
    await s.services.ledger.post(
      s.ctx.workspaceId,
      {
        occurredOn: '2026-10-15',
        memo: 'Kiln shelf repair',
        sourceType: 'ADJUSTMENT',
        sourceId: null,
        lines: [
          { accountCode: '6110', debitCents: 12_345, creditCents: 0 },
          { accountCode: '1010', debitCents: 0, creditCents: 12_345 },
        ],
      },
      { type: 'SYSTEM', id: 'statements-spec' },
    );
    const after = {
      pnl: await s.services.statements.incomeStatement(s.ctx.workspaceId, '2026-10', none),
      sheet: await s.services.statements.balanceSheet(s.ctx.workspaceId, '2026-10', none),
    };
    // Each row's change; a row missing before counts from 0.
    const moved = (a: FinancialStatement, b: FinancialStatement): Record<string, number> =>
      Object.fromEntries(
        b.sections
          .flatMap((section) => section.rows)
          .map((row) => [row.key, row.currentCents - (rowOf(a, row.key)?.currentCents ?? 0)])
          .filter(([, delta]) => delta !== 0),
      );
    expect(moved(before.pnl, after.pnl)).toEqual(
      expect.objectContaining({
        '6110': 12_345,
        'department:operations-and-fulfilment': 12_345,
        'opex-total': 12_345,
        'operating-income': -12_345,
        'net-income': -12_345,
      }),
    );
    expect(Object.keys(moved(before.pnl, after.pnl))).toHaveLength(5);
    expect(
      Object.values(moved(before.sheet, after.sheet)).every((d) => Math.abs(d) === 12_345),
    ).toBe(true);
  });

  it('shows operating expenses by department: each department its accounts then its subtotal, the subtotals summing to the total', async () => {
    const statement = await s.services.statements.incomeStatement(s.ctx.workspaceId, '2026-10', {
      prior: true,
      lastYear: false,
    });
    const opex = statement.sections.find((section) => section.key === 'operating-expenses');
    const rows = opex?.rows ?? [];
    const subtotals = rows.filter((row) => row.key.startsWith('department:'));
    expect(subtotals.map((row) => row.label)).toEqual([
      'Total sales and marketing',
      'Total operations and fulfilment',
      'Total people',
      'Total general and administrative',
    ]);
    for (const subtotal of subtotals) {
      const accounts = rows.filter((row) => !row.isTotal && row.group === subtotal.group);
      expect(subtotal.currentCents, subtotal.key).toBe(
        accounts.reduce((sum, row) => sum + row.currentCents, 0),
      );
      expect(subtotal.accounts).toEqual(accounts.map((row) => row.key));
      // Each department's subtotal directly follows its own accounts.
      const at = rows.indexOf(subtotal);
      expect(rows.slice(at - accounts.length, at)).toEqual(accounts);
    }
    expect(subtotals.reduce((sum, row) => sum + row.currentCents, 0)).toBe(
      rowOf(statement, 'opex-total')?.currentCents,
    );
    expect(rows.find((row) => row.key === '6070')).toBeUndefined(); // interest is below the line
  });

  it('notes a comparison period the books only partly cover and a period not over yet', async () => {
    const [span] = (await s.db.dataSource.query(
      `SELECT min(occurred_on)::text AS first FROM journal_line WHERE workspace_id = $1`,
      [s.ctx.workspaceId],
    )) as Array<{ first: string }>;
    expect(span?.first.startsWith('2024-')).toBe(true); // the opening entries, within 2024
    const year = await s.services.statements.incomeStatement(s.ctx.workspaceId, '2025', {
      prior: true,
      lastYear: true, // the same year as the prior period: noted once
    });
    expect(year.notes).toEqual([
      `2024 is only partly in the books, which begin on ${span?.first}.`,
    ]);
    const quarter = await s.services.statements.cashFlowStatement(s.ctx.workspaceId, '2026-Q4', {
      prior: false,
      lastYear: true,
    });
    expect(quarter.notes).toEqual([
      expect.stringMatching(/^Q4 2026 runs past the last entry in the books \(2026-11-2\d\)\.$/),
    ]);
    const october = await s.services.statements.balanceSheet(s.ctx.workspaceId, '2026-10', {
      prior: true,
      lastYear: true,
    });
    expect(october.notes).toEqual([]);
  });

  it('refuses a period that is not a month, quarter or year', async () => {
    await expect(
      s.services.statements.incomeStatement(s.ctx.workspaceId, 'last month', none),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});
