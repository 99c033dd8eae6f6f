import { Redis } from 'ioredis';
import { bufferedSubscription } from './buffered-subscription.js';
import type { PubSub, TopicSubscription } from './pub-sub.js';

type Listener = (payload: unknown) => void;

/**
 * Pub/sub across hub processes through Redis (REDIS_URL): a step published by the process running
 * a run reaches a subscriber on any process. One connection publishes; one, in subscriber mode,
 * holds a Redis SUBSCRIBE per topic that has local subscribers (counted, so a thousand watchers of
 * one run cost one SUBSCRIBE) and hands each message, parsed once, to every local subscriber.
 *
 * Payloads travel as JSON with their Date values tagged, so a run's timestamps arrive as Dates
 * like the in-memory bus delivers them. A subscription's `ready` resolves once Redis confirmed
 * the SUBSCRIBE: a caller that replays from the database afterwards misses nothing in between.
 */
export class RedisPubSub implements PubSub {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();
  /** The SUBSCRIBE (or UNSUBSCRIBE) last sent for each channel: later commands wait for it. */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    url: string,
    /** Prefixes every channel, so several hubs (or test runs) can share one Redis. */
    private readonly prefix = 'zac:',
  ) {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.subscriber = this.publisher.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      const set = this.listeners.get(channel);
      if (!set || set.size === 0) return;
      const payload = decode(message);
      for (const listener of set) listener(payload);
    });
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.prefix + topic, encode(payload));
  }

  subscribe<T>(topic: string): TopicSubscription<T> {
    const channel = this.prefix + topic;
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    const members = set;
    const ready =
      members.size === 0 ? this.command(channel, 'subscribe') : this.pendingFor(channel);
    const { subscription, deliver } = bufferedSubscription<T>(ready, () => {
      members.delete(deliver);
      if (members.size > 0) return;
      this.listeners.delete(channel);
      void this.command(channel, 'unsubscribe').catch(() => undefined);
    });
    members.add(deliver);
    return subscription;
  }

  /** Live local subscriptions on a topic (tests, metrics). */
  subscriberCount(topic: string): number {
    return this.listeners.get(this.prefix + topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  /** SUBSCRIBE / UNSUBSCRIBE in the order asked, per channel (a quick leave-and-join stays joined). */
  private command(channel: string, verb: 'subscribe' | 'unsubscribe'): Promise<unknown> {
    const after = this.pendingFor(channel);
    const sent = after.then(() =>
      // Only the latest intent counts: a SUBSCRIBE overtaken by the last leave is not sent.
      verb === 'subscribe' || !this.listeners.has(channel)
        ? this.subscriber[verb](channel)
        : undefined,
    );
    const settled = sent.catch(() => undefined);
    this.pending.set(channel, settled);
    void settled.then(() => {
      if (this.pending.get(channel) === settled) this.pending.delete(channel);
    });
    return sent;
  }

  private pendingFor(channel: string): Promise<unknown> {
    return this.pending.get(channel) ?? Promise.resolve();
  }
}

const DATE_TAG = '$zacDate';

/** JSON with Date values tagged (JSON.stringify alone would turn them into strings). */
function encode(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : value;
  });
}

function decode(message: string): unknown {
  return JSON.parse(message, (_key, value: unknown) => {
    const tagged =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[DATE_TAG]
        : undefined;
    return typeof tagged === 'string' ? new Date(tagged) : value;
  });
}
