import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CHART_OF_ACCOUNTS, migrateDatabase, openDatabase, type HubDatabase } from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostingDraft } from '../ledger/ledger.service.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { EXPORT_FORMAT_VERSION, type ExportHeader } from './export-format.js';
import { exportWorkspace, WorkspaceNotFoundError } from './workspace-export.js';
import { importWorkspace, WorkspaceImportError } from './workspace-import.js';
import { workspaceTables } from './workspace-tables.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const SYSTEM = { type: 'SYSTEM', id: 'workspace-export.spec' } as const;

let source: SeededServices;
let demoId: string;
let otherId: string;
let endpointSecret: string;
let folder: string;
let exportFile: string;
let exported: string;
/** The other shop's export: small, so the refusals that read a whole file stay quick. */
let otherExported: string;
let restored: { testDb: TestDatabase; db: HubDatabase };
let empty: { testDb: TestDatabase; db: HubDatabase };

async function freshDatabase() {
  const testDb = await createTestDatabase();
  const db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  return { testDb, db };
}

async function exportToText(db: HubDatabase, workspace: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportWorkspace(db.dataSource, workspace, out, NOW);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

const lines = (text: string) => text.trimEnd().split('\n');
const firstLine = (text: string) => JSON.parse(lines(text)[0] ?? '') as ExportHeader;

function entry(memo: string, lines: [string, number, number][]): PostingDraft {
  return {
    occurredOn: '2026-11-20',
    memo,
    sourceType: 'ADJUSTMENT',
    sourceId: null,
    lines: lines.map(([accountCode, debitCents, creditCents]) => ({
      accountCode,
      debitCents,
      creditCents,
    })),
  };
}

/** Debits and credits by account code: the ledger's totals, to the cent. */
async function ledgerTotals(db: HubDatabase, workspaceId: string) {
  return db.dataSource.query(
    `SELECT a.code, sum(l.debit_cents)::text AS debits, sum(l.credit_cents)::text AS credits
       FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
      WHERE l.workspace_id = $1 GROUP BY a.code ORDER BY a.code`,
    [workspaceId],
  ) as Promise<{ code: string; debits: string; credits: string }[]>;
}

/** Rows of every workspace table in a database (a refused import must leave all at zero). */
async function workspaceRowCount(db: HubDatabase): Promise<number> {
  let total = 0;
  for (const table of await workspaceTables(db.dataSource.manager)) {
    const [{ count }] = (await db.dataSource.query(
      `SELECT count(*)::int AS count FROM "${table.name}"`,
    )) as [{ count: number }];
    total += count;
  }
  return total;
}

beforeAll(async () => {
  source = await openSeededServices({ now: NOW, actor: 'api_key:workspace-export-spec' });
  demoId = source.ctx.workspaceId;
  const { services, ctx, db } = source;
  // Another shop in the same database, with books of its own (journal lines share one identity).
  [{ id: otherId }] = (await db.dataSource.query(
    `INSERT INTO workspace (slug, name) VALUES ('other-shop', 'Other shop') RETURNING id`,
  )) as [{ id: string }];
  for (const account of CHART_OF_ACCOUNTS) {
    await db.dataSource.query(
      `INSERT INTO ledger_account (workspace_id, code, name, type, normal_balance, parent_id, postable)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM ledger_account WHERE workspace_id = $1 AND code = $6), $7)`,
      [
        otherId,
        account.code,
        account.name,
        account.type,
        account.normalBalance,
        account.parent,
        account.postable,
      ],
    );
  }
  await services.ledger.post(
    otherId,
    entry('Other shop sales', [
      ['1010', 777, 0],
      ['4030', 0, 777],
    ]),
    SYSTEM,
  );
  // A few real operations on the demo shop: a run, executed, and a journal entry.
  const run = await services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
    input: { question: 'Do you ship to Canada?' },
  });
  await services.executor.execute(run.id);
  await services.ledger.post(
    demoId,
    entry('Market stall sales', [
      ['1010', 12_345, 0],
      ['4030', 0, 12_345],
    ]),
    SYSTEM,
  );

  // Signing secrets (kept in plain text by the hub) and a file's bytes (bytea).
  const endpoint = await services.webhookEndpoints.create(
    { ...ctx, role: 'OWNER' },
    {
      name: 'Order system',
      scenarioKey: 'faq-resolution',
    },
  );
  endpointSecret = endpoint.secret;
  await db.dataSource.query(
    `INSERT INTO report_file (workspace_id, package_id, kind, period_key, title, format, filename,
                              content_type, content, byte_size, sha256, prepared_by)
     VALUES ($1, gen_random_uuid(), 'ANNUAL_REPORT', '2025', 'Bytes', 'CSV', 'bytes.csv',
             'text/csv', '\\x00ff0a80'::bytea, 4, '2d75f84de96be6dba9b1e48d2994df26ede680ad1f7cfb0263d1252f08655694', 'system:spec')`,
    [demoId],
  );

  folder = await mkdtemp(join(tmpdir(), 'workspace-export-'));
  exportFile = join(folder, 'demo.jsonl');
  exported = await exportToText(db, 'demo');
  await writeFile(exportFile, exported);
  otherExported = await exportToText(db, 'other-shop');
  [restored, empty] = await Promise.all([freshDatabase(), freshDatabase()]);
}, 180_000);

