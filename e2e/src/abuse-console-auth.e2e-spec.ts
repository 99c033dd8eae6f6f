import { request as httpRequest } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultOf } from '@zactonics/schema';
import WebSocket from 'ws';
import { graphql } from './gql/console/index.js';
import { expectEventually, finishedRun, startTestHub, type TestHub } from './harness.js';
import { CREATE_ADMIN_USER, RUN, START_RUN } from './operations.js';

const WATCHED_RUN_UPDATES = graphql(`
  subscription WatchedRunUpdates {
    runUpdated {
      id
      status
    }
  }
`);
const INTEGRATION_API_KEY = graphql(`
  mutation IntegrationApiKey {
    createApiKey(name: "Zapier") {
      plainKey
      apiKey {
        id
      }
    }
  }
`);
const REVOKE_INTEGRATION_API_KEY = graphql(`
  mutation RevokeIntegrationApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);
const REMOVE_CONSOLE_USER = graphql(`
  mutation RemoveConsoleUser($id: ID!) {
    removeAdminUser(id: $id)
  }
`);

// The console's credentials under attack: a credential that ends must end its open sockets too,
// and sign-in must resist spraying and guessing without locking the owner out or telling which
// emails have accounts.

const OWNER_EMAIL = 'owner@juniperlane.example';
const OWNER_PASSWORD = 'correct horse battery staple';

let t: TestHub;
let origin: string;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub({
    HUB_ADMIN_EMAIL: OWNER_EMAIL,
    HUB_ADMIN_PASSWORD: OWNER_PASSWORD,
    // The enumeration test fails up to 200 times on the owner's email from fresh addresses; the
    // email-wide limit (sign-in-throttle.spec.ts) is not what it measures.
    HUB_ADMIN_SIGN_IN_FAILURES_PER_EMAIL: '1000',
  });
  origin = t.hub.url;
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

type RunUpdate = ResultOf<typeof WATCHED_RUN_UPDATES>['runUpdated'];

interface LiveRunUpdates {
  events: RunUpdate[];
  /** How the socket closed, and when (performance.now()); undefined while open. */
  closed?: { code: number; reason: string; at: number };
}

const runsTopicSubscribers = () => {
  const pubSub = t.hub.services.pubSub as unknown as { subscriberCount(topic: string): number };
  return pubSub.subscriberCount(`workspace:${t.hub.demoWorkspaceId}:runs`);
};

/**
 * A socket subscribed to runUpdated with a key (`connectionParams`) or a session (the browser's
 * cookie and Origin on the upgrade), recording every event and how the socket closes.
 */
async function liveRunUpdates(
  credential: { apiKey: string } | { cookie: string },
): Promise<LiveRunUpdates> {
  const live: LiveRunUpdates = { events: [] };
  const headers = 'cookie' in credential ? { cookie: credential.cookie, origin } : {};
  const client = createClient({
    url: t.hub.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    connectionParams:
      'apiKey' in credential ? { authorization: `Bearer ${credential.apiKey}` } : undefined,
    lazy: false,
    retryAttempts: 0,
    // Its close is recorded below; graphql-ws would print it too.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        live.closed = { code, reason, at: performance.now() };
      },
    },
  });
  clients.push(client);
  const before = runsTopicSubscribers();
  client.subscribe<ResultOf<typeof WATCHED_RUN_UPDATES>>(
    { query: WATCHED_RUN_UPDATES.toString() },
    {
      next: ({ data }) => data && live.events.push(data.runUpdated),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  // graphql-ws does not acknowledge a subscription: wait until the hub has it.
  await expectEventually(() => expect(runsTopicSubscribers()).toBe(before + 1));
  return live;
}

async function finishedFaqRun(question: string): Promise<string> {
  const { startRun } = await t.client.request(START_RUN, {
    input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
  });
  await finishedRun(t.client, RUN, startRun.id);
  return startRun.id;
}

/** Until `live` saw run `runId` finish. */
async function sawFinish(live: LiveRunUpdates, runId: string) {
  await expectEventually(() =>
    expect(live.events).toContainEqual({ id: runId, status: 'SUCCEEDED' }),
  );
}

/** Waits (up to 2 s) for the socket to close; the close and how long it took after `since`. */
async function closeOf(live: LiveRunUpdates, since: number) {
  await expectEventually(() => expect(live.closed).toBeDefined(), 2_000);
  const { code, reason, at } = live.closed ?? { code: 0, reason: '', at: 0 };
  return { code, reason, afterMs: at - since };
}

/**
 * The enumeration test: pairs (a known and an unknown email) are timed in rounds until the gap
 * between them is known to be inside or outside the margin, or the budget is spent.
 */
const PAIRS_PER_ROUND = 20;
const MAX_PAIRS = 200;
const TIMING_BUDGET_MS = 25_000;
const TIMING_MARGIN_MS = 2;

/** The q-quantile of `values` (linear interpolation between the closest ranks). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? Number.NaN;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

/**
 * How much slower `known` answers than `unknown`, compared at their lower quartiles (load on the
 * machine only ever adds time, so the lower quartile is a side's cost with the least
 * interference), with a 95% bootstrap interval.
 */
function lowerQuartileGap(known: readonly number[], unknown: readonly number[]) {
  const gap = (k: readonly number[], u: readonly number[]) => quantile(k, 0.25) - quantile(u, 0.25);
  const resample = (values: readonly number[]) =>
    values.map(() => values[Math.floor(Math.random() * values.length)] ?? 0);
  const estimates = Array.from({ length: 400 }, () => gap(resample(known), resample(unknown)));
  return {
    gap: gap(known, unknown),
    low: quantile(estimates, 0.025),
    high: quantile(estimates, 0.975),
  };
}

interface SignInAnswer {
  status: number;
  retryAfter: string | undefined;
  cookie: string;
  body: { errors?: Array<{ extensions: { code: string; retryAfterSeconds?: number } }> };
  ms: number;
}

/**
 * POST /auth/sign-in from the local address `from` (any 127.x.y.z reaches the hub on loopback),
 * as a client at that address would: the hub counts attempts by the peer's address.
 */
function signInFrom(from: string, email: string, password: string): Promise<SignInAnswer> {
  const url = new URL('/auth/sign-in', t.hub.url);
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      url,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0] ?? '',
            body: JSON.parse(text) as SignInAnswer['body'],
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function signedInCookie(email: string, password: string): Promise<string> {
  const answer = await signInFrom('127.0.0.1', email, password);
  expect(answer.status).toBe(200);
  return answer.cookie;
}

describe('a console socket whose credential ends', () => {
  it('closes with 4403 within a second or two of its API key being revoked; no event arrives after', async () => {
    const { createApiKey } = await t.client.request(INTEGRATION_API_KEY);
    const live = await liveRunUpdates({ apiKey: createApiKey.plainKey });
    await sawFinish(live, await finishedFaqRun('Do gift cards expire?'));

    const revokedAt = performance.now();
    await t.client.request(REVOKE_INTEGRATION_API_KEY, { id: createApiKey.apiKey.id });

    const closed = await closeOf(live, revokedAt);
    expect(closed).toMatchObject({ code: 4403, reason: 'The API key was revoked.' });
    expect(closed.afterMs).toBeLessThan(2_000);
    const seen = live.events.length;
    const later = await finishedFaqRun('How long do I have to return an item?');
    expect(live.events.slice(seen)).toEqual([]);
    expect(live.events.map((e) => e.id)).not.toContain(later);
  });

  it('closes the socket of a signed-out session, and only that session', async () => {
    const signingOut = await signedInCookie(OWNER_EMAIL, OWNER_PASSWORD);
    const otherTab = await signedInCookie(OWNER_EMAIL, OWNER_PASSWORD);
    const ended = await liveRunUpdates({ cookie: signingOut });
    const staying = await liveRunUpdates({ cookie: otherTab });

    const signedOutAt = performance.now();
    const response = await fetch(`${t.hub.url}/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: signingOut, origin },
    });
    expect(response.status).toBe(204);

    const closed = await closeOf(ended, signedOutAt);
    expect(closed).toMatchObject({ code: 4403, reason: 'Signed out.' });
    expect(closed.afterMs).toBeLessThan(2_000);
    const runId = await finishedFaqRun('Do you ship to Canada?');
    await sawFinish(staying, runId);
    expect(ended.events.map((e) => e.id)).not.toContain(runId);
    expect(staying.closed).toBeUndefined();
  });

  it('closes the sockets of a console user who is removed', async () => {
    const password = 'viewer password 1';
    const { createAdminUser } = await t.client.request(CREATE_ADMIN_USER, {
      input: { email: 'viewer@juniperlane.example', name: 'Viewer', role: 'VIEWER', password },
    });
    const live = await liveRunUpdates({
      cookie: await signedInCookie('viewer@juniperlane.example', password),
    });

    const removedAt = performance.now();
    await t.client.request(REMOVE_CONSOLE_USER, { id: createAdminUser.id });

    const closed = await closeOf(live, removedAt);
    expect(closed).toMatchObject({ code: 4403, reason: 'Your console access was removed.' });
    expect(closed.afterMs).toBeLessThan(2_000);
    const runId = await finishedFaqRun('Can I change my delivery address?');
    expect(live.events.map((e) => e.id)).not.toContain(runId);
  });
});

