import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseOptions } from '../data-source.js';

export interface TestDatabase {
  options: DatabaseOptions;
  kind: 'postgres' | 'pglite';
  /** Removes the database (PostgreSQL) or its data folder (PGlite). */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new PostgreSQL database on the server named by
 * DATABASE_URL when it is set (CI runs the suite both ways), else a new PGlite data folder.
 */
export async function createTestDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestDatabase> {
  const serverUrl = env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'zactonics-test-'));
    await cp(await pgliteTemplate(), dataDir, { recursive: true });
    return {
      kind: 'pglite',
      options: { dataDir },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `hub_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    options: { databaseUrl: url.toString(), dataDir: 'unused', poolSize: 5 },
    drop: () =>
      withAdmin(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ),
  };
}

async function withAdmin(
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * An empty, initialised PGlite cluster to copy: initdb under WebAssembly takes ~5 s, a copy under
 * 1 s. Built once per machine and PGlite build (its install path is in the name), atomically, so
 * parallel test workers never see a half-written template. Migrations still run on every copy.
 */
async function pgliteTemplate(): Promise<string> {
  const build = createHash('sha256')
    .update(createRequire(import.meta.url).resolve('@electric-sql/pglite'))
    .digest('hex')
    .slice(0, 12);
  const template = join(tmpdir(), `zactonics-pglite-template-${build}`);
  if (await stat(template).catch(() => null)) return template;
  const building = await mkdtemp(join(tmpdir(), 'zactonics-pglite-building-'));
  const instance = await PGlite.create(building);
  await instance.close();
  await rename(building, template).catch(async () => {
    await rm(building, { recursive: true, force: true }); // another worker won the race
  });
  return template;
}
