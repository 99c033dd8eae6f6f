import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  currentHubVersion,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportHeader,
  type ExportTrailer,
} from './export-format.js';
import { quoteIdentifier, workspaceTables, type WorkspaceTable } from './workspace-tables.js';

/** Rows fetched from the cursor at a time: what an export holds in memory, besides one line. */
const FETCH_SIZE = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class WorkspaceNotFoundError extends Error {
  override name = 'WorkspaceNotFoundError';

  constructor(readonly reference: string) {
    super(`no workspace has the id or slug ${reference}`);
  }
}

export interface ExportSummary {
  header: ExportHeader;
  trailer: ExportTrailer;
}

/**
 * Writes one workspace (by id or slug) to `out` as JSON lines (export-format.ts), table by table
 * in insertion order, from one read-only REPEATABLE READ snapshot, so rows written while it runs
 * never make a half-consistent file. Rows are streamed through a cursor, FETCH_SIZE at a time,
 * and each line waits for `out` to drain. Does not end `out`.
 */
export async function exportWorkspace(
  dataSource: DataSource,
  workspace: string,
  out: Writable,
  now: Date,
): Promise<ExportSummary> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    try {
      await runner.query('SET TRANSACTION READ ONLY');
      // to_jsonb writes timestamps in the session's zone: UTC makes files comparable.
      await runner.query(`SET LOCAL TimeZone = 'UTC'`);
      return await writeExport(runner, workspace, out, now);
    } finally {
      await runner.rollbackTransaction();
    }
  } finally {
    await runner.release();
  }
}

async function writeExport(
  runner: QueryRunner,
  reference: string,
  out: Writable,
  now: Date,
): Promise<ExportSummary> {
  const [found] = (await runner.query(
    `SELECT id, slug FROM workspace WHERE slug = $1 OR ($2::boolean AND id::text = $1)`,
    [reference, UUID.test(reference)],
  )) as { id: string; slug: string }[];
  if (!found) {
    throw new WorkspaceNotFoundError(reference);
  }
  const [migration] = (await runner.query(
    'SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1',
  )) as { name: string }[];
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    hub: currentHubVersion(),
    migration: migration?.name ?? '',
    workspace: { id: found.id, slug: found.slug },
    exportedAt: now.toISOString(),
  };
  const digest = createHash('sha256');
  const write = async (line: string) => {
    digest.update(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${JSON.stringify(header)}\n`);

  const counts: Record<string, number> = {};
  let rows = 0;
  for (const table of await workspaceTables(runner.manager)) {
    const prefix = `{"table":${JSON.stringify(table.name)},"row":`;
    let written = 0;
    await runner.query(
      `DECLARE workspace_export NO SCROLL CURSOR FOR ${rowsQuery(table, found.id)}`,
    );
    for (;;) {
      const batch = (await runner.query(`FETCH ${FETCH_SIZE} FROM workspace_export`)) as {
        row: string;
      }[];
      for (const { row } of batch) await write(`${prefix}${row}}\n`);
      written += batch.length;
      if (batch.length < FETCH_SIZE) break;
    }
    await runner.query('CLOSE workspace_export');
    const [{ count }] = (await runner.query(
      `SELECT count(*)::int AS count FROM ${quoteIdentifier(table.name)}
        WHERE ${quoteIdentifier(table.workspaceColumn)} = $1`,
      [found.id],
    )) as [{ count: number }];
    if (count !== written) {
      // Only rows whose parent chain (selfReference) leaves the workspace or loops can be missed.
      throw new Error(
        `export of ${table.name} wrote ${written} of its ${count} rows: a parent reference loops or leaves the workspace`,
      );
    }
    if (written > 0) counts[table.name] = written;
    rows += written;
  }
  const trailer: ExportTrailer = { end: true, rows, tables: counts, sha256: digest.digest('hex') };
  const last = `${JSON.stringify(trailer)}\n`;
  if (!out.write(last)) await once(out, 'drain');
  return { header, trailer };
}

/**
 * The rows of one table as JSON text (PostgreSQL's to_jsonb: exact numbers, microsecond
 * timestamps), without generated and secret columns, in a stable order: parents before children
 * when the table references itself, then by primary key. `workspaceId` is a checked uuid.
 */
function rowsQuery(table: WorkspaceTable, workspaceId: string): string {
  const name = quoteIdentifier(table.name);
  const scope = `${quoteIdentifier(table.workspaceColumn)} = '${workspaceId}'`;
  const columns = table.exported.map(
    (c) => `'${c.replaceAll("'", "''")}', t.${quoteIdentifier(c)}`,
  );
  // jsonb_build_object takes at most 100 arguments: build in chunks and merge.
  const chunks: string[] = [];
  for (let i = 0; i < columns.length; i += 50) {
    chunks.push(`jsonb_build_object(${columns.slice(i, i + 50).join(', ')})`);
  }
  const row = `(${chunks.join(' || ')})::text AS row`;
  const order = table.primaryKey.map((c) => `t.${quoteIdentifier(c)}`).join(', ');
  if (!table.selfReference) {
    return `SELECT ${row} FROM ${name} t WHERE t.${scope} ORDER BY ${order}`;
  }
  const parent = quoteIdentifier(table.selfReference.parent);
  const key = quoteIdentifier(table.selfReference.key);
  return `WITH RECURSIVE tree AS (
            SELECT ${key} AS key, 0 AS depth FROM ${name} WHERE ${scope} AND ${parent} IS NULL
            UNION ALL
            SELECT c.${key}, tree.depth + 1 FROM ${name} c JOIN tree ON c.${parent} = tree.key
             WHERE c.${scope})
          SELECT ${row} FROM ${name} t JOIN tree ON tree.key = t.${key}
           ORDER BY tree.depth, ${order}`;
}
