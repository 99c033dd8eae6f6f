import 'reflect-metadata';
import type express from 'express';
import type { HubDatabase } from '@zactonics/db';
import { startBackgroundJobs } from './background-jobs.js';
import { bootstrap } from './bootstrap.js';
import type { Config, HubRole } from './config.js';
import { buildHubSchema } from './graphql/build-schema.js';
import { buildWidgetSchema } from './graphql/build-widget-schema.js';
import { formatError, type ErrorShaper } from './graphql/domain-errors.js';
import { adminAssets } from './http/admin-assets.js';
import { CONSOLE_GRAPHQL_PATH, createConsoleEndpoint } from './http/console-endpoint.js';
import { demoStorefront } from './http/demo-storefront.js';
import { rootRedirect } from './http/root-redirect.js';
import {
  createHubHttpServer,
  healthCheck,
  listen,
  routeUpgrades,
  serveRoutes,
} from './http/hub-http-server.js';
import { widgetAssets } from './http/widget-assets.js';
import {
  httpResponseMetrics,
  metricsRoute,
  readinessRoute,
  startMetricsListener,
} from './http/observability-routes.js';
import { Readiness } from './observability/readiness.js';
import { startTracing } from './observability/tracing.js';
import { reportDownloads } from './http/report-downloads.js';
import { workspaceExportRoute } from './http/workspace-export-route.js';
import { listExportRoute } from './http/list-export-route.js';
import { bookingInviteRoute } from './http/booking-invite-route.js';
import { databaseBackupRoute } from './http/database-backup-route.js';
import { inboundWebhookRoute } from './http/inbound-webhook-route.js';
import { createWidgetEndpoint, WIDGET_GRAPHQL_PATH } from './http/widget-endpoint.js';
import { completeLogger, silentLogger, type Logger, type LoggerLike } from './logger.js';
import { requestLogging } from './logging/request-logging.js';
import { adminAuthRoutes } from './modules/admin-users/admin-auth.routes.js';
import { systemClock, type Clock } from './runtime/clock.js';
import type { HubServices } from './services.js';
import type { BootstrappedHub } from './bootstrap.js';
import type { BackgroundJobs } from './background-jobs.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

export type { Logger } from './logger.js';

export interface StartOptions {
  clock?: Clock;
  /** Where the hub logs (main.ts: logging/hub-logger.ts); silent when absent. */
  logger?: LoggerLike;
  /**
   * Traces go here instead of the OTLP endpoint (tests: an InMemorySpanExporter); tracing is on
   * with it even without an endpoint configured.
   */
  traceExporter?: SpanExporter;
}

export interface RunningHub {
  /** What this process does (HUB_ROLE): a worker serves only /healthz, /readyz and /metrics. */
  role: HubRole;
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  port: number;
  /** The demo storefront's publishable key (the /demo page embeds the widget with it). */
  demoPublishableKey: string;
  /**
   * Where Prometheus scrapes this process (config.metrics): the hub's own /metrics (bearer
   * token) or the metrics listener's; undefined when metrics are off.
   */
  metricsUrl: string | undefined;
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
  /** Exports the spans ended so far (tracing on); `stop` does it too, after everything else. */
  flushTraces(): Promise<void>;
}

/**
 * Starts the hub: the database and services (bootstrap.ts), the background jobs
 * (background-jobs.ts), and the two GraphQL endpoints, console and widget, on one HTTP server.
 * A `worker` (HUB_ROLE) starts no endpoint: it executes runs, and answers health checks.
 *
 * Tracing (config.tracing) starts first, so that everything after is traced, and stops last,
 * exporting the spans of the runs the stop waited for.
 */
export async function start(config: Config, options: StartOptions = {}): Promise<RunningHub> {
  const log = completeLogger(options.logger ?? silentLogger);
  const tracing = await startTracing(config.tracing, {
    role: config.role,
    exporter: options.traceExporter,
    warn: (message) => log.warn(message),
  });
  let hub: Omit<RunningHub, 'flushTraces'>;
  try {
    hub = await serve(config, options);
  } catch (error) {
    await tracing.shutdown();
    throw error;
  }
  return {
    ...hub,
    flushTraces: () => tracing.flush(),
    async stop(stopOptions) {
      await hub.stop(stopOptions);
      await tracing.shutdown();
    },
  };
}

