import { RunEntity, RunStepEntity, type RunStepKind } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErrorCode } from '@zactonics/schema';
import { topics, type PubSub } from '../events/pub-sub.js';
import { withdrawPendingWithin } from './approval-lifecycle.js';
import type { Clock } from './clock.js';
import { redactDeep } from './guardrails/pii-redaction.js';
import {
  ACTIVE_STATUSES,
  isTerminal,
  statusIn,
  transition,
  type RunEvent,
} from './run-lifecycle.js';
import { StreamedTexts, textAtRest } from './streamed-text.js';

export type { RunStepEvent, TextDelta } from './streamed-text.js';

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

/** The first version of a step a model is about to write (see `RunJournal.openStreamingStep`). */
export type StreamingStepDraft = Pick<StepDraft, 'kind' | 'title' | 'data' | 'startedAt'>;

/** What a streamed step ends with; `detail` defaults to the text streamed into it. */
export type StreamingStepFinal = Omit<StepDraft, 'kind' | 'startedAt'>;

export interface RunJournalOptions {
  /** How often the text of an open step is written to the database at most. */
  persistTextEveryMs?: number;
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
 * subscriber never sees a step the database does not have: several writes in one transaction go
 * through `transaction`, whose unit of work publishes them once it commits.
 */
export class RunJournal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    private readonly clock: Clock,
    options: RunJournalOptions = {},
  ) {
    this.texts = new StreamedTexts(dataSource, pubSub, options.persistTextEveryMs);
  }

  /** The text of the steps this process streams into (throttled writes, deltas). */
  private readonly texts: StreamedTexts;

  /**
   * Runs `work` in one transaction. What it writes through the unit of work (steps, status
   * changes, created runs) is published once the transaction commits, in the order written, and
   * then its `afterCommit` actions run; if it rolls back, nothing is published.
   */
  async transaction<T>(work: (uow: JournalTransaction) => Promise<T>): Promise<T> {
    const written: Written = { steps: [], runs: new Map(), afterCommit: [] };
    const result = await this.dataSource.transaction((manager) =>
      work(new JournalTransaction(manager, this.clock, this.texts, written)),
    );
    for (const step of written.steps) await this.publishStep(step);
    for (const run of written.runs.values()) await this.publishRun(run);
    for (const action of written.afterCommit) await action();
    return result;
  }

  /** Appends a step to a run that is still going; throws RunFinishedElsewhere if it is not. */
  async append(runId: string, draft: StepDraft): Promise<RunStepEntity> {
    const step = await this.dataSource.transaction(async (tx) => {
      // The step's tokens and cost are added to the run's totals in the statement that numbers
      // it, so a run's totals always equal the sum of its steps.
      const active = statusIn('status', ACTIVE_STATUSES, 6);
      const rows: Array<{ last_seq: number; workspace_id: string }> = await tx.query(
        `UPDATE run SET last_seq = last_seq + 1, heartbeat_at = $2,
             input_tokens = input_tokens + $3, output_tokens = output_tokens + $4,
             cost_usd = cost_usd + $5::numeric
           WHERE id = $1 AND ${active.sql}
         RETURNING last_seq, workspace_id`,
        [
          runId,
          this.clock.now(),
          draft.inputTokens ?? 0,
          draft.outputTokens ?? 0,
          draft.costUsd ?? '0',
          active.parameter,
        ],
      );
      const row = firstRow(rows);
      if (!row) throw new RunFinishedElsewhere(runId);
      return insertStep(tx, this.clock, row.workspace_id, runId, row.last_seq, draft);
    });
    await this.publishStep(step);
    return step;
  }

  /**
   * Appends a step a model is about to write: `streaming: true`, an empty `detail`, numbered and
   * published like `append`. Its text then comes through `appendText`, and it ends with
   * `closeStreamingStep` (or with the run, in `finish`). See docs/RUN-STREAM.md.
   */
  async openStreamingStep(runId: string, draft: StreamingStepDraft): Promise<RunStepEntity> {
    const step = await this.dataSource.transaction(async (tx) => {
      const active = statusIn('status', ACTIVE_STATUSES, 3);
      const rows: Array<{ last_seq: number; workspace_id: string }> = await tx.query(
        `UPDATE run SET last_seq = last_seq + 1, heartbeat_at = $2
           WHERE id = $1 AND ${active.sql}
         RETURNING last_seq, workspace_id`,
        [runId, this.clock.now(), active.parameter],
      );
      const row = firstRow(rows);
      if (!row) throw new RunFinishedElsewhere(runId);
      const inserted = await insertStep(tx, this.clock, row.workspace_id, runId, row.last_seq, {
        ...draft,
        detail: '',
      });
      await tx.update(RunStepEntity, { id: inserted.id }, { streaming: true });
      return Object.assign(inserted, { streaming: true });
    });
    this.texts.track(step);
    await this.publishStep(step);
    return step;
  }

  /**
   * Publishes text just written into the open step `seq` (see `StreamedTexts.append`): live
   * at once, persisted throttled, whole by `closeStreamingStep`.
   */
  appendText(runId: string, seq: number, text: string): Promise<void> {
    return this.texts.append(runId, seq, text);
  }

  /**
   * Ends a streamed step with its final version (`streaming: false`), adding its tokens and cost
   * to the run's totals in the same transaction, as `append` does; then publishes it. Throws
   * RunFinishedElsewhere if the run finished meanwhile (`finish` closed the step then).
   */
  async closeStreamingStep(
    runId: string,
    seq: number,
    final: StreamingStepFinal,
  ): Promise<RunStepEntity> {
    try {
      const streamed = await this.texts.stop(runId, seq);
      const step = await this.dataSource.transaction(async (tx) => {
        const active = statusIn('status', ACTIVE_STATUSES, 6);
        const rows: Array<{ workspace_id: string }> = await tx.query(
          `UPDATE run SET heartbeat_at = $2,
               input_tokens = input_tokens + $3, output_tokens = output_tokens + $4,
               cost_usd = cost_usd + $5::numeric
             WHERE id = $1 AND ${active.sql}
           RETURNING workspace_id`,
          [
            runId,
            this.clock.now(),
            final.inputTokens ?? 0,
            final.outputTokens ?? 0,
            final.costUsd ?? '0',
            active.parameter,
          ],
        );
        if (!firstRow(rows)) throw new RunFinishedElsewhere(runId);
        const open = await tx.findOneBy(RunStepEntity, { runId, seq, streaming: true });
        if (!open) throw new Error(`Step ${seq} of run ${runId} is not being streamed.`);
        Object.assign(open, {
          title: final.title,
          detail: textAtRest(final.detail !== undefined ? final.detail : (streamed ?? open.detail)),
          data: redactDeep(final.data ?? open.data).value,
          durationMs: final.durationMs ?? 0,
          inputTokens: final.inputTokens ?? 0,
          outputTokens: final.outputTokens ?? 0,
          costUsd: final.costUsd ?? '0',
          streaming: false,
        });
        return tx.save(open);
      });
      await this.publishStep(step);
      return step;
    } finally {
      // Only now: a `finish` racing with this close still finds the text streamed so far.
      this.texts.forget(runId, seq);
    }
  }

  /**
   * Hands a run to one executor: a QUEUED run starts (QUEUED -> RUNNING); a RUNNING run that no
   * executor holds was resumed by a person's decision and is taken up again. Null if someone else
   * claimed or finished it first.
   */
  claim(
    runId: string,
    workerId: string,
    provider: string,
  ): Promise<{ run: RunEntity; resumed: boolean } | null> {
    return this.transaction(async (uow) => {
      const current = await uow.lock(runId);
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
        return { run: uow.announce(await uow.manager.save(current)), resumed: false };
      }
      if (current.status === 'RUNNING' && current.lockedBy === null) {
        Object.assign(current, { heartbeatAt: now, lockedBy: workerId });
        return { run: await uow.manager.save(current), resumed: true };
      }
      return null;
    });
  }

  /**
   * Moves the run to its terminal status and writes the terminal step, atomically. Returns null
   * (and writes nothing) if the run had already finished: the first outcome wins.
   */
  finish(runId: string, outcome: RunOutcome): Promise<RunEntity | null> {
    return this.transaction(async (uow) => {
      const run = await uow.lock(runId);
      if (!run || isTerminal(run.status)) return null;
      await uow.finish(run, outcome);
      return run;
    });
  }

  private publishStep(step: RunStepEntity): Promise<void> {
    return this.pubSub.publish(topics.runSteps(step.runId), step);
  }

  private publishRun(run: RunEntity): Promise<void> {
    return this.pubSub.publish(topics.workspaceRuns(run.workspaceId), run);
  }
}

