import { RunStepEntity, type RunEntity, type RunStepKind } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { ErrorCode } from '@zactonics/schema';
import { topics, type PubSub } from '../events/pub-sub.js';
import { silentLogger, type Logger } from '../logger.js';
import type { HubMetrics } from '../observability/metrics.js';
import type { Clock } from './clock.js';
import { redactDeep } from './guardrails/pii-redaction.js';
import { JournalTransaction, stepValues, writeRun, type Written } from './journal-transaction.js';
import { ACTIVE_STATUSES, isTerminal, statusIn, transition } from './run-lifecycle.js';
import { StreamedTexts, textAtRest } from './streamed-text.js';

export type { JournalTransaction } from './journal-transaction.js';
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
  /** Told of each run's status changes (one line each: run id, workspace, status). */
  logger?: Logger | undefined;
  /** Told of runs claimed and finished, once their transaction committed. */
  metrics?: HubMetrics | undefined;
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
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.metrics;
  }

  private readonly metrics: HubMetrics | undefined;

  /** The text of the steps this process streams into (throttled writes, deltas). */
  private readonly texts: StreamedTexts;

  private readonly logger: Logger;

  /**
   * Runs `work` in one transaction. What it writes through the unit of work (steps, status
   * changes, created runs) is published once the transaction commits, in the order written, and
   * then its `afterCommit` actions run; if it rolls back, nothing is published.
   */
  async transaction<T>(work: (uow: JournalTransaction) => Promise<T>): Promise<T> {
    const written: Written = { steps: [], runs: new Map(), finished: [], afterCommit: [] };
    const result = await this.dataSource.transaction((manager) =>
      work(new JournalTransaction(manager, this.clock, this.texts, written)),
    );
    for (const run of written.finished) this.metrics?.runFinished(run);
    for (const step of written.steps) await this.publishStep(step);
    for (const run of written.runs.values()) this.logStatus(run);
    for (const run of written.runs.values()) await this.publishRun(run);
    for (const action of written.afterCommit) await action();
    return result;
  }

  /** Appends a step to a run that is still going; throws RunFinishedElsewhere if it is not. */
  async append(runId: string, draft: StepDraft): Promise<RunStepEntity> {
    const step = await this.numberAndInsert(runId, draft, false);
    await this.publishStep(step);
    return step;
  }

  /**
   * Appends a step a model is about to write: `streaming: true`, an empty `detail`, numbered and
   * published like `append`. Its text then comes through `appendText`, and it ends with
   * `closeStreamingStep` (or with the run, in `finish`). See docs/RUN-STREAM.md.
   */
  async openStreamingStep(runId: string, draft: StreamingStepDraft): Promise<RunStepEntity> {
    const step = await this.numberAndInsert(runId, { ...draft, detail: '' }, true);
    this.texts.track(step);
    await this.publishStep(step);
    return step;
  }

  /**
   * Numbers the step on the run's row and inserts it, in one statement (its own transaction, one
   * round trip where BEGIN, UPDATE, INSERT and COMMIT took four): the UPDATE takes the run's row
   * lock and matches only a run still going, and the INSERT takes the number it returns, so
   * nothing is written for a finished run. The step's tokens and cost are added to the run's
   * totals in the statement that numbers it, so a run's totals always equal the sum of its steps.
   */
  private async numberAndInsert(
    runId: string,
    draft: StepDraft,
    streaming: boolean,
  ): Promise<RunStepEntity> {
    const values = stepValues(this.clock, draft);
    const active = statusIn('status', ACTIVE_STATUSES, 6);
    const rows: Array<{ id: string; workspace_id: string; seq: number; cost_usd: string }> =
      await this.dataSource.query(
        `WITH numbered AS (
           UPDATE run SET last_seq = last_seq + 1, heartbeat_at = $2,
               input_tokens = input_tokens + $3, output_tokens = output_tokens + $4,
               cost_usd = cost_usd + $5::numeric
             WHERE id = $1 AND ${active.sql}
           RETURNING workspace_id, last_seq)
         INSERT INTO run_step (workspace_id, run_id, seq, kind, title, detail, streaming, data,
             started_at, duration_ms, input_tokens, output_tokens, cost_usd)
         SELECT workspace_id, $1::uuid, last_seq, $7::text, $8::text, $9::text, $10::boolean,
             $11::jsonb, $12::timestamptz, $13::integer, $3::integer, $4::integer, $5::numeric
           FROM numbered
         RETURNING id, workspace_id, seq, cost_usd::text AS cost_usd`,
        [
          runId,
          this.clock.now(),
          values.inputTokens,
          values.outputTokens,
          values.costUsd,
          active.parameter,
          values.kind,
          values.title,
          values.detail,
          streaming,
          JSON.stringify(values.data),
          values.startedAt,
          values.durationMs,
        ],
      );
    const row = firstRow(rows);
    if (!row) throw new RunFinishedElsewhere(runId);
    return this.dataSource.manager.create(RunStepEntity, {
      ...values,
      id: row.id,
      workspaceId: row.workspace_id,
      runId,
      seq: row.seq,
      streaming,
      costUsd: row.cost_usd,
    });
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
        const closed = {
          title: final.title,
          detail: textAtRest(final.detail !== undefined ? final.detail : (streamed ?? open.detail)),
          data: redactDeep(final.data ?? open.data).value,
          durationMs: final.durationMs ?? 0,
          inputTokens: final.inputTokens ?? 0,
          outputTokens: final.outputTokens ?? 0,
          costUsd: final.costUsd ?? '0',
          streaming: false,
        };
        // Not `save`: it would read the step again to find what changed.
        await tx.update(
          RunStepEntity,
          { id: open.id },
          closed as QueryDeepPartialEntity<RunStepEntity>,
        );
        return Object.assign(open, closed);
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
        const claimed = ['status', 'startedAt', 'heartbeatAt', 'lockedBy', 'provider'] as const;
        await writeRun(uow.manager, current, claimed);
        const started = uow.announce(current);
        uow.afterCommit(() => this.metrics?.runClaimed(started));
        return { run: started, resumed: false };
      }
      if (current.status === 'RUNNING' && current.lockedBy === null) {
        Object.assign(current, { heartbeatAt: now, lockedBy: workerId });
        await writeRun(uow.manager, current, ['heartbeatAt', 'lockedBy']);
        return { run: current, resumed: true };
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

  /**
   * Announced runs are the ones whose status this transaction changed. The ids are explicit: a
   * run started by a request is logged in that request's context, not the run's.
   */
  private logStatus(run: RunEntity): void {
    this.logger.info(`run ${run.status.toLowerCase().replaceAll('_', ' ')}`, {
      runId: run.id,
      workspaceId: run.workspaceId,
      status: run.status,
      ...(run.errorCode ? { errorCode: run.errorCode } : {}),
    });
  }

  private publishStep(step: RunStepEntity): Promise<void> {
    return this.pubSub.publish(topics.runSteps(step.runId), step);
  }

  private publishRun(run: RunEntity): Promise<void> {
    return this.pubSub.publish(topics.workspaceRuns(run.workspaceId), run);
  }
}

function firstRow<T>(rows: T[] | [T[], number]): T | undefined {
  // TypeORM returns [rows, affected] for UPDATE statements on PostgreSQL.
  const list = Array.isArray(rows[0]) ? (rows[0] as T[]) : (rows as T[]);
  return list[0];
}
