import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase } from '@zactonics/db';
import { importWorkspace, WorkspaceImportError } from '../modules/backups/workspace-import.js';
import { explain, fail, openScriptDatabase, scriptConfig } from './script-database.js';

/**
 * node server/dist/scripts/import-workspace.js --in <file.jsonl | ->
 * Migrates the configured database, then restores a workspace export into it in one
 * transaction (docs/BACKUPS.md). The database must hold no workspace yet: run this before the
 * first start of a hub on it.
 */
const { values } = parseArgs({ options: { in: { type: 'string' } } });
if (!values.in) fail('usage: import-workspace --in <file.jsonl, or - for stdin>');
const input = values.in === '-' ? process.stdin : createReadStream(values.in);
const config = scriptConfig();

try {
  const db = await openScriptDatabase(config);
  try {
    await migrateDatabase(db);
    const { header, rows } = await importWorkspace(db.dataSource, input);
    process.stderr.write(
      `imported ${rows} rows of workspace ${header.workspace.slug} (${header.workspace.id}), ` +
        `exported ${header.exportedAt}\n`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  explain(error, [WorkspaceImportError]);
}
