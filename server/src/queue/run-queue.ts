import type { TraceCarrier } from '../observability/tracing.js';

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
  /**
   * Queues the run with the trace active where it is called (the startRun operation's), so the
   * run's span continues that trace in whichever process executes it.
   */
  enqueue(runId: string): Promise<void>;
  /**
   * Enqueues a run found waiting longer than it should (its delivery lost: Redis was down when it
   * was enqueued, or restarted without its data). No-op while an earlier requeue still waits.
   */
  requeue(runId: string): Promise<void>;
  /**
   * Starts delivering runs to `execute`, at most `concurrency` at a time, each with the trace
   * context it was enqueued in (empty when tracing is off or it was enqueued outside a trace).
   */
  start(execute: RunDelivery): void;
  /** Stops taking new runs and waits for the ones in flight. */
  drain(): Promise<void>;
  /** Runs waiting for an executor now (hub_run_queue_depth); a durable queue asks Redis. */
  depth(): Promise<number>;
}

/** Executes one delivered run; `origin` is the W3C trace context of its enqueuer. */
export type RunDelivery = (runId: string, origin: TraceCarrier) => Promise<void>;
