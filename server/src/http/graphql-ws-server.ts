import type { IncomingMessage } from 'node:http';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ConnectionInitMessage,
  type ServerOptions,
} from 'graphql-ws';
import WebSocket, { type WebSocketServer } from 'ws';

/** What every hook finds in `ctx.extra`, as with graphql-ws's own `use/ws`. */
export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

type Payload = ConnectionInitMessage['payload'];
type Options<P extends Payload, E> = ServerOptions<P, WsExtra & Partial<E>>;

export type GraphQLWsOptions<P extends Payload, E> = Omit<
  Options<P, E>,
  'onNext' | 'jsonMessageReplacer'
> & {
  /**
   * Shapes a result before it is sent (errors formatted). It must depend on `result` alone and
   * return at once: its output is serialized once per result object and that JSON goes to every
   * subscriber the same result reaches (shared-subscription-execution.ts shares them).
   */
  onNext?: (
    ...args: Parameters<NonNullable<Options<P, E>['onNext']>>
  ) => FormattedExecutionResult | undefined;
};

export interface GraphQLWsServer {
  /** Closes every socket (1001) and the socket server. */
  dispose(): Promise<void>;
  /** `next` payloads serialized so far: one per result, however many sockets it reached. */
  readonly serializedPayloads: number;
}

/**
 * graphql-ws's server core on a `ws` server: our replacement for graphql-ws's `use/ws` adapter
 * (a thin one the library invites copying), for the same protocol on the wire, byte for byte,
 * with two differences inside:
 *
 * - **A result is serialized once, not once per socket.** graphql-ws builds
 *   `{ id, type: 'next', payload }` and `JSON.stringify`s it for every subscriber; only `id`
 *   differs between the subscribers of one shared result. Here `onNext` turns a result into a
 *   SerializedPayload holding its JSON, cached by the result's identity; graphql-ws still
 *   validates and stringifies the message, but our `jsonMessageReplacer` leaves the payload out
 *   (`{"id":"7","type":"next"}`) and `send` splices the cached JSON in as the last member, where
 *   graphql-ws puts it. Node 20 has no `JSON.rawJSON`, so a replacer cannot emit raw JSON itself,
 *   and wrapping `onNext` alone cannot stop the per-socket stringify: the splice needs the
 *   adapter's `send`, hence our own adapter rather than `use/ws` plus options.
 *   The replacer hands the JSON to `send` through `pendingPayload`: graphql-ws calls
 *   `socket.send(stringifyMessage(message, replacer))`, one synchronous expression, so nothing
 *   runs between the two.
 * - **One keep-alive timer for all sockets**, not an interval and a timeout per socket: every
 *   `keepAliveMs` each socket that answered the last ping gets a new one, and one that did not
 *   is terminated (the same deadline as `use/ws`).
 *
 * Frames are written without a completion callback: graphql-ws would wait for each write before
 * sending the subscription's next event, a promise and a tick per frame; `ws` buffers in order
 * anyway, and a socket that fails emits `error`, which closes it.
 */
export function serveGraphQLWs<P extends Payload, E extends Record<PropertyKey, unknown>>(
  options: GraphQLWsOptions<P, E>,
  wsServer: WebSocketServer,
  keepAliveMs = 12_000,
): GraphQLWsServer {
  const { onNext: shape, ...rest } = options;
  const payloads = new WeakMap<ExecutionResult, SerializedPayload>();
  let serializedPayloads = 0;
  let pendingPayload: string | undefined;

  const server = makeServer<P, WsExtra & Partial<E>>({
    ...rest,
    onNext(ctx, id, payload, args, result) {
      let serialized = payloads.get(result);
      if (!serialized) {
        serialized = new SerializedPayload(
          JSON.stringify(shape?.(ctx, id, payload, args, result) ?? defaultPayload(result)),
        );
        payloads.set(result, serialized);
        serializedPayloads++;
      }
      // graphql-ws only checks that a payload is an object; the replacer takes it out again.
      return serialized as unknown as FormattedExecutionResult;
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
    console.error('Internal error emitted on the WebSocket server.', error);
    for (const client of wsServer.clients) {
      client.close(CloseCode.InternalServerError, 'Internal server error');
    }
  });

  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      console.error('Internal error emitted on a WebSocket.', error);
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    sockets.add(socket);
    alive.add(socket);
    socket.on('pong', markAlive);

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send(data) {
          const payload = pendingPayload;
          pendingPayload = undefined;
          if (socket.readyState !== WebSocket.OPEN) return;
          socket.send(payload === undefined ? data : withPayload(data, payload));
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              console.error('Internal error while handling a WebSocket message.', error);
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request } as WsExtra & Partial<E>,
    );

    socket.once('close', (code, reason) => {
      sockets.delete(socket);
      void closed(code, String(reason));
    });
  });

  return {
    get serializedPayloads() {
      return serializedPayloads;
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
