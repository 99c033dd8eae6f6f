import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from './data-source.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';
import { PGliteEngineFault } from './pglite-pool.js';
import { asBackgroundWork } from './background-work.js';

/** Lets every other ready task run: what a real await on I/O gives a concurrent transaction. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

let db: HubDatabase;

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(db);
});

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  await db.dataSource.query('DELETE FROM workspace');
});

async function slugs(): Promise<string[]> {
  const rows = await db.dataSource.manager.find(WorkspaceEntity, { order: { slug: 'ASC' } });
  return rows.map((w) => w.slug);
}

describe('PGlitePool', () => {
  it('serves a request before background work that asked first, once the lease in use ends', async () => {
    const order: string[] = [];
    let releaseHolder!: () => void;
    const holding = db.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await new Promise<void>((resolve) => (releaseHolder = resolve));
    });
    await yieldToOthers();
    const backgroundQueries = [1, 2, 3].map((i) =>
      asBackgroundWork(async () => {
        await db.dataSource.query('SELECT 1');
        order.push(`run step ${i}`);
      }),
    );
    await yieldToOthers();
    const request = db.dataSource.query('SELECT 1').then(() => order.push('request'));
    await yieldToOthers();

    releaseHolder();
    await Promise.all([holding, request, ...backgroundQueries]);

    expect(order).toEqual(['request', 'run step 1', 'run step 2', 'run step 3']);
  });

  it('lets background work through after a streak of requests, so runs keep moving under load', async () => {
    const order: string[] = [];
    let releaseHolder!: () => void;
    const holding = db.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await new Promise<void>((resolve) => (releaseHolder = resolve));
    });
    await yieldToOthers();
    const background = asBackgroundWork(async () => {
      await db.dataSource.query('SELECT 1');
      order.push('run step');
    });
    await yieldToOthers();
    const requests = Array.from({ length: 12 }, (_, i) =>
      db.dataSource.query('SELECT 1').then(() => order.push(`request ${i + 1}`)),
    );
    await yieldToOthers();

    releaseHolder();
    await Promise.all([holding, background, ...requests]);

    expect(order.indexOf('run step')).toBe(8);
  });

  it('keeps two interleaved transactions apart: a rollback undoes only its own writes', async () => {
    const seenByRolledBack: string[][] = [];
    const seenByCommitted: string[][] = [];

    const rolledBack = db.dataSource.transaction(async (tx) => {
      await tx.insert(WorkspaceEntity, { slug: 'rollback-1', name: 'Rolled back' });
      await yieldToOthers();
      seenByRolledBack.push((await tx.find(WorkspaceEntity)).map((w) => w.slug));
      await yieldToOthers();
      await tx.insert(WorkspaceEntity, { slug: 'rollback-2', name: 'Rolled back' });
      await yieldToOthers();
      throw new Error('abandon this transaction');
    });
    const committed = db.dataSource.transaction(async (tx) => {
      await tx.insert(WorkspaceEntity, { slug: 'commit-1', name: 'Committed' });
      await yieldToOthers();
      seenByCommitted.push((await tx.find(WorkspaceEntity)).map((w) => w.slug));
      await yieldToOthers();
      await tx.insert(WorkspaceEntity, { slug: 'commit-2', name: 'Committed' });
      await yieldToOthers();
    });

    const [rollbackOutcome, commitOutcome] = await Promise.allSettled([rolledBack, committed]);

    expect(rollbackOutcome.status).toBe('rejected');
    expect(commitOutcome.status).toBe('fulfilled');
    expect(await slugs()).toEqual(['commit-1', 'commit-2']);
    expect(seenByRolledBack).toEqual([['rollback-1']]);
    expect(seenByCommitted).toEqual([['commit-1']]);
  });

  it('runs concurrent transactions one at a time, in the order they asked for the session', async () => {
    const count = 12;
    const order: number[] = [];

    // Each transaction reads how many rows exist, then writes the next number: overlapping
    // transactions would read the same count and collide on the unique slug.
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        db.dataSource.transaction(async (tx) => {
          order.push(i);
          const existing = await tx.count(WorkspaceEntity);
          await yieldToOthers();
          const slug = `ws-${String(existing).padStart(2, '0')}`;
          await tx.insert(WorkspaceEntity, { slug, name: `written by ${i}` });
        }),
      ),
    );

    const expected = Array.from({ length: count }, (_, i) => i);
    expect(order).toEqual(expected);
    expect(await slugs()).toEqual(expected.map((n) => `ws-${String(n).padStart(2, '0')}`));
  });

  it('gives the session back after a failed statement, so the next transaction commits', async () => {
    await db.dataSource.manager.insert(WorkspaceEntity, { slug: 'taken', name: 'First' });

    const failing = db.dataSource.transaction(async (tx) => {
      await tx.insert(WorkspaceEntity, { slug: 'before-failure', name: 'Lost' });
      await tx.insert(WorkspaceEntity, { slug: 'taken', name: 'Duplicate' });
    });
    const following = db.dataSource.transaction(async (tx) => {
      await tx.insert(WorkspaceEntity, { slug: 'after-failure', name: 'Kept' });
    });

    await expect(failing).rejects.toThrow(/uq_workspace_slug/);
    await following;
    expect(await slugs()).toEqual(['after-failure', 'taken']);
  });

  it('reports the rows an UPDATE and a DELETE affected through the query builder', async () => {
    await db.dataSource.manager.insert(WorkspaceEntity, [
      { slug: 'north', name: 'North', timeZone: 'UTC' },
      { slug: 'south', name: 'South', timeZone: 'UTC' },
      { slug: 'east', name: 'East', timeZone: 'America/Chicago' },
    ]);

    const updated = await db.dataSource
      .createQueryBuilder()
      .update(WorkspaceEntity)
      .set({ timeZone: 'Europe/Paris' })
      .where('time_zone = :zone', { zone: 'UTC' })
      .execute();
    const updatedNothing = await db.dataSource
      .createQueryBuilder()
      .update(WorkspaceEntity)
      .set({ name: 'Nobody' })
      .where('slug = :slug', { slug: 'west' })
      .execute();
    const deleted = await db.dataSource
      .createQueryBuilder()
      .delete()
      .from(WorkspaceEntity)
      .where('time_zone = :zone', { zone: 'Europe/Paris' })
      .execute();

    expect(updated.affected).toBe(2);
    expect(updatedNothing.affected).toBe(0);
    expect(deleted.affected).toBe(2);
    expect(await slugs()).toEqual(['east']);
  });

  it('returns [rows, affected] for a raw UPDATE ... RETURNING, like node-postgres', async () => {
    await db.dataSource.manager.insert(WorkspaceEntity, [
      { slug: 'one', name: 'One' },
      { slug: 'two', name: 'Two' },
    ]);

    const result: unknown = await db.dataSource.query(
      `UPDATE workspace SET name = upper(name) WHERE slug = $1 RETURNING slug, name`,
      ['two'],
    );

    expect(result).toEqual([[{ slug: 'two', name: 'TWO' }], 1]);
  });
});

describe('PGlitePool after an engine fault', () => {
  // `SELECT 1 + 1 + ...` of 2,000 terms recurses deep enough to overflow V8's stack inside the
  // wasm before PostgreSQL's own stack check fires (see watchEngineFaults in pglite-pool.ts).
  const TOO_DEEP = `SELECT ${Array.from({ length: 2_000 }, () => '1').join(' + ')} AS x`;

  it('fails the statement loudly, then refuses every later one at once instead of hanging', async () => {
    const faulty = await openDatabase({ dataDir: 'memory://' });
    try {
      // Before: an empty result (no rows, no error); the next error or empty tsquery hung for good.
      const first = await faulty.dataSource.query(TOO_DEEP, []).catch((e: unknown) => e);
      expect((first as { driverError?: unknown }).driverError).toBeInstanceOf(PGliteEngineFault);
      expect(String(first)).toMatch(/RangeError: Maximum call stack size exceeded/);

      const started = Date.now();
      await expect(faulty.dataSource.query('SELECT 1/0 AS x', [])).rejects.toThrow(
        /restart the hub/,
      );
      await expect(
        faulty.dataSource.query(`SELECT plainto_tsquery('english', $1) AS q`, ['the']),
      ).rejects.toThrow(/restart the hub/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await faulty.close();
    }
  });

  it('leaves ordinary PostgreSQL errors alone: the session goes on after them', async () => {
    await expect(db.dataSource.query('SELECT 1/0 AS x')).rejects.toThrow(/division by zero/);
    expect(await db.dataSource.query('SELECT 2 AS x')).toEqual([{ x: 2 }]);
  });
});
