import type { ConsoleClient, Subscription } from '../api/client.js';
import { ConsoleError } from '../api/client.js';
import { RUN_STEPS, type RunStep } from '../api/operations.js';

const TERMINAL_KINDS: readonly string[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

/**
 * A run's steps by seq. A step being written arrives more than once (its detail grows): the last
 * event of a seq wins. `lastSeq` is what a reconnecting watcher passes as afterSeq.
 */
export class StepLog {
  private readonly bySeq = new Map<number, RunStep>();

  get steps(): RunStep[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  get lastSeq(): number {
    let last = 0;
    for (const seq of this.bySeq.keys()) last = Math.max(last, seq);
    return last;
  }

  get finished(): boolean {
    return this.steps.some((s) => TERMINAL_KINDS.includes(s.kind));
  }

  add(step: RunStep): void {
    this.bySeq.set(step.seq, step);
  }

  clear(): void {
    this.bySeq.clear();
  }
}

export interface RunWatch {
  stop(): void;
}

/**
 * Follows a run's steps live over graphql-ws: replays after `afterSeq`, then streams, and ends
 * after the terminal step. A dropped socket resubscribes from the last seq seen (no gap, no
 * duplicate: the hub guarantees both for afterSeq).
 */
export function watchRunSteps(
  client: ConsoleClient,
  runId: string,
  log: StepLog,
  handlers: { changed(): void; error?(error: ConsoleError): void; done?(): void },
): RunWatch {
  let subscription: Subscription | undefined;
  let stopped = false;
  let retries = 0;
  const start = () => {
    subscription = client.subscribe(
      RUN_STEPS,
      { runId, afterSeq: log.lastSeq },
      {
        next: ({ runSteps }) => {
          retries = 0;
          log.add(runSteps);
          handlers.changed();
        },
        error: (error) => {
          if (stopped) return;
          if (!error.code && retries < 3 && !log.finished) {
            retries += 1;
            setTimeout(() => !stopped && start(), 500 * retries);
            return;
          }
          handlers.error?.(error);
        },
        complete: () => {
          if (!stopped) handlers.done?.();
        },
      },
    );
  };
  start();
  return {
    stop() {
      stopped = true;
      subscription?.unsubscribe();
    },
  };
}
