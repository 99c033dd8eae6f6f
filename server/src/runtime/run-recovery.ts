import { RunEntity } from '@zactonics/db';
import { IsNull, LessThan, Not, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Clock } from './clock.js';
import type { RunJournal } from './run-journal.js';

/**
 * Runs are never left RUNNING by a dead process. A RUNNING run whose heartbeat is older than the
 * lease is failed with RUN_INTERRUPTED: it is not retried, because its tools may already have had
 * effects (an email sent, a slot booked). QUEUED runs did nothing yet and are handed back to the
 * queue, and so are runs a person resumed that no executor took up yet: the approved action is
 * claimed atomically when it runs (`approval.executed_at`), so it still happens exactly once.
 */
export class RunRecovery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly journal: RunJournal,
    private readonly clock: Clock,
    private readonly leaseMs: number,
  ) {}

  async failOrphanedRuns(): Promise<string[]> {
    const orphans = await this.dataSource.manager.find(RunEntity, {
      select: { id: true },
      where: this.orphaned({}),
    });
    const failed: string[] = [];
    for (const { id } of orphans) if (await this.interrupt(id)) failed.push(id);
    return failed;
  }

  /**
   * A run whose queue job was taken over from a worker that stopped answering: failed if its
   * lease has expired (the worker is dead); left alone if it is still proving alive, and then the
   * sweep looks at it again. Returns whether it failed the run.
   */
  async failIfOrphaned(runId: string): Promise<boolean> {
    const orphan = await this.dataSource.manager.exists(RunEntity, {
      where: this.orphaned({ id: runId }),
    });
    return orphan && this.interrupt(runId);
  }

  /**
   * Runs that have waited for an executor for longer than a lease: their delivery was lost (Redis
   * was unreachable when they were enqueued, or lost its data). Handed to the queue again.
   */
  async requeueWaitingRuns(queue: { requeue(runId: string): Promise<void> }): Promise<number> {
    const staleBefore = this.staleBefore();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM run
        WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND locked_by IS NULL))
          AND COALESCE(heartbeat_at, created_at) < $1
        ORDER BY created_at`,
      [staleBefore],
    );
    for (const { id } of rows) await queue.requeue(id);
    return rows.length;
  }

  private orphaned(where: FindOptionsWhere<RunEntity>): FindOptionsWhere<RunEntity>[] {
    const running = { ...where, status: 'RUNNING' as const, lockedBy: Not(IsNull()) };
    return [
      { ...running, heartbeatAt: LessThan(this.staleBefore()) },
      { ...running, heartbeatAt: IsNull() },
    ];
  }

  private staleBefore(): Date {
    return new Date(this.clock.now().getTime() - this.leaseMs);
  }

  private async interrupt(runId: string): Promise<boolean> {
    const run = await this.journal.finish(runId, {
      status: 'FAILED',
      errorCode: 'RUN_INTERRUPTED',
      error:
        'The hub stopped while this run was running. It was not retried because its tools may already have acted; start it again if needed.',
      title: 'Run interrupted',
    });
    return run !== null;
  }

  /** Runs waiting for an executor: QUEUED, or resumed by a person and not yet taken up. */
  async runnableRunIds(): Promise<string[]> {
    const rows = await this.dataSource.manager.find(RunEntity, {
      select: { id: true },
      where: [{ status: 'QUEUED' }, { status: 'RUNNING', lockedBy: IsNull() }],
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.id);
  }
}
