import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DATA_FOLDER_LOCK_FILE, lockDataFolder } from './data-folder-lock.js';
import type { HubDatabase } from './data-source.js';

/**
 * A consistent copy of a PGlite data folder as a gzipped tar (PGlite's own `dumpDataDir`, the
 * format `loadDataDir` reads back). The folder is locked like a hub locks it, so this refuses
 * with DataFolderInUseError while a hub runs on it: a copy of files another process is writing
 * is not a backup. A CHECKPOINT first writes every page, so the copy needs no WAL replay.
 */
export async function backupPgliteDataDir(dataDir: string): Promise<Blob> {
  const lock = await lockDataFolder(dataDir);
  try {
    const pglite = await PGlite.create(dataDir);
    try {
      await pglite.exec('CHECKPOINT');
      return await pglite.dumpDataDir('gzip');
    } finally {
      await pglite.close();
    }
  } finally {
    await lock.release();
  }
}

/**
 * The same archive from a hub's own open PGlite database, while it serves (an online backup).
 * The copy is made holding the pool's one lease, so no transaction is open in it: what the
 * archive holds is every committed transaction up to that moment, and nothing else. Requests
 * wait meanwhile (PGlite serves one query at a time anyway), and the WebAssembly copy runs on
 * the event loop: the hub pauses for it.
 */
export async function backupOpenPglite(db: HubDatabase): Promise<Blob> {
  const pglite = (db.dataSource.options.extra as { pglite?: PGlite } | undefined)?.pglite;
  if (db.kind !== 'pglite' || !pglite) {
    throw new Error('an online backup copies an embedded (PGlite) database; use pg_dump');
  }
  const lease = db.dataSource.createQueryRunner();
  await lease.connect();
  try {
    await lease.query('CHECKPOINT');
    return await pglite.dumpDataDir('gzip');
  } finally {
    await lease.release();
  }
}

export class RestoreTargetNotEmptyError extends Error {
  override name = 'RestoreTargetNotEmptyError';

  constructor(readonly dataDir: string) {
    super(
      `${dataDir} is not empty: restore into a new folder, then point HUB_DATA_DIR at it ` +
        '(a restore never overwrites a data folder)',
    );
  }
}

/**
 * Unpacks a backup made by backupPgliteDataDir into `dataDir`, which must not exist or be
 * empty, and opens it once (PostgreSQL's start-up checks the cluster). The archive carries the
 * lock file of the process that made it; it is removed, so the restored folder is free.
 */
export async function restorePgliteDataDir(archive: Blob, dataDir: string): Promise<void> {
  const folder = resolve(dataDir);
  await mkdir(folder, { recursive: true });
  if ((await readdir(folder)).length > 0) throw new RestoreTargetNotEmptyError(folder);
  const lock = await lockDataFolder(folder);
  try {
    const pglite = await PGlite.create({ dataDir: folder, loadDataDir: archive });
    await pglite.query('SELECT 1');
    await pglite.close();
  } finally {
    // The archive's lock file replaced ours: release() leaves a file naming another pid alone.
    await lock.release();
    await unlink(join(folder, DATA_FOLDER_LOCK_FILE)).catch(() => undefined);
  }
}
