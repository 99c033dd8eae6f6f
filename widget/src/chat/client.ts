// The hub client: queries and mutations over fetch, live events over graphql-ws.
import type { TypedOperation } from '@zactonics/schema/operation';
import { createClient, type Client } from 'graphql-ws/client';
import type { VisitorEventsSubscription } from '../gql/graphql.js';
import { HubError, fromGraphQLErrors } from './errors.js';
import {
  BOOK_MEETING,
  CONVERSATION,
  MEETING_SLOTS,
  RATE_REPLY,
  REQUEST_HUMAN,
  SEND_MESSAGE,
  START_SESSION,
  SUBMIT_LEAD,
  VISITOR_EVENTS,
} from './operations.js';
import { createSessionStore, type SessionStore } from './session-store.js';
import type { EventHandlers, HubClient, VisitorIdentity, VisitorLeadInput } from './types.js';

export interface HubClientOptions {
  /** Hub base URL, e.g. https://hub.example.com (no trailing slash). */
  base: string;
  /** Publishable key (pk_...). */
  key: string;
  store?: SessionStore;
  fetch?: typeof fetch;
  webSocketImpl?: unknown;
  /** Delay before reconnect attempt n (tests shorten it). Default: 1 s, 2 s, 4 s ... 30 s + jitter. */
  retryDelay?: (attempt: number) => number;
}

const backoff = (n: number) => Math.min(30_000, 1000 * 2 ** n) + Math.random() * 1000;

// Codes meaning "this token is no longer any good": start a new session and retry once.
const TOKEN_CODES = new Set(['VISITOR_TOKEN_INVALID', 'UNAUTHENTICATED']);

export function createHubClient(options: HubClientOptions): HubClient {
  const { base, key } = options;
  const store = options.store ?? createSessionStore(key);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const httpUrl = `${base}/widget/graphql?key=${encodeURIComponent(key)}`;
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  let ws: Client | null = null;
  // Kept in memory only (it may carry an HMAC) so an expired identified token can be renewed.
  let identity: VisitorIdentity | null = null;
  let starting: Promise<void> | null = null;

  async function post<TResult, TVariables>(
    operation: TypedOperation<TResult, TVariables>,
    variables: TVariables,
    token: string | null,
  ): Promise<TResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['x-zac-visitor'] = token;
    let res: Response;
    try {
      res = await doFetch(httpUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: operation.toString(), variables }),
      });
    } catch {
      throw new HubError('Network error', 'NETWORK');
    }
    let body: { data?: TResult; errors?: unknown[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new HubError(
        `HTTP ${res.status}`,
        res.status === 403 ? 'ORIGIN_NOT_ALLOWED' : 'GENERIC',
      );
    }
    if (body.errors?.length) throw fromGraphQLErrors(body.errors);
    if (!res.ok || !body.data) throw new HubError(`HTTP ${res.status}`, 'GENERIC');
    return body.data;
  }

  async function startSession(id: VisitorIdentity | null): Promise<void> {
    const current = store.get()?.token ?? null;
    const data = await post(START_SESSION, { identity: id }, id ? current : null);
    store.set({ token: data.startVisitorSession.token, conversationId: null });
  }

  /** Starts a session for `id`; until it settles, every call waits for it (see ensureSession). */
  function switchSession(id: VisitorIdentity | null): Promise<void> {
    const switching: Promise<void> = startSession(id).finally(() => {
      if (starting === switching) starting = null;
    });
    starting = switching;
    return switching;
  }

  // A session being started or switched (identify) comes first: a message sent while identify is
  // in flight must go to the identified visitor, not to the anonymous session still stored.
  function ensureSession(): Promise<void> {
    if (starting) return starting;
    if (store.get()) return Promise.resolve();
    return switchSession(identity);
  }

  async function call<TResult, TVariables>(
    operation: TypedOperation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    await ensureSession();
    try {
      return await post(operation, variables, store.get()?.token ?? null);
    } catch (err) {
      if (!(err instanceof HubError) || !TOKEN_CODES.has(err.code)) throw err;
      store.clear();
      dropSocket();
      await ensureSession();
      return post(operation, variables, store.get()?.token ?? null);
    }
  }

  function dropSocket() {
    void ws?.dispose();
    ws = null;
  }

  function socket(): Client {
    ws ??= createClient({
      url: wsUrl,
      lazy: true,
      // Read at every (re)connect, so a renewed token is used.
      connectionParams: () => ({ visitorToken: store.get()?.token ?? null }),
      // Reconnect "forever" with capped, jittered exponential backoff.
      retryAttempts: Number.MAX_SAFE_INTEGER,
      shouldRetry: () => true,
      retryWait: (n) => new Promise((r) => setTimeout(r, (options.retryDelay ?? backoff)(n))),
      ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    });
    return ws;
  }

  return {
    hasSession: () => store.get() !== null,
    ensureSession,
    async conversation() {
      const data = await call(CONVERSATION, {});
      const conv = data.visitorConversation;
      const session = store.get();
      if (conv && session && session.conversationId !== conv.id) {
        store.set({ ...session, conversationId: conv.id });
      }
      return conv;
    },
    async send(text, clientMessageId) {
      const data = await call(SEND_MESSAGE, { text, id: clientMessageId });
      return data.sendVisitorMessage;
    },
    async rateReply(messageId, helpful) {
      const data = await call(RATE_REPLY, { id: messageId, h: helpful });
      return data.rateReply;
    },
    async requestHuman() {
      const data = await call(REQUEST_HUMAN, {});
      return data.requestHuman;
    },
    async submitLead(input: VisitorLeadInput) {
      const data = await call(SUBMIT_LEAD, { input });
      return data.submitLead;
    },
    async meetingSlots(timeZone) {
      const data = await call(MEETING_SLOTS, { tz: timeZone });
      return data.meetingSlots;
    },
    async bookMeeting(slotId, timeZone) {
      const data = await call(BOOK_MEETING, { id: slotId, tz: timeZone });
      return data.bookMeeting;
    },
    subscribe(afterSeq, handlers: EventHandlers) {
      const client = socket();
      let active = true;
      const offs = [
        client.on('connected', () => active && handlers.status?.(true)),
        client.on('closed', () => active && handlers.status?.(false)),
      ];
      // graphql-ws re-sends this payload (JSON.stringify'd) on every reconnect: the getter makes
      // each resubscribe ask only for messages after the newest one we already hold.
      const payload = {
        query: VISITOR_EVENTS.toString(),
        get variables() {
          return { afterSeq: afterSeq() };
        },
      };
      const stop = client.subscribe<VisitorEventsSubscription>(payload, {
        next: (result) => {
          if (!active) return;
          if (result.errors?.length) handlers.error(fromGraphQLErrors(result.errors));
          else if (result.data) handlers.next(result.data.visitorEvents);
        },
        error: (err) => {
          if (!active) return;
          // graphql-ws reports GraphQL errors as an array; a fatal close as a CloseEvent.
          handlers.error(
            Array.isArray(err) ? fromGraphQLErrors(err) : new HubError('Disconnected', 'NETWORK'),
          );
        },
        complete: () => undefined,
      });
      return () => {
        active = false;
        offs.forEach((off) => off());
        stop();
      };
    },
    async identify(id) {
      identity = id;
      dropSocket();
      await switchSession(id);
    },
    reset() {
      identity = null;
      dropSocket();
      store.clear();
    },
  };
}
