import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

type Options = ConstructorParameters<typeof RateLimiterMemory>[0] & {
  /** Most keys counted at once; beyond it the least recently used key's count is dropped. */
  maxKeys: number;
};

/**
 * rate-limiter-flexible's in-memory fixed windows, with a cap on the keys they hold. A key's
 * count lives until its window ends (about 0.9 KB each, measured), so a flood of distinct keys
 * (random webhook endpoint ids, many addresses) would grow a process's memory with the request
 * rate; past `maxKeys` the least recently used key is forgotten and starts over, as the token
 * buckets this replaced did. The cap costs the key's place in a Set; expired windows are cleared
 * by the library's own timers.
 */
export class BoundedMemoryLimiter extends RateLimiterMemory {
  private readonly maxKeys: number;
  /** In least- to most-recently-used order (a Set iterates in insertion order). */
  private readonly recent = new Set<string>();

  constructor(options: Options) {
    const { maxKeys, ...limiterOptions } = options;
    if (!(Number.isInteger(maxKeys) && maxKeys > 0)) throw new Error('maxKeys must be >= 1');
    super(limiterOptions);
    this.maxKeys = maxKeys;
  }

  /** How many keys are tracked (at most maxKeys). */
  get size(): number {
    return this.recent.size;
  }

  override consume(
    key: string | number,
    points?: number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes> {
    this.touch(String(key));
    return super.consume(key, points, options);
  }

  override penalty(
    key: string | number,
    points?: number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes> {
    this.touch(String(key));
    return super.penalty(key, points, options);
  }

  override reward(
    key: string | number,
    points?: number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes> {
    this.touch(String(key));
    return super.reward(key, points, options);
  }

  override delete(key: string | number, options?: Record<string, unknown>): Promise<boolean> {
    this.recent.delete(String(key));
    return super.delete(key, options);
  }

  private touch(key: string): void {
    this.recent.delete(key);
    this.recent.add(key);
    for (const oldest of this.recent) {
      if (this.recent.size <= this.maxKeys) break;
      this.recent.delete(oldest);
      void super.delete(oldest);
    }
  }
}
