import { DataFolderInUseError } from '@zactonics/db';
import { ConfigError, loadConfig } from './config.js';
import { start, type Logger, type RunningHub } from './start.js';

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

const logger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error ?? ''),
};

async function main() {
  const config = loadConfig();
  // The hub owns the signals from the start (Apollo's handlers are off, see http/console-endpoint.ts).
  const state: { hub?: RunningHub; drainingSince?: number } = {};
  const onSignal = (signal: Signal) => {
    // One Ctrl-C can arrive twice (the terminal signals the process group, and `pnpm start` or
    // `timeout` forward it again): a repeat within moments is the same request.
    const since = state.drainingSince;
    if (since !== undefined && Date.now() - since < DUPLICATE_SIGNAL_MS) return;
    if (!state.hub || since !== undefined) {
      console.log(`${signal}: exiting now`);
      process.exit(128 + SIGNAL_NUMBERS[signal]);
    }
    state.drainingSince = Date.now();
    void drain(state.hub, signal, config.shutdownTimeoutMs);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const hub = await start(config, { logger });
  state.hub = hub;
  if (hub.role === 'worker') {
    console.log(
      `Zactonics Agent Hub worker is running at ${hub.url} (GET /healthz only; ${config.runConcurrency} runs at a time)`,
    );
    console.log(`  Model provider: ${hub.services.provider.name}`);
  } else {
    const role = hub.role === 'api' ? ' (API only: runs go to the workers)' : '';
    console.log(`Zactonics Agent Hub is running at ${hub.url}${role}`);
    console.log(`  GraphQL (HTTP and WebSocket): ${hub.graphqlUrl}`);
    console.log(
      `  Database: ${hub.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
    );
    console.log(`  Model provider: ${hub.services.provider.name}`);
    console.log(`  Demo storefront with the chat widget: ${hub.url}/demo`);
    console.log(`  Admin console: ${hub.url}/admin`);
  }
  // Whichever process reached an empty database first created these, a worker too: it says so.
  if (hub.createdApiKey) {
    console.log(`  API key for the demo workspace (shown once, keep it): ${hub.createdApiKey}`);
  } else if (hub.role !== 'worker') {
    console.log('  API key: created on first start (or set with HUB_BOOTSTRAP_API_KEY)');
  }
  if (hub.createdAdmin) {
    // A configured password is the operator's own: never echoed to the logs.
    const password = config.admin.password
      ? '(the one in HUB_ADMIN_PASSWORD)'
      : `${hub.createdAdmin.password} (shown once, keep it)`;
    console.log(`  Console owner created: ${hub.createdAdmin.email}, password ${password}`);
  }
}

/**
 * One drain, bounded: HTTP and WebSocket first, then runs until shortly before the deadline (the
 * database is closed in the time left), and the process exits when the deadline passes whatever
 * is still pending (a client that never acknowledges its socket's close, a run stuck on a model).
 */
async function drain(hub: RunningHub, signal: Signal, timeoutMs: number) {
  console.log(
    `${signal}: draining connections and runs (at most ${timeoutMs / 1000} s; a second signal exits at once)...`,
  );
  const deadline = Date.now() + timeoutMs;
  const closingTime = Math.min(1_000, timeoutMs / 4);
  const outcome = await Promise.race([
    hub.stop({ runsDeadline: deadline - closingTime }).then(
      () => 'stopped' as const,
      (error: unknown) => {
        console.error('The drain failed:', error);
        return 'failed' as const;
      },
    ),
    new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), timeoutMs)),
  ]);
  if (outcome === 'late') {
    console.log(
      `Not drained within ${timeoutMs / 1000} s: exiting; runs still in flight are left for the next start's recovery.`,
    );
  } else if (outcome === 'stopped') {
    console.log('Stopped.');
  }
  process.exit(outcome === 'failed' ? 1 : 0);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof DataFolderInUseError) console.error(`Cannot start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
