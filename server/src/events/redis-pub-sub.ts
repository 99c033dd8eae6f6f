import { Redis } from 'ioredis';
import { BufferedSubscription, type SubscriptionOwner } from './buffered-subscription.js';
import type { PubSub, SubscribeOptions, TopicSubscription } from './pub-sub.js';

type Listener = BufferedSubscription<unknown>;

/**
 * Pub/sub across hub processes through Redis (REDIS_URL): a step published by the process running
 * a run reaches a subscriber on any process. One connection publishes; one, in subscriber mode,
 * holds a Redis SUBSCRIBE per topic that has local subscribers (counted, so a thousand watchers of
 * one run cost one SUBSCRIBE) and hands each message, parsed once, to every local subscriber.
 *
 * Payloads travel as JSON with their Date values tagged, so a run's timestamps arrive as Dates
 * like the in-memory bus delivers them. A subscription's `ready` resolves once Redis confirmed
 * the SUBSCRIBE: a caller that replays from the database afterwards misses nothing in between.
 *
 * Redis going away must not stop the hub: the database is the record, pub/sub only tells.
 * A publish never waits for Redis: what is published while it is away is held (up to
 * MAX_UNSENT messages) and sent when it is back. Subscribers lose what was published to them
 * meanwhile, so once the subscriber connection is back and has subscribed again, every
 * subscription that asked for it receives its `resync` value and catches up from the database
 * (run steps by seq, conversations by re-reading); held messages arriving after that are
 * duplicates the subscribers already drop (run steps by seq) or harmless (a notice to re-read).
 */
export class RedisPubSub implements PubSub, SubscriptionOwner {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();
  /** The SUBSCRIBE (or UNSUBSCRIBE) last sent for each channel: later commands wait for it. */
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Publishes handed to ioredis and not yet answered (held while Redis is away). */
  private unsent = 0;

  constructor(
    url: string,
    /** Prefixes every channel, so several hubs (or test runs) can share one Redis. */
    private readonly prefix = 'zac:',
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: null });
    // The subscriber queues its SUBSCRIBEs until connected: a subscription made while Redis is
    // away becomes ready when it is back.
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null });
    this.subscriber.on('message', (channel: string, message: string) => {
      const set = this.listeners.get(channel);
      if (!set || set.size === 0) return;
      const payload = decode(message);
      for (const listener of set) listener.deliver(payload);
    });
    let connectedBefore = false;
    this.subscriber.on('ready', () => {
      if (connectedBefore) void this.resyncAll();
      connectedBefore = true;
    });
    // Without listeners ioredis reports connection errors as unhandled; reconnecting is its job.
    this.publisher.on('error', () => undefined);
    this.subscriber.on('error', () => undefined);
  }

  publish(topic: string, payload: unknown): Promise<void> {
    // Not awaited: while Redis is away ioredis holds the message and sends it, in order, once it
    // is back, and the publisher (a run writing its steps) goes on meanwhile.
    if (this.unsent >= MAX_UNSENT) return Promise.resolve(); // a long outage: resync covers it
    this.unsent++;
    this.publisher
      .publish(this.prefix + topic, encode(payload))
      .catch(() => undefined)
      .finally(() => this.unsent--);
    return Promise.resolve();
  }

  subscribe<T>(topic: string, options: SubscribeOptions<T> = {}): TopicSubscription<T> {
    const channel = this.prefix + topic;
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    const ready = set.size === 0 ? this.command(channel, 'subscribe') : this.pendingFor(channel);
    const subscription = new BufferedSubscription<T>(
      ready.then(() => undefined),
      this,
      channel,
      'resync' in options ? { value: options.resync as T } : undefined,
    );
    set.add(subscription as Listener);
    return subscription;
  }

  leave(subscription: Listener): void {
    const channel = subscription.key;
    const members = this.listeners.get(channel);
    members?.delete(subscription);
    if (!members || members.size > 0) return;
    this.listeners.delete(channel);
    void this.command(channel, 'unsubscribe').catch(() => undefined);
  }

  /**
   * After a reconnect ioredis subscribes again to every channel; the PING's answer comes after
   * those SUBSCRIBEs' (one connection, in order), so from then on nothing published is missed,
   * and what was published while Redis was away is what the subscribers re-read.
   */
  private async resyncAll(): Promise<void> {
    try {
      await this.subscriber.ping();
    } catch {
      return; // gone again: the next 'ready' resyncs
    }
    for (const set of this.listeners.values()) {
      for (const listener of set) if (listener.resync) listener.deliver(listener.resync.value);
    }
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

/** Messages held for Redis at most; beyond, they are dropped and subscribers' resync covers them. */
const MAX_UNSENT = 10_000;

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
