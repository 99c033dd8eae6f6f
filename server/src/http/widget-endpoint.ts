import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { DomainError } from '../errors.js';
import { bindLogContext } from '../logging/log-context.js';
import type { SocketLease } from '../modules/widget/access/index.js';
import {
  TOO_MANY_CONNECTIONS_CLOSE_CODE,
  WidgetAdmission,
  type WidgetCaller,
} from '../modules/widget/widget-admission.js';
import {
  createWidgetContext,
  type WidgetContext,
  type WidgetServices,
} from '../modules/widget/widget-context.js';
import type { WidgetConfig } from '../config.js';
import { signalForResponse, SocketOperationSignals } from '../graphql/client-abort.js';
import {
  domainErrorStatusPlugin,
  httpStatusOf,
  socketErrorHooks,
  toGraphQLError,
  type ErrorShaper,
} from '../graphql/domain-errors.js';
import {
  checkSocketOperation,
  operationBoundsMiddleware,
  operationCostPlugin,
} from '../graphql/guarded-transports.js';
import { InternedDocuments } from '../graphql/interned-documents.js';
import { OperationGuard, WIDGET_LIMITS } from '../graphql/operation-limits.js';
import {
  createSharedSubscribe,
  type SharedRootField,
} from '../graphql/shared-subscription-execution.js';
import type { ConversationFeedEvent } from '../modules/conversations/conversation-feed.js';
import type { HubServices } from '../services.js';
import { serveGraphQLWs } from './graphql-ws-server.js';
import type { GraphQLEndpoint } from './hub-http-server.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics-plugin.js';
import { observeSocketOperations } from '../observability/socket-operations.js';
import { graphqlOperationSpans } from '../observability/tracing-graphql.js';
import { foregroundRequest } from './foreground-requests.js';

