import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { contextOf, inSpan, startTracing, type TraceCarrier } from '../observability/tracing.js';
import { InProcessRunQueue } from './in-process-run-queue.js';

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Polls (yielding to every ready task between tries) until `check` stops throwing. */
async function expectEventually(check: () => void, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** A job runner whose jobs finish only when the test says so; it records what it observed. */
function controlledJobs() {
  const jobs = new Map<string, Deferred>();
  const started: string[] = [];
  const finished: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const execute = async (runId: string) => {
    const job = deferred();
    jobs.set(runId, job);
    started.push(runId);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await job.promise;
    } finally {
      inFlight--;
      finished.push(runId);
    }
  };
  const job = (runId: string): Deferred => {
    const found = jobs.get(runId);
    if (!found) throw new Error(`${runId} has not started`);
    return found;
  };
  return {
    execute,
    job,
    started,
    finished,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `run-${i + 1}`);

describe('InProcessRunQueue', () => {
  it('never runs more than `concurrency` jobs at once, and runs them all', async () => {
    const jobs = controlledJobs();
    const queue = new InProcessRunQueue(3, () => undefined);
    queue.start(jobs.execute);
    for (const id of ids(10)) await queue.enqueue(id);

    expect(jobs.started).toEqual(['run-1', 'run-2', 'run-3']);
    for (const id of ids(10)) {
      await expectEventually(() => expect(jobs.started).toContain(id));
      jobs.job(id).resolve();
    }

    await expectEventually(() => expect(jobs.finished).toHaveLength(10));
    expect(jobs.maxInFlight).toBe(3);
  });

  it('starts jobs in the order they were enqueued, including ones queued before start()', async () => {
    const jobs = controlledJobs();
    const queue = new InProcessRunQueue(2, () => undefined);
    await queue.enqueue('run-1');
    await queue.enqueue('run-2');
    await queue.enqueue('run-3');

    queue.start(jobs.execute);
    await queue.enqueue('run-4');
    await queue.enqueue('run-5');
    // Finish the later job first: the freed slot still goes to the oldest waiting id.
    jobs.job('run-2').resolve();
    await expectEventually(() => expect(jobs.started).toHaveLength(3));
    jobs.job('run-1').resolve();
    await expectEventually(() => expect(jobs.started).toHaveLength(4));
    jobs.job('run-3').resolve();
    jobs.job('run-4').resolve();
    await expectEventually(() => expect(jobs.started).toHaveLength(5));
    jobs.job('run-5').resolve();

    expect(jobs.started).toEqual(ids(5));
  });

  it('reports a failing job to onError and carries on with the next', async () => {
    const errors: Array<[string, unknown]> = [];
    const jobs = controlledJobs();
    const queue = new InProcessRunQueue(1, (runId, error) => errors.push([runId, error]));
    queue.start(jobs.execute);
    await queue.enqueue('run-1');
    await queue.enqueue('run-2');

    const failure = new Error('executor crashed');
    jobs.job('run-1').reject(failure);
    await expectEventually(() => expect(jobs.started).toEqual(['run-1', 'run-2']));
    jobs.job('run-2').resolve();

    await expectEventually(() => expect(jobs.finished).toEqual(['run-1', 'run-2']));
    expect(errors).toEqual([['run-1', failure]]);
  });

  it('drain() waits for jobs in flight, drops pending ones and ignores later enqueues', async () => {
    const jobs = controlledJobs();
    const queue = new InProcessRunQueue(2, () => undefined);
    queue.start(jobs.execute);
    for (const id of ids(4)) await queue.enqueue(id);

    let drained = false;
    const draining = queue.drain().then(() => (drained = true));
    await queue.enqueue('run-5');
    jobs.job('run-1').resolve();
    await expectEventually(() => expect(jobs.finished).toEqual(['run-1']));
    expect(drained).toBe(false);
    jobs.job('run-2').resolve();
    await draining;

    expect(jobs.finished).toEqual(['run-1', 'run-2']);
    expect(jobs.started).toEqual(['run-1', 'run-2']);
  });

  it('delivers each run with the trace it was enqueued in, not the one active where it is delivered', async () => {
    const tracing = await startTracing(undefined, {
      role: 'test',
      exporter: new InMemorySpanExporter(),
    });
    try {
      const queue = new InProcessRunQueue(1, () => undefined);
      const delivered: Array<{ runId: string; origin: TraceCarrier }> = [];
      let release!: () => void;
      const blocked = new Promise<void>((resolve) => (release = resolve));
      queue.start(async (runId, origin) => {
        delivered.push({ runId, origin });
        if (runId === 'first') await blocked;
      });
      const first = await inSpan('mutation StartRun', {}, async (span) => {
        await queue.enqueue('first');
        return span.spanContext();
      });
      // Waits behind `first`, then is delivered from inside first's (traced) async chain.
      await queue.enqueue('second');
      release();
      await expectEventually(() => expect(delivered).toHaveLength(2));

      const parentOfFirst = trace.getSpanContext(contextOf(delivered[0]?.origin));
      expect(parentOfFirst).toMatchObject({ traceId: first.traceId, spanId: first.spanId });
      expect(delivered[1]).toEqual({ runId: 'second', origin: {} });
      await queue.drain();
    } finally {
      await tracing.shutdown();
    }
  });
});
