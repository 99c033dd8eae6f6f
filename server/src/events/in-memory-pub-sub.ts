import { bufferedSubscription } from './buffered-subscription.js';
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
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    const members = set;
    const { subscription, deliver } = bufferedSubscription<T>(Promise.resolve(), () => {
      members.delete(deliver);
      if (members.size === 0) this.listeners.delete(topic);
    });
    members.add(deliver);
    return subscription;
  }

  /** Number of live subscriptions on a topic (for tests and metrics). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
