import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  GraphQLError,
  parse,
  validate,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { createClient, stringifyMessage, type Message } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { InMemoryPubSub } from '../events/in-memory-pub-sub.js';
import type { TopicSubscription } from '../events/pub-sub.js';
import { stopResolvingWhenClientLeaves } from '../graphql/client-abort.js';
import { formatError, socketErrorHooks } from '../graphql/domain-errors.js';
import {
  createSharedSubscribe,
  RUN_STEP_IN_PROGRESS,
} from '../graphql/shared-subscription-execution.js';
import { foregroundWorkUnderWay } from '@zactonics/db';
import { useServer } from 'graphql-ws/use/ws';
import { serveGraphQLWs, type GraphQLWsOptions, type WsExtra } from './graphql-ws-server.js';

/**
 * The socket layer the console and widget endpoints use, over real sockets: a small schema
 * shaped like theirs (run steps with the in-progress opt-in; conversation events that wrap a
 * shared message per subscriber), the real shared execution, error hooks and pub/sub, and
 * clients that read the raw frames besides graphql-ws's own client.
 */
const SDL = /* GraphQL */ `
  type TextDelta {
    offset: Int!
    text: String!
  }
  type Step {
    seq: Int!
    kind: String!
    title: String!
    detail: String
    streaming: Boolean!
    textDelta: TextDelta
    broken: String
  }
  type Message {
    id: ID!
    text: String!
  }
  type VisitorEvent {
    message: Message
  }
  type Query {
    ok: Boolean
  }
  type Subscription {
    runSteps(runId: ID!): Step!
    visitorEvents: VisitorEvent!
  }
`;

interface Step {
  seq: number;
  kind: string;
  title: string;
  detail: string | null;
  streaming: boolean;
  textDelta: { offset: number; text: string } | null;
}

const STEPS = 'subscription ($runId: ID!) { runSteps(runId: $runId) { seq kind title } }';
const WIDE_STEPS =
  'subscription Wide($runId: ID!) { runSteps(runId: $runId) { seq title detail streaming } }';
const STREAMED_STEPS =
  'subscription ($runId: ID!) { runSteps(runId: $runId) { seq detail streaming textDelta { offset text } } }';
const BROKEN_STEPS = 'subscription ($runId: ID!) { runSteps(runId: $runId) { seq broken } }';
const VISITOR_EVENTS = 'subscription { visitorEvents { message { id text } } }';

const step = (seq: number, kind = 'REASONING', patch: Partial<Step> = {}): Step => ({
  seq,
  kind,
  title: `Step ${seq}`,
  detail: `detail ${seq}`,
  streaming: false,
  textDelta: null,
  ...patch,
});

interface TestServer {
  url: string;
  pubSub: InMemoryPubSub;
  sockets: { dispose(): void | Promise<void>; readonly serializedPayloads: number };
  /** Aborts the signal of the operation `id` on its socket, as a client leaving would. */
  abortOperation(id: string): void;
}

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((stop) => stop()));
});

