import { traceCarrier, type TraceCarrier } from '../observability/tracing.js';
import type { RunDelivery, RunQueue } from './run-queue.js';

/** A FIFO queue executed in this process with bounded concurrency. */
export class InProcessRunQueue implements RunQueue {
  readonly durable = false;
  private readonly pending: Array<{ runId: string; origin: TraceCarrier }> = [];
  private readonly inFlight = new Set<Promise<void>>();
  private execute: RunDelivery | undefined;
  private draining = false;

  constructor(
    private readonly concurrency: number,
    private readonly onError: (runId: string, error: unknown) => void,
  ) {}

  async enqueue(runId: string): Promise<void> {
    if (this.draining) return; // Left QUEUED in the database; the next start picks it up.
    this.pending.push({ runId, origin: traceCarrier() });
    this.pump();
  }

  async requeue(runId: string): Promise<void> {
    if (this.pending.some((waiting) => waiting.runId === runId)) return;
    await this.enqueue(runId);
  }

  start(execute: RunDelivery): void {
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
      const { runId, origin } = this.pending.shift() as { runId: string; origin: TraceCarrier };
      const job = execute(runId, origin)
        .catch((error: unknown) => this.onError(runId, error))
        .finally(() => {
          this.inFlight.delete(job);
          this.pump();
        });
      this.inFlight.add(job);
    }
  }
}
