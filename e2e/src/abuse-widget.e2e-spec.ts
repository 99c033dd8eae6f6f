/**
 * Abuse of the storefront widget's public door, replayed against a real hub the way an attacker
 * would: with the publishable key (public by design), an allowed Origin (a script can forge it)
 * and visitor tokens it made itself. Each probe asserts the typed refusal, that /healthz keeps
 * answering within a second during the attack, and that the refused requests wrote nothing.
 *
 * Every probe comes from its own loopback address (127.0.0.x), as separate attackers and
 * visitors would: per-address limits of one probe do not spill into the next.
 */
import { createHmac } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { ResultOf } from '@zactonics/schema';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AdminRole } from './gql/console/graphql.js';
import { graphql } from './gql/console/index.js';
import { CREATE_ADMIN_USER } from './operations.js';
import { startTestHub, type TestHub } from './harness.js';
import { SEND_VISITOR_MESSAGE, VISITOR_EVENTS } from './widget-client.js';

// What the shop's owner does in the console (with the bootstrap key, which acts as an owner).
const ROTATE_IDENTITY_SECRET_WITH_GRACE = graphql(`
  mutation RotateIdentitySecretWithGrace {
    rotateWidgetIdentitySecret {
      secret
      previousSecretValidUntil
    }
  }
`);
const ROTATE_IDENTITY_SECRET_FOR_CLAIMS = graphql(`
  mutation RotateIdentitySecretForClaims {
    rotateWidgetIdentitySecret {
      secret
    }
  }
`);
const CREATE_SECOND_SHOP_KEY = graphql(`
  mutation CreateSecondShopKey($input: CreatePublishableKeyInput!) {
    createPublishableKey(input: $input) {
      key
    }
  }
`);

// Smaller than the defaults (600 and 6,000 a minute) so the budget probe stays short; the
// socket caps keep their defaults (20 a visitor).
const ADDRESS_REQUESTS_PER_MINUTE = 300;
const KEY_REQUESTS_PER_MINUTE = 2_000;
const SOCKETS_PER_VISITOR = 20;
/** What /healthz must answer within while an attack runs (a loaded 2-core CI machine included). */
const HEALTHZ_BUDGET_MS = 1_000;

let t: TestHub;
let origin: string;
const agents: Agent[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  t = await startTestHub({
    HUB_WIDGET_ADDRESS_REQUESTS_PER_MINUTE: String(ADDRESS_REQUESTS_PER_MINUTE),
    HUB_WIDGET_KEY_REQUESTS_PER_MINUTE: String(KEY_REQUESTS_PER_MINUTE),
  });
  origin = t.hub.url;
  // A fresh hub's first chat message pays one-off costs (code paths compiled, first queries
  // planned) that would otherwise be counted against the first probe's attack.
  const warmUp = clientAt('127.0.0.2');
  await warmUp.startSession();
  const feed = rawSocket('127.0.0.2', warmUp.token);
  expect(await feed.acked).toBe(true);
  feed.subscribe('warm-up');
  await warmUp.send('Hello, are you there?', 'warm-up-1');
  await until(() => agentMessagesOf(feed).length === 1);
  feed.socket.close();
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  for (const agent of agents) agent.destroy();
  await t?.close();
});

interface WidgetResponse {
  status: number;
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A widget client on one loopback address (its "IP"), as a script outside a browser is. */
function clientAt(address: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  agents.push(agent);
  let token: string | undefined;
  const post = (
    query: string,
    variables: Record<string, unknown> = {},
    options: { key?: string } = {},
  ): Promise<WidgetResponse> =>
    new Promise((resolve, reject) => {
      const url = new URL(
        `/widget/graphql?key=${options.key ?? t.hub.demoPublishableKey}`,
        t.hub.url,
      );
      const req = httpRequest(
        url,
        {
          method: 'POST',
          agent,
          localAddress: address,
          headers: {
            'content-type': 'application/json',
            origin,
            ...(token ? { 'x-zac-visitor': token } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as object) });
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query, variables }));
    });
  return {
    address,
    post,
    get token() {
      return token;
    },
    set token(value) {
      token = value;
    },
    async startSession(identity?: Record<string, unknown>): Promise<{ identified: boolean }> {
      const response = await post(
        `mutation($identity: VisitorIdentityInput) {
          startVisitorSession(identity: $identity) { token identified }
        }`,
        { identity: identity ?? null },
      );
      const session = response.data?.startVisitorSession as
        { token: string; identified: boolean } | undefined;
      if (!session) throw new Error(`no session: ${JSON.stringify(response)}`);
      token = session.token;
      return session;
    },
    async send(text: string, id: string): Promise<WidgetResponse> {
      return post(SEND_VISITOR_MESSAGE.toString(), { text, id });
    },
  };
}

