import { randomUUID } from 'node:crypto';
import { getPriority } from 'node:os';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { createHubClient, type HubClient } from '@zactonics/schema';
import { startPrivateRedis, type PrivateRedis } from '@zactonics/server/testing/redis-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startFakeMessagesApi, text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import { expectEventually, TEST_API_KEY } from './harness.js';
import { runningUrl, spawnHubProcess, type HubProcess } from './hub-process.js';
import { RUN_STEPS, START_RUN } from './operations.js';

/**
 * A scaled hub as deployed: two API processes and two workers (HUB_ROLE), each its own `node`
 * process, on one PostgreSQL database and one Redis (a private redis-server, so the spec can
 * kill and restart it), Claude played by a local fake Messages API whose answers the spec holds
 * back to catch a run in the middle. PostgreSQL only: PGlite is one process by design.
 */

const LEASE_MS = 2_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const TERMINAL_STEPS = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

interface Step {
  seq: number;
  kind: string;
}

describe.skipIf(!process.env.DATABASE_URL)('a hub of two API processes and two workers', () => {
  let database: TestDatabase;
  let redis: PrivateRedis;
  let fake: FakeMessagesApi;
  let sql: pg.Client;
  const processes: HubProcess[] = [];
  const prefix = `zac-e2e-${randomUUID().slice(0, 8)}:`;
  let apiA: { url: string; client: HubClient };
  let apiB: { url: string; client: HubClient };
  let workers: HubProcess[] = [];

  const spawn = (role: 'api' | 'worker'): HubProcess => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HUB_ROLE: role,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: database.options.databaseUrl,
      REDIS_URL: redis.url,
      HUB_REDIS_PREFIX: prefix,
      HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: fake.url,
      HUB_MODEL_TIMEOUT_MS: '60000',
      HUB_MODEL_MAX_RETRIES: '0',
      HUB_RUN_LEASE_MS: String(LEASE_MS),
      HUB_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      HUB_AUTOMATION: 'off',
    };
    delete env.NODE_ENV; // production mode, as deployed
    const hub = spawnHubProcess(env);
    processes.push(hub);
    return hub;
  };

  const clientOf = (url: string): HubClient =>
    createHubClient({
      url: `${url}/graphql`,
      apiKey: TEST_API_KEY,
      webSocketImpl: WebSocket,
      ws: { retryAttempts: 0 },
    });

  beforeAll(async () => {
    [database, redis, fake] = await Promise.all([
      createTestDatabase(),
      startPrivateRedis(),
      startFakeMessagesApi(),
    ]);
    sql = new pg.Client({ connectionString: database.options.databaseUrl });
    await sql.connect();
    // All four start together on an empty database, as `docker compose up` starts them.
    const [a, b, w1, w2] = [spawn('api'), spawn('api'), spawn('worker'), spawn('worker')];
    const [urlA, urlB] = await Promise.all([a, b, w1, w2].map(runningUrl));
    apiA = { url: urlA as string, client: clientOf(urlA as string) };
    apiB = { url: urlB as string, client: clientOf(urlB as string) };
    workers = [w1, w2];
  }, 120_000);

  afterAll(async () => {
    await Promise.all([apiA?.client.close(), apiB?.client.close()]);
    for (const hub of processes) hub.child.kill('SIGKILL');
    await Promise.all(processes.map((hub) => hub.exit));
    await sql?.end();
    await Promise.all([fake?.close(), redis?.stop()]);
    await database?.drop();
  });

  const startPayment = async (paymentId: string, client = apiA.client) => {
    const { startRun } = await client.request(START_RUN, {
      input: {
        agentKey: 'finance',
        scenarioKey: 'payment-received',
        input: { invoiceNumber: 'INV-2026-005', amountCents: 100, paymentId },
      },
    });
    return startRun.id;
  };

  /** The model asks to record a payment, then takes `holdMs` to answer after the tool's result. */
  const scriptPayment = (paymentId: string, holdMs: number) =>
    fake.script(
      toolUse([
        {
          id: `toolu_${paymentId}`,
          name: 'record_payment',
          input: { invoiceNumber: 'INV-2026-005', amountCents: 100, paymentId },
        },
      ]),
      { kind: 'delay', delayMs: holdMs, then: text(`Recorded ${paymentId}.`) },
    );

  const stepsInDatabase = async (runId: string): Promise<Step[]> =>
    (
      await sql.query<Step>('SELECT seq, kind FROM run_step WHERE run_id = $1 ORDER BY seq', [
        runId,
      ])
    ).rows;

  const runRow = async (runId: string) =>
    (
      await sql.query<{ status: string; error_code: string | null; locked_by: string | null }>(
        'SELECT status, error_code, locked_by FROM run WHERE id = $1',
        [runId],
      )
    ).rows[0];

  /** The payment's side effects: its row, and its journal entry. */
  const paymentEffects = async (paymentId: string) => {
    const payments = await sql.query(
      'SELECT 1 FROM invoice_payment WHERE processor_payment_id = $1',
      [paymentId],
    );
    const entries = await sql.query(
      "SELECT 1 FROM journal_entry WHERE memo LIKE '%' || $1 || '%'",
      [paymentId],
    );
    return { payments: payments.rowCount, journalEntries: entries.rowCount };
  };

  /** Follows a run's steps on `client` until `stopWhen` says so or the terminal step. */
  const follow = async (
    client: HubClient,
    runId: string,
    afterSeq: number,
    stopWhen: (step: Step) => boolean = () => false,
  ): Promise<Step[]> => {
    const seen: Step[] = [];
    for await (const { runSteps } of client.subscribe(RUN_STEPS, { runId, afterSeq })) {
      seen.push({ seq: runSteps.seq, kind: runSteps.kind });
      if (TERMINAL_STEPS.has(runSteps.kind) || stopWhen(seen.at(-1) as Step)) break;
    }
    return seen;
  };

  const heldModelCalls = () => fake.requests.length;

  it('runs its workers at a lower CPU priority than its API processes (HUB_WORKER_NICENESS)', () => {
    const api = processes.find((hub) => !workers.includes(hub)) as HubProcess;
    expect(getPriority(api.pid)).toBe(getPriority());
    for (const worker of workers) expect(getPriority(worker.pid)).toBe(10);
  });

  it('streams a run started on API A to a watcher on API B, and the rest to that watcher reconnecting to A with afterSeq', async () => {
    fake.reset();
    scriptPayment('pi_scale_stream', 1_500);
    const runId = await startPayment('pi_scale_stream');

    const first = await follow(apiB.client, runId, 0, (step) => step.kind === 'TOOL_RESULT');
    const rest = await follow(apiA.client, runId, first.at(-1)?.seq ?? 0);

    const all = [...first, ...rest];
    expect(all.at(-1)?.kind).toBe('COMPLETED');
    expect(all).toEqual(await stepsInDatabase(runId));
    expect(all.map((s) => s.seq)).toEqual(all.map((_, i) => i + 1));
    expect(await paymentEffects('pi_scale_stream')).toEqual({ payments: 1, journalEntries: 1 });
  });

  it('loses and doubles nothing for a watcher when Redis restarts mid-stream, and takes new runs after', async () => {
    fake.reset();
    scriptPayment('pi_scale_redis', 2_500);
    const runId = await startPayment('pi_scale_redis');
    const watched: Step[] = [];
    const watching = (async () => {
      for await (const { runSteps } of apiB.client.subscribe(RUN_STEPS, { runId })) {
        watched.push({ seq: runSteps.seq, kind: runSteps.kind });
        if (TERMINAL_STEPS.has(runSteps.kind)) return;
      }
    })();
    await expectEventually(() => expect(watched.map((s) => s.kind)).toContain('TOOL_RESULT'));

    await redis.kill(); // every key lost: the run's queue job too
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.restart();
    await watching;

    expect(watched).toEqual(await stepsInDatabase(runId));
    expect(watched.map((s) => s.seq)).toEqual(watched.map((_, i) => i + 1));
    expect(watched.at(-1)?.kind).toBe('COMPLETED');

    fake.script(
      toolUse([
        {
          id: 'toolu_after',
          name: 'record_payment',
          input: { invoiceNumber: 'INV-2026-005', amountCents: 100, paymentId: 'pi_scale_after' },
        },
      ]),
      text('Recorded.'),
    );
    const after = await startPayment('pi_scale_after', apiB.client);
    await expectEventually(
      async () => expect((await runRow(after))?.status).toBe('SUCCEEDED'),
      20_000,
    );
  });

  it('fails a run whose worker was killed with SIGKILL with RUN_INTERRUPTED, one terminal step, its payment recorded once', async () => {
    fake.reset();
    scriptPayment('pi_scale_kill', 60_000);
    const runId = await startPayment('pi_scale_kill');
    // The payment is recorded and the model is thinking about what to say: the middle of a run.
    await expectEventually(() => expect(heldModelCalls()).toBe(2), 20_000);
    const holder = (await runRow(runId))?.locked_by ?? '';
    const victim = workers.find((w) => holder.startsWith(`hub-${w.pid}-`));
    expect(victim, `a worker holds the run (locked by ${holder})`).toBeDefined();

    victim?.child.kill('SIGKILL');
    await victim?.exit;
    workers = workers.filter((w) => w !== victim);

    await expectEventually(async () => {
      expect(await runRow(runId)).toMatchObject({
        status: 'FAILED',
        error_code: 'RUN_INTERRUPTED',
      });
    }, 20_000);
    const steps = await stepsInDatabase(runId);
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.filter((s) => TERMINAL_STEPS.has(s.kind))).toEqual([
      { seq: steps.length, kind: 'FAILED' },
    ]);
    expect(await paymentEffects('pi_scale_kill')).toEqual({ payments: 1, journalEntries: 1 });
  });

  it('drains on SIGTERM: the worker finishes its run and exits 0 in time, and a run started meanwhile goes to another worker', async () => {
    const replacement = spawn('worker');
    await runningUrl(replacement);
    workers.push(replacement);
    fake.reset();
    scriptPayment('pi_scale_drain', 1_500);
    const runId = await startPayment('pi_scale_drain');
    await expectEventually(() => expect(heldModelCalls()).toBe(2), 20_000);
    const holder = (await runRow(runId))?.locked_by ?? '';
    const draining = workers.find((w) => holder.startsWith(`hub-${w.pid}-`)) as HubProcess;

    const signalledAt = Date.now();
    draining.child.kill('SIGTERM');
    fake.script(text('Recorded meanwhile.'));
    const meanwhile = await startPayment('pi_scale_meanwhile');

    const exit = await draining.exit;
    expect(exit.code).toBe(0);
    expect(exit.atMs - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(draining.output()).toContain('Stopped.');
    expect(await runRow(runId)).toMatchObject({ status: 'SUCCEEDED' });
    await expectEventually(
      async () => expect((await runRow(meanwhile))?.status).toBe('SUCCEEDED'),
      20_000,
    );
  });
});
