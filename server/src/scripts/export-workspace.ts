import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { systemClock } from '../runtime/clock.js';
import { exportWorkspace, WorkspaceNotFoundError } from '../modules/backups/workspace-export.js';
import {
  explain,
  fail,
  openScriptDatabase,
  requireExistingDataDir,
  scriptConfig,
} from './script-database.js';

/**
 * node server/dist/scripts/export-workspace.js --workspace <id|slug> --out <file.jsonl | ->
 * Writes one workspace's rows as JSON lines (docs/BACKUPS.md). A file is written aside and
 * renamed when complete, so a failed export leaves no file behind.
 */
const { values } = parseArgs({
  options: { workspace: { type: 'string' }, out: { type: 'string' } },
});
if (!values.workspace || !values.out) {
  fail('usage: export-workspace --workspace <id or slug> --out <file.jsonl, or - for stdout>');
}
const workspace = values.workspace;
const target = values.out;
const config = scriptConfig();
requireExistingDataDir(config);

try {
  const db = await openScriptDatabase(config);
  try {
    if (target === '-') {
      await exportWorkspace(db.dataSource, workspace, process.stdout, systemClock.now());
    } else {
      const partial = `${target}.partial`;
      const out = createWriteStream(partial, { mode: 0o600 });
      try {
        const { trailer } = await exportWorkspace(db.dataSource, workspace, out, systemClock.now());
        out.end();
        await finished(out);
        await rename(partial, target);
        process.stderr.write(`exported ${trailer.rows} rows of ${workspace} to ${target}\n`);
      } catch (error) {
        out.destroy();
        await rm(partial, { force: true });
        throw error;
      }
    }
  } finally {
    await db.close();
  }
} catch (error) {
  explain(error, [WorkspaceNotFoundError]);
}