/**
 * The writes of one journal transaction (`RunJournal.transaction`), on runs it created or locked
 * in it. It remembers what to publish, and the journal publishes that once the transaction
 * commits: no caller publishes by hand, and a rolled-back write is never seen.
 */
export class JournalTransaction {
  constructor(
    /** The transaction's entity manager, for the caller's own writes in it. */
    readonly manager: EntityManager,
    private readonly clock: Clock,
    private readonly texts: StreamedTexts,
    private readonly written: Written,
  ) {}

  /** Locks a run's row for the rest of the transaction. */
  lock(runId: string): Promise<RunEntity | null> {
    return lockRun(this.manager, runId);
  }

  /** Announces a run (created, or changed by the caller) once the transaction commits. */
  announce(run: RunEntity): RunEntity {
    this.written.runs.set(run.id, run);
    return run;
  }

  /** Runs `action` once the transaction committed and its writes were published. */
  afterCommit(action: () => unknown): void {
    this.written.afterCommit.push(action);
  }

  /** Appends a step to a run created or locked in this transaction (its first steps, say). */
  async append(run: RunEntity, draft: StepDraft): Promise<RunStepEntity> {
    run.lastSeq += 1;
    await this.manager.update(RunEntity, { id: run.id }, { lastSeq: run.lastSeq });
    return this.wrote(
      await insertStep(this.manager, this.clock, run.workspaceId, run.id, run.lastSeq, draft),
    );
  }

