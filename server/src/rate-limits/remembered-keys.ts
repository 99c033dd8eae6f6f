import type { Redis } from 'ioredis';

/**
 * Keys remembered for a while (the email and address pairs a console sign-in succeeded from).
 * Each process keeps the ones it saw in memory, the least recently used dropped past
 * `maxInMemory`; with Redis every key is also written there (under the hub's prefix, expiring
 * with `ttlMs`), so what one process remembers the others know. Redis failing only narrows what
 * is known to this process's own keys: it never throws.
 */
export class RememberedKeys {
  /** key -> when it was remembered, oldest first. */
  private readonly local = new Map<string, number>();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxInMemory: number;
      /** With a Redis connection: where keys are written, e.g. `zac:rl:sign-in-trusted:`. */
      redis?: { client: Redis; keyPrefix: string } | undefined;
    },
  ) {}

  async remember(key: string): Promise<void> {
    this.local.delete(key);
    this.local.set(key, Date.now());
    for (const oldest of this.local.keys()) {
      if (this.local.size <= this.options.maxInMemory) break;
      this.local.delete(oldest);
    }
    const redis = this.options.redis;
    if (!redis) return;
    await redis.client
      .set(redis.keyPrefix + key, '1', 'PX', this.options.ttlMs)
      .catch(() => undefined);
  }

  async has(key: string): Promise<boolean> {
    const since = this.local.get(key);
    if (since !== undefined && Date.now() - since < this.options.ttlMs) return true;
    const redis = this.options.redis;
    if (!redis) return false;
    const found = await redis.client.exists(redis.keyPrefix + key).catch(() => 0);
    return found > 0;
  }
}
