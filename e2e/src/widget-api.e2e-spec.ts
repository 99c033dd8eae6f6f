import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, errorCodeOf, expectEventually, startTestHub, type TestHub } from './harness.js';
import type { ConversationEventsSubscription } from './gql/console/graphql.js';
import type { VisitorLeadInput } from './gql/widget/graphql.js';
import { graphql } from './gql/console/index.js';
import {
  BOOK_MEETING,
  hasAgentMessage,
  MEETING_SLOTS,
  messagesOf,
  RATE_REPLY,
  REQUEST_HUMAN,
  SUBMIT_LEAD,
  SUBMIT_LEAD_OFFER,
  WidgetError,
  WidgetTestClient,
} from './widget-client.js';

const ROTATE_IDENTITY_SECRET = graphql(`
  mutation RotateIdentitySecret {
    rotateWidgetIdentitySecret {
      secret
    }
  }
`);
const TAKE_OVER = graphql(`
  mutation TakeOver($id: ID!) {
    takeOverConversation(id: $id) {
      handoffState
    }
  }
`);
const SEND_HUMAN_MESSAGE = graphql(`
  mutation SendHumanMessage($id: ID!, $text: String!) {
    sendHumanMessage(conversationId: $id, text: $text) {
      id
    }
  }
`);
const CONVERSATION_EVENTS = graphql(`
  subscription ConversationEvents($id: ID!, $after: Int) {
    conversationEvents(conversationId: $id, afterSeq: $after) {
      message {
        seq
        role
        text
      }
      handoffState
    }
  }
`);
const CREATE_PUBLISHABLE_KEY = graphql(`
  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {
    createPublishableKey(input: $input) {
      id
      key
      allowedOrigins
    }
  }
`);
const REVOKE_PUBLISHABLE_KEY = graphql(`
  mutation RevokePublishableKey($id: ID!) {
    revokePublishableKey(id: $id) {
      revokedAt
    }
  }
`);

/** The value a test step produced; fails the test when it is missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

// The team's calendars in the demo seed are relative to this instant.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const clock = { now: () => NOW };

let t: TestHub;
let origin: string;
const clients: WidgetTestClient[] = [];

beforeAll(async () => {
  // Per-minute caps are fixed one-minute windows: the per-visitor cap is exact to test.
  t = await startTestHub({ HUB_WIDGET_MESSAGES_PER_MINUTE: '4' }, { clock });
  origin = t.hub.url;
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await t?.close();
});

function visitor(options: { key?: string; origin?: string | null } = {}): WidgetTestClient {
  const client = new WidgetTestClient(
    t.hub.url,
    options.key ?? t.hub.demoPublishableKey,
    options.origin === undefined ? origin : options.origin,
  );
  clients.push(client);
  return client;
}

/** The widget identity secret: shown once, to an owner (the bootstrap key acts as one), when rotated. */
async function rotateIdentitySecret(): Promise<string> {
  const { rotateWidgetIdentitySecret } = await t.client.request(ROTATE_IDENTITY_SECRET);
  return rotateWidgetIdentitySecret.secret;
}

async function refusal(request: Promise<unknown>): Promise<WidgetError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WidgetError);
  return error as WidgetError;
}

