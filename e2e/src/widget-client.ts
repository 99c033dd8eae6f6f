import type {
  AnyOperation,
  ResultOf,
  Stringable,
  VariablesArg,
  VariablesOf,
} from '@zactonics/schema';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './gql/widget/index.js';
import type {
  VisitorConversationQuery,
  VisitorEventsSubscription,
  VisitorIdentityInput,
  VisitorMessageFieldsFragment,
} from './gql/widget/graphql.js';

/** A GraphQL error as the widget endpoint answers it. */
export class WidgetError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

// The widget endpoint's operations (schema/widget.graphql; types in ./gql/widget). Widget
// operations of other specs live here too: codegen reads this file against the widget schema.
graphql(`
  fragment VisitorMessageFields on VisitorMessage {
    id
    seq
    role
    text
    citations {
      title
      slug
    }
    helpful
    runId
  }
  fragment VisitorReplyFields on VisitorReply {
    runId
    text
    typing
    handoffOffered
    personWillReply
    done
  }
`);

export const VISITOR_EVENTS = graphql(`
  subscription VisitorEvents($afterSeq: Int) {
    visitorEvents(afterSeq: $afterSeq) {
      message {
        ...VisitorMessageFields
      }
      reply {
        ...VisitorReplyFields
      }
      handoff
    }
  }
`);

const START_SESSION = graphql(`
  mutation Start($identity: VisitorIdentityInput) {
    startVisitorSession(identity: $identity) {
      token
      identified
    }
  }
`);

export const SEND_VISITOR_MESSAGE = graphql(`
  mutation Send($text: String!, $id: String!) {
    sendVisitorMessage(text: $text, clientMessageId: $id) {
      ...VisitorMessageFields
    }
  }
`);

const CONVERSATION = graphql(`
  query VisitorConversation {
    visitorConversation {
      id
      handoff
      lastSeq
      messages {
        ...VisitorMessageFields
      }
      reply {
        ...VisitorReplyFields
      }
    }
  }
`);

// Operations the widget specs send beyond the client's own.
export const RATE_REPLY = graphql(`
  mutation Rate($id: ID!) {
    rateReply(messageId: $id, helpful: true) {
      id
      helpful
    }
  }
`);

export const REQUEST_HUMAN = graphql(`
  mutation RequestHuman {
    requestHuman {
      handoff
    }
  }
`);

export const SUBMIT_LEAD = graphql(`
  mutation SubmitLead($input: VisitorLeadInput!) {
    submitLead(input: $input) {
      id
      hot
      offerMeeting
    }
  }
`);

/** SUBMIT_LEAD without the lead's id: only what the visitor is offered. */
export const SUBMIT_LEAD_OFFER = graphql(`
  mutation SubmitLeadOffer($input: VisitorLeadInput!) {
    submitLead(input: $input) {
      hot
      offerMeeting
    }
  }
`);

export const MEETING_SLOTS = graphql(`
  query MeetingSlots($tz: String!) {
    meetingSlots(timeZone: $tz) {
      id
      start
      label
      hostName
    }
  }
`);

export const BOOK_MEETING = graphql(`
  mutation BookMeeting($slot: ID!, $tz: String!) {
    bookMeeting(slotId: $slot, timeZone: $tz) {
      id
      start
      label
      ics
      videoUrl
    }
  }
`);

export type VisitorMessageView = VisitorMessageFieldsFragment;
export type VisitorEventView = VisitorEventsSubscription['visitorEvents'];
export type VisitorReplyView = NonNullable<VisitorEventView['reply']>;
export type VisitorConversationView = NonNullable<VisitorConversationQuery['visitorConversation']>;

/** Collected events of one subscription, awaited by predicate instead of by sleeping. */
export interface EventFeed {
  events: VisitorEventView[];
  /** Resolves with the events so far once `done(events)` holds; rejects after `timeoutMs`. */
  until(
    done: (events: VisitorEventView[]) => boolean,
    timeoutMs?: number,
  ): Promise<VisitorEventView[]>;
  close(): Promise<void>;
}

/**
 * The storefront widget's side of the API, as a browser page on `origin` would use it: HTTP
 * with the publishable key in the URL, the visitor token in X-Zac-Visitor, and graphql-ws with
 * the page's Origin on the upgrade.
 */
