import type { DataSource } from 'typeorm';
import { AuditService } from '../modules/audit/audit.service.js';
import { LedgerService } from '../modules/ledger/ledger.service.js';
import { StatementsService } from '../modules/reporting/statements.service.js';
import { round } from './stats.js';
import { summary, timed } from './ledger-bench.js';

const RUNS = { warmUp: 2, timed: 7 };
const TARGETS = { statementMs: 1_000, serviceToSqlRatio: 1.5 };
const YEAR = { key: '2026', from: '2026-01-01', to: '2026-12-31' };

/** What a hand-written report would run: the year's activity per account. */
const HAND_WRITTEN_PERIOD = `SELECT account_id, sum(debit_cents)::text AS debit, sum(credit_cents)::text AS credit
  FROM journal_line WHERE workspace_id = $1 AND occurred_on BETWEEN $2 AND $3 GROUP BY account_id`;
/** ...and every balance as of the year end. */
const HAND_WRITTEN_BALANCES = `SELECT account_id, sum(debit_cents)::text AS debit, sum(credit_cents)::text AS credit
  FROM journal_line WHERE workspace_id = $1 AND occurred_on <= $2 GROUP BY account_id`;

/**
 * Issue 14's benchmark: the income statement (a year) and the balance sheet (at its end) over the
 * same million journal lines as the trial balance, each against a hand-written SQL aggregate over
 * the same rows, alternating, in the same run.
 */
export async function measureStatements(
  dataSource: DataSource,
  workspaceId: string,
  log: (message: string) => void,
) {
  const statements = new StatementsService(
    new LedgerService(dataSource, new AuditService(dataSource)),
  );
  const none = { prior: false, lastYear: false };
  log(`statements: income statement ${YEAR.key} and balance sheet at ${YEAR.to}`);
  const pairs = {
    incomeStatement: {
      service: () => statements.incomeStatement(workspaceId, YEAR.key, none),
      sql: () => dataSource.query(HAND_WRITTEN_PERIOD, [workspaceId, YEAR.from, YEAR.to]),
    },
    balanceSheet: {
      service: () => statements.balanceSheet(workspaceId, YEAR.key, none),
      sql: () => dataSource.query(HAND_WRITTEN_BALANCES, [workspaceId, YEAR.to]),
    },
  };
  const results: Record<string, unknown> = {};
  for (const [name, pair] of Object.entries(pairs)) {
    for (let i = 0; i < RUNS.warmUp; i++) {
      await pair.service();
      await pair.sql();
    }
    const serviceMs: number[] = [];
    const sqlMs: number[] = [];
    for (let i = 0; i < RUNS.timed; i++) {
      serviceMs.push(await timed(pair.service));
      sqlMs.push(await timed(pair.sql));
    }
    const service = summary(serviceMs);
    const sql = summary(sqlMs);
    const ratio = round(service.medianMs / sql.medianMs, 3);
    results[name] = {
      service,
      handWrittenSql: sql,
      serviceToSqlRatio: ratio,
      meetsTarget: service.medianMs < TARGETS.statementMs && ratio <= TARGETS.serviceToSqlRatio,
    };
  }
  const sheet = await pairs.balanceSheet.service();
  return {
    period: YEAR,
    runs: RUNS.timed,
    ...results,
    balanceSheetBalanced: sheet.checks.every((check) => check.holds),
    target: `each statement's service median < ${TARGETS.statementMs} ms and <= ${TARGETS.serviceToSqlRatio}x its SQL`,
  };
}
