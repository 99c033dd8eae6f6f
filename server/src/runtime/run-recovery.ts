import { RunEntity } from '@zactonics/db';
import { IsNull, LessThan, Not, type DataSource } from 'typeorm';
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
    const staleBefore = new Date(this.clock.now().getTime() - this.leaseMs);
    const orphans = await this.dataSource.manager.find(RunEntity, {
      select: { id: true },
      where: [
        { status: 'RUNNING', lockedBy: Not(IsNull()), heartbeatAt: LessThan(staleBefore) },
        { status: 'RUNNING', lockedBy: Not(IsNull()), heartbeatAt: IsNull() },
      ],
    });
    const failed: string[] = [];
    for (const { id } of orphans) {
      const run = await this.journal.finish(id, {
        status: 'FAILED',
        errorCode: 'RUN_INTERRUPTED',
        error:
          'The hub stopped while this run was running. It was not retried because its tools may already have acted; start it again if needed.',
        title: 'Run interrupted',
      });
      if (run) failed.push(id);
    }
    return failed;
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
