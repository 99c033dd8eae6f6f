import { RunEntity, RunStepEntity, type RunStepKind } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErrorCode } from '@zactonics/schema';
import { topics, type PubSub } from '../events/pub-sub.js';
import type { Clock } from './clock.js';
import { isTerminal, transition, type RunEvent } from './run-lifecycle.js';

export interface StepDraft {
  kind: Exclude<RunStepKind, 'COMPLETED' | 'FAILED' | 'CANCELLED'>;
  title: string;
  detail?: string | null;
  data?: Record<string, unknown>;
  startedAt?: Date;
  durationMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: string;
}

export type RunOutcome =
  | { status: 'SUCCEEDED'; output: Record<string, unknown>; title: string; detail?: string }
  | { status: 'FAILED'; errorCode: ErrorCode; error: string; title?: string }
  | { status: 'CANCELLED'; reason: string };

/** Thrown into an executor when its run was finished elsewhere (cancelled, recovered). */
export class RunFinishedElsewhere extends Error {
  constructor(readonly runId: string) {
    super(`run ${runId} already finished`);
    this.name = 'RunFinishedElsewhere';
  }
}

const OUTCOME_EVENT: Record<RunOutcome['status'], RunEvent> = {
  SUCCEEDED: 'succeed',
  FAILED: 'fail',
  CANCELLED: 'cancel',
};
const OUTCOME_STEP: Record<RunOutcome['status'], RunStepKind> = {
  SUCCEEDED: 'COMPLETED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
};

/**
 * Persists a run's steps and status changes, then publishes them. Each write takes the run's row
 * lock and bumps `run.last_seq` in the same transaction as the step insert, so `seq` is gapless
 * and monotonic per run even when the executor and a `cancelRun` race, and exactly one terminal
 * step exists (also enforced by a unique partial index). Publishing happens after commit, so a
 * subscriber never sees a step the database does not have.
 */
