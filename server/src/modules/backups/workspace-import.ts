import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportHeader,
  type ExportTrailer,
} from './export-format.js';
import { quoteIdentifier, workspaceTables, type WorkspaceTable } from './workspace-tables.js';

/** Rows inserted by one statement (they come from consecutive lines of one table). */
const BATCH_ROWS = 250;
/** ...and at most about this many characters of them (report files carry their bytes). */
const BATCH_CHARS = 4_000_000;

export class WorkspaceImportError extends Error {
  override name = 'WorkspaceImportError';

  constructor(
    message: string,
    /** The file's line (1-based) the refusal is about, when there is one. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

export interface ImportSummary {
  header: ExportHeader;
  rows: number;
  tables: Record<string, number>;
}

interface Batch {
  table: WorkspaceTable;
  columns: string[];
  shape: string;
  lines: string[];
  chars: number;
  firstLine: number;
}

/**
 * Restores a workspace export (export-format.ts) into this database, which must be migrated and
 * hold no workspace yet (a fresh database: ids, identity numbers and slugs are kept as they were,
 * so they cannot collide). Everything happens in one transaction that commits only after the
 * trailer has vouched for the whole file (row counts, SHA-256): a malformed, truncated or
 * altered file writes nothing. Lines are read one at a time and inserted in batches.
 */
export async function importWorkspace(
  dataSource: DataSource,
  input: Readable,
): Promise<ImportSummary> {
  try {
    return await importLines(dataSource, input);
  } finally {
    input.destroy();
  }
}

async function importLines(dataSource: DataSource, input: Readable): Promise<ImportSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new WorkspaceImportError('the file is empty: no export header');
  const digest = createHash('sha256').update(`${first.value}\n`);
  const header = parseHeader(first.value);

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await refuseUnlessReady(runner, header);
      const tables = new Map((await workspaceTables(runner.manager)).map((t) => [t.name, t]));
      const counts: Record<string, number> = {};
      let rows = 0;
      let batch: Batch | undefined;
      let trailer: ExportTrailer | undefined;
      let lineNumber = 1;
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        lineNumber++;
        const text = next.value;
        if (trailer) {
          if (text.trim() === '') continue;
          throw new WorkspaceImportError('text after the trailer (the last line)', lineNumber);
        }
        const parsed = parseLine(text, lineNumber);
        if ('end' in parsed) {
          trailer = parsed;
          continue;
        }
        digest.update(`${text}\n`);
        const table = tables.get(parsed.table);
        if (!table) {
          throw new WorkspaceImportError(
            `table ${parsed.table} is not a workspace table of this hub`,
            lineNumber,
          );
        }
        if (parsed.row[table.workspaceColumn] !== header.workspace.id) {
          throw new WorkspaceImportError(
            `a ${table.name} row of another workspace than the header's ${header.workspace.id}`,
            lineNumber,
          );
        }
        const columns = Object.keys(parsed.row).sort();
        const unknown = columns.find((column) => !table.exported.includes(column));
        if (unknown !== undefined) {
          throw new WorkspaceImportError(
            `column ${table.name}.${unknown} is not one this hub imports (unknown, generated or secret)`,
            lineNumber,
          );
        }
        const shape = `${table.name}(${columns.join(',')})`;
        if (
          batch &&
          (batch.shape !== shape ||
            batch.lines.length >= BATCH_ROWS ||
            batch.chars + text.length > BATCH_CHARS)
        ) {
          await insertBatch(runner, batch);
          batch = undefined;
        }
        batch ??= { table, columns, shape, lines: [], chars: 0, firstLine: lineNumber };
        batch.lines.push(text);
        batch.chars += text.length;
        counts[table.name] = (counts[table.name] ?? 0) + 1;
        rows++;
      }
      if (batch) await insertBatch(runner, batch);
      if (!trailer) {
        throw new WorkspaceImportError(
          'the file ends without its trailer line: it is truncated',
          lineNumber,
        );
      }
      checkTrailer(trailer, rows, counts, digest.digest('hex'));
      await moveIdentitySequences(runner, [...tables.values()]);
      await runner.commitTransaction();
      return { header, rows, tables: counts };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}

