import type { PubSub, TopicSubscription } from './pub-sub.js';

type Listener = (payload: unknown) => void;

/** One process's pub/sub: a listener set per topic, an unbounded FIFO buffer per subscriber. */
export class InMemoryPubSub implements PubSub {
  private readonly listeners = new Map<string, Set<Listener>>();

  async publish(topic: string, payload: unknown): Promise<void> {
    const set = this.listeners.get(topic);
    if (!set) return;
    for (const listener of set) listener(payload);
  }

  subscribe<T>(topic: string): TopicSubscription<T> {
    const buffer: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | undefined;
    let done = false;

    const listener: Listener = (payload) => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ done: false, value: payload as T });
      } else {
        buffer.push(payload as T);
      }
    };
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);

    const unsubscribe = () => {
      if (done) return;
      done = true;
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
      waiting?.({ done: true, value: undefined });
      waiting = undefined;
    };

    const iterator: TopicSubscription<T> = {
      ready: Promise.resolve(),
      next() {
        const value = buffer.shift();
        if (value !== undefined) return Promise.resolve({ done: false, value });
        if (done) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve) => (waiting = resolve));
      },
      async return() {
        unsubscribe();
        buffer.length = 0;
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Number of live subscriptions on a topic (for tests and metrics). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
