import { cpus, loadavg } from 'node:os';
import { BenchServers } from './bench-servers.js';
import { measureFanOut } from './fan-out.js';
import { measureIdleWidgetSockets } from './idle-widget-sockets.js';
import { measureLedger } from './ledger-bench.js';
import { DEFAULT_POSTGRES_URL } from './ledger-fixtures.js';
import { measureQuery } from './query-load.js';
import {
  measureStartRunOnPostgres,
  measureWorkerScaling,
  type ScaleOutTargets,
} from './scale-out-bench.js';
import { round } from './stats.js';
import { measureStartRun } from './start-run-latency.js';

/**
 * `pnpm bench`: the hub against baselines, each server in its own process, loaded from this one;
 * then the hub split into an API and workers (PostgreSQL and Redis), and the ledger on PostgreSQL. Prints one JSON object on stdout (one key per section, plus
 * `machine`; progress goes to stderr) and exits 0 whether or not the targets are met: it
 * reports, it does not judge.
 *
 * `BENCH_SECTIONS=fanOut,idleWidgetSockets` runs only those sections (names as in SECTIONS).
 * Adding a section: write its measurement in its own file (returning a JSON-able object), then
 * add `{ name, run }` to SECTIONS where its order makes sense: `run` gets the shared servers
 * (started on first use) and the log, and its result becomes the report's `name` key.
 */
interface BenchSection {
  name: string;
  run(servers: BenchServers): Promise<unknown>;
}

// 5 s of warm-up, not 2: the hub's database path (PGlite's WebAssembly, TypeORM) is still
// speeding up after 2 s of load (~430 req/s in the next 5 s, ~560 once warm), the baseline is not.
const QUERY = { connections: 10, durationSeconds: 10, warmUpSeconds: 5 };
const AGENTS_BODY = JSON.stringify({
  query: '{ agents { id key name description enabled model } }',
});
const FAN_OUT = { subscribers: 1_000, steps: 200, batchSize: 100, timeoutMs: 60_000 };
const START_RUN = { runs: 200, concurrency: 4, timeoutMs: 15_000 };
const IDLE_WIDGET_SOCKETS = {
  // BENCH_IDLE_SOCKETS, BENCH_IDLE_SUBSCRIBE=0, BENCH_IDLE_MS and BENCH_HEAP_SNAPSHOT_DIR: for
  // finding where the memory goes (fewer sockets, no subscription, heap snapshots).
  sockets: Number(process.env.BENCH_IDLE_SOCKETS || 10_000),
  subscribe: process.env.BENCH_IDLE_SUBSCRIBE !== '0',
  idleMs: Number(process.env.BENCH_IDLE_MS || 65_000),
  heapSnapshotDir: process.env.BENCH_HEAP_SNAPSHOT_DIR,
  batchSize: 200,
  timeoutMs: 120_000,
};
const TARGETS = {
  queryRatio: 0.7,
  fanOutToRawWsRatio: 0.5,
  bytesPerIdleWidgetSocket: 20 * 1024,
  twoWorkersToOne: 1.7,
  startRunP50Ms: 50,
};
const WORKER_SCALING = { runs: 300 };
// 500 ms a model call: one worker (8 runs at once) then manages about 16 runs a second, and two
// workers' 32 leave this 2-vCPU machine's cores room to spare.
const WORKER_SCALING_WITH_MODEL = { runs: 240, modelLatencyMs: 500 };
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const SECTIONS: BenchSection[] = [
  { name: 'agentsQuery', run: agentsQuery },
  { name: 'fanOut', run: fanOut },
  // Last on the shared hub: these runs really execute (and leave their history in the
  // database), so the figures above come from a hub doing nothing else.
  {
    name: 'startRunToFirstStep',
    run: async (servers) => {
      servers.log(
        `startRun to first step: ${START_RUN.runs} runs, ${START_RUN.concurrency} at a time`,
      );
      const hub = await servers.hub();
      return measureStartRun(hub.graphqlUrl, servers.authorization, START_RUN);
    },
  },
  {
    name: 'idleWidgetSockets',
    run: async (servers) => {
      await servers.stopAll(); // its own hub, configured for it; nothing else running
      const figures = await measureIdleWidgetSockets(servers, IDLE_WIDGET_SOCKETS);
      return {
        ...figures,
        target: `<= ${TARGETS.bytesPerIdleWidgetSocket} bytes per socket (RSS)`,
        meetsTarget: figures.rssBytesPerSocket <= TARGETS.bytesPerIdleWidgetSocket,
      };
    },
  },
  // The split hub (HUB_ROLE api / worker) on PostgreSQL and Redis, in processes of its own.
  { name: 'workerScaling', run: (servers) => workerScaling(servers, WORKER_SCALING) },
  // The same, with runs that wait on a model as real ones do: what a second worker adds when a
  // worker's runs at once (HUB_RUN_CONCURRENCY), not the machine's cores, are what runs out.
  {
    name: 'workerScalingWithModel',
    run: (servers) => workerScaling(servers, WORKER_SCALING_WITH_MODEL),
  },
  {
    name: 'startRunOnPostgres',
    run: async (servers) => {
      await servers.stopAll();
      servers.log(
        `startRun to first step on PostgreSQL: ${START_RUN.runs} runs, ${START_RUN.concurrency} at a time`,
      );
      return onPostgres(servers, (targets) => measureStartRunOnPostgres(targets, START_RUN));
    },
  },
  {
    name: 'ledger',
    run: async (servers) => {
      await servers.stopAll();
      return onPostgres(servers, (targets) =>
        measureLedger({ serverUrl: targets.postgresUrl, log: targets.log }),
      );
    },
  },
];

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/**
 * Runs `measure` on PostgreSQL (DATABASE_URL, else the machine's server) and Redis (REDIS_URL,
 * else the machine's); the section is reported as skipped when they are not there.
 */
