import type { DataSource } from 'typeorm';
import type { LedgerAccountAmount, UncategorizedSpending } from './deduction-summary.js';

/**
 * What the deductions read from the books for one tax year, each in one SQL aggregate: the
 * income statement accounts' debits less credits (journal_line joined to ledger_account, whose
 * schedule_c_line maps expenses to Schedule C), the car and truck lines by month (for months
 * without miles), and the bank payments still awaiting categorization.
 */
export interface LedgerDeductionData {
  accounts: LedgerAccountAmount[];
  booksThrough: string | null;
  carAndTruckByMonth: Map<string, number>;
  uncategorized: UncategorizedSpending;
}

export async function readLedgerDeductionData(
  dataSource: DataSource,
  workspaceId: string,
  from: string,
  to: string,
): Promise<LedgerDeductionData> {
  const accounts = (await dataSource.query(
    `SELECT a.code, a.name, a.type, a.schedule_c_line,
            sum(l.debit_cents - l.credit_cents)::text AS net_debit_cents,
            to_char(max(l.occurred_on), 'YYYY-MM-DD') AS last_on
       FROM journal_line l
       JOIN ledger_account a ON a.id = l.account_id
      WHERE l.workspace_id = $1 AND a.workspace_id = $1
        AND a.type IN ('REVENUE', 'COGS', 'EXPENSE')
        AND l.occurred_on BETWEEN $2 AND $3
      GROUP BY a.code, a.name, a.type, a.schedule_c_line
      ORDER BY a.code`,
    [workspaceId, from, to],
  )) as Array<{
    code: string;
    name: string;
    type: LedgerAccountAmount['type'];
    schedule_c_line: string | null;
    net_debit_cents: string;
    last_on: string;
  }>;
  const car = (await dataSource.query(
    `SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
            sum(l.debit_cents - l.credit_cents)::text AS cents
       FROM journal_line l
       JOIN ledger_account a ON a.id = l.account_id
      WHERE l.workspace_id = $1 AND a.schedule_c_line = 'L9_CAR_AND_TRUCK'
        AND l.occurred_on BETWEEN $2 AND $3
      GROUP BY 1`,
    [workspaceId, from, to],
  )) as Array<{ month: string; cents: string }>;
  const [pending] = (await dataSource.query(
    `SELECT count(*)::int AS count, coalesce(sum(-amount_cents), 0)::text AS cents,
            to_char(min(posted_on), 'YYYY-MM-DD') AS first_on,
            to_char(max(posted_on), 'YYYY-MM-DD') AS last_on
       FROM bank_transaction
      WHERE workspace_id = $1 AND status <> 'CATEGORIZED' AND amount_cents < 0
        AND posted_on BETWEEN $2 AND $3`,
    [workspaceId, from, to],
  )) as Array<{ count: number; cents: string; first_on: string | null; last_on: string | null }>;
  const lastDays = accounts.map((a) => a.last_on).sort();
  return {
    accounts: accounts.map((a) => ({
      code: a.code,
      name: a.name,
      type: a.type,
      scheduleCLine: a.schedule_c_line,
      netDebitCents: Number(a.net_debit_cents),
    })),
    booksThrough: lastDays.at(-1) ?? null,
    carAndTruckByMonth: new Map(car.map((m) => [m.month, Number(m.cents)])),
    uncategorized: {
      count: Number(pending?.count ?? 0),
      cents: Number(pending?.cents ?? 0),
      firstOn: pending?.first_on ?? null,
      lastOn: pending?.last_on ?? null,
    },
  };
}
