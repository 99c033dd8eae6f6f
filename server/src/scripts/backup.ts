import { rename, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { backupPgliteDataDir } from '@zactonics/db';
import { explain, fail, requireExistingDataDir, scriptConfig } from './script-database.js';

/**
 * node server/dist/scripts/backup.js --out <file.tar.gz>
 * A consistent copy of the embedded database's data folder (HUB_DATA_DIR) while no hub runs on
 * it (docs/BACKUPS.md). PostgreSQL is backed up with its own tools (pg_dump).
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) fail('usage: backup --out <file.tar.gz>');
const target = values.out;
const config = scriptConfig();
if (config.databaseUrl) {
  fail('DATABASE_URL is set: back PostgreSQL up with pg_dump --format=custom (docs/BACKUPS.md)');
}
requireExistingDataDir(config);

try {
  const archive = await backupPgliteDataDir(config.dataDir);
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  process.stderr.write(`backed up ${config.dataDir} to ${target} (${archive.size} bytes)\n`);
} catch (error) {
  explain(error, []);
}
