import { DONE, nextOf, type Fail, type Wake } from './pollable.js';
import type { TopicSubscription } from './pub-sub.js';

/**
 * The subscriber side both pub/sub implementations share: an unbounded FIFO buffer fed by
 * `deliver`, read by `poll()` or `next()`. A subscriber waiting when a message comes gets it at
 * once, inside `deliver` (pollable.ts); a failure of its own never reaches the publisher's loop.
 * `return()` calls `onLeave` once and ends a pending read.
 */
export function bufferedSubscription<T>(
  ready: Promise<unknown>,
  onLeave: () => void,
): { subscription: TopicSubscription<T>; deliver: (payload: unknown) => void } {
  const buffer: T[] = [];
  let waiting: { wake: Wake<T>; fail: Fail } | undefined;
  let done = false;

  const wakeWith = (result: IteratorResult<T, undefined>) => {
    const reader = waiting;
    if (!reader) return false;
    waiting = undefined;
    try {
      reader.wake(result);
    } catch (error) {
      reader.fail(error);
    }
    return true;
  };
  const deliver = (payload: unknown) => {
    if (done) return;
    if (!wakeWith({ done: false, value: payload as T })) buffer.push(payload as T);
  };
  const subscription: TopicSubscription<T> = {
    ready: ready.then(() => undefined),
    poll(wake, fail) {
      if (buffer.length > 0) return { done: false, value: buffer.shift() as T };
      if (done) return DONE;
      waiting = { wake, fail };
      return undefined;
    },
    next() {
      return nextOf(subscription);
    },
    async return() {
      if (!done) {
        done = true;
        onLeave();
        wakeWith(DONE);
      }
      buffer.length = 0;
      return DONE;
    },
    [Symbol.asyncIterator]() {
      return subscription;
    },
  };
  return { subscription, deliver };
}
