import {
  convergeReferenceData,
  migrateDatabase,
  openDatabase,
  seedDemoWorkspace,
  withAdvisoryLock,
  type HubDatabase,
} from '@zactonics/db';
import type { Config } from './config.js';
import type { PubSub } from './events/pub-sub.js';
import { RedisPubSub } from './events/redis-pub-sub.js';
import { InMemoryPubSub } from './events/in-memory-pub-sub.js';
import type { Logger } from './logger.js';
import { databaseSources, HubMetrics } from './observability/metrics.js';
import { tracingEnabled } from './observability/tracing.js';
import { traceTransactions } from './observability/tracing-transactions.js';
import { BullRunQueue } from './queue/bull-run-queue.js';
import { InProcessRunQueue } from './queue/in-process-run-queue.js';
import type { RunQueue } from './queue/run-queue.js';
import type { Clock } from './runtime/clock.js';
import { createHubServices, type HubServices } from './services.js';

/** The hub before it serves anyone: its database, its services, and what the first start creates. */
export interface BootstrappedHub {
  database: HubDatabase;
  /** The demo workspace (seeded on an empty database). */
  workspaceId: string;
  pubSub: PubSub;
  queue: RunQueue;
  services: HubServices;
  /** The demo workspace's secret key when this start created it (printed once), else undefined. */
  createdApiKey: string | undefined;
  /** The console's first owner when this start created it (printed once). */
  createdAdmin: { email: string; password: string } | undefined;
  /** Closes the pub/sub and the database, once nothing uses them any more. */
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, seeds the demo workspace on an empty one, brings reference
 * data up to this release, builds every service once, and makes sure the demo workspace has a key
 * and the console an owner.
 */
export async function bootstrap(
  config: Config,
  clock: Clock,
  logger: Logger,
): Promise<BootstrappedHub> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  // A span per transaction inside a traced operation or run (none while tracing is off).
  if (tracingEnabled()) traceTransactions(database.dataSource);
  await migrateDatabase(database);
  const { workspace } = await seedDemoWorkspace(database.dataSource, clock.now());
  // A hub upgraded in place gets this release's agents, tools and scenarios (owner edits kept).
  await convergeReferenceData(database.dataSource, workspace.id);

  const pubSub: PubSub = config.redis
    ? new RedisPubSub(config.redis.url, config.redis.prefix)
    : new InMemoryPubSub();
  // Takes the services' recovery once they exist (a stalled job's run may need its lease checked).
  const late: { services?: HubServices } = {};
  const queue: RunQueue = config.redis
    ? new BullRunQueue({
        ...config.redis,
        concurrency: config.runConcurrency,
        leaseMs: config.runLeaseMs,
        takeOver: async (runId) => {
          await late.services?.recovery.failIfOrphaned(runId);
        },
        onError: (runId, error) => logger.error('run queue error', error, runId ? { runId } : {}),
      })
    : new InProcessRunQueue(config.runConcurrency, (runId, error) =>
        logger.error('a run crashed its executor', error, { runId }),
      );
  // One registry per hub; the process's own figures (memory, CPU, event loop) only when served.
  const metrics = new HubMetrics({ processMetrics: config.metrics !== undefined });
  metrics.watch({
    queue: { kind: config.redis ? 'bullmq' : 'in-process', depth: () => queue.depth() },
    // An api process executes no runs: its utilisation reads 0 of 0.
    concurrency: config.role === 'api' ? 0 : config.runConcurrency,
    ...databaseSources(database.dataSource),
  });
  const services = createHubServices({
    dataSource: database.dataSource,
    pubSub,
    queue,
    clock,
    runLeaseMs: config.runLeaseMs,
    anthropic: config.anthropic,
    mail: config.mail,
    carriers: config.carriers,
    plaid: config.plaid,
    wordpress: config.wordpress,
    serpApi: config.serpApi,
    widget: config.widget,
    admin: config.admin,
    outboundWebhooks: config.outboundWebhooks,
    automation: config.automation,
    publicUrl: config.publicUrl,
    inboundWebhooks: config.inboundWebhooks,
    redis: config.redis,
    logger,
    metrics,
  });
  late.services = services;
  // An API process and its workers may start together on an empty database: one creates the key.
  const createdApiKey = await withAdvisoryLock(database, 'zactonics-bootstrap-key', () =>
    bootstrapApiKey(services, workspace.id, config.bootstrapApiKey),
  );
  const createdAdmin = await services.adminUsers.ensureOwner(workspace.id, config.admin);
  return {
    database,
    workspaceId: workspace.id,
    pubSub,
    queue,
    services,
    createdApiKey,
    createdAdmin,
    async close() {
      await pubSub.close();
      await services.rateLimits.close();
      await database.close();
    },
  };
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