/** `use/ws`: graphql-ws's own adapter, which the endpoints used before (for comparison). */
async function startServer(
  adapter: 'ours' | 'use/ws' = 'ours',
  keepAliveMs?: number,
  subscriptionReplayMs?: number,
): Promise<TestServer> {
  const pubSub = new InMemoryPubSub();
  const schema = testSchema(pubSub);
  const httpServer: Server = createServer();
  const wsServer = new WebSocketServer({ server: httpServer });
  const controllers = new Map<string, AbortController>();
  const shape = socketErrorHooks((formatted, error) =>
    formatError(formatted, error, { development: false, log: () => undefined }),
  );
  const options = {
    schema,
    subscribe: createSharedSubscribe({
      runSteps: { optIn: RUN_STEP_IN_PROGRESS },
      visitorEvents: {
        contentOf: (event) => (event as { message?: object }).message ?? null,
      },
    }),
    // As the endpoints do: the operation checked here, then run with the socket's context.
    onSubscribe: (_ctx, id, payload) => {
      const document = parse(payload.query);
      const errors = validate(schema, document);
      if (errors.length > 0) return errors;
      const controller = new AbortController();
      controllers.set(id, controller);
      return {
        schema,
        document,
        variableValues: payload.variables,
        contextValue: { signal: controller.signal },
      };
    },
    ...shape,
  } satisfies GraphQLWsOptions<Record<string, unknown>, WsExtra>;
  const sockets =
    adapter === 'ours'
      ? serveGraphQLWs(options, wsServer, {
          extra: (socket, request) => ({ socket, request }),
          ...(keepAliveMs ? { keepAliveMs } : {}),
          ...(subscriptionReplayMs ? { subscriptionReplayMs } : {}),
        })
      : {
          // graphql-ws's own hook gets the context, id, payload and arguments first.
          dispose: useServer(
            { ...options, onNext: (_ctx, _id, _payload, _args, result) => shape.onNext(result) },
            wsServer,
          ).dispose,
          serializedPayloads: Number.NaN,
        };
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  running.push(async () => {
    await sockets.dispose();
    await new Promise((resolve) => httpServer.close(resolve));
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    pubSub,
    sockets,
    abortOperation: (id) => controllers.get(id)?.abort(),
  };
}

function testSchema(pubSub: InMemoryPubSub): GraphQLSchema {
  const schema = buildSchema(SDL);
  const fields = (name: string) => {
    const type = schema.getType(name);
    if (!type || !('getFields' in type)) throw new Error(`no type ${name}`);
    return type.getFields() as Record<string, GraphQLField<unknown, unknown>>;
  };
  const subscription = fields('Subscription');
  (subscription.runSteps as GraphQLField<unknown, unknown>).subscribe = (_root, args) => {
    const { runId } = args as { runId: string };
    if (runId === 'missing') {
      throw new GraphQLError(`No run with id "${runId}".`, {
        extensions: { errorCode: 'RUN_NOT_FOUND' },
      });
    }
    return untilTerminal(pubSub.subscribe<Step>(`run:${runId}`));
  };
  (subscription.runSteps as GraphQLField<unknown, unknown>).resolve = (event) => event;
  // Like the widget's feeds: every subscriber wraps the shared message in its own event.
  (subscription.visitorEvents as GraphQLField<unknown, unknown>).subscribe = () =>
    wrapEach(pubSub.subscribe<object>('conversation'));
  (subscription.visitorEvents as GraphQLField<unknown, unknown>).resolve = (event) => event;
  (fields('Step').broken as GraphQLField<unknown, unknown>).resolve = () => {
    throw new Error('this step cannot be shown');
  };
  return stopResolvingWhenClientLeaves(schema);
}

/** Ends after the terminal step, as `runSteps` does; `return()` never waits for a next step. */
function untilTerminal(live: TopicSubscription<Step>): AsyncIterableIterator<Step> {
  let finished = false;
  const iterator: AsyncIterableIterator<Step> = {
    async next() {
      if (finished) return live.return();
      const result = await live.next();
      if (!result.done && result.value.kind === 'COMPLETED') finished = true;
      return result;
    },
    return: () => live.return(),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

function wrapEach(live: TopicSubscription<object>): AsyncIterableIterator<{ message: object }> {
  const iterator: AsyncIterableIterator<{ message: object }> = {
    async next() {
      const result = await live.next();
      return result.done ? result : { done: false, value: { message: result.value } };
    },
    return: async () => ({ done: true, value: (await live.return()).value }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** A graphql-transport-ws client on a bare socket: keeps every frame exactly as received. */
class RawClient {
  readonly frames: string[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.frames.push(String(data)));
  }

  static async open(url: string, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
    const socket = new WebSocket(url, 'graphql-transport-ws', options);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const client = new RawClient(socket);
    running.push(() => client.close());
    client.send({ type: 'connection_init' });
    await vi.waitFor(() => expect(client.frames).toContain('{"type":"connection_ack"}'));
    return client;
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  complete(id: string): void {
    this.send({ id, type: 'complete' });
  }

  get closed(): boolean {
    return this.socket.readyState === WebSocket.CLOSED;
  }

  /** Frames about the operation `id`, parsed. */
  messages(id: string): Message[] {
    return this.frames
      .map((frame) => JSON.parse(frame) as Message)
      .filter((message) => 'id' in message && message.id === id);
  }

  /** The raw `payload` text of each `next` frame of operation `id`. */
  payloadTexts(id: string): string[] {
    const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    return this.frames.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length, -1));
  }

  private send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  private close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

const nexts = (client: RawClient, id: string) =>
  client.messages(id).flatMap((m) => (m.type === 'next' ? [m.payload] : []));

async function subscribed(server: TestServer, topic: string, count: number) {
  await vi.waitFor(() => expect(server.pubSub.subscriberCount(topic)).toBe(count), {
    timeout: 5_000,
  });
}

describe('GraphQL over WebSocket, each result serialized once', () => {
  it('sends every subscriber of one operation the same payload bytes under its own id, in order, serialized once per event', async () => {
    const server = await startServer();
    const clients = await Promise.all(Array.from({ length: 5 }, () => RawClient.open(server.url)));
    clients.forEach((client, i) => client.subscribe(`watch-${i}`, STEPS, { runId: 'r1' }));
    await subscribed(server, 'run:r1', 5);
    const before = server.sockets.serializedPayloads;

    for (const seq of [2, 3, 4]) await server.pubSub.publish('run:r1', step(seq));
    await server.pubSub.publish('run:r1', step(5, 'COMPLETED'));

    for (const [i, client] of clients.entries()) {
      await vi.waitFor(() =>
        expect(client.messages(`watch-${i}`).at(-1)).toEqual({
          id: `watch-${i}`,
          type: 'complete',
        }),
      );
    }
    const payloads = clients.map((client, i) => client.payloadTexts(`watch-${i}`));
    expect(payloads[0]).toEqual([
      '{"data":{"runSteps":{"seq":2,"kind":"REASONING","title":"Step 2"}}}',
      '{"data":{"runSteps":{"seq":3,"kind":"REASONING","title":"Step 3"}}}',
      '{"data":{"runSteps":{"seq":4,"kind":"REASONING","title":"Step 4"}}}',
      '{"data":{"runSteps":{"seq":5,"kind":"COMPLETED","title":"Step 5"}}}',
    ]);
    for (const other of payloads.slice(1)) expect(other).toEqual(payloads[0]);
    // Every frame is exactly what graphql-ws itself would have written for that message.
    for (const frame of clients.flatMap((client) => client.frames)) {
      expect(stringifyMessage(JSON.parse(frame) as Message)).toBe(frame);
    }
    expect(server.sockets.serializedPayloads - before).toBe(4);
  });

  it('gives each selection set its own shape, serialized once per event each, on one socket too', async () => {
    const server = await startServer();
    const [narrow, wide] = await Promise.all([
      RawClient.open(server.url),
      RawClient.open(server.url),
    ]);
    narrow.subscribe('narrow', STEPS, { runId: 'r2' });
    narrow.subscribe('wide', WIDE_STEPS, { runId: 'r2' });
    wide.subscribe('1', WIDE_STEPS, { runId: 'r2' });
    await subscribed(server, 'run:r2', 3);
    const before = server.sockets.serializedPayloads;

    await server.pubSub.publish('run:r2', step(2));
    await server.pubSub.publish('run:r2', step(3, 'COMPLETED'));

    await vi.waitFor(() => expect(nexts(wide, '1')).toHaveLength(2));
    await vi.waitFor(() => expect(nexts(narrow, 'wide')).toHaveLength(2));
    expect(nexts(narrow, 'narrow')).toEqual([
      { data: { runSteps: { seq: 2, kind: 'REASONING', title: 'Step 2' } } },
      { data: { runSteps: { seq: 3, kind: 'COMPLETED', title: 'Step 3' } } },
    ]);
    const widePayloads = [
      { data: { runSteps: { seq: 2, title: 'Step 2', detail: 'detail 2', streaming: false } } },
      { data: { runSteps: { seq: 3, title: 'Step 3', detail: 'detail 3', streaming: false } } },
    ];
    expect(nexts(narrow, 'wide')).toEqual(widePayloads);
    expect(nexts(wide, '1')).toEqual(widePayloads);
    expect(server.sockets.serializedPayloads - before).toBe(4); // 2 events x 2 selections
  });

  it('shares the execution of events that wrap one shared object, as the widget feeds do', async () => {
    const server = await startServer();
    const tabs = await Promise.all([RawClient.open(server.url), RawClient.open(server.url)]);
    tabs.forEach((tab) => tab.subscribe('events', VISITOR_EVENTS));
    await subscribed(server, 'conversation', 2);
    const before = server.sockets.serializedPayloads;

    await server.pubSub.publish('conversation', { id: 'm1', text: 'Hello' });
    await server.pubSub.publish('conversation', { id: 'm2', text: 'Anyone there?' });

    for (const tab of tabs) {
      await vi.waitFor(() =>
        expect(tab.payloadTexts('events')).toEqual([
          '{"data":{"visitorEvents":{"message":{"id":"m1","text":"Hello"}}}}',
          '{"data":{"visitorEvents":{"message":{"id":"m2","text":"Anyone there?"}}}}',
        ]),
      );
    }
    expect(server.sockets.serializedPayloads - before).toBe(2);
  });

  it('sends a field error shaped as before, the same to every subscriber, and refusals as before', async () => {
    const server = await startServer();
    const [first, second] = await Promise.all([
      RawClient.open(server.url),
      RawClient.open(server.url),
    ]);
    first.subscribe('a', BROKEN_STEPS, { runId: 'r3' });
    second.subscribe('b', BROKEN_STEPS, { runId: 'r3' });
    first.subscribe('missing', STEPS, { runId: 'missing' });
    second.subscribe('invalid', '{ runSteps(runId: "r3") { nope } }');
    await subscribed(server, 'run:r3', 2);

    await server.pubSub.publish('run:r3', step(2));

    const broken = {
      data: { runSteps: { seq: 2, broken: null } },
      errors: [
        expect.objectContaining({
          message: 'Internal error',
          path: ['runSteps', 'broken'],
          extensions: expect.objectContaining({ errorCode: 'INTERNAL' }),
        }),
      ],
    };
    await vi.waitFor(() => expect(nexts(first, 'a')).toEqual([broken]));
    await vi.waitFor(() => expect(second.payloadTexts('b')).toEqual(first.payloadTexts('a')));
    expect(first.frames.join('\n')).not.toContain('this step cannot be shown');
    // Refused by `subscribe`: a result with the error, then complete (graphql-ws's way).
    await vi.waitFor(() =>
      expect(first.messages('missing')).toEqual([
        {
          id: 'missing',
          type: 'next',
          payload: {
            errors: [
              expect.objectContaining({
                message: 'No run with id "missing".',
                extensions: expect.objectContaining({ errorCode: 'RUN_NOT_FOUND' }),
              }),
            ],
          },
        },
        { id: 'missing', type: 'complete' },
      ]),
    );
    await vi.waitFor(() =>
      expect(second.messages('invalid')).toEqual([
        {
          id: 'invalid',
          type: 'error',
          payload: [expect.objectContaining({ message: 'Internal error' })],
        },
      ]),
    );
  });

  it('stops sending to an operation its client completed, while the others go on', async () => {
    const server = await startServer();
    const [leaving, staying] = await Promise.all([
      RawClient.open(server.url),
      RawClient.open(server.url),
    ]);
    leaving.subscribe('1', STEPS, { runId: 'r4' });
    staying.subscribe('1', STEPS, { runId: 'r4' });
    await subscribed(server, 'run:r4', 2);
    await server.pubSub.publish('run:r4', step(2));
    await vi.waitFor(() => expect(nexts(leaving, '1')).toHaveLength(1));

    leaving.complete('1');
    await subscribed(server, 'run:r4', 1);
    await server.pubSub.publish('run:r4', step(3, 'COMPLETED'));

    await vi.waitFor(() => expect(staying.messages('1').at(-1)?.type).toBe('complete'));
    expect(nexts(staying, '1')).toHaveLength(2);
    expect(leaving.messages('1').map((m) => m.type)).toEqual(['next']);
  });

  it('sends steps being written only to operations that select textDelta', async () => {
    const server = await startServer();
    const [streamed, settled] = await Promise.all([
      RawClient.open(server.url),
      RawClient.open(server.url),
    ]);
    streamed.subscribe('s', STREAMED_STEPS, { runId: 'r5' });
    settled.subscribe('s', STREAMED_STEPS.replace(' textDelta { offset text }', ''), {
      runId: 'r5',
    });
    await subscribed(server, 'run:r5', 2);

    await server.pubSub.publish('run:r5', step(2, 'REASONING', { detail: '', streaming: true }));
    await server.pubSub.publish(
      'run:r5',
      step(2, 'REASONING', { detail: null, streaming: true, textDelta: { offset: 0, text: 'Hi' } }),
    );
    await server.pubSub.publish('run:r5', step(2, 'REASONING', { detail: 'Hi' }));
    await server.pubSub.publish('run:r5', step(3, 'COMPLETED'));

    await vi.waitFor(() => expect(settled.messages('s').at(-1)?.type).toBe('complete'));
    await vi.waitFor(() => expect(streamed.messages('s').at(-1)?.type).toBe('complete'));
    expect(nexts(streamed, 's')).toEqual([
      { data: { runSteps: { seq: 2, detail: '', streaming: true, textDelta: null } } },
      {
        data: {
          runSteps: { seq: 2, detail: null, streaming: true, textDelta: { offset: 0, text: 'Hi' } },
        },
      },
      { data: { runSteps: { seq: 2, detail: 'Hi', streaming: false, textDelta: null } } },
      { data: { runSteps: { seq: 3, detail: 'detail 3', streaming: false, textDelta: null } } },
    ]);
    expect(nexts(settled, 's')).toEqual([
      { data: { runSteps: { seq: 2, detail: 'Hi', streaming: false } } },
      { data: { runSteps: { seq: 3, detail: 'detail 3', streaming: false } } },
    ]);
  });

  it("does not pass a departed subscriber's aborted result on to the others", async () => {
    const server = await startServer();
    const [departed, present] = await Promise.all([
      RawClient.open(server.url),
      RawClient.open(server.url),
    ]);
    departed.subscribe('gone', STEPS, { runId: 'r6' });
    await subscribed(server, 'run:r6', 1);
    present.subscribe('here', STEPS, { runId: 'r6' });
    await subscribed(server, 'run:r6', 2);
    server.abortOperation('gone'); // its client left; the stream has not noticed yet

    await server.pubSub.publish('run:r6', step(2));

    await vi.waitFor(() =>
      expect(nexts(present, 'here')).toEqual([
        { data: { runSteps: { seq: 2, kind: 'REASONING', title: 'Step 2' } } },
      ]),
    );
  });

  it("delivers to graphql-ws's own client exactly as before", async () => {
    const server = await startServer();
    const client = createClient({ url: server.url, webSocketImpl: WebSocket, retryAttempts: 0 });
    running.push(() => client.dispose() as Promise<void>);
    const received: unknown[] = [];
    const done = new Promise<void>((resolve, reject) =>
      client.subscribe(
        { query: WIDE_STEPS, variables: { runId: 'r7' } },
        { next: (value) => received.push(value), error: reject, complete: resolve },
      ),
    );
    await subscribed(server, 'run:r7', 1);

    await server.pubSub.publish('run:r7', step(2));
    await server.pubSub.publish('run:r7', step(3, 'COMPLETED'));

    await done;
    expect(received).toEqual([
      { data: { runSteps: { seq: 2, title: 'Step 2', detail: 'detail 2', streaming: false } } },
      { data: { runSteps: { seq: 3, title: 'Step 3', detail: 'detail 3', streaming: false } } },
    ]);
  });

  it("writes the very frames graphql-ws's own ws adapter writes", async () => {
    const scenario = async (server: TestServer) => {
      const client = await RawClient.open(server.url);
      client.subscribe('narrow', STEPS, { runId: 'r8' });
      client.subscribe('wide', WIDE_STEPS, { runId: 'r8' });
      client.subscribe('broken', BROKEN_STEPS, { runId: 'r8' });
      await subscribed(server, 'run:r8', 3);
      client.subscribe('missing', STEPS, { runId: 'missing' });
      client.subscribe('invalid', '{ runSteps(runId: "r8") { nope } }');
      await vi.waitFor(() => expect(client.messages('invalid')).toHaveLength(1));
      await vi.waitFor(() => expect(client.messages('missing')).toHaveLength(2));
      await server.pubSub.publish(
        'run:r8',
        step(2, 'REASONING', { title: 'Ünïcødé "quoted" \\ ✓' }),
      );
      await server.pubSub.publish('run:r8', step(3, 'COMPLETED'));
      await vi.waitFor(() => expect(client.messages('narrow').at(-1)?.type).toBe('complete'));
      await vi.waitFor(() => expect(client.messages('wide').at(-1)?.type).toBe('complete'));
      await vi.waitFor(() => expect(client.messages('broken').at(-1)?.type).toBe('complete'));
      // Per operation: the interleaving of operations on one socket is not part of the protocol.
      return ['narrow', 'wide', 'broken', 'missing', 'invalid'].map((id) =>
        client.frames.filter((frame) => frame.startsWith(`{"id":"${id}"`)),
      );
    };

    const ours = await scenario(await startServer('ours'));
    const theirs = await scenario(await startServer('use/ws'));

    expect(ours).toEqual(theirs);
    expect(ours.flat()).toHaveLength(12); // 3 x (2 next + complete), missing 2, invalid 1
  });

  it('pings every socket and drops one that stopped answering, keeping the others', async () => {
    const server = await startServer('ours', 100);
    const answering = await RawClient.open(server.url);
    const silent = await RawClient.open(server.url, { autoPong: false });

    await vi.waitFor(() => expect(silent.closed).toBe(true), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // three more rounds of pings
    expect(answering.closed).toBe(false);
  });

  it('counts an operation as awaited until its answer or first event, and a quiet subscription for its replay time at most', async () => {
    const server = await startServer('ours', undefined, 60_000);
    const client = await RawClient.open(server.url);
    expect(foregroundWorkUnderWay()).toBe(0);

    client.subscribe('steps', STEPS, { runId: 'r9' });
    client.subscribe('quiet', VISITOR_EVENTS);
    client.subscribe('refused', 'subscription { nothing }');
    await vi.waitFor(() => expect(client.messages('refused').at(-1)?.type).toBe('error'));
    // Both subscriptions wait for their first event: someone is waiting on them.
    await vi.waitFor(() => expect(foregroundWorkUnderWay()).toBe(2));

    await server.pubSub.publish('run:r9', step(1));
    await vi.waitFor(() => expect(client.messages('steps')).toHaveLength(1));
    expect(foregroundWorkUnderWay()).toBe(1);
    client.complete('quiet');
    await vi.waitFor(() => expect(foregroundWorkUnderWay()).toBe(0));

    // A storefront visitor's feed with nothing to say no longer counts after its replay time.
    const quick = await startServer('ours', undefined, 100);
    const visitor = await RawClient.open(quick.url);
    visitor.subscribe('quiet', VISITOR_EVENTS);
    await vi.waitFor(() => expect(foregroundWorkUnderWay()).toBe(0), { timeout: 1_000 });
    expect(visitor.messages('quiet')).toEqual([]);
  });
});
