import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { restorePgliteDataDir, RestoreTargetNotEmptyError } from '@zactonics/db';
import { explain, fail, scriptConfig } from './script-database.js';

/**
 * node server/dist/scripts/restore.js --in <file.tar.gz>
 * Unpacks a backup made by backup.js into HUB_DATA_DIR, which must not exist or be empty
 * (docs/BACKUPS.md). A hub started on it afterwards migrates it as usual.
 */
const { values } = parseArgs({ options: { in: { type: 'string' } } });
if (!values.in) fail('usage: restore --in <file.tar.gz>');
const config = scriptConfig();
if (config.databaseUrl) {
  fail('DATABASE_URL is set: restore PostgreSQL with pg_restore (docs/BACKUPS.md)');
}

try {
  const archive = new Blob([await readFile(values.in)]);
  await restorePgliteDataDir(archive, config.dataDir);
  process.stderr.write(`restored ${values.in} into ${config.dataDir}\n`);
} catch (error) {
  explain(error, [RestoreTargetNotEmptyError]);
}
