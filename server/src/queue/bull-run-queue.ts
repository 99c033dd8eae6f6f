import { Queue, Worker, type Job } from 'bullmq';
import { traceCarrier, type TraceCarrier } from '../observability/tracing.js';
import type { RunDelivery, RunQueue } from './run-queue.js';

/** The queue's name under the hub's key prefix (`<prefix>bull:runs:...` in Redis). */
export const RUN_QUEUE = 'runs';

/** How long `startRun` may wait for Redis to take a run's job. */
const ENQUEUE_WAIT_MS = 2_000;

interface RunJob {
  runId: string;
  /**
   * The enqueuer's W3C trace context (`traceparent`), absent when it was not tracing: the worker's
   * run span continues the API's trace across processes.
   */
  trace?: TraceCarrier;
}

export interface BullRunQueueOptions {
  url: string;
  /** HUB_REDIS_PREFIX: keys go under `<prefix>bull`, apart from other hubs on the same Redis. */
  prefix: string;
  /** Runs this process executes at once (HUB_RUN_CONCURRENCY). */
  concurrency: number;
  /**
   * The run lease (HUB_RUN_LEASE_MS). A job's lock lasts as long: a worker that dies holding a
   * run loses the job after about one lease, when another worker's stalled check takes it over.
   */
  leaseMs: number;
  /**
   * Called before executing a job BullMQ found stalled (its worker died or froze): the run may
   * still be RUNNING under the dead worker's lock, which only a lease check can release.
   */
  takeOver: (runId: string) => Promise<void>;
  onError: (runId: string | undefined, error: unknown) => void;
}

/**
 * Runs through BullMQ on Redis, so API processes enqueue and any number of worker processes
 * execute (HUB_ROLE). Delivery is at-least-once, as RunQueue says: a run handed out twice (a
 * stalled job taken over, a run enqueued again by a sweep) is claimed by the executor once.
 *
 * Redis being down must not make `startRun` fail or hang: the run is already committed as QUEUED,
 * so a refused enqueue is reported and left to the workers' sweep, which enqueues QUEUED runs
 * again (RunRecovery.requeueWaitingRuns). Hence the producer fails fast (no offline queue), while
 * the worker's connection waits for Redis forever, as BullMQ requires of workers.
 */
export class BullRunQueue implements RunQueue {
  /** Jobs live in Redis: a run enqueued before this process started is still there. */
  readonly durable = true;
  private readonly queue: Queue<RunJob>;
  private worker: Worker<RunJob> | undefined;

  constructor(private readonly options: BullRunQueueOptions) {
    this.queue = new Queue<RunJob>(RUN_QUEUE, {
      connection: { url: options.url, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      prefix: `${options.prefix}bull`,
      defaultJobOptions: {
        // Nothing to keep: the run row is the record. Removing completed jobs also keeps Redis
        // small however many runs a hub makes.
        removeOnComplete: true,
        removeOnFail: { count: 1_000 },
        attempts: 1,
      },
    });
    // BullMQ emits connection errors here; without a listener Node would throw them.
    this.queue.on('error', (error) => options.onError(undefined, error));
  }

  enqueue(runId: string): Promise<void> {
    return this.add(runId);
  }

  requeue(runId: string): Promise<void> {
    // A fixed job id (BullMQ refuses ':' in one): nothing is added while that job still waits.
    return this.add(runId, `requeue-${runId}`);
  }

  /**
   * Adds the job, waiting at most ENQUEUE_WAIT_MS for Redis: a caller (startRun) is answered
   * either way, and a run whose job did not make it stays QUEUED for the sweep. A job added late,
   * once Redis is back, is harmless: the executor's claim runs the run once.
   */
  private async add(runId: string, jobId?: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ENQUEUE_WAIT_MS);
    });
    try {
      const trace = traceCarrier();
      const job: RunJob = trace.traceparent ? { runId, trace } : { runId };
      const added = this.queue.add('run', job, jobId ? { jobId } : {});
      const outcome = await Promise.race([added, timeUp]);
      if (outcome === 'late') {
        added.catch(() => undefined);
        throw new Error(`Redis did not take the job within ${ENQUEUE_WAIT_MS} ms`);
      }
    } catch (error) {
      this.options.onError(runId, error); // left QUEUED: the sweep enqueues it again
    } finally {
      clearTimeout(timer);
    }
  }

  start(execute: RunDelivery): void {
    const { options } = this;
    const worker = new Worker<RunJob>(
      RUN_QUEUE,
      async (job: Job<RunJob>) => {
        if (job.stalledCounter > 0) await options.takeOver(job.data.runId);
        await execute(job.data.runId, job.data.trace ?? {});
      },
      {
        connection: { url: options.url, maxRetriesPerRequest: null },
        prefix: `${options.prefix}bull`,
        concurrency: options.concurrency,
        lockDuration: options.leaseMs,
        stalledInterval: options.leaseMs,
        // Executing a run again is safe (the claim), so a job that stalls more than once is
        // taken over again rather than failed: its run must still end.
        maxStalledCount: 10,
      },
    );
    worker.on('failed', (job, error) => options.onError(job?.data.runId, error));
    worker.on('error', (error) => options.onError(undefined, error));
    this.worker = worker;
  }

  /**
   * Stops fetching jobs and waits for the runs in flight, then closes the connections. A process
   * that exits before they finish (HUB_SHUTDOWN_TIMEOUT_MS) leaves their jobs locked and their
   * runs RUNNING: another worker takes them over once the lease has expired.
   */
  async drain(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  /** Jobs waiting for a worker (bench, metrics). */
  waitingCount(): Promise<number> {
    return this.queue.getWaitingCount();
  }

  depth(): Promise<number> {
    return this.waitingCount();
  }
}