async function serve(
  config: Config,
  options: StartOptions,
): Promise<Omit<RunningHub, 'flushTraces'>> {
  const clock = options.clock ?? systemClock;
  const logger = completeLogger(options.logger ?? silentLogger);
  const hub = await bootstrap(config, clock, logger);
  const { services } = hub;
  const jobs = await startBackgroundJobs(services, hub.queue, {
    role: config.role,
    runLeaseMs: config.runLeaseMs,
    logger,
  });
  if (config.role === 'worker') return startWorker(config, hub, jobs, logger);

  const shape: ErrorShaper = (formatted, error) =>
    formatError(formatted, error, { development: config.development, log: logger.error });
  const { app, server } = createHubHttpServer(config.http);
  const consoleApi = await createConsoleEndpoint({
    schema: await buildHubSchema(),
    services,
    httpServer: server,
    shape,
  });
  const widgetApi = createWidgetEndpoint({
    schema: await buildWidgetSchema(),
    services,
    limits: config.widget,
    shape,
  });
  await widgetApi.start();
  routeUpgrades(server, { [CONSOLE_GRAPHQL_PATH]: consoleApi, [WIDGET_GRAPHQL_PATH]: widgetApi });
  services.metrics.watch({ sockets: { console: consoleApi.sockets, widget: widgetApi.sockets } });
  const readiness = new Readiness(hub.database, config.redis);
  const demo: { key?: string } = {};
  serveRoutes(
    app,
    [
      requestLogging(logger),
      ...observabilityRoutes(config, hub, readiness),
      adminAuthRoutes(services, clock),
      reportDownloads(services.dataSource, clock),
      workspaceExportRoute(services, clock),
      listExportRoute(services, clock),
      bookingInviteRoute(services),
      ...(config.backupToken ? [databaseBackupRoute(config.backupToken, hub.database, clock)] : []),
      inboundWebhookRoute(services.inboundWebhooks),
      consoleApi.router,
      widgetApi.router,
      widgetAssets(),
      adminAssets(),
      demoStorefront(() => demo.key),
      rootRedirect(),
    ],
    { development: config.development, log: logger.error },
  );

  let address: { port: number; url: string };
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    // e.g. EADDRINUSE: release what started so the caller can report and exit cleanly.
    consoleApi.abandon();
    await widgetApi.stop();
    await jobs.abandon();
    await readiness.close();
    await hub.database.close();
    throw error;
  }
  // The demo storefront is served by the hub itself: its origins are the hub's own.
  demo.key = await services.publishableKeys.ensureDemoKey(
    hub.workspaceId,
    [address.url, `http://localhost:${address.port}`],
    config.widget.demoPublishableKey,
  );

  const scrape = await serveMetrics(config, services, address.url).catch(async (error) => {
    await widgetApi.stop();
    await consoleApi.stop();
    await jobs.abandon();
    await readiness.close();
    await hub.close();
    throw error;
  });

  let stopping: Promise<void> | undefined;
  const stop = (options: { runsDeadline?: number } = {}) =>
    (stopping ??= (async () => {
      jobs.stopSweeps();
      await widgetApi.stop();
      await consoleApi.stop();
      await jobs.finish(options);
      await scrape.close();
      await readiness.close();
      await hub.close();
    })());

  return {
    role: config.role,
    url: address.url,
    graphqlUrl: `${address.url}${CONSOLE_GRAPHQL_PATH}`,
    port: address.port,
    createdApiKey: hub.createdApiKey,
    ...(hub.createdAdmin ? { createdAdmin: hub.createdAdmin } : {}),
    demoPublishableKey: demo.key,
    metricsUrl: scrape.url,
    demoWorkspaceId: hub.workspaceId,
    database: hub.database,
    services,
    stop,
  };
}

/** A worker process: its background jobs run; its port answers /healthz, /readyz and (with a token) /metrics. */
async function startWorker(
  config: Config,
  hub: BootstrappedHub,
  jobs: BackgroundJobs,
  logger: Logger,
): Promise<Omit<RunningHub, 'flushTraces'>> {
  const { app, server } = createHubHttpServer(config.http);
  const readiness = new Readiness(hub.database, config.redis);
  serveRoutes(app, [requestLogging(logger), ...observabilityRoutes(config, hub, readiness)], {
    development: config.development,
    log: logger.error,
  });
  let address: { port: number; url: string };
  let scrape: { url: string | undefined; close(): Promise<void> };
  try {
    address = await listen(server, config.port, config.host);
    scrape = await serveMetrics(config, hub.services, address.url);
  } catch (error) {
    server.close();
    await jobs.abandon();
    await readiness.close();
    await hub.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const stop = (options: { runsDeadline?: number } = {}) =>
    (stopping ??= (async () => {
      // Stop taking runs first; health checks keep answering while the runs in flight finish.
      jobs.stopSweeps();
      await jobs.finish(options);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await scrape.close();
      await readiness.close();
      await hub.close();
    })());
  return {
    role: 'worker',
    url: address.url,
    graphqlUrl: '',
    port: address.port,
    createdApiKey: hub.createdApiKey,
    ...(hub.createdAdmin ? { createdAdmin: hub.createdAdmin } : {}),
    demoPublishableKey: '',
    metricsUrl: scrape.url,
    demoWorkspaceId: hub.workspaceId,
    database: hub.database,
    services: hub.services,
    stop,
  };
}

/**
 * What every role serves besides its own routes: responses counted, /healthz (alive), /readyz
 * (ready for work), and /metrics on this port when a token guards it and no metrics port is set.
 */
function observabilityRoutes(
  config: Config,
  hub: BootstrappedHub,
  readiness: Readiness,
): express.Handler[] {
  const { metrics } = hub.services;
  const token = config.metrics?.port === undefined ? config.metrics?.token : undefined;
  return [
    httpResponseMetrics(metrics),
    healthCheck(hub.database, hub.services.provider.name),
    readinessRoute(readiness),
    ...(token ? [metricsRoute(metrics, token)] : []),
  ];
}

/** The metrics listener (HUB_METRICS_PORT) when configured; the scrape URL either way. */
async function serveMetrics(
  config: Config,
  services: HubServices,
  url: string,
): Promise<{ url: string | undefined; close(): Promise<void> }> {
  const settings = config.metrics;
  if (!settings) return { url: undefined, close: async () => undefined };
  if (settings.port === undefined) return { url: `${url}/metrics`, close: async () => undefined };
  return startMetricsListener(services.metrics, { ...settings, port: settings.port });
}
