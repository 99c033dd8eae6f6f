import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderInUseError } from './data-folder-lock.js';
import { migrateDatabase, openDatabase } from './data-source.js';
import {
  backupOpenPglite,
  backupPgliteDataDir,
  restorePgliteDataDir,
  RestoreTargetNotEmptyError,
} from './pglite-backup.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

let source: TestDatabase;
let scratch: string;

const WORKSPACES = 'SELECT id, slug, name, created_at FROM workspace ORDER BY slug';

// PGlite only: CI's PostgreSQL pass (DATABASE_URL) would only repeat the first pass.
describe.skipIf(process.env.DATABASE_URL)('PGlite data folder backup', () => {
  beforeAll(async () => {
    source = await createTestDatabase({}); // PGlite, whatever DATABASE_URL says
    scratch = await mkdtemp(join(tmpdir(), 'zactonics-backup-'));
    const db = await openDatabase(source.options);
    await migrateDatabase(db);
    await db.dataSource.query(
      `INSERT INTO workspace (slug, name) VALUES ('first', 'First shop'), ('second', 'Second shop')`,
    );
    await db.close();
  }, 60_000);

  afterAll(async () => {
    await source?.drop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('refuses while a hub holds the folder', async () => {
    const db = await openDatabase(source.options);
    try {
      await expect(backupPgliteDataDir(source.options.dataDir)).rejects.toBeInstanceOf(
        DataFolderInUseError,
      );
    } finally {
      await db.close();
    }
  });

  it('restores into a new folder that opens with the same rows, and no lock of the old holder', async () => {
    const archive = await backupPgliteDataDir(source.options.dataDir);
    const restored = join(scratch, 'restored');
    await restorePgliteDataDir(archive, restored);
    expect(await readdir(restored)).not.toContain('hub.lock');

    const before = await openDatabase(source.options);
    const expected = (await before.dataSource.query(WORKSPACES)) as unknown[];
    await before.close();
    const after = await openDatabase({ dataDir: restored });
    try {
      await migrateDatabase(after); // nothing to apply: the migrations table came along
      expect(await after.dataSource.query(WORKSPACES)).toEqual(expected);
      expect(expected).toHaveLength(2);
    } finally {
      await after.close();
    }
  });

  it('copies an open database online, with what is committed and not what a transaction still holds', async () => {
    const db = await openDatabase(source.options);
    const restored = join(scratch, 'online');
    try {
      const expected = (await db.dataSource.query(WORKSPACES)) as unknown[];
      const writer = db.dataSource.createQueryRunner();
      await writer.connect();
      await writer.startTransaction();
      await writer.query(`INSERT INTO workspace (slug, name) VALUES ('pending', 'Not committed')`);
      const archive = backupOpenPglite(db); // waits for the writer's lease
      await writer.rollbackTransaction();
      await writer.release();
      await restorePgliteDataDir(await archive, restored);
      const after = await openDatabase({ dataDir: restored });
      try {
        expect(await after.dataSource.query(WORKSPACES)).toEqual(expected);
      } finally {
        await after.close();
      }
    } finally {
      await db.close();
    }
  });

  it('never restores over a folder that holds anything', async () => {
    const occupied = join(scratch, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'notes.txt'), 'mine');
    await expect(restorePgliteDataDir(new Blob([]), occupied)).rejects.toBeInstanceOf(
      RestoreTargetNotEmptyError,
    );
    expect(await readdir(occupied)).toEqual(['notes.txt']);
  });
});
