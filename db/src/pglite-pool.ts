import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';
import { backgroundTurn, isBackgroundWork } from './background-work.js';

type Release = (error?: unknown) => void;
type QueryCallback = (error: unknown, result?: PgResult) => void;

/**
 * Thrown for every statement once the PGlite engine has failed in a way PostgreSQL did not handle
 * (see `watchEngineFaults`): the instance must not be used again, and the hub must be restarted.
 */
export class PGliteEngineFault extends Error {
  readonly code = 'PGLITE_ENGINE_FAULT';
  constructor(readonly fault: unknown) {
    super(
      `The embedded database (PGlite) failed inside its engine (${describeFault(fault)}) and is not ` +
        'used any more: restart the hub (committed data is safe; the folder reopens cleanly).',
    );
    this.name = 'PGliteEngineFault';
  }
}

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
 * order, as they would on a node-postgres pool of size 1. (The `typeorm-pglite` package shares
 * the session without leases and keeps the instance in a process-wide singleton, which is why it
 * is not used.)
 *
 * One exception to FIFO: background work (`asBackgroundWork`: runs executing) waits behind
 * requests, so a `startRun` or a page of the console is not queued behind four runs' steps. A
 * request still waits for the lease in use (a transaction is never cut short); and after
 * FOREGROUND_STREAK requests in a row with background work waiting, one background lease goes
 * first, so runs keep moving under a steady stream of requests.
 */
export class PGlitePool extends EventEmitter {
  private readonly db: PGlite;
  private readonly connection: PGliteConnection;
  private readonly waiting = {
    foreground: [] as Array<() => void>,
    background: [] as Array<() => void>,
  };
  private leased = false;
  /** Foreground leases granted in a row while background work waited. */
  private streak = 0;

  constructor(options: { pglite: PGlite }) {
    super();
    this.db = options.pglite;
    this.connection = new PGliteConnection(this.db, watchEngineFaults(this.db));
  }

  /** Its one session, as node-postgres's `pg.Pool` counts (metrics read either the same way). */
  readonly totalCount = 1;
  readonly options = { max: 1 };

  get idleCount(): number {
    return this.leased ? 0 : 1;
  }

  /** Callers waiting for the session: requests and background work. */
  get waitingCount(): number {
    return this.waiting.foreground.length + this.waiting.background.length;
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
    if (isBackgroundWork()) {
      // While a request is under way its statements come first, even between its leases.
      const turn = backgroundTurn();
      if (turn) return turn.then(() => this.acquireBackground());
      return this.acquireBackground();
    }
    if (!this.leased && !this.backgroundsTurn) {
      this.leased = true;
      return Promise.resolve();
    }
    const granted = new Promise<void>((resolve) => this.waiting.foreground.push(resolve));
    if (!this.leased) this.dispatchSoon();
    return granted;
  }

  /**
   * Never at once: a pass through the event loop first lets waiting I/O (a request that just
   * arrived) in ahead of it. PGlite's statements resolve as microtasks, so without it a few runs
   * could keep the session, and the loop, to themselves.
   */
  private acquireBackground(): Promise<void> {
    const granted = new Promise<void>((resolve) => this.waiting.background.push(resolve));
    this.dispatchSoon();
    return granted;
  }

  private releaseLease() {
    const { foreground, background } = this.waiting;
    if (foreground.length > 0 && !(background.length > 0 && this.streak >= FOREGROUND_STREAK)) {
      this.streak = background.length > 0 ? this.streak + 1 : 0;
      (foreground.shift() as () => void)();
      return;
    }
    this.leased = false;
    this.backgroundsTurn = background.length > 0 && foreground.length > 0;
    this.streak = 0;
    this.dispatchSoon();
  }

  private dispatchScheduled = false;
  /** The next free session goes to background work, which let a streak of requests pass. */
  private backgroundsTurn = false;

  /** Hands a free session to whoever waits, after the event loop's pending I/O. */
  private dispatchSoon() {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      if (this.leased) return; // a request took it meanwhile; its release dispatches again
      const { foreground, background } = this.waiting;
      const next = this.backgroundsTurn
        ? (background.shift() ?? foreground.shift())
        : (foreground.shift() ?? background.shift());
      this.backgroundsTurn = false;
      if (!next) return;
      this.leased = true;
      next();
    });
  }
}

/** Requests served in a row before waiting background work gets one lease. */
const FOREGROUND_STREAK = 8;

