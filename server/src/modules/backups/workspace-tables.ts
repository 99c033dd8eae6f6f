import type { EntityManager } from 'typeorm';
import { newWebhookSecret } from '../../engines/automation/standard-webhooks.js';

/**
 * Columns holding a secret the hub keeps in plain text (it must sign or verify with it, so a
 * hash would not do). Exports never carry them; an import gives each row a new secret (the
 * function), or the column's default when there is no function. Hashes (API keys, passwords,
 * sessions, download links) are exported as stored: they are what the hub keeps, and a restored
 * workspace keeps working with the same keys and passwords.
 */
export const SECRET_COLUMNS: Readonly<Record<string, Readonly<Record<string, SecretRenewal>>>> = {
  workspace: {
    widget_identity_secret: 'column default',
    visitor_token_secret: 'column default',
    // The secret replaced by the last rotation, and its expiry (null together, a CHECK says).
    widget_identity_previous_secret: 'column default',
    widget_identity_previous_secret_expires_at: 'column default',
  },
  webhook_endpoint: { secret: newWebhookSecret },
  webhook_subscription: { secret: newWebhookSecret },
};

export type SecretRenewal = 'column default' | (() => string);

/** One table that holds a workspace's rows, in the order an import must insert them. */
export interface WorkspaceTable {
  name: string;
  /** The column naming the workspace: `id` for `workspace` itself, else `workspace_id`. */
  workspaceColumn: string;
  primaryKey: string[];
  /** Columns an export writes: all but generated columns and SECRET_COLUMNS. */
  exported: string[];
  /** Secret columns an import fills with a new value (not the ones left to their default). */
  renewed: { column: string; make: () => string }[];
  /** GENERATED ALWAYS AS IDENTITY columns: an import keeps their values and moves the sequence on. */
  identity: string[];
  /** A column referencing this table's own (single-column) key, a parent row: parents go first. */
  selfReference: { parent: string; key: string } | undefined;
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_generated: string;
  identity_generation: string | null;
}

/**
 * Every table holding a workspace's rows: `workspace` and each table with a `workspace_id`
 * column, read from the database's catalog (not a hand-kept list, so a new table is exported
 * from the day its migration adds it), ordered so each table comes after the tables its foreign
 * keys reference.
 */
export async function workspaceTables(manager: EntityManager): Promise<WorkspaceTable[]> {
  const columns = (await manager.query(
    `SELECT c.table_name, c.column_name, c.is_generated, c.identity_generation
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND (c.table_name = 'workspace' OR c.table_name IN (
              SELECT table_name FROM information_schema.columns
               WHERE table_schema = current_schema() AND column_name = 'workspace_id'))
      ORDER BY c.table_name, c.ordinal_position`,
  )) as ColumnRow[];
  const keys = (await manager.query(
    `SELECT c.conrelid::regclass::text AS table_name, c.contype, c.confrelid::regclass::text AS target,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n
                   ORDER BY k.i) AS columns
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'f') AND c.connamespace = current_schema()::regnamespace`,
  )) as { table_name: string; contype: 'p' | 'f'; target: string; columns: string[] }[];

  const byTable = new Map<string, ColumnRow[]>();
  for (const column of columns) {
    byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column]);
  }
  const tables = new Map<string, WorkspaceTable & { references: Set<string> }>();
  for (const [name, tableColumns] of byTable) {
    const secrets = SECRET_COLUMNS[name] ?? {};
    const primaryKey = keys.find((k) => k.table_name === name && k.contype === 'p')?.columns;
    if (!primaryKey) throw new Error(`table ${name} has no primary key: it cannot be exported`);
    const foreign = keys.filter((k) => k.table_name === name && k.contype === 'f');
    const self = foreign.filter((k) => k.target === name);
    const [key, ...moreKeys] = primaryKey;
    const [parent, ...moreParents] = self[0]?.columns ?? [];
    // A parent reference to the table's single-column primary key is the one shape supported.
    if (self.length > 1 || (self.length === 1 && (moreKeys.length > 0 || moreParents.length > 0))) {
      throw new Error(`table ${name} references itself in a way export does not support`);
    }
    tables.set(name, {
      name,
      workspaceColumn: name === 'workspace' ? 'id' : 'workspace_id',
      primaryKey,
      exported: tableColumns
        .filter((c) => c.is_generated !== 'ALWAYS' && !(c.column_name in secrets))
        .map((c) => c.column_name),
      renewed: Object.entries(secrets).flatMap(([column, renewal]) =>
        renewal === 'column default' ? [] : [{ column, make: renewal }],
      ),
      identity: tableColumns
        .filter((c) => c.identity_generation === 'ALWAYS')
        .map((c) => c.column_name),
      selfReference: parent !== undefined && key !== undefined ? { parent, key } : undefined,
      references: new Set(foreign.map((k) => k.target).filter((t) => t !== name)),
    });
  }
  for (const [name, secrets] of Object.entries(SECRET_COLUMNS)) {
    for (const column of Object.keys(secrets)) {
      if (!byTable.get(name)?.some((c) => c.column_name === column)) {
        throw new Error(`SECRET_COLUMNS names ${name}.${column}, which no longer exists`);
      }
    }
  }
  return insertionOrder(tables);
}

/** Tables ordered so every table follows those it references (ties by name, for stable files). */
function insertionOrder(
  tables: Map<string, WorkspaceTable & { references: Set<string> }>,
): WorkspaceTable[] {
  const ordered: WorkspaceTable[] = [];
  const placed = new Set<string>();
  const pending = [...tables.values()].sort((a, b) => a.name.localeCompare(b.name));
  while (pending.length > 0) {
    const index = pending.findIndex((table) =>
      [...table.references].every((target) => placed.has(target) || !tables.has(target)),
    );
    if (index < 0) {
      const names = pending.map((t) => t.name).join(', ');
      throw new Error(`foreign keys form a cycle between ${names}: not exportable`);
    }
    const [{ references: _references, ...table }] = pending.splice(index, 1) as [
      WorkspaceTable & { references: Set<string> },
    ];
    placed.add(table.name);
    ordered.push(table);
  }
  return ordered;
}

/** A double-quoted SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
