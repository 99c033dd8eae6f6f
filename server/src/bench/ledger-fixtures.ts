import { randomBytes } from 'node:crypto';
import { CHART_OF_ACCOUNTS, migrateDatabase, openDatabase, type HubDatabase } from '@zactonics/db';
import { createTestDatabase } from '@zactonics/db/testing';
import type { DataSource } from 'typeorm';

/** The machine's PostgreSQL (trust auth), unless DATABASE_URL names another server. */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  db: HubDatabase;
  /** Closes the connections and drops the database. */
  close(): Promise<void>;
}

/** A new, migrated database on the PostgreSQL server at `serverUrl`, dropped by close(). */
export async function openBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const testDb = await createTestDatabase({ DATABASE_URL: serverUrl });
  let db: HubDatabase | undefined;
  try {
    db = await openDatabase({ ...testDb.options, poolSize: 4 });
    await migrateDatabase(db);
  } catch (error) {
    await db?.close().catch(() => undefined);
    await testDb.drop().catch(() => undefined);
    throw error;
  }
  const opened = db;
  return {
    db: opened,
    async close() {
      try {
        await opened.close();
      } finally {
        await testDb.drop();
      }
    },
  };
}

export interface BenchWorkspace {
  workspaceId: string;
  /** Ledger account id by code (CHART_OF_ACCOUNTS, headers included). */
  accountIds: Map<string, string>;
  /** The postable accounts' ids, in code order. */
  postableIds: string[];
}

/** A workspace with the demo chart of accounts (CHART_OF_ACCOUNTS), written in one statement. */
export async function createBenchWorkspace(dataSource: DataSource): Promise<BenchWorkspace> {
  const slug = `bench-${randomBytes(4).toString('hex')}`;
  const [workspace] = (await dataSource.query(
    `INSERT INTO workspace (slug, name) VALUES ($1, 'Ledger bench') RETURNING id`,
    [slug],
  )) as Array<{ id: string }>;
  if (!workspace) throw new Error('the bench workspace was not created');
  const rows = (await dataSource.query(
    `WITH chart AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                            $7::boolean[], $8::text[], $9::text[])
              AS c(code, name, type, normal_balance, parent_code, postable, schedule_c_line, description)
     ), ids AS (
       SELECT chart.*, gen_random_uuid() AS id FROM chart
     )
     INSERT INTO ledger_account
       (id, workspace_id, code, name, type, normal_balance, parent_id, postable, schedule_c_line, description)
     SELECT a.id, $1, a.code, a.name, a.type, a.normal_balance, p.id, a.postable, a.schedule_c_line,
            a.description
       FROM ids a LEFT JOIN ids p ON p.code = a.parent_code
     RETURNING id, code, postable`,
    [
      workspace.id,
      CHART_OF_ACCOUNTS.map((a) => a.code),
      CHART_OF_ACCOUNTS.map((a) => a.name),
      CHART_OF_ACCOUNTS.map((a) => a.type),
      CHART_OF_ACCOUNTS.map((a) => a.normalBalance),
      CHART_OF_ACCOUNTS.map((a) => a.parent),
      CHART_OF_ACCOUNTS.map((a) => a.postable),
      CHART_OF_ACCOUNTS.map((a) => a.scheduleCLine),
      CHART_OF_ACCOUNTS.map((a) => a.description),
    ],
  )) as Array<{ id: string; code: string; postable: boolean }>;
  rows.sort((a, b) => a.code.localeCompare(b.code));
  return {
    workspaceId: workspace.id,
    accountIds: new Map(rows.map((row) => [row.code, row.id])),
    postableIds: rows.filter((row) => row.postable).map((row) => row.id),
  };
}

export interface JournalLoadPlan {
  /** Entries to write; every second one has three lines, the others two. */
  entries: number;
  /** The first day (YYYY-MM-DD); entries are spread evenly over `days` days from it. */
  firstDay: string;
  days: number;
  /** Entries per INSERT statement. */
  batchSize: number;
}

export interface JournalLoad {
  entries: number;
  lines: number;
  /** False when the balance triggers were switched off for the load (verify afterwards). */
  loadedWithTriggers: boolean;
  loadMs: number;
  /** VACUUM ANALYZE of the two tables after the load. */
  vacuumAnalyzeMs: number;
}

/**
 * Writes balanced journal entries generated inside PostgreSQL (generate_series): each batch is one
 * statement inserting the entries and, from their RETURNING rows, their lines. Entry k (by seq)
 * has a pseudo-random debit account and amount; odd entries credit one other account, even ones
 * split the credit over two, so `entries` entries make 2.5 x `entries` lines.
 *
 * The deferred balance triggers would re-read every entry's lines at commit; as a superuser the
 * loading session sets `session_replication_role = replica`, which skips all triggers (foreign
 * keys too) for this session only, and the caller verifies the books with `journalIntegrity`.
 * Without the privilege it loads with the triggers on.
 */
