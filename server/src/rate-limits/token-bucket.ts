/**
 * In-memory token-bucket rate limiting (the widget's messages and new chats): each key (a
 * visitor, an IP address...) gets a bucket of `capacity` tokens that refills at
 * `refillPerSecond`. The number of buckets is capped and the least recently used are dropped
 * first, so memory stays bounded however many keys show up.
 * Per process: with several server instances each enforces its own limit.
 */
import type { Clock } from '../runtime/clock.js';
import { rateLimited } from './rate-limited.js';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  clock: Clock;
  /** Most buckets kept; beyond it the least recently used is evicted. Default 100 000. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

// Absorbs floating-point drift in the refill arithmetic (e.g. 0.1 + 0.2).
const EPSILON = 1e-9;

export class RateLimiter {
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly clock: Clock;
  private readonly maxKeys: number;
  /** In least- to most-recently-used order (a Map iterates in insertion order). */
  private readonly buckets = new Map<string, Bucket>();

  /** `perMinute` at once, refilled evenly over a minute (messages or new chats per minute). */
  static perMinute(perMinute: number, clock: Clock): RateLimiter {
    return new RateLimiter({ capacity: perMinute, refillPerSecond: perMinute / 60, clock });
  }

  constructor(options: RateLimiterOptions) {
    const { capacity, refillPerSecond, clock, maxKeys = 100_000 } = options;
    if (!(Number.isFinite(capacity) && capacity > 0)) throw new Error('capacity must be > 0');
    if (!(Number.isFinite(refillPerSecond) && refillPerSecond > 0)) {
      throw new Error('refillPerSecond must be > 0');
    }
    if (!(Number.isInteger(maxKeys) && maxKeys > 0)) throw new Error('maxKeys must be >= 1');
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /** Takes `cost` tokens from `key`'s bucket if it has them; a refusal takes nothing. */
  take(key: string, cost = 1): RateDecision {
    if (!(Number.isFinite(cost) && cost >= 0 && cost <= this.capacity)) {
      throw new Error(`cost must be between 0 and the capacity (${this.capacity})`);
    }
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAtMs: now };
    const elapsedSeconds = Math.max(0, now - bucket.updatedAtMs) / 1000;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
    bucket.updatedAtMs = Math.max(now, bucket.updatedAtMs);
    this.touch(key, bucket);
    if (bucket.tokens + EPSILON >= cost) {
      bucket.tokens = Math.max(0, bucket.tokens - cost);
      return { allowed: true };
    }
    const waitSeconds = (cost - bucket.tokens) / this.refillPerSecond;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds - EPSILON)) };
  }

  /** How many keys currently have a bucket. */
  get size(): number {
    return this.buckets.size;
  }

  private touch(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
  }
}

/**
 * Takes one token for `key`, or throws RATE_LIMITED (HTTP 429) saying when to retry. `what`
 * names the thing being limited, in the plural: "messages", "new chats".
 */
export function assertWithinRate(limiter: RateLimiter, key: string, what: string): void {
  const decision = limiter.take(key);
  if (!decision.allowed) throw rateLimited(what, decision.retryAfterSeconds);
}
