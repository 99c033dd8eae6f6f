import { createServer, type Server } from 'node:net';
import type { HubDatabase } from '@zactonics/db';
import { afterEach, describe, expect, it } from 'vitest';
import { Readiness } from './readiness.js';

/** A database stand-in that answers, knows `applied` migrations and ships `shipped`. */
function database(options: { applied: string[]; shipped: string[]; down?: boolean }) {
  return {
    kind: 'postgres',
    dataSource: {
      options: {},
      migrations: options.shipped.map((name) => ({ name })),
      async query(sql: string) {
        if (options.down) throw new Error('connection refused');
        return sql.startsWith('SELECT name') ? options.applied.map((name) => ({ name })) : [{}];
      },
    },
    close: async () => undefined,
  } as unknown as HubDatabase;
}

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('readiness checks', () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((r) => r.close()));
  });

  function readiness(db: HubDatabase, redis?: { url: string }) {
    const checks = new Readiness(db, redis);
    opened.push(checks);
    return checks;
  }

  it('is ready when the database answers with every shipped migration, and Redis answers', async () => {
    const report = await readiness(database({ applied: ['A1', 'B2'], shipped: ['A1', 'B2'] }), {
      url: REDIS_URL,
    }).check();
    expect(report).toEqual({
      ready: true,
      checks: { database: 'ok', migrations: 'ok', redis: 'ok' },
    });
  });

  it('is not ready while a shipped migration is missing from the database', async () => {
    const report = await readiness(database({ applied: ['A1'], shipped: ['A1', 'B2'] })).check();
    expect(report).toEqual({ ready: false, checks: { database: 'ok', migrations: 'pending' } });
  });

  it('is not ready when the database does not answer (migrations then unknown)', async () => {
    const report = await readiness(database({ applied: [], shipped: ['A1'], down: true })).check();
    expect(report).toEqual({
      ready: false,
      checks: { database: 'unreachable', migrations: 'unknown' },
    });
  });

  it('is not ready when Redis does not answer, and says so within its time limit', async () => {
    // A port that accepts connections and never answers: the PING waits for the time limit.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      const report = await readiness(database({ applied: ['A1'], shipped: ['A1'] }), {
        url: `redis://127.0.0.1:${port}`,
      }).check();
      expect(report).toEqual({
        ready: false,
        checks: { database: 'ok', migrations: 'ok', redis: 'unreachable' },
      });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      silent.close();
    }
  });
});