export async function loadJournal(
  dataSource: DataSource,
  workspace: BenchWorkspace,
  plan: JournalLoadPlan,
  progress: (message: string) => void,
): Promise<JournalLoad> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const started = performance.now();
  let loadedWithTriggers = true;
  let lines = 0;
  try {
    try {
      await runner.query('SET session_replication_role = replica');
      loadedWithTriggers = false;
    } catch {
      progress('not a superuser: loading with the balance triggers on (slower)');
    }
    for (let first = 1; first <= plan.entries; first += plan.batchSize) {
      const last = Math.min(plan.entries, first + plan.batchSize - 1);
      const [row] = (await runner.query(
        `WITH e AS (
           INSERT INTO journal_entry (workspace_id, occurred_on, memo, source_type, posted_by_type, posted_by)
           SELECT $1, $2::date + ((g - 1) * $3::bigint / $4::bigint)::int, 'Bench entry ' || g,
                  'ADJUSTMENT', 'SYSTEM', 'ledger-bench'
             FROM generate_series($5::bigint, $6::bigint) g
           RETURNING id, seq, occurred_on
         ), picked AS (
           SELECT e.id, e.occurred_on, e.seq % 2 = 0 AS split, h,
                  (h % n)::int AS debit_at,
                  ((h % n + 1 + (h / n) % (n - 1)) % n)::int AS credit_at,
                  ((h % n + 1 + (h / (n * n)) % (n - 1)) % n)::int AS second_credit_at,
                  100 + h % 250000 AS x, 100 + (h / 250000) % 90000 AS y
             FROM e, LATERAL (SELECT (e.seq * 2654435761) % 4294967296 AS h,
                                     cardinality($7::uuid[])::bigint AS n) k
         ), inserted AS (
           INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents)
           SELECT p.id, $1, ($7::uuid[])[l.at + 1], p.occurred_on, l.debit, l.credit
             FROM picked p
             CROSS JOIN LATERAL (VALUES
               (1, p.debit_at, p.x + CASE WHEN p.split THEN p.y ELSE 0 END, 0::bigint),
               (2, p.credit_at, 0::bigint, p.x),
               (3, p.second_credit_at, 0::bigint, p.y)
             ) l(n, at, debit, credit)
            WHERE l.n < 3 OR p.split
           RETURNING 1
         )
         SELECT count(*)::int AS lines FROM inserted`,
        [
          workspace.workspaceId,
          plan.firstDay,
          plan.days,
          plan.entries,
          first,
          last,
          workspace.postableIds,
        ],
      )) as Array<{ lines: number }>;
      lines += row?.lines ?? 0;
      progress(`  ${last.toLocaleString('en-US')} entries, ${lines.toLocaleString('en-US')} lines`);
    }
  } finally {
    await runner.query('RESET session_replication_role').catch(() => undefined);
    await runner.release();
  }
  const loadMs = performance.now() - started;
  const vacuumStarted = performance.now();
  // Fresh rows are not yet all-visible: without the vacuum an index-only scan still visits the
  // heap for each row, which a ledger that autovacuum has seen would not.
  await dataSource.query('VACUUM (ANALYZE) journal_entry, journal_line, ledger_account');
  return {
    entries: plan.entries,
    lines,
    loadedWithTriggers,
    loadMs,
    vacuumAnalyzeMs: performance.now() - vacuumStarted,
  };
}

export interface JournalIntegrity {
  /** Entries with fewer than two lines, debits <> credits, or a line off the entry's date. */
  unbalancedEntries: number;
  /** Lines whose account is not one of the workspace's (foreign keys skipped while loading). */
  linesOnForeignAccounts: number;
  totalDebitCents: number;
  totalCreditCents: number;
}

/** What the balance triggers check, over every entry of the workspace, in SQL. */
export async function journalIntegrity(
  dataSource: DataSource,
  workspaceId: string,
): Promise<JournalIntegrity> {
  const [row] = (await dataSource.query(
    `SELECT
       (SELECT count(*) FROM (
          SELECT e.id
            FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
           WHERE e.workspace_id = $1
           GROUP BY e.id
          HAVING count(l.id) < 2
              OR coalesce(sum(l.debit_cents), 0) <> coalesce(sum(l.credit_cents), 0)
              OR count(*) FILTER (WHERE l.occurred_on <> e.occurred_on
                                     OR l.workspace_id <> e.workspace_id) > 0
        ) bad)::int AS unbalanced,
       (SELECT count(*) FROM journal_line l
          LEFT JOIN ledger_account a ON a.id = l.account_id AND a.workspace_id = l.workspace_id
         WHERE l.workspace_id = $1 AND a.id IS NULL)::int AS foreign_lines,
       (SELECT sum(debit_cents) FROM journal_line WHERE workspace_id = $1)::text AS debit,
       (SELECT sum(credit_cents) FROM journal_line WHERE workspace_id = $1)::text AS credit`,
    [workspaceId],
  )) as Array<{ unbalanced: number; foreign_lines: number; debit: string; credit: string }>;
  if (!row) throw new Error('the integrity query answered nothing');
  return {
    unbalancedEntries: row.unbalanced,
    linesOnForeignAccounts: row.foreign_lines,
    totalDebitCents: Number(row.debit),
    totalCreditCents: Number(row.credit),
  };
}