describe('widget chat', () => {
  it('answers an FAQ live: the handoff state, the visitor message, then the cited agent message', async () => {
    const v = visitor();
    expect(await v.startSession()).toMatchObject({ identified: false });
    expect(await v.conversation()).toBeNull();
    const feed = v.subscribe();

    const sent = await v.send('How long do refunds take?', 'faq-1');
    const events = await feed.until(hasAgentMessage);

    expect(sent).toMatchObject({ seq: 1, role: 'VISITOR', text: 'How long do refunds take?' });
    const messages = messagesOf(events);
    expect(messages.map((m) => [m.seq, m.role])).toEqual([
      [1, 'VISITOR'],
      [2, 'AGENT'],
    ]);
    const agent = messages[1];
    expect(agent?.text).toContain('within 5 business days');
    expect(agent?.citations).toEqual([
      { title: 'Returns and refunds', slug: 'returns-and-refunds' },
    ]);
    // The offline agent answers at once; widget-streaming.e2e-spec.ts watches a reply being written.
    expect(events[0]).toEqual({ message: null, reply: null, handoff: 'BOT' });
    await feed.close();

    const conversation = await v.conversation();
    expect(conversation?.messages.map((m) => m.id)).toEqual(messages.map((m) => m.id));
    expect(conversation).toMatchObject({ handoff: 'BOT', lastSeq: 2 });
  });

  it('resumes after a dropped socket from afterSeq: every message once, none lost', async () => {
    const v = visitor();
    await v.startSession();
    const first = v.subscribe();
    await v.send('Do you ship to Canada?', 'drop-1');
    const before = await first.until((events) => messagesOf(events).length >= 1);
    await first.close();
    const held = Math.max(...messagesOf(before).map((m) => m.seq));

    const second = v.subscribe(held);
    const after = await second.until(hasAgentMessage);
    await second.close();

    const all = [...messagesOf(before), ...messagesOf(after)];
    expect(all.map((m) => m.seq)).toEqual([1, 2]);
    expect(new Set(all.map((m) => m.id)).size).toBe(2);
    expect(all.filter((m) => m.role === 'AGENT')).toHaveLength(1);
  });

  it('is idempotent per clientMessageId: a retried send returns the same message and asks once', async () => {
    const v = visitor();
    await v.startSession();

    const [a, b] = await Promise.all([
      v.send('Where is my order?', 'retry-1'),
      v.send('Where is my order?', 'retry-1'),
    ]);

    expect(a.id).toBe(b.id);
    const rows = await t.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM conversation_message WHERE run_id = $1 AND role = 'CUSTOMER'`,
      [a.runId],
    );
    expect(rows[0]?.n).toBe('1');
  });

  it('stores a thumbs up on an agent reply', async () => {
    const v = visitor();
    await v.startSession();
    const feed = v.subscribe();
    await v.send('What are your opening hours?', 'rate-1');
    const agent = messagesOf(await feed.until(hasAgentMessage)).find((m) => m.role === 'AGENT');
    await feed.close();

    const { rateReply } = await v.request(RATE_REPLY, { id: must(agent, 'agent message').id });

    expect(rateReply).toEqual({ id: agent?.id, helpful: true });
    const rows = await t.query<{ helpful: boolean }>(
      'SELECT helpful FROM conversation_message WHERE id = $1',
      [agent?.id],
    );
    expect(rows[0]?.helpful).toBe(true);
  });

  it("shows a person's reply from the console live, with the handoff state", async () => {
    const v = visitor();
    await v.startSession();
    await v.send('I want to talk to someone about a damaged parcel', 'human-1');
    const conversation = await v.conversation();
    const feed = v.subscribe(conversation?.lastSeq);
    await feed.until((es) => es.some((e) => e.handoff === 'BOT'));

    const { requestHuman } = await v.request(REQUEST_HUMAN);
    const conversationId = must(conversation, 'conversation').id;
    await t.client.request(TAKE_OVER, { id: conversationId });
    await t.client.request(SEND_HUMAN_MESSAGE, {
      id: conversationId,
      text: 'Hi, this is Dana. Sorry about the parcel!',
    });
    const events = await feed.until((es) => messagesOf(es).some((m) => m.role === 'HUMAN'));
    await feed.close();

    expect(requestHuman.handoff).toBe('WAITING_FOR_HUMAN');
    // Notices may coalesce; the state before the person's message is HUMAN either way.
    const handoffs = events.flatMap((e) => (e.handoff ? [e.handoff] : []));
    expect(handoffs[0]).toBe('BOT');
    expect(handoffs.at(-1)).toBe('HUMAN');
    const human = messagesOf(events).find((m) => m.role === 'HUMAN');
    expect(human).toMatchObject({ text: 'Hi, this is Dana. Sorry about the parcel!', runId: null });
  });
});

describe('the console following a widget conversation', () => {
  it('gets the handoff state, then each message once as it is committed, over its own subscription', async () => {
    const v = visitor();
    await v.startSession();
    const first = await v.send('Do you sell gift cards?', 'console-1');
    const conversation = await v.conversation();
    await expectEventually(async () => {
      expect((await v.conversation())?.lastSeq).toBe(2);
    });
    const conversationId = must(conversation, 'conversation').id;
    const feed = t.client.subscribe(CONVERSATION_EVENTS, { id: conversationId, after: first.seq });
    const received: ConversationEventsSubscription['conversationEvents'][] = [];
    const take = async (count: number) => {
      while (received.length < count) {
        const next = await feed.next();
        if (next.done) throw new Error('the subscription ended');
        received.push(next.value.conversationEvents);
      }
    };

    await take(2);
    await t.client.request(TAKE_OVER, { id: conversationId });
    await t.client.request(SEND_HUMAN_MESSAGE, { id: conversationId, text: 'Yes, from $25.' });
    await take(4);
    await feed.return?.();

    expect(received[0]).toEqual({ message: null, handoffState: 'BOT' });
    expect(received.flatMap((e) => (e.message ? [[e.message.seq, e.message.role]] : []))).toEqual([
      [2, 'AGENT'],
      [3, 'HUMAN'],
    ]);
    expect(received.flatMap((e) => (e.handoffState ? [e.handoffState] : []))).toEqual([
      'BOT',
      'HUMAN',
    ]);
  });

  it('refuses an unknown conversation with CONVERSATION_NOT_FOUND', async () => {
    const code = await errorCodeOf(
      collect(
        t.client.subscribe(
          `subscription { conversationEvents(conversationId: "00000000-0000-4000-8000-000000000000") { handoffState } }`,
        ),
      ),
    );

    expect(code).toBe('CONVERSATION_NOT_FOUND');
  });
});

describe('widget access', () => {
  it('refuses an origin that is not allowed, over HTTP and at the WebSocket upgrade', async () => {
    const stranger = visitor({ origin: 'https://evil.example' });

    const http = await refusal(stranger.startSession());
    const upgrade = await new Promise<number>((resolve) => {
      const socket = new WebSocket(
        stranger.endpoint.replace(/^http/, 'ws'),
        'graphql-transport-ws',
        {
          origin: 'https://evil.example',
        },
      );
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });

    expect(http).toMatchObject({ status: 403, code: 'ORIGIN_NOT_ALLOWED' });
    expect(http.message).toBe(
      "This site (https://evil.example) is not allowed to use this widget key: add it to the key's allowed origins.",
    );
    expect(upgrade).toBe(403);
  });

  it('refuses a request without an Origin header (not from a browser page)', async () => {
    const error = await refusal(visitor({ origin: null }).startSession());

    expect(error).toMatchObject({ status: 403, code: 'ORIGIN_NOT_ALLOWED' });
  });

  it('answers the CORS preflight for the page that asks, so a refusal is readable there', async () => {
    const response = await fetch(`${t.hub.url}/widget/graphql?key=${t.hub.demoPublishableKey}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-zac-visitor',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-zac-visitor');
  });

  it('works with a key made in the console for its origins, and stops at once when revoked', async () => {
    const { createPublishableKey: key } = await t.client.request(CREATE_PUBLISHABLE_KEY, {
      input: {
        name: 'Shop',
        allowedOrigins: ['https://*.Shop.example', 'https://shop.example:443/'],
      },
    });
    expect(key.key).toMatch(/^pk_live_[0-9a-f]{36}$/);
    expect(key.allowedOrigins).toEqual(['https://*.shop.example', 'https://shop.example']);

    const v = visitor({ key: key.key, origin: 'https://www.shop.example' });
    await v.startSession();
    await t.client.request(REVOKE_PUBLISHABLE_KEY, { id: key.id });
    const revoked = await refusal(v.conversation());
    const unknown = await refusal(visitor({ key: 'pk_live_nope_nope_nope_nope' }).startSession());

    expect(revoked).toMatchObject({ status: 401, code: 'KEY_INVALID' });
    expect(unknown).toMatchObject({ status: 401, code: 'KEY_INVALID' });
  });

  it('refuses a missing or forged visitor token with VISITOR_TOKEN_INVALID', async () => {
    const v = visitor();
    const missing = await refusal(v.conversation());
    const { token } = await v.startSession();
    const [version, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...claims, visitorId: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    v.token = [version, forgedPayload, signature].join('.');
    const forged = await refusal(v.send('hello', 'forged-1'));

    expect(missing.code).toBe('VISITOR_TOKEN_INVALID');
    expect(forged.code).toBe('VISITOR_TOKEN_INVALID');
  });

  it("keeps visitors apart, and the console's operations do not exist on the widget endpoint", async () => {
    const alice = visitor();
    const bob = visitor();
    await alice.startSession();
    await bob.startSession();
    await alice.send('My card is 4111 1111 1111 1111, where is order 1042?', 'alice-1');

    expect(await bob.conversation()).toBeNull();
    const consoleQuery = await refusal(bob.request('{ runs(first: 5) { id input } }'));
    const steps = await refusal(
      bob.request('{ visitorConversation { messages { run { steps { data } } } } }'),
    );

    expect(consoleQuery.code).toBe('INVALID_QUERY');
    expect(consoleQuery.message).toBe('Cannot query field "runs" on type "Query".');
    expect(steps.code).toBe('INVALID_QUERY');
    const own = await alice.conversation();
    expect(own?.messages[0]?.text).not.toContain('4111 1111 1111 1111');
  });

  it('caps messages per visitor with RATE_LIMITED, and refuses an oversized message without writing it', async () => {
    const v = visitor();
    await v.startSession();
    const tooLong = await refusal(v.send('x'.repeat(4_001), 'long-1'));
    for (let i = 0; i < 4; i += 1) await v.send(`question ${i}`, `cap-${i}`);

    const limited = await refusal(v.send('one more', 'cap-4'));

    expect(tooLong.code).toBe('MESSAGE_TOO_LONG');
    expect(limited.code).toBe('RATE_LIMITED');
    // The visitor's window began with their first message, moments ago.
    expect(limited.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(50);
    expect(limited.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    const messages = (await v.conversation())?.messages ?? [];
    expect(messages.filter((m) => m.role === 'VISITOR').map((m) => m.text)).toEqual([
      'question 0',
      'question 1',
      'question 2',
      'question 3',
    ]);
  });
});

describe('widget identity', () => {
  it("shows a verified user's history on a new browser, refuses a wrong hash, and never shows it to an unverified claim", async () => {
    const secret = await rotateIdentitySecret();
    const hash = createHmac('sha256', secret).update('cust_981\nmaya@example.com').digest('hex');
    const identity = { id: 'cust_981', email: 'maya@example.com', name: 'Maya', hash };

    const laptop = visitor();
    expect(await laptop.startSession(identity)).toMatchObject({ identified: true });
    await laptop.send('Hello from my laptop', 'id-1');
    const phone = visitor();
    expect(await phone.startSession(identity)).toMatchObject({ identified: true });
    const wrong = await refusal(visitor().startSession({ ...identity, hash: '0'.repeat(64) }));
    const claimant = visitor();
    const unverified = await claimant.startSession({ id: 'cust_981', email: 'maya@example.com' });

    expect((await phone.conversation())?.messages[0]?.text).toBe('Hello from my laptop');
    expect(wrong).toMatchObject({ status: 401, code: 'IDENTITY_INVALID' });
    expect(unverified.identified).toBe(false);
    expect(await claimant.conversation()).toBeNull();
  });

  it('starts a new anonymous visitor after reset, who does not see the earlier history', async () => {
    const v = visitor();
    await v.startSession();
    await v.send('Something private', 'reset-1');

    v.token = undefined;
    await v.startSession();

    expect(await v.conversation()).toBeNull();
  });
});

describe('widget lead form and booking', () => {
  const PRIYA: VisitorLeadInput = {
    name: 'Priya Raman',
    email: 'priya@brightdesk.example',
    company: 'BrightDesk',
    consent: true,
    pagesViewed: 9,
    pricingPageVisits: 3,
    minutesOnSite: 14,
  };

  it("offers a hot lead slots in the visitor's time zone and books one with a calendar file", async () => {
    const v = visitor();
    await v.startSession();

    const { submitLead } = await v.request(SUBMIT_LEAD, { input: PRIYA });
    const { meetingSlots } = await v.request(MEETING_SLOTS, { tz: 'America/Los_Angeles' });
    const slot = meetingSlots[0];
    const { bookMeeting } = await v.request(BOOK_MEETING, {
      slot: must(slot, 'meeting slot').id,
      tz: 'America/Los_Angeles',
    });

    expect(submitLead).toMatchObject({ hot: true, offerMeeting: true });
    expect(meetingSlots.length).toBeGreaterThan(0);
    // e.g. "Thu 26 Nov, 10:00": the start in Los Angeles (the widget formats `start` in its locale).
    expect(slot?.label).toMatch(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}$/);
    expect(bookMeeting.start).toBe(slot?.start);
    expect(bookMeeting.ics).toContain('BEGIN:VCALENDAR');
    const rows = await t.query<{ lead_email: string; time_zone: string }>(
      'SELECT lead_email, time_zone FROM booking WHERE id = $1',
      [bookMeeting.id],
    );
    expect(rows).toEqual([
      { lead_email: 'priya@brightdesk.example', time_zone: 'America/Los_Angeles' },
    ]);
  });

  it('does not offer a meeting to a cold lead, and refuses the form without consent', async () => {
    const v = visitor();
    await v.startSession();
    const noConsent = await refusal(
      v.request(`mutation($input: VisitorLeadInput!) { submitLead(input: $input) { id } }`, {
        input: { name: 'Cold Lead', email: 'someone@gmail.example', consent: false },
      }),
    );
    const { submitLead } = await v.request(SUBMIT_LEAD_OFFER, {
      input: { name: 'Cold Lead', email: 'someone@gmail.example', consent: true },
    });
    const slots = await refusal(v.request(`{ meetingSlots(timeZone: "Europe/Berlin") { id } }`));

    expect(noConsent.code).toBe('CONSENT_REQUIRED');
    expect(submitLead).toEqual({ hot: false, offerMeeting: false });
    expect(slots.code).toBe('MEETING_NOT_OFFERED');
  });
});