/** The leased "client": runs statements on PGlite and shapes results like node-postgres. */
class PGliteConnection extends EventEmitter {
  private broken: PGliteEngineFault | undefined;

  constructor(
    private readonly db: PGlite,
    private readonly faults: EngineFaults,
  ) {
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
    if (this.broken) throw this.broken;
    try {
      // Parameterless SQL goes through the simple protocol so multi-statement migrations work,
      // as they do on node-postgres; the last statement's result is the one returned.
      if (!params || params.length === 0) {
        const results = await this.db.exec(sql);
        this.throwIfFaulted();
        return toPgResult(sql, results[results.length - 1]);
      }
      const result = await this.db.query<Record<string, unknown>>(sql, params);
      this.throwIfFaulted();
      return toPgResult(sql, result);
    } catch (error) {
      this.throwIfFaulted();
      throw error;
    }
  }

  private throwIfFaulted() {
    const fault = this.faults.take();
    if (fault === undefined) return;
    this.broken = new PGliteEngineFault(fault);
    throw this.broken;
  }
}

interface EngineFaults {
  /** The first fault since the last call, if any. */
  take(): unknown;
}

/** Emscripten's exit status for PostgreSQL's ERROR longjmp (pglitec.c's POSTGRES_MAIN_LONGJMP). */
const POSTGRES_ERROR_UNWIND = 100;

/**
 * Notices when PGlite's engine throws something that is not a PostgreSQL error.
 *
 * Why (reproduced with PGlite 0.5.16 on Node 20): PostgreSQL stops runaway recursion with
 * `check_stack_depth()`, which measures WebAssembly's in-memory stack against `max_stack_depth`
 * (2 MB). But every wasm frame also uses the JavaScript engine's native stack (about 1 MB in
 * Node), at several times the rate, so deep recursion (a tsquery of ~7,000 operands, `SELECT 1 +
 * 1 + ...` of 400 terms, a jsonb 6,000 arrays deep) overflows V8's stack first, whatever
 * `max_stack_depth` says: a `RangeError: Maximum call stack size exceeded` unwinds out of the wasm
 * without any of PostgreSQL's error handling running. PGlite's `execProtocolRawSync` catches every
 * exception of `_PostgresMainLoopOnce()` but only recovers from its own ERROR longjmp (exit
 * status 100); anything else is dropped without a word. So the statement "succeeds" with no rows
 * and no columns (the knowledge search's `totalItems: 0`), and none of PostgreSQL's clean-up ran
 * (transaction abort, memory contexts, `PG_exception_stack` and the error context stack, which
 * still point into the unwound frames). Plain statements still work after it, but the next one
 * that reports an error (`SELECT 1/0`) or runs `plainto_tsquery` over text with no lexeme ("%",
 * "the") never returns: 100% CPU inside the synchronous wasm call, so the event loop (and
 * /healthz) is dead for good. Lowering `max_stack_depth` does not prevent it (at 100 kB the
 * `1 + 1 + ...` case still overflows V8 first). What does: noticing the foreign exception where
 * it passes and never using the instance again. Statements then fail at once with
 * `PGliteEngineFault` (/healthz answers 503) instead of hanging; closing and reopening the
 * folder (a restart) gives a healthy engine with every committed write. The hub's own queries
 * are bounded so they never get there (knowledge search: search-terms.ts).
 */
function watchEngineFaults(db: PGlite): EngineFaults {
  let fault: unknown;
  const mod = (db as unknown as { mod?: Record<string, unknown> }).mod;
  const loopOnce = mod?._PostgresMainLoopOnce;
  if (mod && typeof loopOnce === 'function') {
    mod._PostgresMainLoopOnce = (...args: unknown[]) => {
      try {
        return (loopOnce as (...a: unknown[]) => unknown).apply(mod, args);
      } catch (error) {
        const status = (error as { status?: unknown } | null)?.status;
        if (status !== POSTGRES_ERROR_UNWIND) fault ??= error ?? new Error('unknown engine fault');
        throw error;
      }
    };
  }
  return {
    take() {
      const taken = fault;
      fault = undefined;
      return taken;
    },
  };
}

function describeFault(fault: unknown): string {
  if (fault instanceof Error) return `${fault.name}: ${fault.message}`;
  return String(fault);
}

function toPgResult(sql: string, result: Results | undefined): PgResult {
  const rows = result?.rows ?? [];
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return { rows, rowCount: result?.affectedRows ?? rows.length, command };
}