export interface StatementRow {
  /** YYYY-MM-DD. */
  postedOn: string;
  /** Money out negative. */
  amountCents: number;
  description: string;
  reference?: string;
}

/**
 * A bank's single-amount CSV export (`Date,Description,Amount[,Reference]`, US dates, money out
 * negative), quoted where a description needs it.
 */
export function statementCsv(rows: readonly StatementRow[]): string {
  const withReference = rows.some((row) => row.reference !== undefined);
  const header = withReference ? 'Date,Description,Amount,Reference' : 'Date,Description,Amount';
  const lines = rows.map((row) => {
    const [year, month, day] = row.postedOn.split('-');
    const cells = [`${month}/${day}/${year}`, csvCell(row.description), dollars(row.amountCents)];
    if (withReference) cells.push(csvCell(row.reference ?? ''));
    return cells.join(',');
  });
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** -1234 -> "-12.34", in integer arithmetic. */
function dollars(cents: number): string {
  const whole = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** `count` days spread evenly from `firstDay` over `days` days, in order (YYYY-MM-DD). */
export function spreadDays(firstDay: string, days: number, count: number): string[] {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + Math.floor((i * days) / count) * 86_400_000).toISOString().slice(0, 10),
  );
}

/** A checking account on the workspace's ledger account 1010, as the console would add it. */
export async function createBankAccount(
  dataSource: DataSource,
  workspace: BenchWorkspace,
): Promise<string> {
  const [row] = (await dataSource.query(
    `INSERT INTO bank_account (workspace_id, name, institution, last4, ledger_account_id)
     VALUES ($1, 'Operating checking', 'Bench Bank', '4821', $2) RETURNING id`,
    [workspace.workspaceId, workspace.accountIds.get('1010')],
  )) as Array<{ id: string }>;
  if (!row) throw new Error('the bench bank account was not created');
  return row.id;
}

/**
 * Turns an import's transactions into labeled history, as the demo seed does: each one gets its
 * journal entry (expense debited, checking credited; the other way round for money in) and
 * becomes CATEGORIZED by SEED with its account. Labels are matched by the rows' Reference. One
 * statement; the balance triggers stay on and check every entry at its commit.
 */
export async function categorizeAsSeed(
  dataSource: DataSource,
  workspace: BenchWorkspace,
  importId: string,
  labels: ReadonlyArray<{ reference: string; accountCode: string }>,
): Promise<number> {
  const [row] = (await dataSource.query(
    `WITH labels AS (
       SELECT * FROM unnest($3::text[], $4::text[]) AS x(reference, code)
     ), ids AS MATERIALIZED (
       SELECT t.id AS tx_id, t.posted_on, t.amount_cents, abs(t.amount_cents) AS cents,
              t.description, a.id AS account_id, gen_random_uuid() AS entry_id
         FROM bank_transaction t
         JOIN labels x ON x.reference = t.reference
         JOIN ledger_account a ON a.workspace_id = $1 AND a.code = x.code
        WHERE t.import_id = $2
     ), entries AS (
       INSERT INTO journal_entry
         (id, workspace_id, occurred_on, memo, source_type, source_id, posted_by_type, posted_by)
       SELECT entry_id, $1, posted_on, left(description, 500), 'BANK_TRANSACTION', tx_id::text,
              'SYSTEM', 'ledger-bench seed'
         FROM ids
     ), lines AS (
       INSERT INTO journal_line (entry_id, workspace_id, account_id, occurred_on, debit_cents, credit_cents)
       SELECT ids.entry_id, $1, l.account_id, ids.posted_on, l.debit, l.credit
         FROM ids CROSS JOIN LATERAL (VALUES
           (ids.account_id,
            CASE WHEN ids.amount_cents < 0 THEN ids.cents ELSE 0 END,
            CASE WHEN ids.amount_cents > 0 THEN ids.cents ELSE 0 END),
           ($5::uuid,
            CASE WHEN ids.amount_cents > 0 THEN ids.cents ELSE 0 END,
            CASE WHEN ids.amount_cents < 0 THEN ids.cents ELSE 0 END)
         ) l(account_id, debit, credit)
     ), updated AS (
       UPDATE bank_transaction t
          SET status = 'CATEGORIZED', account_id = ids.account_id, confidence = 1,
              categorized_by = 'SEED', journal_entry_id = ids.entry_id
         FROM ids WHERE t.id = ids.tx_id
       RETURNING 1
     )
     SELECT count(*)::int AS categorized FROM updated`,
    [
      workspace.workspaceId,
      importId,
      labels.map((label) => label.reference),
      labels.map((label) => label.accountCode),
      workspace.accountIds.get('1010'),
    ],
  )) as Array<{ categorized: number }>;
  return row?.categorized ?? 0;
}
