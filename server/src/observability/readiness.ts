import type { HubDatabase } from '@zactonics/db';
import { Redis } from 'ioredis';

export interface ReadinessReport {
  ready: boolean;
  checks: {
    database: 'ok' | 'unreachable';
    /** `pending`: the database lacks migrations this build has; `unknown` without a database. */
    migrations: 'ok' | 'pending' | 'unknown';
    /** Only with REDIS_URL. */
    redis?: 'ok' | 'unreachable';
  };
}

/** Each check answers within this, or counts as failed: a probe never hangs on a dead peer. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this process can do its work (GET /readyz): the database answers, it has every
 * migration this build ships (TypeORM's pending migrations are none), and, when configured,
 * Redis answers a PING on a connection of the probe's own (it must not queue behind a busy
 * subscriber or the run queue's blocking reads). Liveness (GET /healthz) is another question.
 */
export class Readiness {
  private readonly redis: Redis | undefined;

  constructor(
    private readonly database: HubDatabase,
    redis: { url: string } | undefined,
  ) {
    if (!redis) return;
    this.redis = new Redis(redis.url, {
      maxRetriesPerRequest: 1,
      connectTimeout: CHECK_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    // Without a listener ioredis reports connection errors as unhandled; the probe reports them.
    this.redis.on('error', () => undefined);
  }

  async check(): Promise<ReadinessReport> {
    const [database, migrations, redis] = await Promise.all([
      within(this.database.dataSource.query('SELECT 1').then(() => true)),
      within(this.pendingMigrations()),
      this.redis ? within(this.redis.ping().then((answer) => answer === 'PONG')) : undefined,
    ]);
    const checks: ReadinessReport['checks'] = {
      database: database === true ? 'ok' : 'unreachable',
      migrations: migrations === false ? 'ok' : migrations === true ? 'pending' : 'unknown',
      ...(this.redis ? { redis: redis === true ? ('ok' as const) : ('unreachable' as const) } : {}),
    };
    const ready =
      checks.database === 'ok' &&
      checks.migrations === 'ok' &&
      (checks.redis === undefined || checks.redis === 'ok');
    return { ready, checks };
  }

  /**
   * Whether this build has migrations the database lacks, compared as TypeORM's own
   * `showMigrations` does (by name), in one read that neither creates the table nor holds a
   * connection if it fails.
   */
  private async pendingMigrations(): Promise<boolean> {
    const { dataSource } = this.database;
    const table = dataSource.options.migrationsTableName ?? 'migrations';
    const rows: Array<{ name: string }> = await dataSource.query(`SELECT name FROM "${table}"`);
    const applied = new Set(rows.map((row) => row.name));
    return dataSource.migrations.some(
      (migration) => !applied.has(migration.name ?? migration.constructor.name),
    );
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

/** The work's answer, or undefined when it failed or took longer than CHECK_TIMEOUT_MS. */
async function within<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}
