import { Queue, Worker } from 'bullmq';

/** Where schedule passes wait, under the hub's key prefix. */
const PASSES = 'schedule-passes';

/**
 * Schedule passes for several processes, through BullMQ (REDIS_URL): instead of every worker
 * process polling the schedule table on its own timer, one BullMQ job scheduler asks for a pass
 * every `everyMs`, and after each pass a delayed job is planned for the earliest next tick (the
 * same job id from every worker, so one job). A schedule saved on an API process wakes the workers
 * by adding a pass. Which worker takes a pass does not matter: each tick is claimed in the
 * database (ScheduleRunner), so it starts its run once however many passes look at it.
 */
export class BullSchedulePasses {
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(
    private readonly options: {
      url: string;
      prefix: string;
      /** The longest a pass waits (ScheduleRunner's MAX_SLEEP_MS): schedules saved elsewhere. */
      everyMs: number;
      onError: (error: unknown) => void;
    },
  ) {
    this.queue = new Queue(PASSES, {
      connection: { url: options.url, maxRetriesPerRequest: 1 },
      prefix: `${options.prefix}bull`,
      defaultJobOptions: { removeOnComplete: true, removeOnFail: { count: 100 }, attempts: 1 },
    });
    this.queue.on('error', options.onError);
  }

  /**
   * Takes passes in this process: `pass` runs one and answers how long until the next tick is
   * due (milliseconds), which becomes a delayed pass when it comes before the regular one.
   */
  async start(pass: () => Promise<number>): Promise<void> {
    const { url, prefix, everyMs, onError } = this.options;
    await this.queue.upsertJobScheduler('regular', { every: everyMs }, { name: 'pass' });
    const worker = new Worker(
      PASSES,
      async () => {
        const untilNext = await pass();
        if (untilNext < everyMs) {
          const at = Date.now() + untilNext;
          await this.queue.add('pass', {}, { jobId: `at-${at}`, delay: untilNext });
        }
      },
      { connection: { url, maxRetriesPerRequest: null }, prefix: `${prefix}bull`, concurrency: 1 },
    );
    worker.on('error', onError);
    worker.on('failed', (_job, error) => onError(error));
    this.worker = worker;
    this.wake(); // a pass now, as the in-process loop does at start
  }

  /** A schedule changed: a pass soon, on whichever worker takes it. */
  wake(): void {
    this.queue.add('pass', {}).catch(this.options.onError);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
    await this.queue.close();
  }
}