export class WidgetTestClient {
  token: string | undefined;
  private readonly sockets: Client[] = [];

  constructor(
    readonly hubUrl: string,
    readonly key: string,
    readonly origin: string | null,
  ) {}

  get endpoint(): string {
    return `${this.hubUrl}/widget/graphql?key=${encodeURIComponent(this.key)}`;
  }

  async post(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<{
    status: number;
    body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.origin ? { origin: this.origin } : {}),
        ...(this.token ? { 'x-zac-visitor': this.token } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  /** A generated widget operation: its variables are checked and its answer typed. */
  async request<TOperation extends AnyOperation>(
    operation: TOperation,
    ...variables: VariablesArg<VariablesOf<TOperation>>
  ): Promise<ResultOf<TOperation>>;
  /** Any document (tests of malformed or hostile requests); the caller names the answer. */
  async request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async request<T>(query: string | Stringable, variables: object = {}): Promise<T> {
    const { status, body } = await this.post(query.toString(), { ...variables });
    const error = body.errors?.[0];
    if (error) {
      const extensions = error.extensions ?? {};
      throw new WidgetError(
        status,
        extensions.errorCode as string | undefined,
        error.message,
        extensions,
      );
    }
    return body.data as T;
  }

  async startSession(
    identity?: VisitorIdentityInput,
  ): Promise<{ token: string; identified: boolean }> {
    const { startVisitorSession } = await this.request(START_SESSION, {
      identity: identity ?? null,
    });
    this.token = startVisitorSession.token;
    return startVisitorSession;
  }

  async send(text: string, clientMessageId: string): Promise<VisitorMessageView> {
    const { sendVisitorMessage } = await this.request(SEND_VISITOR_MESSAGE, {
      text,
      id: clientMessageId,
    });
    return sendVisitorMessage;
  }

  async conversation(): Promise<VisitorConversationView | null> {
    const { visitorConversation } = await this.request(CONVERSATION);
    return visitorConversation;
  }

  /** Subscribes to visitorEvents over a fresh socket (its own connection, like a new tab). */
  subscribe(afterSeq?: number): EventFeed {
    const origin = this.origin;
    const socket = createClient({
      url: this.endpoint.replace(/^http/, 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, origin ? { origin } : {});
        }
      },
      connectionParams: { visitorToken: this.token },
      retryAttempts: 0,
      lazy: true,
    });
    this.sockets.push(socket);
    const events: VisitorEventView[] = [];
    let failure: unknown = null;
    const waiters = new Set<() => void>();
    const wake = () => waiters.forEach((w) => w());
    const stop = socket.subscribe<VisitorEventsSubscription>(
      { query: VISITOR_EVENTS.toString(), variables: { afterSeq: afterSeq ?? null } },
      {
        next: (result) => {
          if (result.errors) failure = result.errors;
          else if (result.data) events.push(result.data.visitorEvents);
          wake();
        },
        error: (error) => {
          failure = error;
          wake();
        },
        complete: wake,
      },
    );
    return {
      events,
      until: (done, timeoutMs = 10_000) =>
        new Promise((resolve, reject) => {
          const check = () => {
            if (failure)
              return finish(() =>
                reject(failure instanceof Error ? failure : new Error(JSON.stringify(failure))),
              );
            if (done(events)) finish(() => resolve([...events]));
          };
          const timer = setTimeout(
            () =>
              finish(() =>
                reject(new Error(`timed out; events so far: ${JSON.stringify(events)}`)),
              ),
            timeoutMs,
          );
          const finish = (settle: () => void) => {
            clearTimeout(timer);
            waiters.delete(check);
            settle();
          };
          waiters.add(check);
          check();
        }),
      close: async () => {
        stop();
        await socket.dispose();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.sockets.splice(0).map((s) => s.dispose()));
  }
}

/** The messages of a feed, in arrival order. */
export const messagesOf = (events: VisitorEventView[]) =>
  events.flatMap((e) => (e.message ? [e.message] : []));

/** True once the feed holds an AGENT message. */
export const hasAgentMessage = (events: VisitorEventView[]) =>
  messagesOf(events).some((m) => m.role === 'AGENT');
