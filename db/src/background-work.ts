import { AsyncLocalStorage } from 'node:async_hooks';

const background = new AsyncLocalStorage<true>();

/**
 * Marks `work` (and everything it awaits) as background work: executing a run, a sweep. Its
 * statements wait behind those of requests a person or a client is waiting for: on the embedded
 * database in the one session's queue (see PGlitePool), on PostgreSQL before taking a pooled
 * connection while a request is under way (see ForegroundFirstPool).
 */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

export function isBackgroundWork(): boolean {
  return background.getStore() === true;
}

/**
 * The longest one background statement waits for requests to finish. Under a steady stream of
 * requests, background work still takes one connection per interval: it slows, it never stops.
 */
export const BACKGROUND_MAX_WAIT_MS = 20;

let requestsUnderWay = 0;
const waitingForQuiet: Array<() => void> = [];
let oldestWaiterTimer: NodeJS.Timeout | undefined;

/**
 * A request someone waits for has started (a GraphQL operation, until its answer or a
 * subscription's first event). Returns the function that says it ended; calling it twice is
 * harmless, and after `maxMs` it counts as ended anyway. Background work yields to it before its
 * next statement.
 */
export function beginForegroundWork(maxMs = FOREGROUND_MAX_MS): () => void {
  requestsUnderWay++;
  // A mark never told of its end (a lost hook) must not slow background work for good. Once
  // ended, the timer is let go: a storefront's idle subscription keeps `end` for hours.
  let expiry: NodeJS.Timeout | undefined;
  const end = () => {
    if (!expiry) return;
    clearTimeout(expiry);
    expiry = undefined;
    requestsUnderWay--;
    if (requestsUnderWay === 0) releaseAll();
  };
  expiry = setTimeout(end, maxMs);
  expiry.unref();
  return end;
}

/** After this long a request counts as ended unless it says otherwise. */
const FOREGROUND_MAX_MS = 10_000;

/** Requests under way now (for tests and metrics). */
export function foregroundWorkUnderWay(): number {
  return requestsUnderWay;
}

/**
 * Background work's turn: undefined (go now) when no request is under way, else a promise that
 * settles when none is, or when the oldest background waiter has waited BACKGROUND_MAX_WAIT_MS
 * (then only that one goes, and the next waits its own interval).
 */
export function backgroundTurn(): Promise<void> | undefined {
  if (requestsUnderWay === 0) return undefined;
  return new Promise((resolve) => {
    waitingForQuiet.push(resolve);
    if (!oldestWaiterTimer) armOldestWaiterTimer();
  });
}

function armOldestWaiterTimer() {
  oldestWaiterTimer = setTimeout(() => {
    oldestWaiterTimer = undefined;
    waitingForQuiet.shift()?.();
    if (waitingForQuiet.length > 0) armOldestWaiterTimer();
  }, BACKGROUND_MAX_WAIT_MS);
}

function releaseAll() {
  clearTimeout(oldestWaiterTimer);
  oldestWaiterTimer = undefined;
  for (const resolve of waitingForQuiet.splice(0)) resolve();
}
