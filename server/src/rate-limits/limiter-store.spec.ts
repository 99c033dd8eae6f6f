import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { BoundedMemoryLimiter } from './bounded-memory-limiter.js';
import { LimiterStore } from './limiter-store.js';
import { consumeOrRefuse } from './rate-limited.js';

// The machine's Redis (CI's too); each run of this spec uses its own key prefix, removed after.
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `zac-test:${randomUUID()}:`;
/** Nothing listens on port 1: a Redis that is down. */
const DOWN_REDIS_URL = 'redis://127.0.0.1:1';

const stores: LimiterStore[] = [];
let observer: Redis;

/** A store as one hub process builds it; closed after the spec. */
function store(redis?: { url: string; prefix: string }, logger?: Logger): LimiterStore {
  const built = new LimiterStore({ redis, logger });
  stores.push(built);
  return built;
}

/** What consuming one point answers: 'allowed', or the refusal's code and wait. */
async function outcome(
  attempt: Promise<void>,
): Promise<'allowed' | { code: string; retryAfterSeconds: unknown }> {
  try {
    await attempt;
    return 'allowed';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.errorCode, retryAfterSeconds: error.details.retryAfterSeconds };
  }
}

beforeAll(() => {
  observer = new Redis(REDIS_URL);
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  const keys = await observer.keys(`${prefix}*`);
  if (keys.length > 0) await observer.del(...keys);
  await observer.quit();
});