interface RawSocket {
  socket: WebSocket;
  acked: Promise<boolean>;
  closed: Promise<{ code: number; reason: string }>;
  /** Messages of type next/error/complete, as received. */
  messages: { id?: string; type: string; payload?: unknown }[];
  subscribe(id: string, afterSeq?: number): void;
}

/** A graphql-transport-ws socket spoken by hand, so every close code and reason is visible. */
function rawSocket(
  address: string,
  visitorToken: string | undefined,
  key = t.hub.demoPublishableKey,
): RawSocket {
  const socket = new WebSocket(
    `${t.hub.url.replace(/^http/, 'ws')}/widget/graphql?key=${key}`,
    'graphql-transport-ws',
    { origin, localAddress: address },
  );
  sockets.push(socket);
  const messages: RawSocket['messages'] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const acked = new Promise<boolean>((resolve) => {
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { visitorToken } })),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as RawSocket['messages'][number];
      if (message.type === 'connection_ack') resolve(true);
      else if (message.type !== 'ping' && message.type !== 'pong') messages.push(message);
    });
    void closed.then(() => resolve(false));
    socket.on('error', () => resolve(false));
  });
  return {
    socket,
    acked,
    closed,
    messages,
    subscribe(id, afterSeq = 0) {
      socket.send(
        JSON.stringify({
          id,
          type: 'subscribe',
          payload: { query: VISITOR_EVENTS.toString(), variables: { afterSeq } },
        }),
      );
    },
  };
}

/**
 * Polls /healthz one request after another until `attack` settles; returns the slowest answer
 * (ms). The hub answers /healthz with one `SELECT 1`, so a stalled event loop or a saturated
 * database shows up here at once.
 */
async function slowestHealthzDuring(attack: Promise<unknown>): Promise<number> {
  let settled = false;
  void attack.then(
    () => (settled = true),
    () => (settled = true),
  );
  let slowest = 0;
  do {
    const started = performance.now();
    const response = await fetch(`${t.hub.url}/healthz`);
    expect(response.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } while (!settled);
  await attack;
  return slowest;
}

/** The visitor id a token names (its claims are readable; only the signature is secret). */
const visitorIdOf = (token: string | undefined) =>
  (
    JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString()) as {
      visitorId: string;
    }
  ).visitorId;

const count = async (sql: string, parameters: unknown[] = []) =>
  Number((await t.query<{ n: string }>(sql, parameters))[0]?.n);

/** Resolves once `check` holds, polling. */
async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const agentMessagesOf = (socket: RawSocket) =>
  socket.messages.filter(
    (m) =>
      m.type === 'next' &&
      // The payload of a `next` message: one result of VISITOR_EVENTS, as JSON.
      (m.payload as ExecutionResult<ResultOf<typeof VISITOR_EVENTS>>).data?.visitorEvents.message
        ?.role === 'AGENT',
  );

