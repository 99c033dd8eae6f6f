import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecondHub, startTestHub, type SecondHub, type TestHub } from './harness.js';
import { WidgetError, WidgetTestClient } from './widget-client.js';

const OWNER_EMAIL = 'owner@limits.example';
const OWNER_PASSWORD = 'correct horse battery 42';

async function refusal(request: Promise<unknown>): Promise<WidgetError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WidgetError);
  return error as WidgetError;
}

/** POST /auth/sign-in on `hubUrl`: the status, Retry-After and error code. */
async function signIn(hubUrl: string, password: string) {
  const response = await fetch(new URL('/auth/sign-in', hubUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: OWNER_EMAIL, password }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions.code,
  };
}

// Two hubs on one PostgreSQL database and the machine's Redis (a key prefix of this run's own):
// what a client spends on one process is spent on the other, as behind a load balancer.
describe.skipIf(!process.env.DATABASE_URL)('two hubs sharing rate limits through Redis', () => {
  const redisUrl = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const env = {
    REDIS_URL: redisUrl,
    HUB_REDIS_PREFIX: `zac-e2e-${randomUUID().slice(0, 8)}:`,
    HUB_WIDGET_MESSAGES_PER_MINUTE: '3',
    HUB_ADMIN_EMAIL: OWNER_EMAIL,
    HUB_ADMIN_PASSWORD: OWNER_PASSWORD,
    HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL_AND_ADDRESS: '2',
  };
  let a: TestHub;
  let b: SecondHub;

  beforeAll(async () => {
    a = await startTestHub(env);
    b = await startSecondHub(a, env);
    await Promise.all([
      a.hub.services.rateLimits.connected(),
      b.hub.services.rateLimits.connected(),
    ]);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
    await Promise.all([a?.hub.services.rateLimits.close(), b?.hub.services.rateLimits.close()]);
    const observer = new Redis(redisUrl);
    const keys = await observer.keys(`${env.HUB_REDIS_PREFIX}*`);
    if (keys.length > 0) await observer.del(...keys);
    await observer.quit();
  });

  it("spends a visitor's messages per minute on both hubs: the one past it on hub B is refused with RATE_LIMITED and a retry-after", async () => {
    // The demo key allows both hubs' own origins; the page is hub A's.
    const origin = a.hub.url;
    const onA = new WidgetTestClient(a.hub.url, a.hub.demoPublishableKey, origin);
    await onA.startSession();
    const onB = new WidgetTestClient(b.hub.url, b.hub.demoPublishableKey, origin);
    onB.token = onA.token;

    await onA.send('first', 'm-1');
    await onB.send('second', 'm-2');
    await onA.send('third', 'm-3');
    const limited = await refusal(onB.send('fourth', 'm-4'));

    expect(limited.status).toBe(429);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(50);
    expect(limited.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    const visitorTexts = (await onA.conversation())?.messages
      .filter((m) => m.role === 'VISITOR')
      .map((m) => m.text);
    expect(visitorTexts).toEqual(['first', 'second', 'third']);
  });

  it('counts failed sign-ins on hub A on hub B: the third is refused there, with Retry-After', async () => {
    const first = await signIn(a.hub.url, 'not the password at all');
    const second = await signIn(b.hub.url, 'not the password at all');
    const third = await signIn(a.hub.url, OWNER_PASSWORD);
    const onB = await signIn(b.hub.url, OWNER_PASSWORD);

    expect([first.status, second.status]).toEqual([401, 401]);
    expect(third).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(third.retryAfter)).toBeGreaterThan(0);
    expect(onB).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
