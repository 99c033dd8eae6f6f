import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors.js';
import { LimiterStore } from '../../rate-limits/index.js';
import { SignInThrottle } from './sign-in-throttle.js';

const LIMITS = {
  failuresPerAddress: 5,
  failuresPerEmailAndAddress: 3,
  failuresPerEmail: 6,
  windowSeconds: 60,
};

async function outcome(attempt: Promise<void>): Promise<string> {
  return attempt.then(
    () => 'allowed',
    (error: DomainError) => error.errorCode,
  );
}

describe('SignInThrottle', () => {
  it('limits one address across emails (password spraying), with retryAfterSeconds', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    const outcomes = [];
    for (let i = 0; i < 8; i += 1) {
      outcomes.push(await outcome(throttle.attempt(`person${i}@shop.example`, '203.0.113.1')));
    }

    expect(outcomes).toEqual([...Array(5).fill('allowed'), ...Array(3).fill('RATE_LIMITED')]);
    const refused = await throttle.attempt('someone@shop.example', '203.0.113.1').catch((e) => e);
    expect((refused as DomainError).details).toMatchObject({
      retryAfterSeconds: 60,
      http: { status: 429 },
    });
    // Another address is not concerned.
    expect(await outcome(throttle.attempt('person0@shop.example', '203.0.113.2'))).toBe('allowed');
  });

  it("lets an email that signed in from an address before through that address's spraying limit, within its own", async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    await throttle.attempt('owner@shop.example', '203.0.113.1');
    await throttle.succeeded('owner@shop.example', '203.0.113.1');
    for (let i = 0; i < 5; i += 1) await throttle.attempt(`person${i}@shop.example`, '203.0.113.1');
    expect(await outcome(throttle.attempt('x@shop.example', '203.0.113.1'))).toBe('RATE_LIMITED');

    const owner = [];
    for (let i = 0; i < 4; i += 1) {
      owner.push(await outcome(throttle.attempt('owner@shop.example', '203.0.113.1')));
    }

    expect(owner).toEqual(['allowed', 'allowed', 'allowed', 'RATE_LIMITED']);
  });

  it('counts an IPv6 client by its /64', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    for (let i = 1; i <= 5; i += 1) {
      await throttle.attempt(`person${i}@shop.example`, `2001:db8:0:1::${i}`);
    }

    expect(await outcome(throttle.attempt('x@shop.example', '2001:db8:0:1:ffff::9'))).toBe(
      'RATE_LIMITED',
    );
    expect(await outcome(throttle.attempt('x@shop.example', '2001:db8:0:2::1'))).toBe('allowed');
  });

  it('limits one email from one address, but not the same email from another address', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    for (let i = 0; i < 3; i += 1) await throttle.attempt('owner@shop.example', '198.51.100.9');

    expect(await outcome(throttle.attempt('owner@shop.example', '198.51.100.9'))).toBe(
      'RATE_LIMITED',
    );
    expect(await outcome(throttle.attempt('owner@shop.example', '192.0.2.44'))).toBe('allowed');
  });

  it('counts only failures: successful sign-ins give their attempt back', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    for (let i = 0; i < 20; i += 1) {
      await throttle.attempt('owner@shop.example', '192.0.2.1');
      await throttle.succeeded('owner@shop.example', '192.0.2.1');
    }

    expect(await outcome(throttle.attempt('owner@shop.example', '192.0.2.1'))).toBe('allowed');
  });

  it('limits one email across addresses, except from an address it signed in from before', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    await throttle.attempt('owner@shop.example', '192.0.2.1');
    await throttle.succeeded('owner@shop.example', '192.0.2.1');
    // A botnet: a few guesses from each of many addresses, each under its own limits.
    for (let i = 0; i < 6; i += 1) await throttle.attempt('owner@shop.example', `198.51.100.${i}`);

    expect(await outcome(throttle.attempt('owner@shop.example', '198.51.100.200'))).toBe(
      'RATE_LIMITED',
    );
    expect(await outcome(throttle.attempt('owner@shop.example', '192.0.2.1'))).toBe('allowed');
  });

  it('keeps refused attempts out of the email-wide count', async () => {
    const throttle = new SignInThrottle(LimiterStore.inMemory(), LIMITS);
    // One blocked attacker address hammering on: refused by its own address limit each time.
    for (let i = 0; i < 20; i += 1) {
      await outcome(throttle.attempt('owner@shop.example', '198.51.100.1'));
    }

    expect(await outcome(throttle.attempt('owner@shop.example', '192.0.2.77'))).toBe('allowed');
  });
});