describe('fan-out through one visitor', () => {
  /**
   * Opens `count` sockets with the visitor's token, subscribes each admitted one, sends one
   * message and waits until every subscriber has the agent's answer. Returns the sockets, the
   * close of each refused one, and the slowest /healthz from the first socket to the last answer.
   */
  async function fanOut(from: string, count: number, question: string) {
    const visitor = clientAt(from);
    await visitor.startSession();
    const attack = (async () => {
      const opened = Array.from({ length: count }, () => rawSocket(from, visitor.token));
      const acks = await Promise.all(opened.map((s) => s.acked));
      const admitted = opened.filter((_, i) => acks[i]);
      const closes = await Promise.all(opened.filter((_, i) => !acks[i]).map((s) => s.closed));
      for (const socket of admitted) socket.subscribe('feed');
      const sent = await visitor.send(question, 'fan-out-1');
      expect(sent.errors).toBeUndefined();
      await until(() => admitted.every((s) => agentMessagesOf(s).length >= 1));
      return { admitted, closes };
    })();
    const slowest = await slowestHealthzDuring(attack);
    return { visitor, slowest, ...(await attack) };
  }

  it(`closes a visitor's sockets past ${SOCKETS_PER_VISITOR} with 4420 TOO_MANY_CONNECTIONS, and one message reaches the rest at the cost of one`, async () => {
    // The control: the same question to one socket. Even alone, a message keeps the embedded
    // database busy for a moment (its run's statements queue with /healthz's): what the attack
    // may not add to is that.
    const control = await fanOut('127.0.0.11', 1, 'How long do refunds take?');
    const visitorsBefore = await count('SELECT count(*)::text AS n FROM visitor');

    const attack = await fanOut('127.0.0.3', 60, 'How long do refunds take?');

    expect(attack.admitted).toHaveLength(SOCKETS_PER_VISITOR);
    expect(attack.closes).toHaveLength(60 - SOCKETS_PER_VISITOR);
    expect(new Set(attack.closes.map((c) => c.code))).toEqual(new Set([4420]));
    expect(attack.closes[0]?.reason).toBe(
      'TOO_MANY_CONNECTIONS: Too many connections for this visitor (at most 20 at once); close one first.',
    );
    // Before: 60 subscribers made one message stall /healthz for 7 s (500 for 28 s).
    expect(attack.slowest).toBeLessThan(control.slowest + HEALTHZ_BUDGET_MS);
    // Each subscriber got the answer once; the refused sockets wrote nothing.
    for (const socket of attack.admitted) expect(agentMessagesOf(socket)).toHaveLength(1);
    expect(await count('SELECT count(*)::text AS n FROM visitor')).toBe(visitorsBefore + 1);
    expect(
      await count(
        `SELECT count(*)::text AS n FROM conversation_message m
         JOIN conversation c ON c.id = m.conversation_id WHERE c.visitor_id = $1`,
        [visitorIdOf(attack.visitor.token)],
      ),
    ).toBe(2);

    for (const socket of attack.admitted) socket.socket.close();
    await Promise.all(attack.admitted.map((s) => s.closed));
    // Closed sockets give their slots back: the visitor may connect again.
    const again = rawSocket('127.0.0.3', attack.visitor.token);
    expect(await again.acked).toBe(true);
    again.socket.close();
  });

  it('refuses subscriptions past the cap on one socket with TOO_MANY_CONNECTIONS, keeping the others', async () => {
    const visitor = clientAt('127.0.0.4');
    await visitor.startSession();
    const socket = rawSocket('127.0.0.4', visitor.token);
    expect(await socket.acked).toBe(true);

    for (let i = 0; i < 30; i += 1) socket.subscribe(`s${i}`);
    await until(() => socket.messages.filter((m) => m.type === 'error').length === 10);
    const sent = await visitor.send('Do you ship to Canada?', 'subs-1');
    await until(() => agentMessagesOf(socket).length === SOCKETS_PER_VISITOR);

    const errors = socket.messages.filter((m) => m.type === 'error');
    const codes = errors.map(
      (m) => (m.payload as { extensions?: { errorCode?: string } }[])[0]?.extensions?.errorCode,
    );
    expect(sent.errors).toBeUndefined();
    expect(new Set(codes)).toEqual(new Set(['TOO_MANY_CONNECTIONS']));
    expect(new Set(errors.map((m) => m.id))).toEqual(
      new Set(Array.from({ length: 10 }, (_, i) => `s${i + 20}`)),
    );
    socket.socket.close();
    await socket.closed;
  });
});

