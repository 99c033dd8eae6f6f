import { describe, expect, it } from 'vitest';
import { InMemoryPubSub } from './in-memory-pub-sub.js';
import type { TopicSubscription } from './pub-sub.js';

async function take<T>(subscription: TopicSubscription<T>, count: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < count) {
    const result = await subscription.next();
    if (result.done) break;
    values.push(result.value);
  }
  return values;
}

/** Settles `promise` against a marker queued behind every ready task: still pending or not. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const marker = new Promise((resolve) => setImmediate(() => resolve(pending)));
  return (await Promise.race([promise, marker])) === pending;
}

describe('InMemoryPubSub', () => {
  it('delivers messages published after subscribe, in publish order', async () => {
    const pubSub = new InMemoryPubSub();
    const subscription = pubSub.subscribe<number>('run:a:steps');

    for (const n of [1, 2, 3, 4, 5]) await pubSub.publish('run:a:steps', n);

    expect(await take(subscription, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('resolves a pending next() with the next message published', async () => {
    const pubSub = new InMemoryPubSub();
    const subscription = pubSub.subscribe<string>('topic');
    const next = subscription.next();
    expect(await isPending(next)).toBe(true);

    await pubSub.publish('topic', 'hello');

    expect(await next).toEqual({ done: false, value: 'hello' });
  });

  it('does not deliver messages published before subscribe', async () => {
    const pubSub = new InMemoryPubSub();
    await pubSub.publish('topic', 'too early');
    const subscription = pubSub.subscribe<string>('topic');

    await pubSub.publish('topic', 'on time');

    expect(await take(subscription, 1)).toEqual(['on time']);
  });

  it('keeps topics apart', async () => {
    const pubSub = new InMemoryPubSub();
    const a = pubSub.subscribe<string>('run:a:steps');
    const b = pubSub.subscribe<string>('run:b:steps');

    await pubSub.publish('run:a:steps', 'a1');
    await pubSub.publish('run:b:steps', 'b1');
    await pubSub.publish('run:a:steps', 'a2');

    expect(await take(a, 2)).toEqual(['a1', 'a2']);
    expect(await take(b, 1)).toEqual(['b1']);
    expect(await isPending(b.next())).toBe(true);
  });

  it('unsubscribes on return(): the count drops to 0 and a pending next() ends', async () => {
    const pubSub = new InMemoryPubSub();
    const subscription = pubSub.subscribe<string>('topic');
    const other = pubSub.subscribe<string>('topic');
    expect(pubSub.subscriberCount('topic')).toBe(2);
    const pending = subscription.next();

    await subscription.return();
    await other.return();

    expect(await pending).toEqual({ done: true, value: undefined });
    expect(pubSub.subscriberCount('topic')).toBe(0);
    await pubSub.publish('topic', 'after return');
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });

  it('discards buffered messages on return()', async () => {
    const pubSub = new InMemoryPubSub();
    const subscription = pubSub.subscribe<string>('topic');
    await pubSub.publish('topic', 'unread');

    await subscription.return();

    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });

  it('unsubscribes when a for-await loop breaks', async () => {
    const pubSub = new InMemoryPubSub();
    const subscription = pubSub.subscribe<number>('topic');
    await pubSub.publish('topic', 1);
    await pubSub.publish('topic', 2);

    const seen: number[] = [];
    for await (const n of subscription) {
      seen.push(n);
      if (n === 2) break;
    }

    expect(seen).toEqual([1, 2]);
    expect(pubSub.subscriberCount('topic')).toBe(0);
  });

  it('delivers every message to each of 1,000 subscribers', async () => {
    const pubSub = new InMemoryPubSub();
    const subscriptions = Array.from({ length: 1_000 }, () => pubSub.subscribe<number>('busy'));
    expect(pubSub.subscriberCount('busy')).toBe(1_000);

    for (let n = 1; n <= 20; n++) await pubSub.publish('busy', n);

    const received = await Promise.all(subscriptions.map((s) => take(s, 20)));
    const expected = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(received).toEqual(subscriptions.map(() => expected));
    await Promise.all(subscriptions.map((s) => s.return()));
    expect(pubSub.subscriberCount('busy')).toBe(0);
  });
});
