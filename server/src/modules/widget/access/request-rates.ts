/**
 * Request rates on the widget's public door, counted per client address, per visitor and per
 * publishable key, in that order: a request is counted against the next scope only once the
 * previous one let it through. So one client (one address, or one visitor token) cannot use up
 * the budget its shop's key shares with every real visitor: its excess is refused at its own
 * scope and costs the key nothing (9,000 `{ __typename }` from one address used to exhaust a key
 * in 4 seconds).
 *
 * Fixed one-minute windows of rate-limiter-flexible from the hub's LimiterStore: in memory (per
 * process), or in Redis shared by every process when REDIS_URL is set.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, type LimiterStore } from '../../../rate-limits/index.js';

export interface RequestRateLimits {
  /** Requests per minute from one client address (IPv6: one /64), whatever the key. */
  readonly perAddress: number;
  /** Requests per minute with one visitor token. */
  readonly perVisitor: number;
  /** Requests per minute for one publishable key, all visitors together. */
  readonly perKey: number;
}

const WINDOW_SECONDS = 60;

export class WidgetRequestRates {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perVisitor: RateLimiterAbstract;
  private readonly perKey: RateLimiterAbstract;

  constructor(limits: RequestRateLimits, store: LimiterStore) {
    const limiter = (points: number, scope: string) =>
      store.limiter({ name: `widget-requests-${scope}`, points, windowSeconds: WINDOW_SECONDS });
    this.perAddress = limiter(limits.perAddress, 'address');
    this.perVisitor = limiter(limits.perVisitor, 'visitor');
    this.perKey = limiter(limits.perKey, 'key');
  }

  /**
   * Counts a request from `address` (see clientAddressKey), first of all: before its key is
   * even looked up. Throws RATE_LIMITED (HTTP 429, with `retryAfterSeconds`) when it is spent.
   */
  admitAddress(address: string): Promise<void> {
    return consumeOrRefuse(this.perAddress, address, 'requests from this address');
  }

  /** Then the visitor's, for requests that carry a visitor token. */
  admitVisitor(visitorId: string): Promise<void> {
    return consumeOrRefuse(this.perVisitor, visitorId, 'requests from this visitor');
  }

  /** Last, the key's, which all of a shop's visitors share. */
  admitKey(keyId: string): Promise<void> {
    return consumeOrRefuse(this.perKey, keyId, 'requests for this widget key');
  }
}
