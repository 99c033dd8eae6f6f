import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDatabase, openDatabase } from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';

/** The database package's sources: its migrations and the data source that lists them. */
const DB_SOURCES = fileURLToPath(new URL('../../../db/src/', import.meta.url));

/**
 * A fresh test database (as `createTestDatabase`) whose schema is already migrated on PGlite:
 * the copy comes from a data folder migrated once per machine and migration set, so a hub or a
 * spec started on it finds no migration pending (on PGlite, running them took ~0.65 s of each of
 * the ~180 hubs and seeded services the suite starts, and opening an unmigrated copy ~0.15 s
 * more). Whoever opens it still runs `migrateDatabase`, which finds nothing to do; seeding stays
 * per database (it depends on the clock, and fresh ids keep databases apart). On PostgreSQL it
 * is `createTestDatabase`'s empty database, migrated by whoever opens it, as before.
 */
export async function createMigratedTestDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestDatabase> {
  if (env.DATABASE_URL) return createTestDatabase(env);
  const template = await migratedPgliteTemplate();
  const dataDir = await mkdtemp(join(tmpdir(), 'zactonics-test-'));
  await cp(template, dataDir, { recursive: true });
  return {
    kind: 'pglite',
    options: { dataDir },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

let building: Promise<string> | undefined;

/**
 * The migrated template folder, named by the PGlite build and by the content of every migration
 * and of the data source (a changed or added migration gets a new template, never a stale one).
 * Built atomically (renamed into place), so parallel workers never copy a half-migrated folder.
 */
function migratedPgliteTemplate(): Promise<string> {
  building ??= buildMigratedPgliteTemplate().catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  return building;
}

async function buildMigratedPgliteTemplate(): Promise<string> {
  const hash = createHash('sha256').update(
    createRequire(import.meta.url).resolve('@electric-sql/pglite'),
  );
  const migrations = join(DB_SOURCES, 'migrations');
  for (const file of (await readdir(migrations)).sort()) {
    hash.update(file).update(await readFile(join(migrations, file)));
  }
  hash.update(await readFile(join(DB_SOURCES, 'data-source.ts')));
  const template = join(tmpdir(), `zactonics-pglite-migrated-${hash.digest('hex').slice(0, 12)}`);
  if (await stat(template).catch(() => null)) return template;

  const fresh = await createTestDatabase({});
  try {
    const db = await openDatabase(fresh.options);
    try {
      await migrateDatabase(db);
    } finally {
      await db.close();
    }
    await rename(fresh.options.dataDir, template);
  } catch (error) {
    // Another worker won the race (the rename found the template there): use theirs.
    if (!(await stat(template).catch(() => null))) throw error;
  } finally {
    await fresh.drop();
  }
  return template;
}
