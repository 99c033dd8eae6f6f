import { randomBytes } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contextOf, inSpan, startTracing, type TraceCarrier } from '../observability/tracing.js';
import { BullRunQueue, type BullRunQueueOptions } from './bull-run-queue.js';

// The machine's Redis (CI has one too); each test's keys live under their own prefix.
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
const opened: BullRunQueue[] = [];
const errors: unknown[] = [];

function queueOn(prefix: string, overrides: Partial<BullRunQueueOptions> = {}): BullRunQueue {
  const queue = new BullRunQueue({
    url: REDIS_URL,
    prefix,
    concurrency: 2,
    leaseMs: 30_000,
    takeOver: async () => undefined,
    onError: (_runId, error) => errors.push(error),
    ...overrides,
  });
  opened.push(queue);
  return queue;
}

function newPrefix(): string {
  return `zac-test-${randomBytes(4).toString('hex')}:`;
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((queue) => queue.drain().catch(() => undefined)));
  errors.length = 0;
});

afterAll(async () => {
  const keys = await admin.keys('zac-test-*');
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
});

describe('BullRunQueue', () => {
  it('delivers runs enqueued by one process to the workers of another, never more than their concurrency at once', async () => {
    const prefix = newPrefix();
    const api = queueOn(prefix);
    const worker = queueOn(prefix, { concurrency: 3 });
    const executed: string[] = [];
    let inFlight = 0;
    let most = 0;
    worker.start(async (runId) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      executed.push(runId);
      inFlight--;
    });

    const runIds = Array.from({ length: 12 }, (_, i) => `run-${i}`);
    for (const runId of runIds) await api.enqueue(runId);
    await until(() => executed.length === runIds.length);

    expect([...executed].sort()).toEqual([...runIds].sort());
    expect(most).toBe(3);
    expect(errors).toEqual([]);
  });

  it('shares the runs between two workers', async () => {
    const prefix = newPrefix();
    const api = queueOn(prefix);
    const byWorker = { a: [] as string[], b: [] as string[] };
    for (const name of ['a', 'b'] as const) {
      queueOn(prefix, { concurrency: 1 }).start(async (runId) => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        byWorker[name].push(runId);
      });
    }

    for (let i = 0; i < 10; i++) await api.enqueue(`run-${i}`);
    await until(() => byWorker.a.length + byWorker.b.length === 10);

    expect(byWorker.a.length).toBeGreaterThan(0);
    expect(byWorker.b.length).toBeGreaterThan(0);
  });

  it("hands a dead worker's job to another worker after the lease, through takeOver first", async () => {
    const prefix = newPrefix();
    const api = queueOn(prefix);
    const dying = queueOn(prefix, { leaseMs: 1_000 });
    let startedOnDying = false;
    dying.start(async () => {
      startedOnDying = true;
      await new Promise(() => undefined); // never finishes: the process is about to die
    });
    await api.enqueue('run-held');
    await until(() => startedOnDying);
    // What SIGKILL leaves: no more lock renewals, the job still active in Redis.
    await (dying as unknown as { worker: { close(force: boolean): Promise<void> } }).worker.close(
      true,
    );

    const takenOver: string[] = [];
    const executed: string[] = [];
    queueOn(prefix, {
      leaseMs: 1_000,
      takeOver: async (runId) => void takenOver.push(runId),
    }).start(async (runId) => void executed.push(runId));
    await until(() => executed.length === 1, 15_000);

    expect(takenOver).toEqual(['run-held']);
    expect(executed).toEqual(['run-held']);
  });

  it('requeues a run at most once while the earlier requeue still waits', async () => {
    const prefix = newPrefix();
    const api = queueOn(prefix);

    await api.requeue('run-lost');
    await api.requeue('run-lost');

    expect(await api.waitingCount()).toBe(1);
  });

  it('reports an enqueue Redis refused instead of throwing into startRun', async () => {
    const unreachable = queueOn(newPrefix(), { url: 'redis://127.0.0.1:1' });

    await expect(unreachable.enqueue('run-1')).resolves.toBeUndefined();

    expect(errors.length).toBeGreaterThan(0);
  });

  it('carries the enqueuer’s trace context (traceparent) in the job, so the worker continues its trace', async () => {
    const tracing = await startTracing(undefined, {
      role: 'test',
      exporter: new InMemorySpanExporter(),
    });
    try {
      const prefix = newPrefix();
      const api = queueOn(prefix);
      const delivered: Array<{ runId: string; origin: TraceCarrier }> = [];
      queueOn(prefix).start(async (runId, origin) => {
        delivered.push({ runId, origin });
      });
      const enqueuer = await inSpan('mutation StartRun', {}, async (span) => {
        await api.enqueue('run-traced');
        return span.spanContext();
      });
      await api.enqueue('run-untraced');
      await until(() => delivered.length === 2);

      const traced = delivered.find((d) => d.runId === 'run-traced');
      expect(traced?.origin.traceparent).toBe(`00-${enqueuer.traceId}-${enqueuer.spanId}-01`);
      // What the worker's run span is started under: the API's span, in the API's trace.
      const parent = trace.getSpanContext(contextOf(traced?.origin));
      expect(parent).toMatchObject({ traceId: enqueuer.traceId, spanId: enqueuer.spanId });
      // Enqueued outside any trace: nothing carried, the run starts a trace of its own.
      expect(delivered.find((d) => d.runId === 'run-untraced')?.origin).toEqual({});
    } finally {
      await tracing.shutdown();
    }
  });
});
