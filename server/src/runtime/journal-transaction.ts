import { RunEntity, RunStepEntity, type RunStepKind } from '@zactonics/db';
import type { DeepPartial, EntityManager } from 'typeorm';
import { emitRunFinished } from '../modules/automation/outbound-webhooks/webhook-emissions.js';
import { withdrawPendingWithin } from './approval-lifecycle.js';
import type { Clock } from './clock.js';
import { redactDeep } from './guardrails/pii-redaction.js';
import { transition, type RunEvent } from './run-lifecycle.js';
import type { RunOutcome, StepDraft } from './run-journal.js';
import { textAtRest, type StreamedTexts } from './streamed-text.js';

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

  /**
   * Creates a run with its first steps, numbered 1..n. The row is written with its `last_seq`
   * already: a run nobody else can see yet needs no second write to number its steps.
   */
  async createRun(
    values: Omit<DeepPartial<RunEntity>, 'lastSeq'>,
    firstSteps: StepDraft[],
  ): Promise<RunEntity> {
    const run = this.announce(
      await this.manager.save(
        this.manager.create(RunEntity, { ...values, lastSeq: firstSteps.length }),
      ),
    );
    for (const [index, draft] of firstSteps.entries()) {
      this.wrote(
        await insertStep(this.manager, this.clock, run.workspaceId, run.id, index + 1, draft),
      );
    }
    return run;
  }

  /** Appends a step to a run created or locked in this transaction. */
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
    await writeRun(this.manager, run, ['status', 'lastSeq', 'lockedBy', 'heartbeatAt']);
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
    await writeRun(this.manager, run, [
      'status',
      'finishedAt',
      'lastSeq',
      'heartbeatAt',
      'lockedBy',
      'output',
      'error',
      'errorCode',
    ]);
    await withdrawPendingWithin(this.manager, run.id, now);
    await emitRunFinished(this.manager, run);
    this.announce(run);
    this.written.finished.push(run);
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
export interface Written {
  steps: RunStepEntity[];
  /** The runs to announce, each once, in their latest version. */
  runs: Map<string, RunEntity>;
  /** The runs it finished (counted in the metrics once it commits). */
  finished: RunEntity[];
  afterCommit: Array<() => unknown>;
}

type TerminalDraft = Omit<StepDraft, 'kind'> & { kind: RunStepKind };

export function insertStep(
  tx: EntityManager,
  clock: Clock,
  workspaceId: string,
  runId: string,
  seq: number,
  draft: StepDraft | TerminalDraft,
): Promise<RunStepEntity> {
  return tx.save(
    tx.create(RunStepEntity, { workspaceId, runId, seq, ...stepValues(clock, draft) }),
  );
}

/** A step's columns from its draft, as stored: text bounded, personal data redacted. */
export function stepValues(clock: Clock, draft: StepDraft | TerminalDraft) {
  return {
    kind: draft.kind,
    title: draft.title,
    detail: textAtRest(draft.detail ?? null),
    data: redactDeep(draft.data ?? {}).value,
    startedAt: draft.startedAt ?? clock.now(),
    durationMs: draft.durationMs ?? 0,
    inputTokens: draft.inputTokens ?? 0,
    outputTokens: draft.outputTokens ?? 0,
    costUsd: draft.costUsd ?? '0',
  };
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

/**
 * Writes these columns of a run the transaction locked or created, as they are on `run`.
 * (TypeORM's `save` would read the row again first to find what changed: a round trip for
 * nothing, several times in every run.)
 */
export async function writeRun(
  tx: EntityManager,
  run: RunEntity,
  columns: ReadonlyArray<keyof RunEntity>,
): Promise<void> {
  await tx.update(
    RunEntity,
    { id: run.id },
    Object.fromEntries(columns.map((column) => [column, run[column]])),
  );
}

export function lockRun(tx: EntityManager, runId: string): Promise<RunEntity | null> {
  return tx.findOne(RunEntity, { where: { id: runId }, lock: { mode: 'pessimistic_write' } });
}
