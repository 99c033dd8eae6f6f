import { BufferedSubscription, type SubscriptionOwner } from './buffered-subscription.js';
import type { PubSub, TopicSubscription } from './pub-sub.js';

const READY = Promise.resolve();

/** One process's pub/sub: a subscriber set per topic, an unbounded FIFO buffer per subscriber. */
export class InMemoryPubSub implements PubSub, SubscriptionOwner {
  private readonly listeners = new Map<string, Set<BufferedSubscription<unknown>>>();

  async publish(topic: string, payload: unknown): Promise<void> {
    const set = this.listeners.get(topic);
    if (!set) return;
    for (const subscription of set) subscription.deliver(payload);
  }

  subscribe<T>(topic: string): TopicSubscription<T> {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    const subscription = new BufferedSubscription<T>(READY, this, topic);
    set.add(subscription as BufferedSubscription<unknown>);
    return subscription;
  }

  leave(subscription: BufferedSubscription<unknown>): void {
    const set = this.listeners.get(subscription.key);
    set?.delete(subscription);
    if (set?.size === 0) this.listeners.delete(subscription.key);
  }

  /** Number of live subscriptions on a topic (for tests and metrics). */
  subscriberCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
