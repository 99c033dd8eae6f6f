import type { IncomingMessage } from 'node:http';
import type { Writable } from 'node:stream';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ConnectionInitMessage,
  type ServerOptions,
} from 'graphql-ws';
import WebSocket, { type WebSocketServer } from 'ws';
import { beginForegroundWork } from '@zactonics/db';
import { DONE, pollOf, type Fail, type Pollable, type Wake } from '../events/pollable.js';
import { processLogger } from '../logging/process-logger.js';
import { corkUntilTickEnd } from './tick-corking.js';

/** What graphql-ws's own `use/ws` puts in `ctx.extra`. */
export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

type Payload = ConnectionInitMessage['payload'];
type Options<P extends Payload, X> = ServerOptions<P, X>;

export type GraphQLWsOptions<P extends Payload, X> = Omit<
  Options<P, X>,
  'onNext' | 'jsonMessageReplacer'
> & {
  /**
   * Shapes a result before it is sent (errors formatted). It gets the result alone and returns
   * at once: its output is serialized once per result object and that JSON goes to every
   * subscriber the same result reaches (shared-subscription-execution.ts shares them).
   */
  onNext?: (result: ExecutionResult) => FormattedExecutionResult | undefined;
};

export interface GraphQLWsServer {
  /** Closes every socket (1001) and the socket server. */
  dispose(): Promise<void>;
  /** `next` payloads serialized so far: one per result, however many sockets it reached. */
  readonly serializedPayloads: number;
  /** Sockets open now, and subscriptions streaming on them (metrics read these at scrape). */
  readonly connections: number;
  readonly subscriptions: number;
}

/**
 * graphql-ws's server core on a `ws` server: our replacement for graphql-ws's `use/ws` adapter
 * (a thin one the library invites copying), for the same protocol on the wire, byte for byte.
 * graphql-ws builds `{ id, type: 'next', payload }` and `JSON.stringify`s it for every subscriber
 * and every event; the subscribers of one shared result (shared-subscription-execution.ts) differ
 * only in `id`. Here:
 *
 * - **A result's payload is serialized once**, by the first subscriber it reaches, and cached by
 *   the result's identity (a WeakMap: it lives as long as the result).
 * - **A subscription's events go straight to its socket** (StreamedFrames, through `onOperation`):
 *   the frame is the subscription's own prefix, `{"id":…,"type":"next","payload":`, then the
 *   cached JSON. graphql-ws still runs the protocol (subscribe, complete, errors, close codes).
 * - **Single results** (queries and mutations over the socket, a subscription refused before it
 *   streams) keep graphql-ws's path, with the same cache: `onNext` returns a SerializedPayload,
 *   our `jsonMessageReplacer` leaves it out (`{"id":"7","type":"next"}`) and `send` splices the
 *   JSON in as the last member, where graphql-ws puts it. Node 20 has no `JSON.rawJSON`, so a
 *   replacer cannot emit raw JSON itself: the splice needs the adapter's `send`, one reason for
 *   our own adapter. The replacer hands the JSON to `send` through `pendingPayload`: graphql-ws
 *   calls `socket.send(stringifyMessage(message, replacer))`, one synchronous expression, so
 *   nothing runs between the two.
 * - **One keep-alive timer for all sockets**, not an interval and a timeout per socket: every
 *   `keepAliveMs` each socket that answered the last ping gets a new one, and one that did not
 *   is terminated (the same deadline as `use/ws`).
 * - **`ctx.extra` is what the endpoint keeps** (`settings.extra`), not always the upgrade request.
 *
 * Frames are written without a completion callback: `use/ws` made graphql-ws wait for each write
 * before the subscription's next event, a promise and a tick per frame; `ws` buffers in order
 * anyway, and a socket whose write fails emits `error`, which closes it.
 */