  /** Appends a step carrying a status change (waiting for a person, resuming) on a locked run. */
  async move(
    run: RunEntity,
    event: 'await_human' | 'resume',
    draft: StepDraft,
  ): Promise<RunStepEntity> {
    run.status = transition(run.status, event);
    run.lastSeq += 1;
    // A resumed run is picked up by the next executor to claim it (see `claim`).
    run.lockedBy = null;
    run.heartbeatAt = this.clock.now();
    await this.manager.save(run);
    this.announce(run);
    return this.wrote(
      await insertStep(this.manager, this.clock, run.workspaceId, run.id, run.lastSeq, draft),
    );
  }

  /**
   * Moves a locked run that has not finished to its terminal status and writes the terminal
   * step. A step still being written (a cancel while the model streams) ends with the run, and a
   * pending approval of the run is withdrawn: a finished run waits for nobody.
   */
  async finish(run: RunEntity, outcome: RunOutcome): Promise<RunStepEntity> {
    for (const closed of await this.texts.interruptWithin(this.manager, run.id)) {
      this.wrote(closed);
    }
    const now = this.clock.now();
    run.status = transition(run.status, OUTCOME_EVENT[outcome.status]);
    run.finishedAt = now;
    run.lastSeq += 1;
    run.heartbeatAt = null;
    run.lockedBy = null;
    const draft = applyOutcome(run, outcome);
    await this.manager.save(run);
    await withdrawPendingWithin(this.manager, run.id, now);
    this.announce(run);
    return this.wrote(
      await insertStep(this.manager, this.clock, run.workspaceId, run.id, run.lastSeq, draft),
    );
  }

  private wrote(step: RunStepEntity): RunStepEntity {
    this.written.steps.push(step);
    return step;
  }
}

/** What a journal transaction wrote: published, in this order, once it commits. */
interface Written {
  steps: RunStepEntity[];
  /** The runs to announce, each once, in their latest version. */
  runs: Map<string, RunEntity>;
  afterCommit: Array<() => unknown>;
}

type TerminalDraft = Omit<StepDraft, 'kind'> & { kind: RunStepKind };

function insertStep(
  tx: EntityManager,
  clock: Clock,
  workspaceId: string,
  runId: string,
  seq: number,
  draft: StepDraft | TerminalDraft,
): Promise<RunStepEntity> {
  const step = tx.create(RunStepEntity, {
    workspaceId,
    runId,
    seq,
    kind: draft.kind,
    title: draft.title,
    detail: textAtRest(draft.detail ?? null),
    data: redactDeep(draft.data ?? {}).value,
    startedAt: draft.startedAt ?? clock.now(),
    durationMs: draft.durationMs ?? 0,
    inputTokens: draft.inputTokens ?? 0,
    outputTokens: draft.outputTokens ?? 0,
    costUsd: draft.costUsd ?? '0',
  });
  return tx.save(step);
}

function applyOutcome(run: RunEntity, outcome: RunOutcome): TerminalDraft {
  const kind = OUTCOME_STEP[outcome.status];
  switch (outcome.status) {
    case 'SUCCEEDED':
      run.output = redactDeep(outcome.output).value;
      return {
        kind,
        title: outcome.title,
        detail: outcome.detail ?? null,
        data: { output: outcome.output },
      };
    case 'FAILED':
      run.error = outcome.error;
      run.errorCode = outcome.errorCode;
      return {
        kind,
        title: outcome.title ?? 'Run failed',
        detail: outcome.error,
        data: { errorCode: outcome.errorCode },
      };
    case 'CANCELLED':
      run.error = outcome.reason;
      return { kind, title: 'Run cancelled', detail: outcome.reason, data: {} };
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
