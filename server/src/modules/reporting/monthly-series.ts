import type { DataSource } from 'typeorm';
import {
  DEFAULT_CASH_CODES,
  shiftMonth,
  type MonthlyActuals,
} from '../../engines/accounting/index.js';

/**
 * The ledger by calendar month, for the forecast: one GROUP BY month over journal_line (whose
 * occurred_on is already the shop's calendar date) joined to ledger_account.
 *
 * Per month: revenue = REVENUE accounts' credits - debits (a returns contra account, debit side,
 * reduces it), COGS and expenses = their debits - credits (interest is an EXPENSE account),
 * cash = the change of the cash accounts' debit-side balance. Sums are exact in SQL (bigint,
 * sent as text); closing cash is the running total of the changes from the first line, so it
 * equals the balance sheet's cash at every month end.
 */
export async function monthlyLedgerSeries(
  dataSource: DataSource,
  workspaceId: string,
  /** The last day to include ('YYYY-MM-DD'): the end of the last complete month. */
  through: string,
  cashCodes: readonly string[] = DEFAULT_CASH_CODES,
): Promise<MonthlyActuals[]> {
  const rows = (await dataSource.query(
    `SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
            coalesce(sum(l.credit_cents - l.debit_cents) FILTER (WHERE a.type = 'REVENUE'), 0)::text AS revenue,
            coalesce(sum(l.debit_cents - l.credit_cents) FILTER (WHERE a.type = 'COGS'), 0)::text AS cogs,
            coalesce(sum(l.debit_cents - l.credit_cents) FILTER (WHERE a.type = 'EXPENSE'), 0)::text AS expenses,
            coalesce(sum(l.debit_cents - l.credit_cents) FILTER (WHERE a.code = ANY($3)), 0)::text AS cash_change
       FROM journal_line l
       JOIN ledger_account a ON a.id = l.account_id
      WHERE l.workspace_id = $1 AND l.occurred_on <= $2
      GROUP BY 1
      ORDER BY 1`,
    [workspaceId, through, [...cashCodes]],
  )) as Array<{
    month: string;
    revenue: string;
    cogs: string;
    expenses: string;
    cash_change: string;
  }>;
  const first = rows[0];
  if (!first) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const last = through.slice(0, 7);
  const series: MonthlyActuals[] = [];
  let cash = 0n;
  // Every month from the first with a line to the last complete one; a month with none counts 0.
  for (let month = first.month; month <= last; month = shiftMonth(month, 1)) {
    const row = byMonth.get(month);
    cash += BigInt(row?.cash_change ?? '0');
    series.push({
      month,
      revenueCents: safe(row?.revenue ?? '0', month),
      costOfGoodsSoldCents: safe(row?.cogs ?? '0', month),
      operatingExpensesCents: safe(row?.expenses ?? '0', month),
      closingCashCents: safe(cash.toString(), month),
    });
  }
  return series;
}

function safe(text: string, month: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${month}: ${text} cents is too large to count exactly`);
  }
  return value;
}
