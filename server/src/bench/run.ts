import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureFanOut } from './fan-out.js';
import { ServerProcess } from './ipc.js';
import { measureLedger } from './ledger-bench.js';
import { DEFAULT_POSTGRES_URL } from './ledger-fixtures.js';
import { measureQuery } from './query-load.js';
import { round } from './stats.js';
import { measureStartRun } from './start-run-latency.js';

/**
 * `pnpm bench`: the hub against a bare Apollo Server + graphql-ws baseline, each in its own
 * process, loaded from this one; then the ledger on PostgreSQL (ledger-bench.ts: DATABASE_URL,
 * else the machine's server; reported as skipped when there is none). Prints one JSON object on
 * stdout (progress goes to stderr) and exits 0 whether or not the targets are met: it reports, it
 * does not judge.
 *
 * BENCH_HUB_EXEC_ARGV passes Node flags to the hub process, e.g.
 * `BENCH_HUB_EXEC_ARGV="--cpu-prof --cpu-prof-dir=/tmp/hub-prof" pnpm bench`.
 */
// 5 s of warm-up, not 2: the hub's database path (PGlite's WebAssembly, TypeORM) is still
// speeding up after 2 s of load (~430 req/s in the next 5 s, ~560 once warm), the baseline is not.
const QUERY = { connections: 10, durationSeconds: 10, warmUpSeconds: 5 };
const AGENTS_BODY = JSON.stringify({
  query: '{ agents { id key name description enabled model } }',
});
const FAN_OUT = { subscribers: 1_000, steps: 200, batchSize: 100, timeoutMs: 60_000 };
const START_RUN = { runs: 200, concurrency: 4, timeoutMs: 15_000 };
const TARGETS = { queryRatio: 0.7, deliveriesPerSecond: 30_000 };

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const apiKey = `sk_bench_${randomBytes(12).toString('hex')}`;
  const authorization = `Bearer ${apiKey}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'zactonics-bench-'));
  // Other processes on the machine slow both servers alike but make wall-clock figures noisy.
  const loadAtStart = round(loadavg()[0] ?? 0);
  const servers: ServerProcess[] = [];
  try {
    log('starting the hub (fresh PGlite database) and the baseline');
    const hub = await ServerProcess.start(
      'hub',
      new URL('./hub-process.js', import.meta.url),
      {
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_DATA_DIR: dataDir,
        HUB_BOOTSTRAP_API_KEY: apiKey,
        HUB_LOG: 'silent',
        DATABASE_URL: '', // always the embedded database, even where CI sets a PostgreSQL URL
      },
      (process.env.BENCH_HUB_EXEC_ARGV ?? '').split(' ').filter(Boolean),
    );
    servers.push(hub);
    const baseline = await ServerProcess.start(
      'baseline',
      new URL('./baseline-process.js', import.meta.url),
      { BENCH_API_KEY: apiKey },
    );
    servers.push(baseline);

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

    log(`fan-out: hub, ${FAN_OUT.subscribers} subscribers, ${FAN_OUT.steps} steps`);
    const hubFanOut = await measureFanOut(hub, authorization, FAN_OUT);
    log('fan-out: baseline');
    const baselineFanOut = await measureFanOut(baseline, authorization, FAN_OUT);

    // Last: these 200 runs really execute (and leave their history in the database), so the
    // figures above come from a hub doing nothing else.
    log(`startRun to first step: ${START_RUN.runs} runs, ${START_RUN.concurrency} at a time`);
    const startRun = await measureStartRun(hub.graphqlUrl, authorization, START_RUN);
    await Promise.all(servers.splice(0).map((server) => server.stop()));

    const ledger = await measureLedger({
      serverUrl: process.env.DATABASE_URL || DEFAULT_POSTGRES_URL,
      log,
    }).catch((error: unknown) => {
      log(`ledger: skipped: ${error instanceof Error ? error.message : String(error)}`);
      return { skipped: error instanceof Error ? error.message : String(error) };
    });

    const queryRatio = round(hubQuery.requestsPerSecond / baselineQuery.requestsPerSecond, 3);
    // The same ratio from CPU cost per operation: what the throughput ratio would be if each
    // server had its core to itself (robust when other processes share the machine).
    const byCpu = (hubMicros: number, baselineMicros: number) =>
      round(baselineMicros / hubMicros, 3);
    const report = {
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        node: process.version,
        loadAverage1m: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? 0) },
      },
      agentsQuery: {
        connections: QUERY.connections,
        durationSeconds: QUERY.durationSeconds,
        warmUpSeconds: QUERY.warmUpSeconds,
        hub: hubQuery,
        baseline: baselineQuery,
        hubToBaselineRatio: queryRatio,
        hubToBaselineRatioByCpu: byCpu(
          hubQuery.serverCpuMicrosPerRequest,
          baselineQuery.serverCpuMicrosPerRequest,
        ),
        target: `>= ${TARGETS.queryRatio.toFixed(2)}`,
        meetsTarget: queryRatio >= TARGETS.queryRatio,
      },
      startRunToFirstStep: startRun,
      fanOut: {
        subscribers: FAN_OUT.subscribers,
        steps: FAN_OUT.steps,
        hub: hubFanOut,
        baseline: baselineFanOut,
        hubToBaselineRatio: round(
          hubFanOut.deliveriesPerSecond / baselineFanOut.deliveriesPerSecond,
          3,
        ),
        hubToBaselineRatioByCpu: byCpu(
          hubFanOut.serverCpuMicrosPerDelivery,
          baselineFanOut.serverCpuMicrosPerDelivery,
        ),
        target: `>= ${TARGETS.deliveriesPerSecond} deliveries/s`,
        meetsTarget: hubFanOut.deliveriesPerSecond >= TARGETS.deliveriesPerSecond,
      },
      ledger,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    log('stopping');
    await Promise.all(servers.map((server) => server.stop()));
    await rm(dataDir, { recursive: true, force: true });
  }
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
