import { AsyncLocalStorage } from 'node:async_hooks';

const background = new AsyncLocalStorage<true>();

/**
 * Marks `work` (and everything it awaits) as background work: executing a run, a sweep. On the
 * embedded database, whose one session serves everything in turn, its statements wait behind
 * those of requests a person or a client is waiting for (see PGlitePool). PostgreSQL has a pool
 * of sessions, so there it changes nothing.
 */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

export function isBackgroundWork(): boolean {
  return background.getStore() === true;
}
