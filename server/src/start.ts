import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { migrateDatabase, openDatabase, seedDemoWorkspace, type HubDatabase } from '@zactonics/db';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import type { RequestContext } from './context.js';
import { DomainError } from './errors.js';
import { InMemoryPubSub } from './events/in-memory-pub-sub.js';
import { buildHubSchema } from './graphql/build-schema.js';
import { buildWidgetSchema } from './graphql/build-widget-schema.js';
import { demoStorefront } from './http/demo-storefront.js';
import { limitConnectionsPerAddress } from './http/connection-limits.js';
import { jsonErrorHandler, jsonNotFound } from './http/json-error-handler.js';
import { adminAssets } from './http/admin-assets.js';
import { widgetAssets } from './http/widget-assets.js';
import { createWidgetEndpoint, WIDGET_GRAPHQL_PATH } from './http/widget-endpoint.js';
import { createSharedSubscribe } from './graphql/shared-subscription-execution.js';
import { signalForResponse, SocketOperationSignals } from './graphql/client-abort.js';
import {
  domainErrorStatusPlugin,
  formatError,
  rethrowForGraphQL,
  toGraphQLError,
  type ErrorShaper,
} from './graphql/domain-errors.js';
import {
  checkSocketOperation,
  operationBoundsMiddleware,
  operationCostPlugin,
} from './graphql/guarded-transports.js';
import { CONSOLE_LIMITS, OperationGuard } from './graphql/operation-limits.js';
import { adminAuthRoutes } from './modules/admin-users/admin-auth.routes.js';
import {
  authenticateCredential,
  consoleContext,
  httpCredential,
  socketCredential,
  type ConsoleCredential,
  type ConsolePrincipal,
} from './modules/admin-users/console-auth.js';
import { closeWhenCredentialEnds } from './modules/admin-users/console-socket-guard.js';
import { consoleAccessPlugin, operationRefusal } from './modules/admin-users/operation-access.js';
import { InProcessRunQueue } from './queue/in-process-run-queue.js';
import { systemClock, type Clock } from './runtime/clock.js';
import { createHubServices, type HubServices } from './services.js';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

export interface RunningHub {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  port: number;
  /** The demo storefront's publishable key (the /demo page embeds the widget with it). */
  demoPublishableKey: string;
  /** The demo workspace's secret key when this start created it (printed once), else undefined. */
  createdApiKey: string | undefined;
  /**
   * The console's first owner when this start created it (printed once): from HUB_ADMIN_EMAIL and
   * HUB_ADMIN_PASSWORD, or generated.
   */
  createdAdmin?: { email: string; password: string };
  demoWorkspaceId: string;
  database: HubDatabase;
  services: HubServices;
  /**
   * Graceful: stops accepting, drains HTTP and WebSocket, waits for runs in flight, closes the DB.
   * With `runsDeadline` (a Date.now() time) it waits for runs until then only: runs still in
   * flight stay RUNNING for the next start's recovery, and the database is closed anyway.
   */
  stop(options?: { runsDeadline?: number }): Promise<void>;
}

/** A console request: an agent edit or a knowledge article at most. */
const CONSOLE_BODY_LIMIT_BYTES = 1024 * 1024;

