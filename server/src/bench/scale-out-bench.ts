import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openDatabase, type HubDatabase } from '@zactonics/db';
import { Queue } from 'bullmq';
import { RUN_QUEUE } from '../queue/bull-run-queue.js';
import { createTestDatabase } from '@zactonics/db/testing';
import { cpuBetween, cpuSnapshot, type ProcessGroups } from './cpu-accounting.js';
import { startSlowMessagesApi } from './slow-messages-api.js';
import { round } from './stats.js';
import { measureStartRun, type StartRunFigures } from './start-run-latency.js';

/**
 * The hub split in processes, as deployed (HUB_ROLE), on PostgreSQL and Redis: how many runs a
 * second one worker and two workers execute, and startRun to first step on PostgreSQL. Each
 * configuration gets a fresh database and its own Redis prefix; the processes are `node
 * server/dist/main.js`, exactly what `pnpm start` runs.
 *
 * BENCH_ASYNC_COMMIT=1 gives the bench's databases `synchronous_commit = off`: a run commits
 * about ten times, and on a small machine the disk's flush rate, not the workers, can be what a
 * second worker runs into. The report says which was measured.
 */

const ASYNC_COMMIT = process.env.BENCH_ASYNC_COMMIT === '1';
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
const RUN_BODY = JSON.stringify({
  query:
    'mutation { startRun(input: { agentKey: "support", scenarioKey: "faq-resolution" }) { id } }',
});

export interface ScaleOutTargets {
  postgresUrl: string;
  redisUrl: string;
  log: (message: string) => void;
}

export interface WorkerThroughput {
  workers: number;
  runs: number;
  /** First run started to last run finished, from the runs' own timestamps. */
  seconds: number;
  runsPerSecond: number;
  /** Where the machine's CPU went meanwhile (Linux only). */
  cpu?: ReturnType<typeof cpuBetween>;
}

/** Runs per second with one worker, then two, on the same offline scenario. */
export async function measureWorkerScaling(
  targets: ScaleOutTargets,
  options: {
    runs: number;
    /**
     * Runs wait this long on a model (the hub's Anthropic provider, the real SDK, against a local
     * Messages API that answers after it), as real runs wait on Claude; without it, the offline
     * provider, and runs are nothing but the hub's own CPU and database work.
     */
    modelLatencyMs?: number;
  },
): Promise<{
  oneWorker: WorkerThroughput;
  twoWorkers: WorkerThroughput;
  ratio: number;
  synchronousCommit: boolean;
  modelLatencyMs: number | null;
}> {
  const model =
    options.modelLatencyMs === undefined
      ? undefined
      : await startSlowMessagesApi(options.modelLatencyMs);
  try {
    const oneWorker = await throughput(targets, 1, options.runs, model?.url);
    const twoWorkers = await throughput(targets, 2, options.runs, model?.url);
    return {
      oneWorker,
      twoWorkers,
      ratio: round(twoWorkers.runsPerSecond / oneWorker.runsPerSecond),
      synchronousCommit: !ASYNC_COMMIT,
      modelLatencyMs: options.modelLatencyMs ?? null,
    };
  } finally {
    await model?.close();
  }
}

/** startRun to first step on PostgreSQL: one process (HUB_ROLE=both) and a split hub. */
export async function measureStartRunOnPostgres(
  targets: ScaleOutTargets,
  options: { runs: number; concurrency: number; timeoutMs: number },
): Promise<{ oneProcess: StartRunFigures; apiAndWorker: StartRunFigures }> {
  const oneProcess = await withCluster(targets, { workers: 0, redis: false }, (cluster) =>
    measureStartRun(cluster.graphqlUrl, cluster.authorization, options),
  );
  const apiAndWorker = await withCluster(targets, { workers: 1, redis: true }, (cluster) =>
    measureStartRun(cluster.graphqlUrl, cluster.authorization, options),
  );
  return { oneProcess, apiAndWorker };
}

async function throughput(
  targets: ScaleOutTargets,
  workers: number,
  runs: number,
  modelUrl: string | undefined,
): Promise<WorkerThroughput> {
  // The runs wait in the paused queue until every worker is up, so neither the API's pace nor
  // one worker's head start counts.
  const shape = { workers: 0, redis: true, api: true, modelUrl };
  return withCluster(targets, shape, async (cluster) => {
    targets.log(`${runs} runs through ${workers} worker(s)`);
    const control = new Queue(RUN_QUEUE, {
      connection: { url: targets.redisUrl },
      prefix: `${cluster.redisPrefix}bull`,
    });
    await control.pause();
    const ids = await startRuns(cluster, runs);
    await cluster.spawnWorkers(workers);
    const groups = processGroups(cluster);
    const cpuBefore = cpuSnapshot(groups);
    await control.resume();
    await cluster.untilFinished(runs);
    const cpu = cpuBetween(cpuBefore, cpuSnapshot(groups), runs);
    await control.close();
    const rows: Array<{ seconds: number }> = await cluster.sql.dataSource.query(
      `SELECT EXTRACT(EPOCH FROM max(finished_at) - min(started_at))::float AS seconds
         FROM run WHERE id = ANY($1)`,
      [ids],
    );
    const seconds = rows[0]?.seconds ?? Number.NaN;
    return {
      workers,
      runs,
      seconds: round(seconds),
      runsPerSecond: round(runs / seconds),
      ...(cpu ? { cpu } : {}),
    };
  });
}

