import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';

type Release = (error?: unknown) => void;
type QueryCallback = (error: unknown, result?: PgResult) => void;

/** The shape of a node-postgres result that TypeORM reads. */
interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

/**
 * A node-postgres `Pool` look-alike over one PGlite instance, handed to TypeORM's postgres
 * driver as `driver: { Pool: PGlitePool }` with the instance in `extra.pglite`.
 *
 * PGlite is a single database session. If two TypeORM query runners interleaved statements on it,
 * one runner's BEGIN..COMMIT would also swallow the other's writes (and a ROLLBACK undo them).
 * So this pool leases its one connection to one query runner at a time; the others wait in FIFO
 * order, exactly as they would on a node-postgres pool of size 1. (The `typeorm-pglite` package
 * shares the session without leases and keeps the instance in a process-wide singleton, which is
 * why it is not used.)
 */
export class PGlitePool extends EventEmitter {
  private readonly db: PGlite;
  private readonly connection: PGliteConnection;
  private readonly waiting: Array<() => void> = [];
  private leased = false;

  constructor(options: { pglite: PGlite }) {
    super();
    this.db = options.pglite;
    this.connection = new PGliteConnection(this.db);
  }

  connect(callback: (error: unknown, connection: PGliteConnection, release: Release) => void) {
    this.acquire().then(
      () => {
        let released = false;
        const release: Release = () => {
          if (released) return;
          released = true;
          this.releaseLease();
        };
        callback(undefined, this.connection, release);
      },
      (error: unknown) => callback(error, this.connection, () => undefined),
    );
  }

  /** A one-off query outside any lease (TypeORM uses leases; this is for `pg.Pool` parity). */
  async query(sql: string, params?: unknown[]): Promise<PgResult> {
    await this.acquire();
    try {
      return await this.connection.query(sql, params);
    } finally {
      this.releaseLease();
    }
  }

  end(callback?: (error?: unknown) => void) {
    // The instance belongs to whoever created it (see createHubDataSource); it closes it.
    callback?.();
  }

  private acquire(): Promise<void> {
    if (!this.leased) {
      this.leased = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseLease() {
    const next = this.waiting.shift();
    if (next) next();
    else this.leased = false;
  }
}

/** The leased "client": runs statements on PGlite and shapes results like node-postgres. */
class PGliteConnection extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback) {
    const cb = typeof params === 'function' ? params : callback;
    const values = Array.isArray(params) ? params : undefined;
    const result = this.run(sql, values);
    if (cb) {
      result.then(
        (r) => cb(undefined, r),
        (e: unknown) => cb(e),
      );
    }
    return result;
  }

  private async run(sql: string, params: unknown[] | undefined): Promise<PgResult> {
    // Parameterless SQL goes through the simple protocol so multi-statement migrations work,
    // as they do on node-postgres; the last statement's result is the one returned.
    if (!params || params.length === 0) {
      const results = await this.db.exec(sql);
      return toPgResult(sql, results[results.length - 1]);
    }
    return toPgResult(sql, await this.db.query(sql, params));
  }
}

function toPgResult(sql: string, result: Results | undefined): PgResult {
  const rows = result?.rows ?? [];
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return { rows, rowCount: result?.affectedRows ?? rows.length, command };
}