describe('sign-in under attack', () => {
  it('limits password spraying: 40 emails from one address are refused with RATE_LIMITED after 30 failures', async () => {
    const answers: SignInAnswer[] = [];
    for (let i = 0; i < 40; i += 1) {
      answers.push(await signInFrom('127.0.0.21', `staff${i}@juniperlane.example`, 'Summer2026!'));
    }

    expect(answers.map((a) => a.status)).toEqual([...Array(30).fill(401), ...Array(10).fill(429)]);
    const limited = answers[39];
    expect(limited?.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(limited?.retryAfter)).toBeGreaterThan(0);
    // The owner's right password from that address waits too; from their own address it works.
    expect((await signInFrom('127.0.0.21', OWNER_EMAIL, OWNER_PASSWORD)).status).toBe(429);
    expect((await signInFrom('127.0.0.22', OWNER_EMAIL, OWNER_PASSWORD)).status).toBe(200);
  });

  it("lets the owner sign in from another address while an attacker is limited on the owner's email", async () => {
    const attacker = [];
    for (let i = 0; i < 12; i += 1) {
      attacker.push((await signInFrom('127.0.0.31', OWNER_EMAIL, `guess ${i}`)).status);
    }
    expect(attacker).toEqual([...Array(10).fill(401), 429, 429]);
    expect((await signInFrom('127.0.0.31', OWNER_EMAIL, OWNER_PASSWORD)).status).toBe(429);

    const owner = await signInFrom('127.0.0.32', OWNER_EMAIL, OWNER_PASSWORD);

    expect(owner.status).toBe(200);
    expect(owner.cookie).toMatch(/^zac_session=/);
  });

  it('refuses an unknown email as fast as a wrong password for a known one (no gap of 2 ms), and audits the failures later', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    let estimate = { gap: Number.NaN, low: Number.NaN, high: Number.NaN };
    // Sequential pairs from fresh addresses (no limit reached), in alternating order so that
    // drift in the machine's load falls on both sides alike; rounds go on until the estimate is
    // precise enough to decide (a loaded machine needs more of them), or the budget is spent.
    const deadline = performance.now() + TIMING_BUDGET_MS;
    for (let i = 0; i < MAX_PAIRS; i += 1) {
      if (i >= PAIRS_PER_ROUND && performance.now() > deadline) break;
      const from = `127.0.2.${i + 1}`;
      const tryKnown = async () => {
        const answer = await signInFrom(from, OWNER_EMAIL, `wrong password ${i}`);
        expect(answer.status).toBe(401);
        known.push(answer.ms);
      };
      const tryUnknown = async () => {
        const answer = await signInFrom(from, `nobody${i}@juniperlane.example`, `wrong ${i}`);
        expect(answer.status).toBe(401);
        unknown.push(answer.ms);
      };
      if (i % 2) {
        await tryKnown();
        await tryUnknown();
      } else {
        await tryUnknown();
        await tryKnown();
      }
      if ((i + 1) % PAIRS_PER_ROUND !== 0) continue;
      estimate = lowerQuartileGap(known, unknown);
      const inside = estimate.high < TIMING_MARGIN_MS && estimate.low > -TIMING_MARGIN_MS;
      const outside = estimate.low > TIMING_MARGIN_MS || estimate.high < -TIMING_MARGIN_MS;
      if (inside || outside) break;
    }

    // Refused only on evidence: a gap whose whole interval lies beyond the margin. A machine too
    // loaded to decide within the budget cannot show one (the hub's code did: 4-9 ms).
    const evidentGap = estimate.low > TIMING_MARGIN_MS || estimate.high < -TIMING_MARGIN_MS;
    expect(
      evidentGap,
      `known - unknown: ${estimate.gap.toFixed(2)} ms (95%: ${estimate.low.toFixed(2)} to ${estimate.high.toFixed(2)}) over ${known.length} pairs`,
    ).toBe(false);
    // The failures were not written while answering, but they are written.
    await expectEventually(async () => {
      const [row] = await t.query<{ attempts: string }>(
        `SELECT coalesce(sum((data->>'attempts')::int), 0)::text AS attempts FROM audit_event
          WHERE action = 'admin_user.sign_in_failed' AND data->>'clientAddress' LIKE '127.0.2.%'`,
      );
      expect(Number(row?.attempts)).toBe(known.length);
    });
  }, 60_000);
});