afterAll(async () => {
  for (const target of [restored, empty]) {
    await target?.db.close();
    await target?.testDb.drop();
  }
  await source?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('workspace export', () => {
  it('covers every entity with a workspace id, plus the workspace itself', async () => {
    const fromEntities = source.db.dataSource.entityMetadatas
      .filter((m) => m.columns.some((c) => c.databaseName === 'workspace_id'))
      .map((m) => m.tableName);
    const tables = await workspaceTables(source.db.dataSource.manager);
    expect(tables.map((t) => t.name).sort()).toEqual(['workspace', ...fromEntities].sort());
    // Parents first: a table comes after every table it references.
    const names = tables.map((t) => t.name);
    expect(names.indexOf('workspace')).toBe(0);
    expect(names.indexOf('journal_entry')).toBeLessThan(names.indexOf('journal_line'));
    expect(names.indexOf('run')).toBeLessThan(names.indexOf('run_step'));
  });

  it('starts with a header and ends with a trailer that counts the rows', () => {
    const all = lines(exported);
    const header = firstLine(exported);
    expect(header).toMatchObject({
      format: 'zactonics-workspace-export',
      version: EXPORT_FORMAT_VERSION,
      migration: expect.stringMatching(/^[A-Za-z]+\d{13}$/),
      workspace: { id: demoId, slug: 'demo' },
      exportedAt: NOW.toISOString(),
    });
    const trailer = JSON.parse(all.at(-1) ?? '') as {
      end: true;
      rows: number;
      tables: Record<string, number>;
    };
    expect(trailer.rows).toBe(all.length - 2);
    expect(trailer.tables).toMatchObject({
      workspace: 1,
      run: expect.any(Number),
      journal_line: expect.any(Number),
    });
  });

  it("holds only the workspace's rows: another workspace's never appear", () => {
    expect(exported).not.toContain(otherId);
    expect(exported).not.toContain('Other shop');
    for (const line of lines(exported).slice(1, -1)) {
      const { table, row } = JSON.parse(line) as { table: string; row: Record<string, unknown> };
      expect(row[table === 'workspace' ? 'id' : 'workspace_id']).toBe(demoId);
    }
  });

  it('carries no plaintext secret: signing secrets are left out, hashes are kept as stored', async () => {
    const [secrets] = (await source.db.dataSource.query(
      'SELECT widget_identity_secret, visitor_token_secret FROM workspace WHERE id = $1',
      [demoId],
    )) as [{ widget_identity_secret: string; visitor_token_secret: string }];
    expect(exported).not.toContain(secrets.widget_identity_secret);
    expect(exported).not.toContain(secrets.visitor_token_secret);
    expect(exported).not.toContain(endpointSecret);
    expect(exported).toContain('"name": "Order system"');
    expect(exported).not.toMatch(/"secret":/);
    const [key] = (await source.db.dataSource.query(
      'SELECT key_hash FROM api_key WHERE workspace_id = $1 LIMIT 1',
      [demoId],
    )) as { key_hash: string }[];
    if (key) expect(exported).toContain(key.key_hash);
  });

  it('refuses an unknown workspace', async () => {
    await expect(exportToText(source.db, 'no-such-shop')).rejects.toBeInstanceOf(
      WorkspaceNotFoundError,
    );
  });
});

describe('workspace import', () => {
  it('restores the workspace into a fresh database: exported again, it is the same file row for row', async () => {
    const summary = await importWorkspace(restored.db.dataSource, createReadStream(exportFile));
    expect(summary.header.workspace).toEqual({ id: demoId, slug: 'demo' });

    const again = await exportToText(restored.db, demoId);
    expect(lines(again).slice(1)).toEqual(lines(exported).slice(1));
    const { exportedAt: _a, ...first } = firstLine(exported);
    const { exportedAt: _b, ...second } = firstLine(again);
    expect(second).toEqual(first);
  });

  it('restores bytes exactly', async () => {
    const query = `SELECT encode(content, 'hex') AS hex FROM report_file WHERE filename = 'bytes.csv'`;
    expect(await restored.db.dataSource.query(query)).toEqual([{ hex: '00ff0a80' }]);
  });

  it('keeps the ledger totals exactly, and the balances still hold in the database', async () => {
    const before = await ledgerTotals(source.db, demoId);
    expect(before.length).toBeGreaterThan(5);
    expect(await ledgerTotals(restored.db, demoId)).toEqual(before);
    // New entries still post: identity numbers continue after the imported ones.
    const [{ max }] = (await restored.db.dataSource.query(
      'SELECT max(id)::text AS max FROM journal_line',
    )) as [{ max: string }];
    const [{ next }] = (await restored.db.dataSource.query(
      `SELECT nextval(pg_get_serial_sequence('journal_line', 'id'))::text AS next`,
    )) as [{ next: string }];
    expect(BigInt(next)).toBeGreaterThan(BigInt(max));
  });

  it('gives the restored workspace new signing secrets', async () => {
    const query = 'SELECT visitor_token_secret FROM workspace WHERE id = $1';
    const [was] = (await source.db.dataSource.query(query, [demoId])) as [
      { visitor_token_secret: string },
    ];
    const [now] = (await restored.db.dataSource.query(query, [demoId])) as [
      { visitor_token_secret: string },
    ];
    expect(now.visitor_token_secret).toMatch(/^[0-9a-f]{64}$/);
    expect(now.visitor_token_secret).not.toBe(was.visitor_token_secret);
    const [endpoint] = (await restored.db.dataSource.query(
      `SELECT secret FROM webhook_endpoint WHERE name = 'Order system'`,
    )) as [{ secret: string }];
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint.secret).not.toBe(endpointSecret);
  });

  it('refuses a database that already holds a workspace, and writes nothing', async () => {
    await expect(
      importWorkspace(restored.db.dataSource, createReadStream(exportFile)),
    ).rejects.toThrow(/already holds a workspace/);
  });

  const refusals: [string, (text: string) => string, RegExp][] = [
    [
      'a file cut in the middle of a line',
      (t) => t.slice(0, t.indexOf('"row":', t.length / 2) + 10),
      /line \d+: not a JSON line/,
    ],
    [
      'a file cut after a whole line (no trailer)',
      (t) => `${lines(t).slice(0, -3).join('\n')}\n`,
      /truncated/,
    ],
    [
      'a file with a row changed',
      (t) => t.replace('Other shop sales', 'Other shop sale$'),
      /SHA-256 differs/,
    ],
    [
      'a file with a row removed',
      (t) => {
        const all = lines(t);
        return `${[...all.slice(0, -2), all.at(-1)].join('\n')}\n`;
      },
      /trailer counts \d+ rows but the file holds \d+/,
    ],
    [
      'a file from a newer format version',
      (t) =>
        t.replace(`"version":${EXPORT_FORMAT_VERSION},`, `"version":${EXPORT_FORMAT_VERSION + 1},`),
      /line 1: the file has format version 2, from a newer hub/,
    ],
    ['a file that is not an export', () => 'hello\n', /line 1: not a workspace export/],
    ['an empty file', () => '', /the file is empty/],
  ];
  for (const [what, damage, message] of refusals) {
    it(`refuses ${what} with a clear error and writes nothing`, async () => {
      const error = (await importWorkspace(
        empty.db.dataSource,
        Readable.from([damage(otherExported)]),
      ).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(WorkspaceImportError);
      expect(error.message).toMatch(message);
      expect(await workspaceRowCount(empty.db)).toBe(0);
    });
  }
});
