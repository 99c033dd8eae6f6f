import { loadavg } from 'node:os';
import type { DataSource } from 'typeorm';
import { measureBankFeed } from './bank-feed-bench.js';
import { measureStatements } from './statements-bench.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { LedgerService } from '../modules/ledger/ledger.service.js';
import {
  createBenchWorkspace,
  journalIntegrity,
  loadJournal,
  openBenchDatabase,
} from './ledger-fixtures.js';
import { percentile, round } from './stats.js';

/**
 * The ledger on PostgreSQL (issue 13's benchmark): the trial balance over a million journal lines
 * against a hand-written SQL aggregate over the same rows, in the same run, and the statements
 * over them (statements-bench.ts); then importing and
 * categorizing 10,000 bank transactions (bank-feed-bench.ts). Builds its own database on the
 * server and drops it afterwards. Reports; does not judge.
 */
export const TRIAL_BALANCE = {
  entries: 400_000, // 200,000 with two lines + 200,000 with three = 1,000,000 lines
  firstDay: '2024-01-01',
  days: 1_096, // 2024-01-01 .. 2026-12-31
  asOf: '2026-12-31',
  batchSize: 100_000,
  warmUpRuns: 2,
  runs: 7,
};
const TARGETS = { trialBalanceMs: 1_000, serviceToSqlRatio: 1.5 };

/** The hand-written aggregate the service is compared with. */
const HAND_WRITTEN_TRIAL_BALANCE = `SELECT account_id, sum(debit_cents)::text AS debit, sum(credit_cents)::text AS credit
  FROM journal_line
 WHERE workspace_id = $1 AND occurred_on <= $2
 GROUP BY account_id`;

export interface LedgerBenchOptions {
  /** A PostgreSQL server URL; the bench creates (and drops) a database of its own on it. */
  serverUrl: string;
  log: (message: string) => void;
}