function parseHeader(text: string): ExportHeader {
  let header: Partial<ExportHeader>;
  try {
    header = JSON.parse(text) as Partial<ExportHeader>;
  } catch {
    throw new WorkspaceImportError('not a workspace export: the first line is not JSON', 1);
  }
  if (header === null || typeof header !== 'object' || header.format !== EXPORT_FORMAT) {
    throw new WorkspaceImportError(
      `not a workspace export: the first line must be a header with "format": "${EXPORT_FORMAT}"`,
      1,
    );
  }
  if (typeof header.version !== 'number' || !Number.isInteger(header.version)) {
    throw new WorkspaceImportError('the header has no format version', 1);
  }
  if (header.version > EXPORT_FORMAT_VERSION) {
    throw new WorkspaceImportError(
      `the file has format version ${header.version}, from a newer hub; this hub reads up to ` +
        `version ${EXPORT_FORMAT_VERSION}: upgrade the hub first`,
      1,
    );
  }
  if (
    typeof header.workspace?.id !== 'string' ||
    typeof header.workspace.slug !== 'string' ||
    typeof header.migration !== 'string'
  ) {
    throw new WorkspaceImportError('the header lacks the workspace or the migration', 1);
  }
  return header as ExportHeader;
}

function parseLine(text: string, line: number): ExportTrailer | { table: string; row: Row } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WorkspaceImportError('not a JSON line (a damaged or truncated file)', line);
  }
  if (parsed !== null && typeof parsed === 'object' && (parsed as ExportTrailer).end === true) {
    return parsed as ExportTrailer;
  }
  const { table, row } = (parsed ?? {}) as { table?: unknown; row?: unknown };
  if (typeof table !== 'string' || row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new WorkspaceImportError('a row line must be {"table": "...", "row": {...}}', line);
  }
  return { table, row: row as Row };
}

type Row = Record<string, unknown>;

/** The file must fit this database's schema, and the database must not hold a workspace. */
async function refuseUnlessReady(runner: QueryRunner, header: ExportHeader): Promise<void> {
  const applied = ((await runner.query('SELECT name FROM migrations')) as { name: string }[]).map(
    (m) => m.name,
  );
  if (!applied.includes(header.migration)) {
    throw new WorkspaceImportError(
      `the file's rows follow migration ${header.migration || '(none)'}, which this database ` +
        'has not applied: it comes from a newer hub, upgrade this one first',
      1,
    );
  }
  const [{ count }] = (await runner.query('SELECT count(*)::int AS count FROM workspace')) as [
    { count: number },
  ];
  if (count > 0) {
    throw new WorkspaceImportError(
      'this database already holds a workspace: import into a fresh database (before the ' +
        'first start of a hub on it, which creates the demo workspace)',
    );
  }
}

/**
 * One INSERT for the batch's rows: PostgreSQL reads each line's row itself (jsonb_populate_record
 * applies each column's own input function, so numbers, timestamps and bytes come back exactly
 * as exported). Renewed secrets get fresh values; identity values are kept.
 */
async function insertBatch(runner: QueryRunner, batch: Batch): Promise<void> {
  const { table, columns, lines } = batch;
  const name = quoteIdentifier(table.name);
  const targets = [...columns, ...table.renewed.map((r) => r.column)].map(quoteIdentifier);
  const values = [
    ...columns.map((c) => `r.${quoteIdentifier(c)}`),
    ...table.renewed.map((_, i) => `($${i + 2}::text[])[e.n]`),
  ];
  const overriding = table.identity.some((c) => columns.includes(c))
    ? 'OVERRIDING SYSTEM VALUE'
    : '';
  try {
    await runner.query(
      `INSERT INTO ${name} (${targets.join(', ')}) ${overriding}
       SELECT ${values.join(', ')}
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(line, n),
              jsonb_populate_record(NULL::${name}, e.line -> 'row') AS r`,
      [`[${lines.join(',')}]`, ...table.renewed.map((r) => lines.map(() => r.make()))],
    );
  } catch (error) {
    throw new WorkspaceImportError(
      `the database refused the ${table.name} rows of lines ${batch.firstLine}-` +
        `${batch.firstLine + lines.length - 1}: ${(error as Error).message}`,
    );
  }
}

function checkTrailer(
  trailer: ExportTrailer,
  rows: number,
  counts: Record<string, number>,
  sha256: string,
): void {
  const expected = JSON.stringify(Object.entries(trailer.tables ?? {}).sort());
  if (trailer.rows !== rows || expected !== JSON.stringify(Object.entries(counts).sort())) {
    throw new WorkspaceImportError(
      `the trailer counts ${trailer.rows} rows but the file holds ${rows}: rows are missing or added`,
    );
  }
  if (trailer.sha256 !== sha256) {
    throw new WorkspaceImportError(
      "the file's SHA-256 differs from the one its trailer records: the file was altered",
    );
  }
}

/** Identity sequences continue after the imported numbers (a fresh database starts them at 1). */
async function moveIdentitySequences(runner: QueryRunner, tables: WorkspaceTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.identity) {
      await runner.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), m)
           FROM (SELECT max(${quoteIdentifier(column)}) AS m FROM ${quoteIdentifier(table.name)}) x
          WHERE m IS NOT NULL`,
        [quoteIdentifier(table.name), column],
      );
    }
  }
}