export const WIDGET_GRAPHQL_PATH = '/widget/graphql';
/** A widget request is a chat message or a form: far below the console's 1 MB. */
const WIDGET_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * `router` serves POST /widget/graphql (mount it before the widget's static files); an upgrade
 * has its key and Origin checked before the handshake.
 */
export interface WidgetEndpoint extends GraphQLEndpoint {
  start(): Promise<void>;
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
  /** Rates and caps (config.widget). */
  limits: WidgetConfig;
  shape: ErrorShaper;
}): WidgetEndpoint {
  const { schema, services, shape } = options;
  // The widget's resolvers get these and nothing else, not even through a cast.
  const widgetServices: WidgetServices = {
    visitorSessions: services.visitorSessions,
    visitorChat: services.visitorChat,
    visitorLeads: services.visitorLeads,
    visitorMeetings: services.visitorMeetings,
    conversationMessages: services.conversationMessages,
    conversationFeeds: services.conversationFeeds,
  };
  const { limits } = options;
  const admission = new WidgetAdmission(services, {
    requests: {
      perAddress: limits.addressRequestsPerMinute,
      perVisitor: limits.visitorRequestsPerMinute,
      perKey: limits.keyRequestsPerMinute,
    },
    connections: {
      perVisitor: limits.socketsPerVisitor,
      perAddress: limits.socketsPerAddress,
      perKey: limits.socketsPerKey,
    },
  });

  const guard = new OperationGuard(schema, WIDGET_LIMITS);
  const apollo = new ApolloServer<WidgetContext>({
    schema,
    formatError: shape,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns the signals (see console-endpoint.ts)
    // Anonymous visitors: no introspection on either transport (its operations are public).
    introspection: WIDGET_LIMITS.introspection,
    parseOptions: { maxTokens: WIDGET_LIMITS.maxTokens },
    plugins: [
      operationCostPlugin(guard),
      domainErrorStatusPlugin(),
      graphqlMetricsPlugin(services.metrics, 'widget'),
    ],
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
    foregroundRequest,
    async (req, res, next) => {
      try {
        const caller = await admission.admitRequest(req, req.headers['x-zac-visitor']);
        // This request's log lines carry the key's workspace from here on (log-context.ts).
        bindLogContext({ workspaceId: caller.key.workspaceId });
        res.locals.widgetCaller = caller;
        next();
      } catch (error) {
        sendRefusal(res, error, shape);
      }
    },
    express.json({ limit: WIDGET_BODY_LIMIT_BYTES }),
    operationBoundsMiddleware(guard, shape),
    graphqlOperationSpans('widget'),
    (req, res, next) =>
      expressMiddleware(apollo, {
        context: async () => ({
          ...createWidgetContext(
            widgetServices,
            res.locals.widgetCaller as WidgetCaller,
            req.headers['x-zac-visitor'],
          ),
          signal: signalForResponse(res),
        }),
      })(req, res, next),
  );

  const admitted = new WeakMap<WebSocket, { caller: WidgetCaller; lease: SocketLease }>();
  // Every slot the socket took (its own, its visitor's, its subscriptions') is given back when it
  // closes, however it closes: one listener for all sockets (`this`), none kept a socket.
  function releaseLease(this: WebSocket) {
    admitted.get(this)?.lease.close();
  }
  // A frame holds one operation: no larger than an HTTP request body (ws allows 100 MiB).
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: WIDGET_BODY_LIMIT_BYTES });
  // Every visitor subscribes with the same text: one document for all (interned-documents.ts).
  const documents = new InternedDocuments();
  const contextOf = (extra: { context?: WidgetContext }): WidgetContext => {
    if (!extra.context) throw new Error('a widget socket reached an operation before onConnect');
    return extra.context;
  };
  // Each operation counted (hub_websocket_operations_total), and traced with tracing on.
  const observe = observeSocketOperations(services.metrics, 'widget');
  const wsCleanup = serveGraphQLWs<
    Record<string, unknown>,
    { socket: WebSocket; context?: WidgetContext; signals?: SocketOperationSignals }
  >(
    observe({
      schema,
      // The tabs of one visitor share each event's execution and serialization.
      subscribe: createSharedSubscribe({ visitorEvents: VISITOR_EVENT_CONTENT }),
      // The upgrade was admitted (address, key, origin); the visitor token comes with
      // connection_init. A refusal closes the socket with a code and reason saying why.
      onConnect: async (ctx) => {
        const socket = admitted.get(ctx.extra.socket);
        if (!socket) return false;
        const visitorToken = ctx.connectionParams?.visitorToken;
        try {
          socket.caller = await admission.connect(socket.caller, socket.lease, visitorToken);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          ctx.extra.socket.close(closeCodeOf(error), closeReason(error));
          return false;
        }
        ctx.extra.context = createWidgetContext(widgetServices, socket.caller, visitorToken);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const context = contextOf(ctx.extra);
        const socket = admitted.get(ctx.extra.socket);
        if (!socket) {
          return [
            toGraphQLError(new DomainError('UNAUTHENTICATED', 'The socket was not admitted.')),
          ];
        }
        try {
          await admission.subscribe(socket.caller, socket.lease, id);
        } catch (error) {
          if (error instanceof DomainError) return [toGraphQLError(error)];
          throw error;
        }
        const checked = checkSocketOperation(guard, payload);
        if (Array.isArray(checked)) {
          socket.lease.unsubscribe(id);
          return checked;
        }
        return {
          schema,
          document: documents.intern(payload.query, checked.document),
          operationName: payload.operationName,
          variableValues: payload.variables,
          // A subscription whose client leaves is ended (graphql-ws returns its stream), which
          // stops its work; an abort signal for it (~1 KB) would be held by every idle visitor.
          contextValue:
            checked.operation.operation === 'subscription'
              ? context
              : {
                  ...context,
                  signal: (ctx.extra.signals ??= new SocketOperationSignals()).begin(id),
                },
        };
      },
      onComplete: (ctx, id) => {
        ctx.extra.signals?.end(id);
        admitted.get(ctx.extra.socket)?.lease.unsubscribe(id);
      },
      onClose: (ctx) => ctx.extra.signals?.endAll(),
      ...socketErrorHooks(shape),
    }),
    wsServer,
    // Not the upgrade request: everything the hooks need from it was admitted (`admitted`).
    { extra: (socket) => ({ socket }) },
  );

  return {
    router,
    handleUpgrade(request, socket, head) {
      admission.admitUpgrade(request).then(
        (caller) =>
          wsServer.handleUpgrade(request, socket, head, (ws) => {
            let lease: SocketLease;
            try {
              lease = admission.openSocket(caller);
            } catch (error) {
              // After the handshake, so the client can read why (a browser cannot read a 429).
              if (!(error instanceof DomainError)) throw error;
              ws.close(closeCodeOf(error), closeReason(error));
              return;
            }
            admitted.set(ws, { caller, lease });
            ws.on('close', releaseLease);
            wsServer.emit('connection', ws, request);
          }),
        (error: unknown) => {
          const status = error instanceof DomainError ? refusalStatusOf(error) : 500;
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
    sockets: () => ({
      connections: wsCleanup.connections,
      subscriptions: wsCleanup.subscriptions,
    }),
  };
}

/**
 * A `visitorEvents` item is built from its event's one field alone (widget.resolver.ts): a
 * message or the reply being written, objects every feed of the conversation receives as they
 * are (SharedConversationReader), each wrapped in a feed's own event. So the message or the
 * reply, not the wrapper, is what subscribers share. A handoff is a string: executed per feed.
 */
const VISITOR_EVENT_CONTENT: SharedRootField = {
  contentOf(event) {
    const item = event as ConversationFeedEvent;
    if ('message' in item) return item.message;
    if ('reply' in item) return item.reply;
    return null;
  },
};

/** A socket refused for holding too many may retry later; any other refusal is 4403. */
function closeCodeOf(error: DomainError): number {
  return error.errorCode === 'TOO_MANY_CONNECTIONS' ? TOO_MANY_CONNECTIONS_CLOSE_CODE : 4403;
}

/** "CODE: message", cut to the 123 bytes a WebSocket close reason may hold. */
function closeReason(error: DomainError): string {
  let reason = `${error.errorCode}: ${error.message}`;
  while (Buffer.byteLength(reason) > 123) reason = reason.slice(0, -1);
  return reason;
}

function refusalStatusOf(error: DomainError): number {
  return httpStatusOf(error) ?? 400;
}

function sendRefusal(res: express.Response, error: unknown, shape: ErrorShaper): void {
  if (!(error instanceof DomainError)) {
    res.status(500).json({ errors: [shape({ message: 'Internal error' }, error)] });
    return;
  }
  res.status(refusalStatusOf(error)).json({ errors: [shape({ message: error.message }, error)] });
}
