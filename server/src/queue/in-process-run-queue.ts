import type { RunQueue } from './run-queue.js';

/** A FIFO queue executed in this process with bounded concurrency. */
export class InProcessRunQueue implements RunQueue {
  readonly durable = false;
  private readonly pending: string[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private execute: ((runId: string) => Promise<void>) | undefined;
  private draining = false;

  constructor(
    private readonly concurrency: number,
    private readonly onError: (runId: string, error: unknown) => void,
  ) {}

  async enqueue(runId: string): Promise<void> {
    if (this.draining) return; // Left QUEUED in the database; the next start picks it up.
    this.pending.push(runId);
    this.pump();
  }

  async requeue(runId: string): Promise<void> {
    if (this.pending.includes(runId)) return;
    await this.enqueue(runId);
  }

  start(execute: (runId: string) => Promise<void>): void {
    this.execute = execute;
    this.pump();
  }

  async depth(): Promise<number> {
    return this.pending.length;
  }

  async drain(): Promise<void> {
    this.draining = true;
    this.pending.length = 0;
    await Promise.allSettled([...this.inFlight]);
  }

  private pump() {
    const execute = this.execute;
    if (!execute) return;
    while (!this.draining && this.inFlight.size < this.concurrency && this.pending.length > 0) {
      const runId = this.pending.shift() as string;
      const job = execute(runId)
        .catch((error: unknown) => this.onError(runId, error))
        .finally(() => {
          this.inFlight.delete(job);
          this.pump();
        });
      this.inFlight.add(job);
    }
  }
}