describe("one client against a shop's widget budget", () => {
  it('limits one address before the key, so the attacker is refused and real visitors are not', async () => {
    const attacker = clientAt('127.0.0.6');
    const visitorsBefore = await count('SELECT count(*)::text AS n FROM visitor');
    const answers: WidgetResponse[] = [];
    // More than the key's whole budget (2,000 a minute), 25 at a time.
    const attack = (async () => {
      for (let sent = 0; sent < KEY_REQUESTS_PER_MINUTE + 100; sent += 25) {
        answers.push(
          ...(await Promise.all(Array.from({ length: 25 }, () => attacker.post('{ __typename }')))),
        );
      }
    })();
    const slowest = await slowestHealthzDuring(attack);

    const shopper = clientAt('127.0.0.7');
    const session = await shopper.startSession();
    const question = await shopper.send('What are your opening hours?', 'budget-1');

    const served = answers.filter((a) => a.status === 200);
    const limited = answers.filter((a) => a.status === 429);
    expect(served).toHaveLength(ADDRESS_REQUESTS_PER_MINUTE);
    expect(limited).toHaveLength(answers.length - ADDRESS_REQUESTS_PER_MINUTE);
    expect(limited[0]?.errors?.[0]?.extensions).toMatchObject({ errorCode: 'RATE_LIMITED' });
    expect(limited[0]?.errors?.[0]?.message).toMatch(/^Too many requests from this address/);
    expect(limited[0]?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(slowest).toBeLessThan(HEALTHZ_BUDGET_MS);
    expect(session.identified).toBe(false);
    expect(question.errors).toBeUndefined();
    // The attacker wrote nothing; the shopper's session is the one new visitor.
    expect(await count('SELECT count(*)::text AS n FROM visitor')).toBe(visitorsBefore + 1);
  });
});

describe('the widget identity secret', () => {
  /** A console user made by the owner (the bootstrap key), signed in: its session cookie. */
  async function signedIn(role: AdminRole): Promise<string> {
    const email = `${role.toLowerCase()}@abuse.example`;
    const password = `${role} password for the abuse spec`;
    await t.client.request(CREATE_ADMIN_USER, { input: { email, name: role, role, password } });
    const response = await fetch(`${t.hub.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    return response.headers.get('set-cookie')?.split(';')[0] ?? '';
  }

  async function consoleAs(cookie: string, query: string) {
    const response = await fetch(t.hub.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { errorCode?: string } }[];
    };
  }

  it('is never readable by a viewer or an admin, and only an owner rotates it, seeing it once', async () => {
    const viewer = await signedIn('VIEWER');
    const admin = await signedIn('ADMIN');

    const read = await consoleAs(viewer, '{ widgetIdentitySecret }');
    const viewerRotates = await consoleAs(
      viewer,
      'mutation { rotateWidgetIdentitySecret { secret } }',
    );
    const adminRotates = await consoleAs(
      admin,
      'mutation { rotateWidgetIdentitySecret { secret } }',
    );
    const status = await consoleAs(
      viewer,
      '{ widgetIdentitySecretStatus { rotatedAt previousSecretValidUntil } }',
    );

    expect(read.data).toBeUndefined();
    expect(read.errors?.[0]?.extensions?.errorCode).toBe('INVALID_QUERY');
    expect(viewerRotates.errors?.[0]?.extensions?.errorCode).toBe('FORBIDDEN');
    expect(adminRotates.errors?.[0]?.extensions?.errorCode).toBe('FORBIDDEN');
    expect(status.data?.widgetIdentitySecretStatus).toEqual({
      rotatedAt: null,
      previousSecretValidUntil: null,
    });
    expect(
      await count(
        `SELECT count(*)::text AS n FROM audit_event WHERE action = 'widget_identity_secret.rotate'`,
      ),
    ).toBe(0);
  });

  it('keeps the replaced secret valid for the grace period after an owner rotates it, audited', async () => {
    const rotate = async () =>
      (await t.client.request(ROTATE_IDENTITY_SECRET_WITH_GRACE)).rotateWidgetIdentitySecret;
    const first = await rotate();
    const second = await rotate();
    const sign = (secret: string, id: string) =>
      createHmac('sha256', secret).update(id).digest('hex');

    const withOld = await clientAt('127.0.0.8').startSession({
      id: 'cust_old',
      hash: sign(first.secret, 'cust_old'),
    });
    const withNew = await clientAt('127.0.0.8').startSession({
      id: 'cust_new',
      hash: sign(second.secret, 'cust_new'),
    });

    expect(second.secret).not.toBe(first.secret);
    // Null (no grace) parses as NaN and fails the bounds below, as it should.
    const graceHours = (Date.parse(second.previousSecretValidUntil ?? '') - Date.now()) / 3_600_000;
    expect(graceHours).toBeGreaterThan(23.9);
    expect(graceHours).toBeLessThanOrEqual(24);
    expect(withOld.identified).toBe(true);
    expect(withNew.identified).toBe(true);
    const audit = await t.query<{ actor: string; data: unknown }>(
      `SELECT actor, data FROM audit_event WHERE action = 'widget_identity_secret.rotate'`,
    );
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(first.secret);
  });
});

describe('identity claims', () => {
  it("never makes an email the hash does not cover the conversation's customerEmail", async () => {
    const { rotateWidgetIdentitySecret: rotated } = await t.client.request(
      ROTATE_IDENTITY_SECRET_FOR_CLAIMS,
    );
    const hmac = (text: string) => createHmac('sha256', rotated.secret).update(text).digest('hex');
    const attacker = clientAt('127.0.0.9');
    const customer = clientAt('127.0.0.9');

    const claimed = await attacker.startSession({
      id: 'attacker-7',
      email: 'victim@example.com',
      hash: hmac('attacker-7'),
    });
    await attacker.send('What do you remember about me?', 'claim-1');
    const vouched = await customer.startSession({
      id: 'cust-7',
      email: 'cust7@example.com',
      hash: hmac('cust-7\ncust7@example.com'),
    });
    await customer.send('Where is my order?', 'vouched-1');
    const wrongEmail = await attacker.post(
      `mutation($identity: VisitorIdentityInput) { startVisitorSession(identity: $identity) { token } }`,
      {
        identity: {
          id: 'attacker-7',
          email: 'victim@example.com',
          hash: hmac('attacker-7\nother@example.com'),
        },
      },
    );

    const emails = await t.query<{ external_user_id: string; customer_email: string | null }>(
      `SELECT v.external_user_id, c.customer_email FROM conversation c JOIN visitor v ON v.id = c.visitor_id
       WHERE v.external_user_id IN ('attacker-7', 'cust-7') ORDER BY v.external_user_id`,
    );
    expect(claimed.identified).toBe(true);
    expect(vouched.identified).toBe(true);
    expect(emails).toEqual([
      { external_user_id: 'attacker-7', customer_email: null },
      { external_user_id: 'cust-7', customer_email: 'cust7@example.com' },
    ]);
    expect(wrongEmail.errors?.[0]?.extensions?.errorCode).toBe('IDENTITY_INVALID');
  });
});

describe('visitor tokens', () => {
  it('work only with the publishable key they were issued through', async () => {
    const { createPublishableKey: other } = await t.client.request(CREATE_SECOND_SHOP_KEY, {
      input: { name: 'Second shop', allowedOrigins: [origin] },
    });
    const visitor = clientAt('127.0.0.10');
    await visitor.startSession();
    await visitor.send('My order number is 1042', 'bound-1');

    const sameKey = await visitor.post('{ visitorConversation { id } }');
    const otherKey = await visitor.post('{ visitorConversation { id } }', {}, { key: other.key });
    const socket = rawSocket('127.0.0.10', visitor.token, other.key);

    expect(sameKey.data?.visitorConversation).not.toBeNull();
    expect(otherKey.data?.visitorConversation ?? null).toBeNull();
    expect(otherKey.errors?.[0]?.extensions?.errorCode).toBe('VISITOR_TOKEN_INVALID');
    expect(otherKey.errors?.[0]?.message).toBe(
      'This visitor token was issued for another widget key; start a new visitor session.',
    );
    expect(await socket.acked).toBe(false);
    expect(await socket.closed).toEqual({
      code: 4403,
      reason:
        'VISITOR_TOKEN_INVALID: This visitor token was issued for another widget key; start a new visitor session.',
    });
  });
});