export function serveGraphQLWs<P extends Payload, X extends { readonly socket: WebSocket }>(
  options: GraphQLWsOptions<P, X>,
  wsServer: WebSocketServer,
  settings: {
    /**
     * The socket's `ctx.extra`, kept for as long as it is open: keep only what the hooks need
     * (an upgrade request is ~1.3 KB a socket; `use/ws` keeps it, as `WsExtra`).
     */
    extra: (socket: WebSocket, request: IncomingMessage) => X;
    keepAliveMs?: number;
    /** How long a new subscription counts as awaited when its first event does not come sooner. */
    subscriptionReplayMs?: number;
  },
): GraphQLWsServer {
  const { extra, keepAliveMs = 12_000, subscriptionReplayMs = 250 } = settings;
  const { onNext: shape, onOperation, ...rest } = options;
  const payloads = new WeakMap<ExecutionResult, SerializedPayload>();
  let serializedPayloads = 0;
  let streaming = 0;
  const streamEnded = () => void streaming--;
  let pendingPayload: string | undefined;
  // What graphql-ws sees of each socket (SocketAdapter), found by the shared listeners' `this`.
  const adapters = new WeakMap<WebSocket, SocketAdapter>();
  const adapterOf = (socket: WebSocket): SocketAdapter => {
    const adapter = adapters.get(socket);
    if (!adapter) throw new Error('an operation on a socket the server did not open');
    return adapter;
  };

  /**
   * The result's payload in JSON, made by the first subscriber it reaches. One function for every
   * stream: a subscription keeps no closure of its own (a storefront's idle socket keeps it for
   * hours).
   */
  const serialized = (result: ExecutionResult) => {
    let known = payloads.get(result);
    if (!known) {
      const formatted = shape?.(result) ?? defaultPayload(result);
      known = new SerializedPayload(JSON.stringify(formatted));
      payloads.set(result, known);
      serializedPayloads++;
    }
    return known;
  };

  // An operation is a request someone waits for until its answer or its first event: background
  // work (runs executing) yields to it meanwhile (beginForegroundWork).
  const awaited = new WeakMap<WebSocket, Map<string, () => void>>();
  const answered = ({ socket }: X, id: string) => {
    const operations = awaited.get(socket);
    operations?.get(id)?.();
    operations?.delete(id);
  };

  const server = makeServer<P, X>({
    ...rest,
    onSubscribe(ctx, id, payload) {
      let operations = awaited.get(ctx.extra.socket);
      if (!operations) awaited.set(ctx.extra.socket, (operations = new Map()));
      operations.set(id, beginForegroundWork());
      return rest.onSubscribe?.(ctx, id, payload);
    },
    onError(ctx, id, payload, errors) {
      answered(ctx.extra, id);
      return rest.onError?.(ctx, id, payload, errors);
    },
    onComplete(ctx, id, payload) {
      answered(ctx.extra, id);
      return rest.onComplete?.(ctx, id, payload);
    },
    onClose(ctx, code, reason) {
      for (const end of awaited.get(ctx.extra.socket)?.values() ?? []) end();
      awaited.delete(ctx.extra.socket);
      return rest.onClose?.(ctx, code, reason);
    },
    // A subscription's events skip graphql-ws's per-event path (see StreamedFrames).
    async onOperation(ctx, id, payload, args, result) {
      const operationResult = (await onOperation?.(ctx, id, payload, args, result)) || result;
      if (!isAsyncIterable(operationResult)) {
        answered(ctx.extra, id);
        return operationResult;
      }
      streaming++;
      // Awaited until its first event, or for as long as a replay takes: a subscription waiting
      // for live events (a storefront visitor's, for hours) is no one waiting.
      answered(ctx.extra, id);
      return new StreamedFrames(
        operationResult,
        adapterOf(ctx.extra.socket),
        id,
        serialized,
        streamEnded,
        beginForegroundWork(subscriptionReplayMs),
      );
    },
    // Single results (queries and mutations over the socket, a subscription refused before
    // streaming) still take graphql-ws's path: serialized here, spliced in by `send`.
    onNext(_ctx, _id, _payload, _args, result) {
      // graphql-ws only checks that a payload is an object; the replacer takes it out again.
      return serialized(result) as unknown as FormattedExecutionResult;
    },
    jsonMessageReplacer(key, value: unknown) {
      if (key === '') pendingPayload = undefined; // a new message starts
      if (!(value instanceof SerializedPayload)) return value;
      pendingPayload = value.json;
      return undefined;
    },
  });

  const alive = new WeakSet<WebSocket>();
  const sockets = new Set<WebSocket>();
  const heartbeat =
    keepAliveMs > 0 && Number.isFinite(keepAliveMs)
      ? setInterval(() => {
          for (const socket of sockets) {
            if (socket.readyState !== WebSocket.OPEN) continue;
            if (!alive.has(socket)) {
              socket.terminate();
              continue;
            }
            alive.delete(socket);
            socket.ping();
          }
        }, keepAliveMs)
      : undefined;
  heartbeat?.unref();
  function markAlive(this: WebSocket) {
    alive.add(this);
  }

  wsServer.options.handleProtocols = handleProtocols;
  wsServer.once('error', (error) => {
    processLogger().error('Internal error emitted on the WebSocket server.', error);
    for (const client of wsServer.clients) {
      client.close(CloseCode.InternalServerError, 'Internal server error');
    }
  });

  // One set of listeners for every socket, `this` being the socket (see SocketAdapter).
  const takePendingPayload = () => {
    const payload = pendingPayload;
    pendingPayload = undefined;
    return payload;
  };
  function onSocketError(this: WebSocket, error: Error) {
    processLogger().error('Internal error emitted on a WebSocket.', error);
    this.close(CloseCode.InternalServerError, 'Internal server error');
  }
  function onSocketMessage(this: WebSocket, data: WebSocket.RawData) {
    adapters.get(this)?.receive(String(data));
  }
  function onSocketClose(this: WebSocket, code: number, reason: Buffer) {
    sockets.delete(this);
    void adapters.get(this)?.closed?.(code, String(reason));
  }

  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    // `on`, not `once`: ws emits each once, and `once` costs a wrapper a socket.
    socket.on('error', onSocketError);
    sockets.add(socket);
    alive.add(socket);
    socket.on('pong', markAlive);
    // The upgrade's own connection, which `ws` now writes to: streamed frames cork it.
    const adapter = new SocketAdapter(socket, request.socket, takePendingPayload);
    adapters.set(socket, adapter);
    socket.on('message', onSocketMessage);
    socket.on('close', onSocketClose);
    adapter.closed = server.opened(adapter, extra(socket, request));
  });

  return {
    get serializedPayloads() {
      return serializedPayloads;
    },
    get connections() {
      return sockets.size;
    },
    get subscriptions() {
      return streaming;
    },
    async dispose() {
      clearInterval(heartbeat);
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wsServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/**
 * What graphql-ws's core sees of one `ws` socket. Its methods are the prototype's and its
 * listeners are shared (serveGraphQLWs): an open socket costs this object, not a closure for each
 * callback, which a storefront's idle sockets would hold by the thousand.
 */
class SocketAdapter {
  /** graphql-ws's close hook for this socket, once it is opened. */
  closed: ((code: number, reason: string) => Promise<void>) | undefined;
  private handle: ((data: string) => Promise<void>) | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly connection: Writable,
    /** The JSON `jsonMessageReplacer` took out of the message being sent, if any. */
    private readonly takePendingPayload: () => string | undefined,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): void {
    const payload = this.takePendingPayload();
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(payload === undefined ? data : withPayload(data, payload));
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  /** A subscription's event: written with the rest of this tick's (http/tick-corking.ts). */
  sendFrame(frame: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    corkUntilTickEnd(this.connection);
    this.socket.send(frame);
  }

  // Not an async listener: graphql-ws's handler stays pending for as long as the subscription it
  // starts, and an async wrapper would keep the frame's bytes that long.
  onMessage(handle: (data: string) => Promise<void>): void {
    this.handle = handle;
  }

  receive(data: string): void {
    this.handle?.(data).catch((error: unknown) => {
      processLogger().error('Internal error while handling a WebSocket message.', error);
      this.socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }
}

/**
 * A subscription's results written straight to its socket, one frame each: graphql-ws iterates
 * this, which yields nothing and ends when the results end (then graphql-ws sends `complete`;
 * a thrown error becomes its `error` message; the client's `complete` or a closed socket calls
 * `return()`). Its own per-event path (an async `emit.next`, the `onNext` hook awaited, the
 * message validated and stringified, `send` awaited) cost more than the write itself when one
 * event goes to 1,000 sockets; here an event costs one `await` and a string concatenation. The
 * frame is byte for byte the one graphql-ws writes: `{"id":…,"type":"next","payload":…}`.
 */
class StreamedFrames implements AsyncIterableIterator<never> {
  private readonly results: AsyncIterator<ExecutionResult, undefined>;
  private readonly pollResults: Pollable<ExecutionResult>['poll'];
  private readonly prefix: string;
  /** The pending `next()`'s promise, settled when the results end. */
  private settle: { resolve: Wake<never>; reject: Fail } | undefined;

  constructor(
    results: AsyncIterable<ExecutionResult>,
    private readonly adapter: SocketAdapter,
    id: string,
    /** The result's payload, serialized once whoever it reaches. */
    private readonly serialized: (result: ExecutionResult) => SerializedPayload,
    /** Told once when the stream ends, however it ends (the subscriptions count). */
    private onEnd?: () => void,
    /** Told when the first event is written, or the stream ends without one. */
    private onFirst?: () => void,
  ) {
    this.results = results[Symbol.asyncIterator]() as AsyncIterator<ExecutionResult, undefined>;
    this.pollResults = pollOf(this.results);
    this.prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  /**
   * Pending until the results end. The results are polled (events/pollable.ts): a step the bus
   * delivers is written to this socket within the delivery, as a bare `ws` server would.
   */
  next(): Promise<IteratorResult<never, undefined>> {
    return new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
      this.pump();
    });
  }

  /** Writes what is there now; the results wake `onResult` when more comes. */
  private pump(): void {
    try {
      for (;;) {
        const result = this.pollResults(this.onResult, this.onFailure);
        if (!result || !this.write(result)) return;
      }
    } catch (error) {
      this.onFailure(error);
    }
  }

  private readonly onResult = (result: IteratorResult<ExecutionResult, undefined>) => {
    try {
      if (this.write(result)) this.pump();
    } catch (error) {
      this.onFailure(error);
    }
  };

  private readonly onFailure = (error: unknown) => {
    this.ended();
    this.settle?.reject(error);
  };

  /** Sends a result's frame; false once the results ended. */
  private write(result: IteratorResult<ExecutionResult, undefined>): boolean {
    if (result.done) {
      this.ended();
      this.settle?.resolve(DONE);
      return false;
    }
    const { json } = this.serialized(result.value);
    this.adapter.sendFrame(`${this.prefix}${json}}`);
    if (this.onFirst) this.first();
    return true;
  }

  async return(): Promise<IteratorResult<never, undefined>> {
    this.ended();
    await this.results.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<never, undefined>> {
    this.ended();
    await this.results.return?.();
    throw error;
  }

  private ended(): void {
    const onEnd = this.onEnd;
    this.onEnd = undefined;
    onEnd?.();
    this.first();
  }

  private first(): void {
    const onFirst = this.onFirst;
    this.onFirst = undefined;
    onFirst?.();
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** A `next` payload already in JSON, standing in for the payload object in the message. */
class SerializedPayload {
  constructor(readonly json: string) {}
}

/** What graphql-ws sends when `onNext` returns nothing: the result, errors only when present. */
function defaultPayload(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...withoutErrors } = result;
  return errors ? { ...withoutErrors, errors: errors.map((e) => e.toJSON()) } : withoutErrors;
}

const NEXT_WITHOUT_PAYLOAD = /^\{"id":.*,"type":"next"\}$/s;

/** `{"id":"7","type":"next"}` + `{"data":...}` -> `{"id":"7","type":"next","payload":{"data":...}}` */
function withPayload(message: string, payloadJson: string): string {
  // Fails loudly if a graphql-ws upgrade ever reorders or adds members.
  if (!NEXT_WITHOUT_PAYLOAD.test(message)) {
    throw new Error(`a pre-serialized payload cannot be spliced into ${message.slice(0, 80)}`);
  }
  return `${message.slice(0, -1)},"payload":${payloadJson}}`;
}
