import pg from 'pg';
import { backgroundTurn, isBackgroundWork } from './background-work.js';

type ConnectCallback = Parameters<pg.Pool['connect']>[0] & {};

/**
 * node-postgres's pool, with one rule added: background work (a run executing, a sweep) takes a
 * connection only when no request is under way, or after a short wait (background-work.ts). The
 * pool has sessions to spare, so the contention this settles is the process's one thread: without
 * it, four runs' statements and the work between them queue ahead of a `startRun` or the first
 * step a watcher waits for, and a request's latency becomes the hub's throughput.
 */
export class ForegroundFirstPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const turn = isBackgroundWork() ? backgroundTurn() : undefined;
    if (!turn) return callback ? super.connect(callback) : super.connect();
    if (callback) {
      void turn.then(() => super.connect(callback));
      return;
    }
    return turn.then(() => super.connect());
  }
}