const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** Starts the hub: database (migrated, seeded), runtime, and GraphQL over HTTP and WebSocket. */
export async function start(config: Config, options: StartOptions = {}): Promise<RunningHub> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await migrateDatabase(database);
  const { workspace } = await seedDemoWorkspace(database.dataSource, clock.now());

  const pubSub = new InMemoryPubSub();
  const queue = new InProcessRunQueue(config.runConcurrency, (runId, error) =>
    logger.error(`run ${runId} crashed its executor`, error),
  );
  const services = createHubServices({
    dataSource: database.dataSource,
    pubSub,
    queue,
    clock,
    runLeaseMs: config.runLeaseMs,
    anthropic: config.anthropic,
    mail: config.mail,
    carriers: config.carriers,
    widget: config.widget,
    admin: config.admin,
  });
  const createdApiKey = await bootstrapApiKey(services, workspace.id, config.bootstrapApiKey);
  const createdAdmin = await services.adminUsers.ensureOwner(workspace.id, config.admin);

  await services.recovery.failOrphanedRuns();
  queue.start((runId) => services.executor.execute(runId));
  for (const runId of await services.recovery.runnableRunIds()) await queue.enqueue(runId);
  const sweep = setInterval(() => {
    services.recovery
      .failOrphanedRuns()
      .catch((error: unknown) => logger.error('run recovery failed', error));
    services.approvals
      .expireDue()
      .catch((error: unknown) => logger.error('approval expiry failed', error));
  }, config.runLeaseMs);
  sweep.unref();

  const schema = await buildHubSchema();
  const app = express();
  app.disable('x-powered-by');
  // A client gets so long to send its headers and its whole request (slowloris, slow bodies),
  // checked every second (Node checks every 30 s by default). A WebSocket is past both once
  // upgraded; answering a request is not bounded here.
  const httpServer = createServer(
    {
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  httpServer.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  limitConnectionsPerAddress(httpServer, {
    perAddress: config.http.maxConnectionsPerAddress,
    perLoopbackAddress: config.http.maxConnectionsPerLoopbackAddress,
  });

  const shape: ErrorShaper = (formatted, error) =>
    formatError(formatted, error, { development: config.development, log: logger.error });

  const guard = new OperationGuard(schema, CONSOLE_LIMITS);
  // A frame holds one operation: no larger than an HTTP request body.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: CONSOLE_BODY_LIMIT_BYTES });
  const wsCleanup = useServer<
    Record<string, unknown>,
    { credential?: ConsoleCredential; signals?: SocketOperationSignals }
  >(
    {
      schema,
      // Watchers of one run share each step's execution (see shared-subscription-execution.ts).
      subscribe: createSharedSubscribe(new Set(['runSteps'])),
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
        const { document, operation } = checked;
        const refusal = operationRefusal(principal.role, operation, document);
        if (refusal) return [toGraphQLError(refusal)];
        const signals = (ctx.extra.signals ??= new SocketOperationSignals());
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { ...consoleContext(services, principal), signal: signals.begin(id) },
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

  const apollo = new ApolloServer<RequestContext>({
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
      {
        serverWillStart: async () => ({
          drainServer: async () => void (await wsCleanup.dispose()),
        }),
      },
    ],
  });
  await apollo.start();

  const widget = createWidgetEndpoint({
    schema: await buildWidgetSchema(),
    services,
    limits: config.widget,
    shape,
  });
  await widget.start();
  // One port for both schemas: each WebSocket path goes to its own server.
  httpServer.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://hub.invalid').pathname;
    if (path === '/graphql') {
      wsServer.handleUpgrade(request, socket, head, (ws) =>
        wsServer.emit('connection', ws, request),
      );
    } else if (path === WIDGET_GRAPHQL_PATH) {
      widget.handleUpgrade(request, socket, head);
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await database.dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: database.kind, provider: services.provider.name });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(adminAuthRoutes(services, clock));
  app.use(
    '/graphql',
    express.json({ limit: CONSOLE_BODY_LIMIT_BYTES }),
    operationBoundsMiddleware(guard, shape),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let principal: ConsolePrincipal;
        try {
          principal = await authenticateCredential(services, httpCredential(req));
        } catch (error) {
          return rethrowForGraphQL(error);
        }
        return { ...consoleContext(services, principal), signal: signalForResponse(res) };
      },
    }),
  );

  app.use(widget.router);
  app.use(widgetAssets());
  app.use(adminAssets());
  const demo: { key?: string } = {};
  app.use(demoStorefront(() => demo.key));

  app.use(jsonNotFound());
  app.use(jsonErrorHandler({ development: config.development, log: logger.error }));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    // e.g. EADDRINUSE: release what started so the caller can report and exit cleanly.
    clearInterval(sweep);
    wsServer.close();
    await widget.stop();
    await queue.drain();
    await database.close();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  // The demo storefront is served by the hub itself: its origins are the hub's own.
  const demoKey = await services.publishableKeys.ensureDemoKey(
    workspace.id,
    [url, `http://localhost:${port}`],
    config.widget.demoPublishableKey,
  );
  demo.key = demoKey;

  let stopping: Promise<void> | undefined;
  const stop = (options: { runsDeadline?: number } = {}) =>
    (stopping ??= (async () => {
      clearInterval(sweep);
      await widget.stop();
      await apollo.stop();
      await untilDeadline(queue.drain(), options.runsDeadline);
      // Failed sign-ins are audited in the background: written before the database closes.
      await services.adminUsers.flushFailedSignIns();
      await pubSub.close();
      await database.close();
    })());

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    port,
    createdApiKey,
    ...(createdAdmin ? { createdAdmin } : {}),
    demoPublishableKey: demoKey,
    demoWorkspaceId: workspace.id,
    database,
    services,
    stop,
  };
}

/** Resolves when `work` does or at `deadline` (a Date.now() time), whichever comes first. */
async function untilDeadline(work: Promise<void>, deadline: number | undefined): Promise<void> {
  if (deadline === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([work, timeUp]);
  clearTimeout(timer);
}

/**
 * Makes sure the demo workspace has a key: HUB_BOOTSTRAP_API_KEY when set (added if missing),
 * else a generated one on first start. Returns the key only when this call created it.
 */
async function bootstrapApiKey(
  services: HubServices,
  workspaceId: string,
  configured: string | undefined,
) {
  if (configured) {
    if (await services.apiKeys.exists(configured)) return undefined;
    return services.apiKeys.create(
      workspaceId,
      'Bootstrap key (HUB_BOOTSTRAP_API_KEY)',
      configured,
    );
  }
  if ((await services.apiKeys.countForWorkspace(workspaceId)) > 0) return undefined;
  return services.apiKeys.create(workspaceId, 'Demo key (created on first start)');
}