export class RunJournal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    private readonly clock: Clock,
  ) {}

  /** Inserts the first step of a run created in `tx` (publishing is the caller's, after commit). */
  async insertFirstStep(
    tx: EntityManager,
    run: RunEntity,
    draft: StepDraft,
  ): Promise<RunStepEntity> {
    await tx.update(RunEntity, { id: run.id }, { lastSeq: 1 });
    run.lastSeq = 1;
    return this.insertStep(tx, run.workspaceId, run.id, 1, draft);
  }

  /** Appends a step to a run that is still going; throws RunFinishedElsewhere if it is not. */
  async append(runId: string, draft: StepDraft): Promise<RunStepEntity> {
    const step = await this.dataSource.transaction(async (tx) => {
      // The step's tokens and cost are added to the run's totals in the statement that numbers
      // it, so a run's totals always equal the sum of its steps.
      const rows: Array<{ last_seq: number; workspace_id: string }> = await tx.query(
        `UPDATE run SET last_seq = last_seq + 1, heartbeat_at = $2,
             input_tokens = input_tokens + $3, output_tokens = output_tokens + $4,
             cost_usd = cost_usd + $5::numeric
           WHERE id = $1 AND status IN ('QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN')
         RETURNING last_seq, workspace_id`,
        [
          runId,
          this.clock.now(),
          draft.inputTokens ?? 0,
          draft.outputTokens ?? 0,
          draft.costUsd ?? '0',
        ],
      );
      const row = firstRow(rows);
      if (!row) throw new RunFinishedElsewhere(runId);
      return this.insertStep(tx, row.workspace_id, runId, row.last_seq, draft);
    });
    await this.publishStep(step);
    return step;
  }

  /**
   * Hands a run to one executor: a QUEUED run starts (QUEUED -> RUNNING); a RUNNING run that no
   * executor holds was resumed by a person's decision and is taken up again. Null if someone else
   * claimed or finished it first.
   */
  async claim(
    runId: string,
    workerId: string,
    provider: string,
  ): Promise<{ run: RunEntity; resumed: boolean } | null> {
    const claimed = await this.dataSource.transaction(async (tx) => {
      const current = await lockRun(tx, runId);
      if (!current) return null;
      const now = this.clock.now();
      if (current.status === 'QUEUED') {
        Object.assign(current, {
          status: transition(current.status, 'start'),
          startedAt: now,
          heartbeatAt: now,
          lockedBy: workerId,
          provider,
        });
        return { run: await tx.save(current), resumed: false };
      }
      if (current.status === 'RUNNING' && current.lockedBy === null) {
        Object.assign(current, { heartbeatAt: now, lockedBy: workerId });
        return { run: await tx.save(current), resumed: true };
      }
      return null;
    });
    if (claimed && !claimed.resumed) await this.publishRun(claimed.run);
    return claimed;
  }

  /**
   * Moves the run to its terminal status and writes the terminal step, atomically. Returns null
   * (and writes nothing) if the run had already finished: the first outcome wins.
   */
  async finish(runId: string, outcome: RunOutcome): Promise<RunEntity | null> {
    const result = await this.dataSource.transaction(async (tx) => {
      const run = await lockRun(tx, runId);
      if (!run || isTerminal(run.status)) return null;
      return this.finishWithin(tx, run, outcome);
    });
    if (!result) return null;
    await this.publishStep(result.step);
    await this.publishRun(result.run);
    return result.run;
  }

  /**
   * `finish` inside the caller's transaction, for a run the caller has locked and found not
   * finished; publishing the returned step and run after commit is the caller's. A pending
   * approval of the run is withdrawn: a finished run waits for nobody.
   */
  async finishWithin(
    tx: EntityManager,
    run: RunEntity,
    outcome: RunOutcome,
  ): Promise<{ run: RunEntity; step: RunStepEntity }> {
    const now = this.clock.now();
    run.status = transition(run.status, OUTCOME_EVENT[outcome.status]);
    run.finishedAt = now;
    run.lastSeq += 1;
    run.heartbeatAt = null;
    run.lockedBy = null;
    const draft = applyOutcome(run, outcome);
    await tx.save(run);
    await tx.query(
      `UPDATE approval SET status = 'WITHDRAWN', decided_at = $2, decided_by = 'system'
         WHERE run_id = $1 AND status = 'PENDING'`,
      [run.id, now],
    );
    const step = await this.insertStep(
      tx,
      run.workspaceId,
      run.id,
      run.lastSeq,
      draft,
      OUTCOME_STEP[outcome.status],
    );
    return { run, step };
  }

  /**
   * Appends a step carrying a status change (waiting for a person, resuming) inside the caller's
   * transaction, for a run the caller has locked; publishing after commit is the caller's.
   */
  async moveWithin(
    tx: EntityManager,
    run: RunEntity,
    event: 'await_human' | 'resume',
    draft: StepDraft,
  ): Promise<RunStepEntity> {
    run.status = transition(run.status, event);
    run.lastSeq += 1;
    // A resumed run is picked up by the next executor to claim it (see `claim`).
    run.lockedBy = null;
    run.heartbeatAt = this.clock.now();
    await tx.save(run);
    return this.insertStep(tx, run.workspaceId, run.id, run.lastSeq, draft);
  }

  /** Locks a run's row for the rest of the caller's transaction. */
  lock(tx: EntityManager, runId: string): Promise<RunEntity | null> {
    return lockRun(tx, runId);
  }

  publishStep(step: RunStepEntity): Promise<void> {
    return this.pubSub.publish(topics.runSteps(step.runId), step);
  }

  publishRun(run: RunEntity): Promise<void> {
    return this.pubSub.publish(topics.workspaceRuns(run.workspaceId), run);
  }

  private insertStep(
    tx: EntityManager,
    workspaceId: string,
    runId: string,
    seq: number,
    draft: StepDraft | TerminalDraft,
    kind: RunStepKind = draft.kind,
  ): Promise<RunStepEntity> {
    const step = tx.create(RunStepEntity, {
      workspaceId,
      runId,
      seq,
      kind,
      title: draft.title,
      detail: draft.detail ?? null,
      data: draft.data ?? {},
      startedAt: draft.startedAt ?? this.clock.now(),
      durationMs: draft.durationMs ?? 0,
      inputTokens: draft.inputTokens ?? 0,
      outputTokens: draft.outputTokens ?? 0,
      costUsd: draft.costUsd ?? '0',
    });
    return tx.save(step);
  }
}

type TerminalDraft = Omit<StepDraft, 'kind'> & { kind: RunStepKind };

function applyOutcome(run: RunEntity, outcome: RunOutcome): TerminalDraft {
  switch (outcome.status) {
    case 'SUCCEEDED':
      run.output = outcome.output;
      return {
        kind: 'COMPLETED',
        title: outcome.title,
        detail: outcome.detail ?? null,
        data: { output: outcome.output },
      };
    case 'FAILED':
      run.error = outcome.error;
      run.errorCode = outcome.errorCode;
      return {
        kind: 'FAILED',
        title: outcome.title ?? 'Run failed',
        detail: outcome.error,
        data: { errorCode: outcome.errorCode },
      };
    case 'CANCELLED':
      run.error = outcome.reason;
      return { kind: 'CANCELLED', title: 'Run cancelled', detail: outcome.reason, data: {} };
  }
}

function lockRun(tx: EntityManager, runId: string): Promise<RunEntity | null> {
  return tx.findOne(RunEntity, { where: { id: runId }, lock: { mode: 'pessimistic_write' } });
}

function firstRow<T>(rows: T[] | [T[], number]): T | undefined {
  // TypeORM returns [rows, affected] for UPDATE statements on PostgreSQL.
  const list = Array.isArray(rows[0]) ? (rows[0] as T[]) : (rows as T[]);
  return list[0];
}
