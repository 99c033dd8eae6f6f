import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateRedis } from '../testing/redis-server.js';
import { RedisPubSub } from './redis-pub-sub.js';

// The machine's Redis (CI's too); each run of this spec uses its own channel prefix.
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `zac-test:${randomUUID()}:`;

let processA: RedisPubSub;
let processB: RedisPubSub;
let observer: Redis;

beforeAll(() => {
  processA = new RedisPubSub(REDIS_URL, prefix);
  processB = new RedisPubSub(REDIS_URL, prefix);
  observer = new Redis(REDIS_URL);
});
afterAll(async () => {
  await Promise.all([processA?.close(), processB?.close(), observer?.quit()]);
});

/** Redis's own count of connections subscribed to a topic's channel. */
async function redisSubscribers(topic: string): Promise<number> {
  const [, count] = (await observer.pubsub('NUMSUB', prefix + topic)) as [string, number];
  return Number(count);
}

async function take<T>(subscription: AsyncIterator<T>, n: number): Promise<T[]> {
  const taken: T[] = [];
  while (taken.length < n) {
    const next = await subscription.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

describe('pub/sub through Redis', () => {
  it("delivers what one process publishes to another process's subscriber, in order, with its dates", async () => {
    const subscription = processB.subscribe<{ seq: number; at: Date }>('run:r1:steps');
    await subscription.ready;
    const at = new Date('2026-12-03T22:00:00.123Z');
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => processA.publish('run:r1:steps', { seq: i + 1, at })),
    );

    const received = await take(subscription, 200);
    expect(received.map((m) => m.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(received[0]?.at).toBeInstanceOf(Date);
    expect(received[0]?.at.toISOString()).toBe(at.toISOString());
    await subscription.return();
  });

  it('holds one Redis subscription per topic however many watch it, and releases it with the last', async () => {
    const watchers = Array.from({ length: 5 }, () => processB.subscribe<number>('run:r2:steps'));
    await Promise.all(watchers.map((w) => w.ready));
    expect(await redisSubscribers('run:r2:steps')).toBe(1);
    expect(processB.subscriberCount('run:r2:steps')).toBe(5);

    await processA.publish('run:r2:steps', 7);
    expect(await Promise.all(watchers.map((w) => take(w, 1)))).toEqual(Array(5).fill([7]));

    await Promise.all(watchers.slice(1).map((w) => w.return()));
    expect(await redisSubscribers('run:r2:steps')).toBe(1);
    await watchers[0]?.return();
    await expect.poll(() => redisSubscribers('run:r2:steps')).toBe(0);
  });

  it('ends a pending next() when the subscriber leaves, and stays subscribed across a quick leave and join', async () => {
    const leaving = processB.subscribe<number>('run:r3:steps');
    await leaving.ready;
    const pending = leaving.next();
    await leaving.return();
    expect(await pending).toEqual({ done: true, value: undefined });

    const joining = processB.subscribe<number>('run:r3:steps');
    await joining.ready;
    await processA.publish('run:r3:steps', 42);
    expect(await take(joining, 1)).toEqual([42]);
    expect(await redisSubscribers('run:r3:steps')).toBe(1);
    await joining.return();
  });

  it('does not deliver one topic to another topic’s subscribers', async () => {
    const mine = processB.subscribe<string>('workspace:w1:runs');
    await mine.ready;
    await processA.publish('workspace:w2:runs', 'not yours');
    await processA.publish('workspace:w1:runs', 'yours');
    expect(await take(mine, 1)).toEqual(['yours']);
    await mine.return();
  });
});

describe('pub/sub through Redis, when Redis restarts', () => {
  it('publishes without waiting while Redis is away, then resyncs the subscribers that asked and sends what it held', async () => {
    const redis = await startPrivateRedis();
    const a = new RedisPubSub(redis.url, prefix);
    const b = new RedisPubSub(redis.url, prefix);
    try {
      const resyncing = b.subscribe<{ seq: number } | 'resync'>('run:r9:steps', {
        resync: 'resync',
      });
      const plain = b.subscribe<{ seq: number }>('run:r9:steps');
      await Promise.all([resyncing.ready, plain.ready]);
      await a.publish('run:r9:steps', { seq: 1 });
      expect(await take(resyncing, 1)).toEqual([{ seq: 1 }]);

      await redis.kill();
      const startedAt = performance.now();
      await a.publish('run:r9:steps', { seq: 2 }); // held by A until Redis is back
      expect(performance.now() - startedAt).toBeLessThan(100);
      await redis.restart();

      // Back: B hears the resync (it may have missed messages), and A's held message if it went
      // out after B subscribed again (before or after the resync: they race); then what follows.
      const heard: unknown[] = [];
      while (!heard.includes('resync')) heard.push(...(await take(resyncing, 1)));
      await a.publish('run:r9:steps', { seq: 3 });
      while (!heard.some((m) => (m as { seq?: number }).seq === 3)) {
        heard.push(...(await take(resyncing, 1)));
      }
      expect(heard.filter((m) => m === 'resync')).toHaveLength(1);
      expect(heard.filter((m) => m !== 'resync')).toEqual(expect.arrayContaining([{ seq: 3 }]));
      expect(heard).not.toContainEqual({ seq: 1 });
      // A subscriber that did not ask for a resync only ever gets messages.
      const plainHeard = await take(plain, 2);
      expect(plainHeard[0]).toEqual({ seq: 1 });
      expect([{ seq: 2 }, { seq: 3 }]).toContainEqual(plainHeard[1]);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await redis.stop();
    }
  });
});
