import type { Logger } from './logger.js';
import type { InProcessRunQueue } from './queue/in-process-run-queue.js';
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
 * ran out and expires approvals past their deadline.
 */
export async function startBackgroundJobs(
  services: HubServices,
  queue: InProcessRunQueue,
  runLeaseMs: number,
  logger: Logger,
): Promise<BackgroundJobs> {
  await services.recovery.failOrphanedRuns();
  queue.start((runId) => services.executor.execute(runId));
  for (const runId of await services.recovery.runnableRunIds()) await queue.enqueue(runId);
  const sweep = setInterval(() => {
    services.recovery
      .failOrphanedRuns()
      .catch((error: unknown) => logger.error('run recovery failed', error));
    services.approvals
      .expireDue()
      .catch((error: unknown) => logger.error('approval expiry failed', error));
  }, runLeaseMs);
  sweep.unref();
  // Outbound webhooks: sent as soon as an event commits, retried on their schedule.
  services.webhookDispatcher.start(logger);
  // Schedules start runs once the queue executes them; off (HUB_AUTOMATION=off), none fire here.
  if (services.automation.enabled) services.scheduleRunner.start(logger);
  // Threshold triggers: evaluated when watched data changes and every 15 minutes; off, the
  // writers' notifications are dropped and no crossing starts a run here.
  if (services.automation.enabled) services.thresholds.start({ logger });

  return {
    stopSweeps: () => {
      clearInterval(sweep);
      void services.webhookDispatcher.stop();
      void services.scheduleRunner.stop();
      void services.thresholds.stop();
    },
    async finish(options = {}) {
      clearInterval(sweep);
      // Sends in flight (bounded by the webhook timeout) are recorded before the database closes.
      await services.webhookDispatcher.stop();
      // A pass in progress finishes launching (its runs are queued) before the queue drains.
      await services.scheduleRunner.stop();
      // An evaluation under way finishes launching its runs (queued) before the queue drains.
      await services.thresholds.stop();
      await untilDeadline(queue.drain(), options.runsDeadline);
      // Failed sign-ins are audited in the background: written before the database closes.
      await services.adminUsers.flushFailedSignIns();
    },
    async abandon() {
      clearInterval(sweep);
      await services.webhookDispatcher.stop();
      await services.scheduleRunner.stop();
      await services.thresholds.stop();
      await queue.drain();
    },
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
