import { RunEntity, RunStepEntity, type RunStepKind } from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErrorCode } from '@zactonics/schema';
import { topics, type PubSub } from '../events/pub-sub.js';
import type { Clock } from './clock.js';
import { redactDeep, redactText } from './guardrails/pii-redaction.js';
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

/** The first version of a step a model is about to write (see `RunJournal.openStreamingStep`). */
export type StreamingStepDraft = Pick<StepDraft, 'kind' | 'title' | 'data' | 'startedAt'>;

/** What a streamed step ends with; `detail` defaults to the text streamed into it. */
export type StreamingStepFinal = Omit<StepDraft, 'kind' | 'startedAt'>;

/** Text appended to an open step: `text` starts at character `offset` of the step's `detail`. */
export interface TextDelta {
  offset: number;
  text: string;
}

/**
 * What the run-step topic carries: a step as persisted (opened, or final), or, with `textDelta`,
 * text just written into the open step `seq` (then `detail` is null: the delta is the news).
 */
export type RunStepEvent = RunStepEntity & { textDelta?: TextDelta };

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
 * subscriber never sees a step the database does not have.
 */
export class RunJournal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    private readonly clock: Clock,
    options: RunJournalOptions = {},
  ) {
    this.persistTextEveryMs = options.persistTextEveryMs ?? DEFAULT_PERSIST_TEXT_EVERY_MS;
  }

  private readonly persistTextEveryMs: number;
  /** The steps this process is streaming text into, by `streamKey(runId, seq)`. */
  private readonly streams = new Map<string, OpenStream>();

  /**
   * Appends a step to a run the caller created or locked in `tx` (its first steps, say);
   * publishing is the caller's, after commit.
   */
  async appendWithin(tx: EntityManager, run: RunEntity, draft: StepDraft): Promise<RunStepEntity> {
    run.lastSeq += 1;
    await tx.update(RunEntity, { id: run.id }, { lastSeq: run.lastSeq });
    return this.insertStep(tx, run.workspaceId, run.id, run.lastSeq, draft);
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
   * Appends a step a model is about to write: `streaming: true`, an empty `detail`, numbered and
   * published like `append`. Its text then comes through `appendText`, and it ends with
   * `closeStreamingStep` (or with the run, in `finish`). See docs/RUN-STREAM.md.
   */
  async openStreamingStep(runId: string, draft: StreamingStepDraft): Promise<RunStepEntity> {
    const step = await this.dataSource.transaction(async (tx) => {
      const rows: Array<{ last_seq: number; workspace_id: string }> = await tx.query(
        `UPDATE run SET last_seq = last_seq + 1, heartbeat_at = $2
           WHERE id = $1 AND status IN ('QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN')
         RETURNING last_seq, workspace_id`,
        [runId, this.clock.now()],
      );
      const row = firstRow(rows);
      if (!row) throw new RunFinishedElsewhere(runId);
      const inserted = await this.insertStep(tx, row.workspace_id, runId, row.last_seq, {
        ...draft,
        detail: '',
      });
      await tx.update(RunStepEntity, { id: inserted.id }, { streaming: true });
      return Object.assign(inserted, { streaming: true });
    });
    this.streams.set(streamKey(runId, step.seq), {
      opened: { ...step },
      text: '',
      closed: false,
      lastWriteAt: performance.now(),
    });
    await this.publishStep(step);
    return step;
  }

  /**
   * Publishes text just written into the open step `seq` as an event carrying its offset in the
   * step's `detail`. Deltas are not persisted one by one (a reply is hundreds of them): the text
   * so far is written at most every `persistTextEveryMs`, so a client that subscribes late
   * replays most of it, and in full by `closeStreamingStep`. Text for a step that is not open in
   * this process (closed, or its run finished) is dropped.
   */
  appendText(runId: string, seq: number, text: string): Promise<void> {
    const stream = this.streams.get(streamKey(runId, seq));
    if (!stream || stream.closed || text === '') return Promise.resolve();
    const delta: RunStepEvent = {
      ...stream.opened,
      detail: null,
      textDelta: { offset: stream.text.length, text },
    };
    stream.text += text;
    this.schedulePersist(stream);
    return this.pubSub.publish(topics.runSteps(runId), delta);
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
    const key = streamKey(runId, seq);
    const stream = this.streams.get(key);
    try {
      if (stream) await this.stopPersisting(stream);
      const step = await this.dataSource.transaction(async (tx) => {
        const rows: Array<{ workspace_id: string }> = await tx.query(
          `UPDATE run SET heartbeat_at = $2,
               input_tokens = input_tokens + $3, output_tokens = output_tokens + $4,
               cost_usd = cost_usd + $5::numeric
             WHERE id = $1 AND status IN ('QUEUED', 'RUNNING', 'WAITING_FOR_HUMAN')
           RETURNING workspace_id`,
          [
            runId,
            this.clock.now(),
            final.inputTokens ?? 0,
            final.outputTokens ?? 0,
            final.costUsd ?? '0',
          ],
        );
        if (!firstRow(rows)) throw new RunFinishedElsewhere(runId);
        const open = await tx.findOneBy(RunStepEntity, { runId, seq, streaming: true });
        if (!open) throw new Error(`Step ${seq} of run ${runId} is not being streamed.`);
        Object.assign(open, {
          title: final.title,
          detail: textAtRest(
            final.detail !== undefined ? final.detail : (stream?.text ?? open.detail),
          ),
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
      this.streams.delete(key);
    }
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
      // A step still being written (a cancel while the model streams) ends with the run.
      const closed = await this.closeStreamingStepsWithin(tx, run.id);
      return { ...(await this.finishWithin(tx, run, outcome)), closed };
    });
    if (!result) return null;
    for (const step of result.closed) await this.publishStep(step);
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

  /**
   * Marks the run's open steps finished (`streaming: false`, `data.interrupted`), keeping the
   * text this process streamed into them (more than the throttled writes persisted), inside the
   * caller's transaction on the locked run; publishing them after commit is the caller's.
   */
  private async closeStreamingStepsWithin(
    tx: EntityManager,
    runId: string,
  ): Promise<RunStepEntity[]> {
    const open = await tx.find(RunStepEntity, {
      where: { runId, streaming: true },
      order: { seq: 'ASC' },
    });
    for (const step of open) {
      const stream = this.streams.get(streamKey(runId, step.seq));
      if (stream) this.stopPersistingNow(stream);
      // After a crash, the text persisted so far; it was raw while being written.
      step.detail = textAtRest(stream?.text ?? step.detail);
      step.streaming = false;
      step.data = { ...step.data, interrupted: true };
      await tx.save(step);
    }
    return open;
  }

  /** Writes an open step's text after `persistTextEveryMs`, unless a write is pending already. */
  private schedulePersist(stream: OpenStream): void {
    if (stream.closed || stream.timer || stream.writing) return;
    const wait = Math.max(0, stream.lastWriteAt + this.persistTextEveryMs - performance.now());
    stream.timer = setTimeout(() => this.persistText(stream), wait);
    stream.timer.unref();
  }

  private persistText(stream: OpenStream): void {
    stream.timer = undefined;
    const text = stream.text;
    const { runId, seq } = stream.opened;
    // `AND streaming`: a write that lost the race with the close or the run's end changes nothing.
    stream.writing = this.dataSource
      .query('UPDATE run_step SET detail = $3 WHERE run_id = $1 AND seq = $2 AND streaming', [
        runId,
        seq,
        text,
      ])
      .then(
        () => undefined,
        () => undefined, // best effort: the close writes the whole text
      )
      .finally(() => {
        stream.writing = undefined;
        stream.lastWriteAt = performance.now();
        if (stream.text.length > text.length) this.schedulePersist(stream);
      });
  }

  /** No more throttled writes; resolves once a write in flight is done (writes never overlap). */
  private async stopPersisting(stream: OpenStream): Promise<void> {
    this.stopPersistingNow(stream);
    await stream.writing;
  }

  private stopPersistingNow(stream: OpenStream): void {
    stream.closed = true;
    clearTimeout(stream.timer);
    stream.timer = undefined;
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
      detail: textAtRest(draft.detail ?? null),
      data: redactDeep(draft.data ?? {}).value,
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

/**
 * Card numbers and SSNs never reach the database, whoever wrote them (the customer, a tool, the
 * model). Only the text of a step still being written is stored raw, until its final version.
 */
function textAtRest(text: string | null): string | null {
  return text === null ? null : redactText(text).text;
}

const DEFAULT_PERSIST_TEXT_EVERY_MS = 250;

/** A step this process streams text into, from `openStreamingStep` until it is closed. */
interface OpenStream {
  /** The step as opened: the base of every delta event. */
  readonly opened: RunStepEntity;
  /** Everything streamed so far: the step's `detail` once closed. */
  text: string;
  /** Set once the close (or the run's end) began: no more deltas or throttled writes. */
  closed: boolean;
  timer?: NodeJS.Timeout | undefined;
  writing?: Promise<void> | undefined;
  lastWriteAt: number;
}

function streamKey(runId: string, seq: number): string {
  return `${runId}#${seq}`;
}

function applyOutcome(run: RunEntity, outcome: RunOutcome): TerminalDraft {
  switch (outcome.status) {
    case 'SUCCEEDED':
      run.output = redactDeep(outcome.output).value;
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