describe('LimiterStore with Redis', () => {
  it("shares one count between two processes' stores: the one past the limit is refused on either, with the window's wait", async () => {
    const processA = store({ url: REDIS_URL, prefix });
    const processB = store({ url: REDIS_URL, prefix });
    await Promise.all([processA.connected(), processB.connected()]);
    const limit = { name: 'shared-spec', points: 3, windowSeconds: 60 };
    const a = processA.limiter(limit);
    const b = processB.limiter(limit);

    const outcomes = [
      await outcome(consumeOrRefuse(a, 'visitor-1', 'messages')),
      await outcome(consumeOrRefuse(b, 'visitor-1', 'messages')),
      await outcome(consumeOrRefuse(a, 'visitor-1', 'messages')),
      await outcome(consumeOrRefuse(b, 'visitor-1', 'messages')),
      await outcome(consumeOrRefuse(a, 'visitor-1', 'messages')),
    ];

    expect(outcomes.slice(0, 3)).toEqual(['allowed', 'allowed', 'allowed']);
    for (const refused of outcomes.slice(3)) {
      expect(refused).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      const { retryAfterSeconds } = refused as { retryAfterSeconds: number };
      expect(retryAfterSeconds).toBeGreaterThanOrEqual(55);
      expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Another key has its own count, on both processes.
    expect(await outcome(consumeOrRefuse(b, 'visitor-2', 'messages'))).toBe('allowed');
  });

  it("keeps each limit's counts under the hub's prefix, expiring with the window", async () => {
    const processA = store({ url: REDIS_URL, prefix });
    await processA.connected();
    await processA.limiter({ name: 'expiry-spec', points: 5, windowSeconds: 30 }).consume('k', 2);

    const key = `${prefix}rl:expiry-spec:k`;
    expect(await observer.get(key)).toBe('2');
    const ttl = await observer.pttl(key);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('gives points back on every process (a successful sign-in), and a deleted count starts over', async () => {
    const processA = store({ url: REDIS_URL, prefix });
    const processB = store({ url: REDIS_URL, prefix });
    await Promise.all([processA.connected(), processB.connected()]);
    const limit = {
      name: 'reward-spec',
      points: 2,
      windowSeconds: 60,
      refuseLocallyWhenSpent: false,
    };
    const a = processA.limiter(limit);
    const b = processB.limiter(limit);
    await a.consume('owner', 2);
    expect(await outcome(consumeOrRefuse(b, 'owner', 'failed sign-ins'))).toMatchObject({
      code: 'RATE_LIMITED',
    });

    await a.delete('owner');

    expect(await outcome(consumeOrRefuse(b, 'owner', 'failed sign-ins'))).toBe('allowed');
  });

  it('remembers a key on one process for the others to know', async () => {
    const processA = store({ url: REDIS_URL, prefix });
    const processB = store({ url: REDIS_URL, prefix });
    await Promise.all([processA.connected(), processB.connected()]);
    const options = { ttlMs: 60_000, maxInMemory: 10 };

    await processA.rememberedKeys('trusted-spec', options).remember('owner|192.0.2.1');

    const onB = processB.rememberedKeys('trusted-spec', options);
    expect(await onB.has('owner|192.0.2.1')).toBe(true);
    expect(await onB.has('owner|192.0.2.2')).toBe(false);
  });
});

describe('LimiterStore without Redis', () => {
  it('counts per process: each store allows the whole limit (one process each)', async () => {
    const limit = { name: 'local-spec', points: 2, windowSeconds: 60 };
    const a = store().limiter(limit);
    const b = store().limiter(limit);

    const onA = [1, 2, 3].map(() => outcome(consumeOrRefuse(a, 'visitor-1', 'messages')));
    const onB = [1, 2].map(() => outcome(consumeOrRefuse(b, 'visitor-1', 'messages')));

    expect(await Promise.all(onA)).toEqual([
      'allowed',
      'allowed',
      { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    ]);
    expect(await Promise.all(onB)).toEqual(['allowed', 'allowed']);
    expect(store().shared).toBe(false);
  });

  it('keeps at most maxKeys counts in memory, forgetting the least recently used first', async () => {
    const limiter = new BoundedMemoryLimiter({ points: 1, duration: 60, maxKeys: 3 });
    const refused = (key: string) =>
      limiter.consume(key).then(
        () => false,
        () => true,
      );
    await limiter.consume('a');
    await limiter.consume('b');
    await limiter.consume('c');
    expect(await refused('a')).toBe(true); // 'a' is now the most recently used
    await limiter.consume('d'); // forgets 'b'

    expect(limiter.size).toBe(3);
    expect(await refused('c')).toBe(true);
    expect(await refused('a')).toBe(true);
    expect(await refused('b')).toBe(false); // 'b' starts over
    for (let i = 0; i < 10_000; i += 1) await limiter.consume(`ip-${i}`);
    expect(limiter.size).toBe(3);
  });

  it('refuses names and windows Redis could not keep', () => {
    const local = store();
    expect(() => local.limiter({ name: 'Has Spaces', points: 1, windowSeconds: 1 })).toThrow(
      'limit name',
    );
    expect(() => local.limiter({ name: 'ok', points: 0, windowSeconds: 1 })).toThrow('points');
    expect(() => local.limiter({ name: 'ok', points: 1, windowSeconds: 0.5 })).toThrow(
      'windowSeconds',
    );
  });
});

describe('LimiterStore while Redis is down', () => {
  it('limits each process on its own through the insurance limiter, refusing with RATE_LIMITED only, and says so once', async () => {
    const reported: string[] = [];
    const logger: Logger = {
      ...silentLogger,
      info: (message) => reported.push(message),
      error: (message) => reported.push(message),
    };
    const down = store({ url: DOWN_REDIS_URL, prefix }, logger);
    expect(down.shared).toBe(true);
    const limiter = down.limiter({ name: 'outage-spec', points: 3, windowSeconds: 60 });

    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => outcome(consumeOrRefuse(limiter, 'visitor-1', 'messages'))),
    );
    const trusted = down.rememberedKeys('outage-trusted', { ttlMs: 60_000, maxInMemory: 10 });
    await trusted.remember('owner|192.0.2.1');

    expect(outcomes).toEqual([
      'allowed',
      'allowed',
      'allowed',
      { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
      { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    ]);
    await expect(limiter.reward('visitor-1', 1)).resolves.toBeDefined();
    await expect(limiter.delete('visitor-1')).resolves.toBe(true);
    expect(await outcome(consumeOrRefuse(limiter, 'visitor-1', 'messages'))).toBe('allowed');
    // This process still knows what it remembered; what it never saw is not known.
    expect(await trusted.has('owner|192.0.2.1')).toBe(true);
    expect(await trusted.has('owner|192.0.2.2')).toBe(false);
    // ioredis keeps retrying (and failing) meanwhile; the operator is told once.
    await vi.waitFor(() => expect(reported.length).toBeGreaterThan(0));
    // Long enough for several of its reconnect attempts (50, 100, 150 ms apart) to fail too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reported).toEqual([
      'Rate limits: Redis is unreachable; each process counts on its own until it is back',
    ]);
  });
});
