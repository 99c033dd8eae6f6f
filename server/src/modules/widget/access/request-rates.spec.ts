import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { LimiterStore } from '../../../rate-limits/index.js';
import { WidgetRequestRates } from './request-rates.js';

async function refusal(attempt: Promise<void>): Promise<DomainError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** One request through the door in its order: address, visitor (if any), key. */
async function request(rates: WidgetRequestRates, address: string, visitorId: string | null) {
  await rates.admitAddress(address);
  if (visitorId) await rates.admitVisitor(visitorId);
  await rates.admitKey('key-1');
}

describe('WidgetRequestRates', () => {
  it('refuses one address past its rate, and what it was refused costs the key nothing', async () => {
    const rates = new WidgetRequestRates(
      { perAddress: 5, perVisitor: 100, perKey: 10 },
      LimiterStore.inMemory(),
    );
    for (let i = 0; i < 5; i += 1) await request(rates, '203.0.113.7', null);
    const refusals = await Promise.all(
      Array.from({ length: 50 }, () => refusal(request(rates, '203.0.113.7', null))),
    );

    // The key spent 5 of its 10 on that address: other visitors still get the other 5.
    for (let i = 0; i < 5; i += 1) await request(rates, `198.51.100.${i}`, null);
    const keySpent = await refusal(request(rates, '198.51.100.99', null));

    expect(new Set(refusals.map((e) => e.errorCode))).toEqual(new Set(['RATE_LIMITED']));
    expect(refusals[0]?.message).toMatch(
      /^Too many requests from this address; try again in \d+ seconds?\.$/,
    );
    expect(refusals[0]?.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refusals[0]?.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refusals[0]?.details.http).toEqual({ status: 429 });
    expect(keySpent.message).toMatch(/^Too many requests for this widget key/);
  });

  it('refuses one visitor past its rate before the key is charged, whatever its addresses', async () => {
    const rates = new WidgetRequestRates(
      { perAddress: 100, perVisitor: 3, perKey: 5 },
      LimiterStore.inMemory(),
    );
    for (let i = 0; i < 3; i += 1) await request(rates, `192.0.2.${i}`, 'visitor-a');
    const limited = await refusal(request(rates, '192.0.2.50', 'visitor-a'));
    await request(rates, '192.0.2.60', 'visitor-b');
    await request(rates, '192.0.2.61', 'visitor-b');

    expect(limited.message).toMatch(/^Too many requests from this visitor/);
    expect(limited.errorCode).toBe('RATE_LIMITED');
  });
});
