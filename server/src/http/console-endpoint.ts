import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { execute, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { ConsoleContext } from '../console-context.js';
import { DomainError } from '../errors.js';
import {
  bindLogContext,
  newTraceId,
  requestIdFrom,
  withLogContext,
  type LogContextFields,
} from '../logging/log-context.js';
import { signalForResponse, SocketOperationSignals } from '../graphql/client-abort.js';
import {
  domainErrorStatusPlugin,
  rethrowForGraphQL,
  socketErrorHooks,
  toGraphQLError,
  type ErrorShaper,
} from '../graphql/domain-errors.js';
import {
  checkSocketOperation,
  operationBoundsMiddleware,
  operationCostPlugin,
} from '../graphql/guarded-transports.js';
import {
  createSharedSubscribe,
  RUN_STEP_IN_PROGRESS,
} from '../graphql/shared-subscription-execution.js';
import { InternedDocuments } from '../graphql/interned-documents.js';
import { CONSOLE_LIMITS, OperationGuard } from '../graphql/operation-limits.js';
import {
  authenticateCredential,
  consoleContext,
  httpCredential,
  socketCredential,
  type ConsoleCredential,
  type ConsolePrincipal,
} from '../modules/admin-users/console-auth.js';
import { closeWhenCredentialEnds } from '../modules/admin-users/console-socket-guard.js';
import { consoleAccessPlugin, operationRefusal } from '../modules/admin-users/operation-access.js';
import type { HubServices } from '../services.js';
import { serveGraphQLWs, type WsExtra } from './graphql-ws-server.js';
import type { GraphQLEndpoint } from './hub-http-server.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics-plugin.js';
import { observeSocketOperations } from '../observability/socket-operations.js';
import { graphqlOperationSpans } from '../observability/tracing-graphql.js';
import { requestOrigin } from '../modules/automation/inbound-webhooks/endpoint-url.js';
import { foregroundRequest } from './foreground-requests.js';

export const CONSOLE_GRAPHQL_PATH = '/graphql';
/** A console request: an agent edit or a knowledge article at most. */
const CONSOLE_BODY_LIMIT_BYTES = 1024 * 1024;

/** `stop` drains HTTP (the whole server's, through Apollo's drain plugin) and closes the sockets. */
export interface ConsoleEndpoint extends GraphQLEndpoint {
  /** For a start that failed before listening: closes the socket server, nothing to drain. */
  abandon(): void;
}

/**
 * The console's door: the full schema over HTTP and WebSocket, for a secret key or a signed-in
 * person (a session cookie only from the hub's own origin). Every operation is checked against
 * the operation limits and the caller's role before it runs, on both transports.
 */
export async function createConsoleEndpoint(options: {
  schema: GraphQLSchema;
  services: HubServices;
  /** Drained by Apollo on stop: the one server both endpoints share. */
  httpServer: Server;
  shape: ErrorShaper;
}): Promise<ConsoleEndpoint> {
  const { schema, services, httpServer, shape } = options;
  const guard = new OperationGuard(schema, CONSOLE_LIMITS);
  const documents = new InternedDocuments();
  // A frame holds one operation: no larger than an HTTP request body.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: CONSOLE_BODY_LIMIT_BYTES });
  // A query or mutation sent over a socket runs in a log context like an HTTP request's (the
  // socket's events run outside the upgrade's context): the upgrade's x-request-id or a new id,
  // a trace id of its own, the caller's workspace. Subscriptions share one execution between
  // their watchers (shared-subscription-execution.ts), so no one caller's ids fit them.
  const operationLogContexts = new WeakMap<object, LogContextFields>();
  // Each operation counted (hub_websocket_operations_total), and traced with tracing on.
  const observe = observeSocketOperations(services.metrics, 'console');
  const wsCleanup = serveGraphQLWs<
    Record<string, unknown>,
    WsExtra & { credential?: ConsoleCredential; signals?: SocketOperationSignals }
  >(
    observe({
      schema,
      execute: (args) => {
        const fields = operationLogContexts.get(args.contextValue as object);
        return fields ? withLogContext(fields, () => execute(args)) : execute(args);
      },
      // Watchers of one run share each step's execution (see shared-subscription-execution.ts),
      // and so its serialization (graphql-ws-server.ts).
      subscribe: createSharedSubscribe({ runSteps: { optIn: RUN_STEP_IN_PROGRESS } }),
      // A socket without a valid key or session (a session only from the hub's own origin) is
      // closed with 4403 before any operation runs; the reason says why.
      onConnect: async (ctx) => {
        try {
          const credential = socketCredential(ctx.extra.request, ctx.connectionParams);
          const principal = await authenticateCredential(services, credential);
          ctx.extra.credential = credential;
          // Closed with 4403 when its key, session or user ends while it is open.
          closeWhenCredentialEnds(ctx.extra.socket, principal, services);
          return true;
        } catch (error) {
          const reason = error instanceof DomainError ? error.message : 'Forbidden';
          ctx.extra.socket.close(4403, reason.slice(0, 120));
          return false;
        }
      },
      // Every operation re-checks the credential (a revoked key, an ended session or a changed
      // role takes effect on a socket already open) and the role's right to run it, then runs
      // with that principal's context.
      onSubscribe: async (ctx, id, payload) => {
        const { credential } = ctx.extra;
        if (!credential) {
          return [toGraphQLError(new DomainError('UNAUTHENTICATED', 'Sign in to continue.'))];
        }
        let principal: ConsolePrincipal;
        try {
          principal = await authenticateCredential(services, credential);
        } catch (error) {
          if (error instanceof DomainError) return [toGraphQLError(error)];
          throw error;
        }
        const checked = checkSocketOperation(guard, payload);
        if (Array.isArray(checked)) return checked;
        const { operation } = checked;
        // Subscriptions with the same text hold one document between them.
        const document = documents.intern(payload.query, checked.document);
        const refusal = operationRefusal(principal.role, operation, document);
        if (refusal) return [toGraphQLError(refusal)];
        const signals = (ctx.extra.signals ??= new SocketOperationSignals());
        const contextValue = {
          ...consoleContext(services, principal),
          signal: signals.begin(id),
          origin: requestOrigin(ctx.extra.request.headers),
        };
        if (operation.operation !== 'subscription') {
          operationLogContexts.set(contextValue, {
            requestId: requestIdFrom(ctx.extra.request.headers['x-request-id']),
            traceId: newTraceId(),
            workspaceId: principal.workspaceId,
          });
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onComplete: (ctx, id) => ctx.extra.signals?.end(id),
      onClose: (ctx) => ctx.extra.signals?.endAll(),
      ...socketErrorHooks(shape),
    }),
    wsServer,
    // The request's cookie and Origin are read again at every operation.
    { extra: (socket, request) => ({ socket, request }) },
  );

  const apollo = new ApolloServer<ConsoleContext>({
    schema,
    formatError: shape,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handlers raced its drain (and a second stop()
    // during Apollo's never returned), so the process sometimes never exited.
    stopOnTerminationSignals: false,
    // Console callers are signed in or hold a secret key: tools need the typed contract.
    introspection: CONSOLE_LIMITS.introspection,
    parseOptions: { maxTokens: CONSOLE_LIMITS.maxTokens },
    plugins: [
      operationCostPlugin(guard),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Roles, for every operation, before it executes (WebSocket: onSubscribe above).
      consoleAccessPlugin(),
      domainErrorStatusPlugin(),
      graphqlMetricsPlugin(services.metrics, 'console'),
      {
        serverWillStart: async () => ({
          drainServer: async () => void (await wsCleanup.dispose()),
        }),
      },
    ],
  });
  await apollo.start();

  const router = express.Router();
  router.use(
    CONSOLE_GRAPHQL_PATH,
    foregroundRequest,
    express.json({ limit: CONSOLE_BODY_LIMIT_BYTES }),
    operationBoundsMiddleware(guard, shape),
    graphqlOperationSpans('console'),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let principal: ConsolePrincipal;
        try {
          principal = await authenticateCredential(services, httpCredential(req));
        } catch (error) {
          return rethrowForGraphQL(error);
        }
        // This request's log lines carry its workspace from here on (logging/log-context.ts).
        bindLogContext({ workspaceId: principal.workspaceId });
        return {
          ...consoleContext(services, principal),
          signal: signalForResponse(res),
          origin: requestOrigin(req.headers),
        };
      },
    }),
  );

  return {
    router,
    handleUpgrade: (request, socket, head) =>
      wsServer.handleUpgrade(request, socket, head, (ws) =>
        wsServer.emit('connection', ws, request),
      ),
    stop: () => apollo.stop(),
    abandon: () => wsServer.close(),
    sockets: () => ({
      connections: wsCleanup.connections,
      subscriptions: wsCleanup.subscriptions,
    }),
  };
}