export async function measureLedger(options: LedgerBenchOptions) {
  const { log } = options;
  const loadAtStart = round(loadavg()[0] ?? 0);
  log(`ledger: a fresh database on ${describeServer(options.serverUrl)}`);
  const bench = await openBenchDatabase(options.serverUrl);
  try {
    const dataSource = bench.db.dataSource;
    const postgres = await serverFacts(dataSource);
    const { figures: trialBalance, workspaceId } = await measureTrialBalance(dataSource, log);
    const statements = await measureStatements(dataSource, workspaceId, log);
    const loadBeforeBankFeed = round(loadavg()[0] ?? 0);
    // In the same database: its postings land in a journal_line table of a million rows.
    const bankFeed = await measureBankFeed(dataSource, log).catch((error: unknown) => {
      log(`bank feed: failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
      return { failed: error instanceof Error ? error.message : String(error) };
    });
    return {
      database: { server: describeServer(options.serverUrl), ...postgres },
      loadAverage1m: {
        atStart: loadAtStart,
        beforeBankFeed: loadBeforeBankFeed,
        atEnd: round(loadavg()[0] ?? 0),
      },
      trialBalance,
      statements,
      bankFeed,
    };
  } finally {
    log('ledger: dropping the bench database');
    await bench.close();
  }
}

async function measureTrialBalance(dataSource: DataSource, log: (message: string) => void) {
  const plan = TRIAL_BALANCE;
  const workspace = await createBenchWorkspace(dataSource);
  log(
    `trial balance: loading ${plan.entries.toLocaleString('en-US')} entries over ` +
      `${workspace.postableIds.length} accounts, ${plan.days} days`,
  );
  const load = await loadJournal(dataSource, workspace, plan, log);
  log(`trial balance: loaded in ${round(load.loadMs / 1000, 1)} s; verifying every entry`);
  const integrity = await journalIntegrity(dataSource, workspace.workspaceId);

  const ledger = new LedgerService(dataSource, new AuditService(dataSource));
  const service = () => ledger.trialBalance(workspace.workspaceId, plan.asOf);
  const handWritten = () =>
    dataSource.query(HAND_WRITTEN_TRIAL_BALANCE, [workspace.workspaceId, plan.asOf]) as Promise<
      Array<{ account_id: string; debit: string; credit: string }>
    >;

  const sameTotals = sameFigures(await service(), await handWritten());
  log(`trial balance: ${plan.warmUpRuns} warm-up and ${plan.runs} timed runs of each, alternating`);
  for (let i = 0; i < plan.warmUpRuns; i++) {
    await service();
    await handWritten();
  }
  const serviceMs: number[] = [];
  const sqlMs: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    serviceMs.push(await timed(service));
    sqlMs.push(await timed(handWritten));
  }

  const serviceSql = await capturedQueries(dataSource, service);
  const plans = {
    service: await Promise.all(
      serviceSql.map(({ sql, params }) => planOf(dataSource, sql, params)),
    ),
    handWrittenSql: await planOf(dataSource, HAND_WRITTEN_TRIAL_BALANCE, [
      workspace.workspaceId,
      plan.asOf,
    ]),
  };
  const serviceFigures = summary(serviceMs);
  const sqlFigures = summary(sqlMs);
  const ratio = round(serviceFigures.medianMs / sqlFigures.medianMs, 3);
  const figures = {
    journal: {
      entries: load.entries,
      lines: load.lines,
      accounts: workspace.postableIds.length,
      firstDay: plan.firstDay,
      lastDay: plan.asOf,
      loadedWithTriggers: load.loadedWithTriggers,
      verifiedBalanced:
        integrity.unbalancedEntries === 0 &&
        integrity.linesOnForeignAccounts === 0 &&
        integrity.totalDebitCents === integrity.totalCreditCents,
      unbalancedEntries: integrity.unbalancedEntries,
      totalDebitCents: integrity.totalDebitCents,
      loadSeconds: round(load.loadMs / 1000, 1),
      linesLoadedPerSecond: Math.round(load.lines / (load.loadMs / 1000)),
      vacuumAnalyzeSeconds: round(load.vacuumAnalyzeMs / 1000, 1),
    },
    asOf: plan.asOf,
    warmUpRuns: plan.warmUpRuns,
    runs: plan.runs,
    service: serviceFigures,
    handWrittenSql: sqlFigures,
    serviceToSqlRatio: ratio,
    serviceMatchesSql: sameTotals,
    plans,
    target: `service median < ${TARGETS.trialBalanceMs} ms and <= ${TARGETS.serviceToSqlRatio}x the SQL`,
    meetsTarget:
      serviceFigures.medianMs < TARGETS.trialBalanceMs && ratio <= TARGETS.serviceToSqlRatio,
  };
  return { figures, workspaceId: workspace.workspaceId };
}

/** Each account's debits and credits agree between the service and the SQL. */
function sameFigures(
  service: Awaited<ReturnType<LedgerService['trialBalance']>>,
  sql: Array<{ account_id: string; debit: string; credit: string }>,
): boolean {
  const bySql = new Map(sql.map((row) => [row.account_id, row]));
  return (
    service.balanced &&
    service.rows.length === sql.length &&
    service.rows.every((row) => {
      const other = bySql.get(row.accountId);
      return (
        other !== undefined &&
        Number(other.debit) === row.debitCents &&
        Number(other.credit) === row.creditCents
      );
    })
  );
}

export function summary(samples: number[]) {
  return {
    medianMs: round(percentile(samples, 50), 1),
    p95Ms: round(percentile(samples, 95), 1),
    minMs: round(Math.min(...samples), 1),
  };
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The statements `work` sends through dataSource.query (the service's own SQL, for EXPLAIN). */
async function capturedQueries(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<Array<{ sql: string; params: unknown[] }>> {
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const original = dataSource.query.bind(dataSource);
  const spy = (sql: string, params?: unknown[]) => {
    captured.push({ sql, params: params ?? [] });
    return original(sql, params);
  };
  Object.assign(dataSource, { query: spy });
  try {
    await work();
  } finally {
    delete (dataSource as { query?: unknown }).query; // the prototype's method again
  }
  return captured;
}

interface PlanNode {
  'Node Type': string;
  Strategy?: string;
  'Partial Mode'?: string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Workers Launched'?: number;
  'Heap Fetches'?: number;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN ANALYZE of one statement, as a line per plan node and the execution time. */
async function planOf(dataSource: DataSource, sql: string, params: unknown[]) {
  const [row] = (await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)) as Array<{
    'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }>;
  }>;
  const explained = row?.['QUERY PLAN'][0];
  if (!explained) return null;
  const nodes: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const details = [
      node['Partial Mode'] !== undefined && node['Partial Mode'] !== 'Simple'
        ? node['Partial Mode']
        : undefined,
      node.Strategy,
      node['Index Name'] ?? node['Relation Name'],
      node['Workers Launched'] !== undefined ? `${node['Workers Launched']} workers` : undefined,
      node['Heap Fetches'] !== undefined ? `heap fetches ${node['Heap Fetches']}` : undefined,
      node['Actual Total Time'] !== undefined
        ? `${round(node['Actual Total Time'], 1)} ms`
        : undefined,
    ].filter(Boolean);
    nodes.push(`${'  '.repeat(depth)}${node['Node Type']} (${details.join(', ')})`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(explained.Plan, 0);
  return { executionMs: round(explained['Execution Time'], 1), nodes };
}

async function serverFacts(dataSource: DataSource) {
  const [row] = (await dataSource.query(
    `SELECT current_setting('server_version') AS version,
            current_setting('shared_buffers') AS shared_buffers,
            current_setting('work_mem') AS work_mem,
            current_setting('max_parallel_workers_per_gather') AS parallel_workers`,
  )) as Array<{
    version: string;
    shared_buffers: string;
    work_mem: string;
    parallel_workers: string;
  }>;
  return {
    postgresVersion: row?.version,
    sharedBuffers: row?.shared_buffers,
    workMem: row?.work_mem,
    maxParallelWorkersPerGather: Number(row?.parallel_workers),
  };
}

/** host:port of a URL, never its credentials. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}
