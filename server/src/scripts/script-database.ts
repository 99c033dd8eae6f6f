import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolderInUseError, openDatabase, type HubDatabase } from '@zactonics/db';
import { ConfigError, loadConfig, type Config } from '../config.js';

/**
 * The hub's database as the maintenance scripts (backup, export, import) open it: from the same
 * configuration as the hub (DATABASE_URL, else PGlite in HUB_DATA_DIR), with no statement
 * timeout (a long export is not a stuck request) and a small pool.
 */
export async function openScriptDatabase(config: Config): Promise<HubDatabase> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
    statementTimeoutMs: 0,
  });
}

/** The configuration, or an exit with the reason (like main.ts). */
export function scriptConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Prints the reason a script refuses, without a stack trace, and exits with status 1. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Known refusals become one line; anything else is a bug and keeps its stack trace. */
export function explain(error: unknown, known: (new (...args: never[]) => Error)[]): never {
  if (error instanceof DataFolderInUseError) {
    fail(`${error.message}. A consistent copy needs the hub stopped (docs/BACKUPS.md).`);
  }
  if (known.some((kind) => error instanceof kind)) fail((error as Error).message);
  throw error;
}

/**
 * Refuses a PGlite data folder that holds no database: opening one would create an empty
 * database there (a mistyped HUB_DATA_DIR must not look like an empty hub).
 */
export function requireExistingDataDir(config: Config): void {
  if (config.databaseUrl) return;
  if (!existsSync(join(config.dataDir, 'PG_VERSION'))) {
    fail(`no hub database in ${config.dataDir}: point HUB_DATA_DIR (or DATABASE_URL) at the hub's`);
  }
}
