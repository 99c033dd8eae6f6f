import { Redis } from 'ioredis';
import { RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { silentLogger, type Logger } from '../logger.js';
import { BoundedMemoryLimiter } from './bounded-memory-limiter.js';
import { RememberedKeys } from './remembered-keys.js';

/** A fixed-window limit: `points` per `windowSeconds` for each key. */
export interface WindowLimit {
  /**
   * What the limit counts, e.g. `widget-messages`. With Redis its keys are
   * `<prefix>rl:<name>:<key>`: every process using the same name shares each key's count.
   */
  name: string;
  points: number;
  /** Whole seconds (Redis expires keys by the second). */
  windowSeconds: number;
  /** Keys one process counts in memory at most (without Redis, or while it is down). */
  maxKeysInMemory?: number;
  /**
   * With Redis: once a key is refused, this process refuses it without asking Redis until its
   * window ends, so a flood on one key costs Redis nothing. Off for limits whose counts are
   * given back (a successful sign-in), which another process could not see then.
   */
  refuseLocallyWhenSpent?: boolean;
}

const DEFAULT_MAX_KEYS_IN_MEMORY = 100_000;
/** A Redis that stops answering costs a request at most this before memory decides. */
const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/**
 * Where every rate limit and sign-in throttle gets its counts: one place, so the same code runs
 * on one process (counts in memory, per process) or on several (REDIS_URL: counts in Redis,
 * shared by every process, on one ioredis connection for all limits).
 *
 * With Redis each limit has an in-memory insurance limiter with the same points: when Redis is
 * unreachable, slow (over 1 s) or restarting, a request is counted by its own process instead,
 * so an outage degrades the limits to what one process enforced before (each process allows
 * the full budget) rather than refusing every request or throwing. Counts made meanwhile stay
 * in memory and Redis starts its windows afresh when it is back (rate-limiter-flexible's
 * insurance strategy). The connection does not queue commands while it is down
 * (`enableOfflineQueue: false`, as the library requires), so the fallback is immediate.
 */
export class LimiterStore {
  private readonly redis: Redis | undefined;
  private readonly prefix: string;
  private readonly logger: Logger;
  private outageReported = false;

  /** Per-process counts, as a hub without REDIS_URL (and every test that needs no Redis) has. */
  static inMemory(): LimiterStore {
    return new LimiterStore();
  }

  constructor(
    options: {
      redis?: { url: string; prefix: string } | undefined;
      /** Told when Redis becomes unreachable and when it is back. */
      logger?: Logger | undefined;
    } = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.prefix = `${options.redis?.prefix ?? ''}rl:`;
    if (!options.redis) return;
    const redis = new Redis(options.redis.url, {
      enableOfflineQueue: false,
      // Commands in flight when the connection drops fail at once (to the insurance limiter)
      // rather than being sent again later, when the request they were for is long answered.
      autoResendUnfulfilledCommands: false,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    });
    // ioredis reconnects on its own; until then the insurance limiters count.
    redis.on('error', (error: Error) => {
      if (this.outageReported) return;
      this.outageReported = true;
      this.logger.error(
        'Rate limits: Redis is unreachable; each process counts on its own until it is back',
        error,
      );
    });
    redis.on('ready', () => {
      if (!this.outageReported) return;
      this.outageReported = false;
      this.logger.info('Rate limits: Redis is back; limits are shared by every process again');
    });
    this.redis = redis;
  }

  /** True when counts are shared through Redis (REDIS_URL). */
  get shared(): boolean {
    return this.redis !== undefined;
  }

  /**
   * Resolves once Redis accepted the connection (at once without Redis). Limits work before:
   * they count in memory until then.
   */
  async connected(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const onEnd = () => reject(new Error('The Redis connection of the rate limits was closed.'));
      redis.once('ready', () => {
        redis.off('end', onEnd);
        resolve();
      });
      redis.once('end', onEnd);
    });
  }

  /** A limiter for `limit`; rate-limited.ts turns its refusals into RATE_LIMITED. */
  limiter(limit: WindowLimit): RateLimiterAbstract {
    const { name, points, windowSeconds } = limit;
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`limit name "${name}": a-z, 0-9 and -`);
    if (!(Number.isInteger(points) && points > 0)) throw new Error('points must be >= 1');
    if (!(Number.isInteger(windowSeconds) && windowSeconds > 0)) {
      throw new Error('windowSeconds must be a whole number >= 1');
    }
    const keyPrefix = this.prefix + name;
    const inMemory = new BoundedMemoryLimiter({
      points,
      duration: windowSeconds,
      keyPrefix,
      maxKeys: limit.maxKeysInMemory ?? DEFAULT_MAX_KEYS_IN_MEMORY,
    });
    if (!this.redis) return inMemory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      // rate-limiter-flexible joins its prefix and a key with ':'.
      keyPrefix,
      points,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: inMemory,
      ...(limit.refuseLocallyWhenSpent === false ? {} : { inMemoryBlockOnConsumed: points + 1 }),
    });
  }

  /** Keys remembered for `ttlMs` (in Redis too when there is one): see RememberedKeys. */
  rememberedKeys(name: string, options: { ttlMs: number; maxInMemory: number }): RememberedKeys {
    return new RememberedKeys({
      ...options,
      redis: this.redis && { client: this.redis, keyPrefix: `${this.prefix}${name}:` },
    });
  }

  /**
   * Closes the Redis connection (nothing without Redis). Limiters still answer afterwards, from
   * memory, so requests that are still being answered during a shutdown are not refused.
   */
  async close(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'end') return;
    if (redis.status === 'ready') {
      await redis.quit().catch(() => redis.disconnect());
    } else {
      redis.disconnect();
    }
  }
}