async function onPostgres<T>(
  servers: BenchServers,
  measure: (targets: ScaleOutTargets) => Promise<T>,
): Promise<T | { skipped: string }> {
  const targets = {
    postgresUrl: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL,
    redisUrl: REDIS_URL,
    log: servers.log,
  };
  return measure(targets).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    servers.log(`skipped: ${reason}`);
    return { skipped: reason };
  });
}

/** One worker against two (scale-out-bench.ts), judged against the 1.7x target. */
async function workerScaling(
  servers: BenchServers,
  options: Parameters<typeof measureWorkerScaling>[1],
) {
  await servers.stopAll();
  const figures = await onPostgres(servers, (targets) => measureWorkerScaling(targets, options));
  if ('skipped' in figures) return figures;
  return {
    ...figures,
    target: `>= ${TARGETS.twoWorkersToOne} (two workers to one)`,
    meetsTarget: figures.ratio >= TARGETS.twoWorkersToOne,
  };
}

/** The same ratio from CPU cost per operation: robust when other processes share the cores. */
const byCpu = (hubMicros: number, baselineMicros: number) => round(baselineMicros / hubMicros, 3);

async function agentsQuery(servers: BenchServers) {
  const { authorization } = servers;
  const hub = await servers.hub();
  const baseline = await servers.baseline();
  // The baseline serves the hub's own answer, so both send the same bytes; autocannon then
  // checks every response against it (a resolver error would still be a 200).
  const expectBody = await post(hub.graphqlUrl, authorization, AGENTS_BODY);
  const agents = (JSON.parse(expectBody) as { data?: { agents?: unknown[] } }).data?.agents;
  if (!agents?.length) throw new Error(`the hub's agents query failed: ${expectBody}`);
  await baseline.request({ type: 'setAgents', agents });
  if ((await post(baseline.graphqlUrl, authorization, AGENTS_BODY)) !== expectBody) {
    throw new Error('the baseline does not answer the agents query like the hub');
  }
  const query = { authorization, body: AGENTS_BODY, expectBody, ...QUERY };
  log(`agents query: hub, ${QUERY.connections} connections, ${QUERY.durationSeconds} s`);
  const hubQuery = await measureQuery(hub, query);
  log(`agents query: baseline`);
  const baselineQuery = await measureQuery(baseline, query);
  const ratio = round(hubQuery.requestsPerSecond / baselineQuery.requestsPerSecond, 3);
  return {
    connections: QUERY.connections,
    durationSeconds: QUERY.durationSeconds,
    warmUpSeconds: QUERY.warmUpSeconds,
    hub: hubQuery,
    baseline: baselineQuery,
    hubToBaselineRatio: ratio,
    hubToBaselineRatioByCpu: byCpu(
      hubQuery.serverCpuMicrosPerRequest,
      baselineQuery.serverCpuMicrosPerRequest,
    ),
    target: `>= ${TARGETS.queryRatio.toFixed(2)}`,
    meetsTarget: ratio >= TARGETS.queryRatio,
  };
}

/**
 * The hub against the raw `ws` floor (the target) and against the Apollo + graphql-ws baseline
 * (what an unoptimised stack does), on the same 1,000 sockets of this process. The ratio by CPU
 * leans against the slower server: a loopback write costs the writer more kernel time when the
 * reading process (this one) sat idle waiting for it (measured: 8.9 us of system time a send at
 * full speed, 11.4 us when each send came 10 us later).
 */
async function fanOut(servers: BenchServers) {
  const { authorization } = servers;
  log(`fan-out: hub, ${FAN_OUT.subscribers} subscribers, ${FAN_OUT.steps} steps`);
  const hub = await measureFanOut(await servers.hub(), authorization, FAN_OUT);
  log('fan-out: raw ws');
  const rawWs = await measureFanOut(await servers.rawWs(), authorization, FAN_OUT);
  log('fan-out: Apollo + graphql-ws baseline');
  const baseline = await measureFanOut(await servers.baseline(), authorization, FAN_OUT);
  const toRawWs = round(hub.deliveriesPerSecond / rawWs.deliveriesPerSecond, 3);
  return {
    subscribers: FAN_OUT.subscribers,
    steps: FAN_OUT.steps,
    hub,
    rawWs,
    baseline,
    hubToRawWsRatio: toRawWs,
    hubToRawWsRatioByCpu: byCpu(hub.serverCpuMicrosPerDelivery, rawWs.serverCpuMicrosPerDelivery),
    hubToBaselineRatio: round(hub.deliveriesPerSecond / baseline.deliveriesPerSecond, 3),
    hubToBaselineRatioByCpu: byCpu(
      hub.serverCpuMicrosPerDelivery,
      baseline.serverCpuMicrosPerDelivery,
    ),
    target: `>= ${TARGETS.fanOutToRawWsRatio.toFixed(2)} of raw ws`,
    meetsTarget: toRawWs >= TARGETS.fanOutToRawWsRatio,
  };
}

async function main() {
  const only = process.env.BENCH_SECTIONS?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown?.length) throw new Error(`BENCH_SECTIONS: no section ${unknown.join(', ')}`);
  // Other processes on the machine slow both servers alike but make wall-clock figures noisy.
  const loadAtStart = round(loadavg()[0] ?? 0);
  const servers = new BenchServers(log);
  const results: Record<string, unknown> = {};
  try {
    for (const section of SECTIONS) {
      if (only && !only.includes(section.name)) continue;
      results[section.name] = await section.run(servers);
    }
  } finally {
    log('stopping');
    await servers.close();
  }
  const report = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      loadAverage1m: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? 0) },
    },
    ...results,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

async function post(url: string, authorization: string, body: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
