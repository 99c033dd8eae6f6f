import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  migrateDatabase,
  openDatabase,
  restorePgliteDataDir,
  type HubDatabase,
} from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_BACKUP_PATH, databaseBackupRoute } from './database-backup-route.js';

const TOKEN = 'backup_0123456789abcdef';
const NOW = new Date('2026-12-04T09:30:00.000Z');
const WORKSPACES = 'SELECT id, slug FROM workspace ORDER BY slug';

let testDb: TestDatabase;
let db: HubDatabase;
let server: Server;
let url: string;
let scratch: string;

// PGlite only: CI's PostgreSQL pass (DATABASE_URL) would only repeat the first pass.
describe.skipIf(process.env.DATABASE_URL)('GET /backups/database.tar.gz', () => {
  beforeAll(async () => {
    testDb = await createTestDatabase({}); // PGlite, whatever DATABASE_URL says
    db = await openDatabase(testDb.options);
    await migrateDatabase(db);
    await db.dataSource.query(`INSERT INTO workspace (slug, name) VALUES ('shop', 'A shop')`);
    scratch = await mkdtemp(join(tmpdir(), 'zactonics-backup-route-'));
    const app = express();
    app.use(databaseBackupRoute(TOKEN, db, { now: () => NOW }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${DATABASE_BACKUP_PATH}`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    await db?.close();
    await testDb?.drop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('refuses a caller without the backup token', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer backup_0123456789abcdeX' },
    ];
    for (const headers of attempts) {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="backups"');
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { errorCode: 'UNAUTHENTICATED' } }],
      });
    }
  });

  it('sends the running database as an archive that restores into a folder with the same rows', async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="hub-2026-12-04T09-30-00.tar.gz"',
    );
    const restored = join(scratch, 'restored');
    await restorePgliteDataDir(new Blob([await response.arrayBuffer()]), restored);
    const copy = await openDatabase({ dataDir: restored });
    try {
      expect(await copy.dataSource.query(WORKSPACES)).toEqual(
        await db.dataSource.query(WORKSPACES),
      );
    } finally {
      await copy.close();
    }
  });
});
