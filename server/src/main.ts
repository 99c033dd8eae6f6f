import { getPriority, setPriority } from 'node:os';
import { DataFolderInUseError } from '@zactonics/db';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createHubLogger, type HubLogger } from './logging/hub-logger.js';
import { setProcessLogger } from './logging/process-logger.js';
import { start, type RunningHub } from './start.js';
import { mailDeliveryLine, mailDeliveryOf } from './modules/mail/mail-delivery.js';

/**
 * The process entry. Exit codes:
 * - 0: stopped by SIGTERM or SIGINT: drained within HUB_SHUTDOWN_TIMEOUT_MS, or that time ran out
 *   and the runs still in flight were left RUNNING for the next start's recovery;
 * - 1: could not start (configuration, data folder in use, port taken), or the drain failed;
 * - 128 + the signal's number (130 SIGINT, 143 SIGTERM): a second signal during the drain (more
 *   than half a second after the first), or a signal before the hub had started, ends the
 *   process at once.
 */
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;
type Signal = keyof typeof SIGNAL_NUMBERS;
const DUPLICATE_SIGNAL_MS = 500;

/**
 * What the process writes: the start banner as plain text on stdout (for the operator: where the
 * hub is, and the key and password a first start generated, shown this once and in no log line),
 * and everything else through the hub's logger (JSON lines, or the pretty format in development:
 * docs/OBSERVABILITY.md#logs). Only a configuration error, found before there is a logger, is
 * written as plain text (stderr).
 */
const entry: { logger?: HubLogger } = {};

async function main() {
  const config = loadConfig();
  const logger = createHubLogger(config.log, { colorize: process.stdout.isTTY === true });
  entry.logger = logger;
  setProcessLogger(logger);
  // The hub owns the signals from the start (Apollo's handlers are off, see http/console-endpoint.ts).
  const state: { hub?: RunningHub; drainingSince?: number } = {};
  const onSignal = (signal: Signal) => {
    // One Ctrl-C can arrive twice (the terminal signals the process group, and `pnpm start` or
    // `timeout` forward it again): a repeat within moments is the same request.
    const since = state.drainingSince;
    if (since !== undefined && Date.now() - since < DUPLICATE_SIGNAL_MS) return;
    if (!state.hub || since !== undefined) {
      logger.info(`${signal}: exiting now`);
      process.exit(128 + SIGNAL_NUMBERS[signal]);
    }
    state.drainingSince = Date.now();
    void drain(state.hub, signal, config.shutdownTimeoutMs, logger);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  if (config.role === 'worker') lowerWorkerPriority(config.workerNiceness, logger);
  const hub = await start(config, { logger });
  state.hub = hub;
  process.stdout.write(banner(hub, config));
  logger.info('hub started', {
    url: hub.url,
    role: hub.role,
    database: hub.database.kind,
    provider: hub.services.provider.name,
    mail: hub.services.caughtEmails.delivery,
  });
}

/**
 * A worker yields the CPU to API processes on the same cores (config.workerNiceness). Raising
 * one's own niceness needs no privilege; a sandbox that forbids it only costs the priority.
 */
function lowerWorkerPriority(niceness: number, logger: HubLogger): void {
  if (niceness === 0) return;
  try {
    setPriority(Math.max(getPriority(), niceness));
  } catch (error) {
    logger.warn('could not lower the worker process priority', { niceness, error: String(error) });
  }
}

/** The start banner, plain text: the first start's key and owner password appear here only. */
function banner(hub: RunningHub, config: Config): string {
  const lines: string[] = [];
  if (hub.role === 'worker') {
    lines.push(
      `Zactonics Agent Hub worker is running at ${hub.url} (GET /healthz and /readyz only; ${config.runConcurrency} runs at a time)`,
      `  Model provider: ${hub.services.provider.name}`,
    );
  } else {
    const role = hub.role === 'api' ? ' (API only: runs go to the workers)' : '';
    lines.push(
      `Zactonics Agent Hub is running at ${hub.url}${role}`,
      `  GraphQL (HTTP and WebSocket): ${hub.graphqlUrl}`,
      `  Database: ${hub.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
      `  Model provider: ${hub.services.provider.name}`,
      `  Demo storefront with the chat widget: ${hub.url}/demo`,
      `  Admin console: ${hub.url}/admin`,
      `  Email: ${mailDeliveryLine(mailDeliveryOf(config.mail))}`,
    );
  }
  if (hub.metricsUrl) lines.push(`  Metrics (Prometheus): ${hub.metricsUrl}`);
  // Whichever process reached an empty database first created these, a worker too: it says so.
  // A configured key or password is the operator's own: never echoed.
  if (hub.createdApiKey) {
    const key = config.bootstrapApiKey
      ? '(the one in HUB_BOOTSTRAP_API_KEY)'
      : `${hub.createdApiKey} (shown once, keep it)`;
    lines.push(`  API key for the demo workspace: ${key}`);
  } else if (hub.role !== 'worker') {
    lines.push('  API key: created on first start (or set with HUB_BOOTSTRAP_API_KEY)');
  }
  if (hub.createdAdmin) {
    const password = config.admin.password
      ? '(the one in HUB_ADMIN_PASSWORD)'
      : `${hub.createdAdmin.password} (shown once, keep it)`;
    lines.push(`  Console owner created: ${hub.createdAdmin.email}, password ${password}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One drain, bounded: HTTP and WebSocket first, then runs until shortly before the deadline (the
 * database is closed in the time left), and the process exits when the deadline passes whatever
 * is still pending (a client that never acknowledges its socket's close, a run stuck on a model).
 */
async function drain(hub: RunningHub, signal: Signal, timeoutMs: number, logger: HubLogger) {
  logger.info(
    `${signal}: draining connections and runs (at most ${timeoutMs / 1000} s; a second signal exits at once)...`,
  );
  const deadline = Date.now() + timeoutMs;
  const closingTime = Math.min(1_000, timeoutMs / 4);
  const outcome = await Promise.race([
    hub.stop({ runsDeadline: deadline - closingTime }).then(
      () => 'stopped' as const,
      (error: unknown) => {
        logger.error('The drain failed', error);
        return 'failed' as const;
      },
    ),
    new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), timeoutMs)),
  ]);
  if (outcome === 'late') {
    logger.warn(
      `Not drained within ${timeoutMs / 1000} s: exiting; runs still in flight are left for the next start's recovery.`,
    );
  } else if (outcome === 'stopped') {
    logger.info('Stopped.');
  }
  process.exit(outcome === 'failed' ? 1 : 0);
}

main().catch((error: unknown) => {
  const { logger } = entry;
  if (error instanceof ConfigError || !logger) {
    // No logger yet: its own settings may be what is wrong.
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  } else if (error instanceof DataFolderInUseError) {
    logger.fatal(`Cannot start: ${error.message}`);
  } else {
    logger.fatal('Cannot start', error);
  }
  process.exit(1);
});
