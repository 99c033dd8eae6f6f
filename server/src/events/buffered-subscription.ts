import type { TopicSubscription } from './pub-sub.js';

/**
 * The subscriber side both pub/sub implementations share: an unbounded FIFO buffer fed by
 * `deliver`, read by `next()`. `return()` calls `onLeave` once and ends a pending `next()`.
 */
export function bufferedSubscription<T>(
  ready: Promise<unknown>,
  onLeave: () => void,
): { subscription: TopicSubscription<T>; deliver: (payload: unknown) => void } {
  const buffer: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let done = false;

  const deliver = (payload: unknown) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ done: false, value: payload as T });
    } else {
      buffer.push(payload as T);
    }
  };
  const subscription: TopicSubscription<T> = {
    ready: ready.then(() => undefined),
    next() {
      const value = buffer.shift();
      if (value !== undefined) return Promise.resolve({ done: false, value });
      if (done) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => (waiting = resolve));
    },
    async return() {
      if (!done) {
        done = true;
        onLeave();
        waiting?.({ done: true, value: undefined });
        waiting = undefined;
      }
      buffer.length = 0;
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return subscription;
    },
  };
  return { subscription, deliver };
}
