import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertWithinRate, RateLimiter } from './token-bucket.js';

/** A clock whose time only moves when the test says so. */
function fakeClock(start = '2026-03-01T12:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}

describe('RateLimiter', () => {
  it('allows a burst up to the capacity and refuses the next with the time until one token', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 5, refillPerSecond: 0.5, clock });
    for (let i = 0; i < 5; i++) expect(limiter.take('visitor-1')).toEqual({ allowed: true });
    expect(limiter.take('visitor-1')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('per minute: allows that many at once, then one more every 60/n seconds', () => {
    const clock = fakeClock();
    const limiter = RateLimiter.perMinute(4, clock);
    for (let i = 0; i < 4; i++) expect(limiter.take('visitor-1')).toEqual({ allowed: true });

    expect(limiter.take('visitor-1')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    clock.advance(15_000);
    expect(limiter.take('visitor-1')).toEqual({ allowed: true });
  });

  it('refills over time and never beyond the capacity', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 1, clock });
    for (let i = 0; i < 3; i++) limiter.take('k');
    clock.advance(999);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(limiter.take('k')).toEqual({ allowed: true });
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });

    clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect(limiter.take('k')).toEqual({ allowed: true });
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('rounds the wait up to whole seconds, at least 1', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 10 / 60, clock });
    for (let i = 0; i < 10; i++) limiter.take('k');
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(5_500);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(limiter.take('k')).toEqual({ allowed: true });
  });

  it('charges the given cost, and a refusal takes nothing', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 1, clock });
    expect(limiter.take('k', 7)).toEqual({ allowed: true });
    expect(limiter.take('k', 4)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('k', 3)).toEqual({ allowed: true });
    expect(limiter.take('k', 10)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('keeps keys independent', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1, clock });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b')).toEqual({ allowed: true });
    expect(limiter.take('b')).toEqual({ allowed: true });
    expect(limiter.take('b').allowed).toBe(false);
  });

  it('treats the clock going backwards as no time passing', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1, clock });
    limiter.take('k');
    clock.advance(-10_000);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(10_000);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(limiter.take('k')).toEqual({ allowed: true });
  });

  it('keeps at most maxKeys buckets, evicting the least recently used', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, clock, maxKeys: 3 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(false); // 'a' is now the most recently used
    limiter.take('d'); // evicts 'b'
    expect(limiter.size).toBe(3);
    expect(limiter.take('c').allowed).toBe(false); // 'c' kept its empty bucket; evicts nothing
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b')).toEqual({ allowed: true }); // 'b' starts over with a full bucket
    expect(limiter.size).toBe(3);
  });

  it('stays bounded under many distinct keys', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1, clock, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`ip-${i}`);
    expect(limiter.size).toBe(100);
    expect(limiter.take('ip-9999').allowed).toBe(false);
  });

  it('refuses nonsensical options and costs', () => {
    const clock = fakeClock();
    expect(() => new RateLimiter({ capacity: 0, refillPerSecond: 1, clock })).toThrow('capacity');
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: 0, clock })).toThrow('refill');
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: 1, clock, maxKeys: 0 })).toThrow(
      'maxKeys',
    );
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1, clock });
    expect(() => limiter.take('k', 3)).toThrow('cost');
    expect(() => limiter.take('k', -1)).toThrow('cost');
  });
});

describe('assertWithinRate', () => {
  it('passes while the bucket has tokens', () => {
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1, clock: fakeClock() });
    expect(() => assertWithinRate(limiter, 'k', 'messages')).not.toThrow();
    expect(() => assertWithinRate(limiter, 'k', 'messages')).not.toThrow();
  });

  it('throws RATE_LIMITED with the wait in the message and extensions, and HTTP 429', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1 / 20, clock: fakeClock() });
    assertWithinRate(limiter, 'k', 'messages');
    let thrown: unknown;
    try {
      assertWithinRate(limiter, 'k', 'messages');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).message).toBe('Too many messages; try again in 20 seconds.');
    expect((thrown as DomainError).errorCode).toBe('RATE_LIMITED');
    expect((thrown as DomainError).details).toEqual({
      retryAfterSeconds: 20,
      http: { status: 429 },
    });
  });

  it('says "1 second" for a one-second wait', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1, clock: fakeClock() });
    assertWithinRate(limiter, 'k', 'new chats');
    expect(() => assertWithinRate(limiter, 'k', 'new chats')).toThrow(
      'Too many new chats; try again in 1 second.',
    );
  });
});
