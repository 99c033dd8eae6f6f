import type { DataSource } from 'typeorm';
import {
  weeklyCashFlow,
  type CashMovement,
  type WeeklyCashFlow,
} from '../../engines/accounting/index.js';

/** Money that has not been categorized yet still moved: it is reported under this name. */
export const UNCATEGORIZED = 'Uncategorized';

/** A year and a week back, so "the same week last year" is always inside the window. */
const LOOKBACK_DAYS = 371;

/**
 * The weekly cash-flow report over the bank feed: every movement of the shop's bank accounts by
 * the category (ledger account) it was posted to. The cash balance is the bank accounts' ledger
 * balance plus the transactions not yet categorized (which have no journal entry yet), so the
 * runway counts money that has really moved.
 */
export class CashFlowService {
  constructor(private readonly dataSource: DataSource) {}

  async weekly(
    workspaceId: string,
    weekEnding: string,
    historyWeeks: number,
  ): Promise<WeeklyCashFlow> {
    const lookback = Math.max(LOOKBACK_DAYS, historyWeeks * 7 * 2 + 7);
    const rows = (await this.dataSource.query(
      `SELECT to_char(t.posted_on, 'YYYY-MM-DD') AS posted_on, t.amount_cents,
              coalesce(CASE WHEN t.status = 'CATEGORIZED' THEN a.name END, $4) AS category
         FROM bank_transaction t LEFT JOIN ledger_account a ON a.id = t.account_id
        WHERE t.workspace_id = $1 AND t.posted_on > ($2::date - $3::int) AND t.posted_on <= $2::date`,
      [workspaceId, weekEnding, lookback, UNCATEGORIZED],
    )) as Array<{ posted_on: string; amount_cents: string; category: string }>;
    const movements: CashMovement[] = rows.map((row) => ({
      postedOn: row.posted_on,
      amountCents: Number(row.amount_cents),
      category: row.category,
    }));
    return weeklyCashFlow({
      weekEnding,
      movements,
      cashBalanceCents: await this.cashBalance(workspaceId, weekEnding),
      historyWeeks,
    });
  }

  /** The bank accounts' balance at the end of `asOf`, in cents. */
  async cashBalance(workspaceId: string, asOf: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0)
            FROM journal_line l
           WHERE l.workspace_id = $1 AND l.occurred_on <= $2::date
             AND l.account_id IN (SELECT ledger_account_id FROM bank_account WHERE workspace_id = $1))
         +
         (SELECT coalesce(sum(t.amount_cents), 0)
            FROM bank_transaction t
           WHERE t.workspace_id = $1 AND t.posted_on <= $2::date AND t.status <> 'CATEGORIZED')
         AS cents`,
      [workspaceId, asOf],
    )) as Array<{ cents: string }>;
    return Number(row?.cents ?? 0);
  }
}
