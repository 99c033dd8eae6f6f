import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { DomainError } from '../errors.js';
import { assertWithinRate, isOriginAllowed, RateLimiter } from '../modules/widget/access/index.js';
import type { PublishableKeyPrincipal } from '../modules/widget/publishable-key.service.js';
import { createWidgetContext, type WidgetContext } from '../modules/widget/widget-context.js';
import type { Clock } from '../runtime/clock.js';
import { signalForResponse, SocketOperationSignals } from '../graphql/client-abort.js';
import {
  checkSocketOperation,
  operationBoundsMiddleware,
  operationCostPlugin,
} from '../graphql/guarded-transports.js';
import { OperationGuard, WIDGET_LIMITS } from '../graphql/operation-limits.js';
import type { HubServices } from '../services.js';

export const WIDGET_GRAPHQL_PATH = '/widget/graphql';
/** A widget request is a chat message or a form: far below the console's 1 MB. */
const WIDGET_BODY_LIMIT_BYTES = 64 * 1024;

export interface WidgetEndpoint {
  /** POST /widget/graphql (mount before the widget's static files). */
  router: express.Router;
  /** The WebSocket upgrade of /widget/graphql: key and Origin are checked before the handshake. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The widget's door: its own GraphQL schema over HTTP and WebSocket, reached with a publishable
 * key (`?key=pk_...`) from an allowed origin only. CORS answers every origin, so a page that is
 * not allowed can read the clear ORIGIN_NOT_ALLOWED refusal instead of an opaque network error;
 * the refusal itself is what protects the key. (Origin is what browsers send; a non-browser
 * client can forge it, which is why the key reaches only a visitor's own data.)
 */
export function createWidgetEndpoint(options: {
  schema: GraphQLSchema;
  services: HubServices;
  clock: Clock;
  keyRequestsPerMinute: number;
  shape: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): WidgetEndpoint {
  const { schema, services, shape } = options;
  const keyRate = new RateLimiter({
    capacity: options.keyRequestsPerMinute,
    refillPerSecond: options.keyRequestsPerMinute / 60,
    clock: options.clock,
  });

  /** Key valid, origin allowed, key within its rate: the principal, or a typed refusal. */
  const admit = async (request: IncomingMessage): Promise<PublishableKeyPrincipal> => {
    const url = new URL(request.url ?? '/', 'http://hub.invalid');
    const key = await services.publishableKeys.authenticate(url.searchParams.get('key'));
    const origin = request.headers.origin;
    if (!isOriginAllowed(origin, key.allowedOrigins)) {
      throw new DomainError(
        'ORIGIN_NOT_ALLOWED',
        origin
          ? `This site (${origin}) is not allowed to use this widget key: add it to the key's allowed origins.`
          : 'Widget requests must come from a browser page on an allowed origin (no Origin header).',
        { http: { status: 403 } },
      );
    }
    assertWithinRate(keyRate, key.keyId, 'requests for this widget key');
    return key;
  };

  const guard = new OperationGuard(schema, WIDGET_LIMITS);
  const apollo = new ApolloServer<WidgetContext>({
    schema,
    formatError: shape,
    includeStacktraceInErrorResponses: false,
    // Anonymous visitors: no introspection on either transport (its operations are public).
    introspection: WIDGET_LIMITS.introspection,
    parseOptions: { maxTokens: WIDGET_LIMITS.maxTokens },
    plugins: [operationCostPlugin(guard)],
  });

  const router = express.Router();
  router.use(
    WIDGET_GRAPHQL_PATH,
    cors({
      origin: true,
      methods: ['POST'],
      allowedHeaders: ['content-type', 'x-zac-visitor'],
      maxAge: 600,
    }),
    async (req, res, next) => {
      try {
        res.locals.widgetKey = await admit(req);
        next();
      } catch (error) {
        sendRefusal(res, error, shape);
      }
    },
    express.json({ limit: WIDGET_BODY_LIMIT_BYTES }),
    operationBoundsMiddleware(guard, shape),
    (req, res, next) =>
      expressMiddleware(apollo, {
        context: async () => ({
          ...(await createWidgetContext(services, {
            key: res.locals.widgetKey as PublishableKeyPrincipal,
            visitorToken: req.headers['x-zac-visitor'],
            clientAddress: req.socket.remoteAddress ?? 'unknown',
          })),
          signal: signalForResponse(res),
        }),
      })(req, res, next),
  );

  const admitted = new WeakMap<IncomingMessage, PublishableKeyPrincipal>();
  // A frame holds one operation: no larger than an HTTP request body (ws allows 100 MiB).
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: WIDGET_BODY_LIMIT_BYTES });
  const contextOf = (extra: { context?: WidgetContext }): WidgetContext => {
    if (!extra.context) throw new Error('a widget socket reached an operation before onConnect');
    return extra.context;
  };
  const wsCleanup = useServer<
    Record<string, unknown>,
    { context?: WidgetContext; signals?: SocketOperationSignals }
  >(
    {
      schema,
      // The upgrade was admitted (key, origin); the visitor token comes with connection_init.
      onConnect: async (ctx) => {
        const key = admitted.get(ctx.extra.request);
        if (!key) return false;
        const context = await createWidgetContext(services, {
          key,
          visitorToken: ctx.connectionParams?.visitorToken,
          clientAddress: ctx.extra.request.socket.remoteAddress ?? 'unknown',
        });
        if (!context.visitor) return false;
        ctx.extra.context = context;
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const context = contextOf(ctx.extra);
        const limited = keyRate.take(context.key.keyId);
        if (!limited.allowed) {
          return [
            new DomainError('RATE_LIMITED', 'Too many requests for this widget key.', {
              retryAfterSeconds: limited.retryAfterSeconds,
            }),
          ];
        }
        const checked = checkSocketOperation(guard, payload);
        if (Array.isArray(checked)) return checked;
        const signals = (ctx.extra.signals ??= new SocketOperationSignals());
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { ...context, signal: signals.begin(id) },
        };
      },
      onComplete: (ctx, id) => ctx.extra.signals?.end(id),
      onClose: (ctx) => ctx.extra.signals?.endAll(),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => shape(e.toJSON(), e)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => shape(e.toJSON(), e)),
    },
    wsServer,
  );

  return {
    router,
    handleUpgrade(request, socket, head) {
      admit(request).then(
        (key) =>
          wsServer.handleUpgrade(request, socket, head, (ws) => {
            admitted.set(request, key);
            wsServer.emit('connection', ws, request);
          }),
        (error: unknown) => {
          const status = error instanceof DomainError ? httpStatusOf(error) : 500;
          const message = error instanceof Error ? error.message : 'refused';
          socket.end(
            `HTTP/1.1 ${status} Refused\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${message}`,
          );
        },
      );
    },
    start: () => apollo.start(),
    async stop() {
      await wsCleanup.dispose();
      await apollo.stop();
    },
  };
}

function httpStatusOf(error: DomainError): number {
  const http = (error.extensions as { http?: { status?: number } }).http;
  return http?.status ?? 400;
}

function sendRefusal(
  res: express.Response,
  error: unknown,
  shape: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): void {
  if (!(error instanceof DomainError)) {
    res.status(500).json({ errors: [shape({ message: 'Internal error' }, error)] });
    return;
  }
  // `http` told us the status; like Apollo, keep it out of the body.
  const { http: _http, ...extensions } = error.extensions;
  res
    .status(httpStatusOf(error))
    .json({ errors: [shape({ ...error.toJSON(), extensions }, error)] });
}