/** The hub's processes by role, and the database and Redis servers this machine runs. */
function processGroups(cluster: Cluster): ProcessGroups {
  const [api, ...workers] = cluster.processes.map((child) => child.pid);
  return {
    workers: (pid) => workers.includes(pid),
    api: (pid) => pid === api,
    postgres: (_pid, name) => name === 'postgres',
    redis: (_pid, name) => name.startsWith('redis-server'),
  };
}

/** Starts `count` runs through the API, 16 requests at a time; returns their ids. */
async function startRuns(cluster: Cluster, count: number): Promise<string[]> {
  const ids: string[] = [];
  let remaining = count;
  const poster = async () => {
    while (remaining-- > 0) {
      const response = await fetch(cluster.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: cluster.authorization },
        body: RUN_BODY,
      });
      const body = (await response.json()) as { data?: { startRun?: { id: string } } };
      const id = body.data?.startRun?.id;
      if (!id) throw new Error(`startRun failed: ${JSON.stringify(body)}`);
      ids.push(id);
    }
  };
  await Promise.all(Array.from({ length: 16 }, poster));
  return ids;
}

interface Cluster {
  graphqlUrl: string;
  authorization: string;
  sql: HubDatabase;
  redisPrefix: string;
  /** The API process (or the one doing both) first, then the workers. */
  processes: readonly ChildProcess[];
  spawnWorkers(count: number): Promise<void>;
  untilFinished(count: number): Promise<void>;
}

/**
 * An API process (or one process doing both when `workers` is 0) and `workers` worker processes
 * on a fresh database; everything is stopped and dropped afterwards.
 */
async function withCluster<T>(
  targets: ScaleOutTargets,
  shape: { workers: number; redis: boolean; api?: boolean; modelUrl?: string | undefined },
  work: (cluster: Cluster) => Promise<T>,
): Promise<T> {
  const database = await createTestDatabase({ DATABASE_URL: targets.postgresUrl });
  if (ASYNC_COMMIT) {
    const db = await openDatabase({ ...database.options, poolSize: 1 });
    const dbName = new URL(database.options.databaseUrl as string).pathname.slice(1);
    await db.dataSource.query(`ALTER DATABASE ${dbName} SET synchronous_commit = off`);
    await db.close();
  }
  const name = `hub_bench_${randomBytes(6).toString('hex')}`;
  const apiKey = `sk_bench_${randomBytes(12).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.options.databaseUrl,
    HUB_BOOTSTRAP_API_KEY: apiKey,
    HUB_AUTOMATION: 'off',
    NODE_ENV: 'production',
    ...(shape.redis
      ? { REDIS_URL: targets.redisUrl, HUB_REDIS_PREFIX: `${name}:` }
      : { REDIS_URL: '' }),
  };
  if (shape.modelUrl) {
    Object.assign(env, { ANTHROPIC_API_KEY: 'sk-ant-bench', ANTHROPIC_BASE_URL: shape.modelUrl });
  } else {
    delete env.ANTHROPIC_API_KEY; // the offline provider: the same work every time
  }
  const children: ChildProcess[] = [];
  let sql: HubDatabase | undefined;
  try {
    const split = shape.api ?? shape.workers > 0;
    const apiUrl = await spawnHub(children, { ...env, HUB_ROLE: split ? 'api' : 'both' });
    const spawnWorkers = async (count: number) => {
      await Promise.all(
        Array.from({ length: count }, () => spawnHub(children, { ...env, HUB_ROLE: 'worker' })),
      );
    };
    await spawnWorkers(shape.workers);
    sql = await openDatabase({ ...database.options, poolSize: 2 });
    const opened = sql;
    return await work({
      graphqlUrl: `${apiUrl}/graphql`,
      authorization: `Bearer ${apiKey}`,
      sql: opened,
      redisPrefix: `${name}:`,
      processes: children,
      spawnWorkers,
      async untilFinished(count) {
        for (;;) {
          const rows: Array<{ n: string }> = await opened.dataSource.query(
            "SELECT count(*) AS n FROM run WHERE status IN ('SUCCEEDED', 'FAILED')",
          );
          if (Number(rows[0]?.n) >= count) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
    });
  } finally {
    await sql?.close().catch(() => undefined);
    await Promise.all(children.map(stopChild));
    await database.drop();
  }
}

/** Starts `node server/dist/main.js`; resolves with its URL once it says it is running. */
function spawnHub(children: ChildProcess[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`hub exited (${code}) before running:\n${output}`)),
    );
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(late);
}
