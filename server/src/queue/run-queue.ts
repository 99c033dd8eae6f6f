/**
 * Where started runs wait for an executor. In-process by default; BullMQ workers on Redis can
 * replace it for several processes. Delivery is at-least-once: the executor claims a run with a
 * conditional status change, so a run handed out twice still executes once.
 */
export interface RunQueue {
  /**
   * Whether enqueued runs outlive this process (Redis). An in-memory queue is empty at start, so
   * the runs waiting in the database are enqueued again; a durable one still holds them.
   */
  readonly durable: boolean;
  enqueue(runId: string): Promise<void>;
  /**
   * Enqueues a run found waiting longer than it should (its delivery lost: Redis was down when it
   * was enqueued, or restarted without its data). No-op while an earlier requeue still waits.
   */
  requeue(runId: string): Promise<void>;
  /** Starts delivering runs to `execute`, at most `concurrency` at a time. */
  start(execute: (runId: string) => Promise<void>): void;
  /** Stops taking new runs and waits for the ones in flight. */
  drain(): Promise<void>;
  /** Runs waiting for an executor now (hub_run_queue_depth); a durable queue asks Redis. */
  depth(): Promise<number>;
}
