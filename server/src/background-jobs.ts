import { asBackgroundWork } from '@zactonics/db';
import type { HubRole } from './config.js';
import type { Logger } from './logger.js';
import type { RunQueue } from './queue/run-queue.js';
import type { HubServices } from './services.js';

export interface BackgroundJobs {
  /** No more sweeps (first thing on stop: nothing new starts while the hub drains). */
  stopSweeps(): void;
  /**
   * Waits for runs in flight (until `runsDeadline`, a Date.now() time, at most: runs still going
   * stay RUNNING for the next start's recovery), then writes what was waiting for the database.
   */
  finish(options?: { runsDeadline?: number }): Promise<void>;
  /** For a start that failed: stops what started, without waiting for anything to be written. */
  abandon(): Promise<void>;
}

/**
 * What the hub does on its own: runs orphaned by a process that died are failed and runnable ones
 * queued again, the queue executes runs, and every lease period a sweep fails runs whose lease
 * ran out, queues again runs whose delivery was lost, and expires approvals past their deadline.
 * Outbound webhooks are sent, and (unless automation is off) schedules and threshold triggers
 * start runs. An `api` process does none of it (HUB_ROLE): its workers do.
 */
export async function startBackgroundJobs(
  services: HubServices,
  queue: RunQueue,
  options: { role: HubRole; runLeaseMs: number; logger: Logger },
): Promise<BackgroundJobs> {
  if (options.role === 'api') return apiProcessJobs(services, queue);
  // Everything started here is background work: on the embedded database its statements wait
  // behind requests' (timers and loops started inside keep that mark).
  return asBackgroundWork(() => startJobs(services, queue, options));
}

async function startJobs(
  services: HubServices,
  queue: RunQueue,
  options: { runLeaseMs: number; logger: Logger },
): Promise<BackgroundJobs> {
  const { logger } = options;
  await services.recovery.failOrphanedRuns();
  // Marked here too: an in-process queue executes a run from `enqueue`, in startRun's context.
  queue.start((runId, origin) =>
    asBackgroundWork(() =>
      services.metrics.executing(() => services.executor.execute(runId, origin)),
    ),
  );
  if (queue.durable) {
    // Their jobs are in Redis; only runs whose job was lost (waiting over a lease) go again.
    await services.recovery.requeueWaitingRuns(queue);
  } else {
    for (const runId of await services.recovery.runnableRunIds()) await queue.enqueue(runId);
  }
  const sweep = setInterval(() => {
    services.recovery
      .failOrphanedRuns()
      .then(() => services.recovery.requeueWaitingRuns(queue))
      .catch((error: unknown) => logger.error('run recovery failed', error));
    services.approvals
      .expireDue()
      .catch((error: unknown) => logger.error('approval expiry failed', error));
  }, options.runLeaseMs);
  sweep.unref();
  // Outbound webhooks: sent as soon as an event commits, retried on their schedule.
  services.webhookDispatcher.start(logger.child({ component: 'webhooks' }));
  if (services.automation.enabled) {
    // Schedules start runs as their ticks come; threshold triggers when watched data changes
    // (and every 15 minutes). Off (HUB_AUTOMATION=off), neither starts a run in this process.
    services.scheduleRunner.start(logger.child({ component: 'schedules' }));
    services.thresholds.start({ logger: logger.child({ component: 'thresholds' }) });
  }
  // Each finishes what it has under way (a send, a pass launching runs, an evaluation) first,
  // so the runs they queue are queued before the queue drains.
  const stopAutomation = () =>
    Promise.all([
      services.webhookDispatcher.stop(),
      services.scheduleRunner.stop(),
      services.thresholds.stop(),
    ]);

  return {
    stopSweeps: () => {
      clearInterval(sweep);
      void stopAutomation();
    },
    async finish(options = {}) {
      clearInterval(sweep);
      await stopAutomation();
      await untilDeadline(queue.drain(), options.runsDeadline);
      // Failed sign-ins are audited in the background: written before the database closes.
      await services.adminUsers.flushFailedSignIns();
    },
    async abandon() {
      clearInterval(sweep);
      await stopAutomation();
      await queue.drain();
    },
  };
}

/** An `api` process only enqueues: stopping it closes the queue's connection. */
function apiProcessJobs(services: HubServices, queue: RunQueue): BackgroundJobs {
  return {
    stopSweeps: () => undefined,
    async finish() {
      await queue.drain();
      await services.adminUsers.flushFailedSignIns();
    },
    abandon: () => queue.drain(),
  };
}

/** Resolves when `work` does or at `deadline` (a Date.now() time), whichever comes first. */
async function untilDeadline(work: Promise<void>, deadline: number | undefined): Promise<void> {
  if (deadline === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([work, timeUp]);
  clearTimeout(timer);
}
