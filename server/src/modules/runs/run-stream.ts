import { RunStepEntity, TERMINAL_STEP_KINDS } from '@zactonics/db';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { topics, type PubSub, type TopicSubscription } from '../../events/pub-sub.js';
import type { RunService } from './run.service.js';

/**
 * The run-step stream of docs/RUN-STREAM.md: replay the persisted steps after `afterSeq`, then
 * live ones, with no gap and no duplicate, ending after the terminal step. The live subscription
 * opens before the replay query, so a step committed in between arrives at least once (and the
 * `seq` check drops the second copy); a live step that skips ahead (steps are published after
 * commit, so two writers can publish out of order) triggers a backfill from the database.
 */
export class RunStream {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: PubSub,
    private readonly runs: RunService,
  ) {}

  /** Validates the request and returns the stream; throws typed errors before streaming. */
  async open(
    ctx: RequestContext,
    runId: string,
    afterSeq = 0,
  ): Promise<AsyncIterableIterator<RunStepEntity>> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) {
      throw new DomainError('INVALID_INPUT', 'afterSeq must be a non-negative integer.');
    }
    const live = this.pubSub.subscribe<RunStepEntity>(topics.runSteps(runId));
    try {
      const run = await this.runs.get(ctx, runId);
      if (afterSeq > run.lastSeq) {
        throw new DomainError(
          'AFTER_SEQ_OUT_OF_RANGE',
          `afterSeq ${afterSeq} is past the run's last step (${run.lastSeq}).`,
          { lastSeq: run.lastSeq },
        );
      }
      const replay = await this.runs.steps(ctx, runId, afterSeq);
      const last = replay.at(-1)?.seq ?? afterSeq;
      // The client had already seen the terminal step: nothing more will ever come. (A terminal
      // step committed after the replay query has seq > last and is in the live buffer.)
      const alreadyFinished =
        !replay.some(isTerminalStep) && (await this.hasTerminalStepAtOrBefore(runId, last));
      return new RunStepIterator(
        alreadyFinished ? [] : replay,
        afterSeq,
        live,
        (seq) => this.runs.steps(ctx, runId, seq),
        alreadyFinished,
      );
    } catch (error) {
      await live.return();
      throw error;
    }
  }

  private hasTerminalStepAtOrBefore(runId: string, seq: number): Promise<boolean> {
    return this.dataSource.manager.existsBy(RunStepEntity, {
      runId,
      seq: LessThanOrEqual(seq),
      kind: In([...TERMINAL_STEP_KINDS]),
    });
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Replayed steps first, then live ones in `seq` order, until the terminal step. Hand-written
 * rather than an async generator for two reasons: a generator's `return()` waits for its pending
 * `next()`, which may wait for a live step that never comes (an unsubscribing client must release
 * the topic at once); and one run may have a thousand watchers, each step costs every one of them
 * a pass through here, and a generator adds several promise hops to each pass.
 */
class RunStepIterator implements AsyncIterableIterator<RunStepEntity> {
  constructor(
    private pending: RunStepEntity[],
    private last: number,
    private readonly live: TopicSubscription<RunStepEntity>,
    private readonly loadAfter: (seq: number) => Promise<RunStepEntity[]>,
    private done: boolean,
  ) {
    if (done) void live.return();
  }

  async next(): Promise<IteratorResult<RunStepEntity, undefined>> {
    while (!this.done) {
      const buffered = this.pending.shift();
      if (buffered) return this.emit(buffered);
      const result = await this.live.next();
      if (result.done) break;
      const step = result.value;
      if (step.seq === this.last + 1) return this.emit(step);
      // Published out of commit order: fetch what was skipped (the step itself included).
      if (step.seq > this.last) this.pending = await this.loadAfter(this.last);
    }
    return this.return();
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    this.done = true;
    this.pending = [];
    await this.live.return();
    return DONE;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private emit(step: RunStepEntity): IteratorYieldResult<RunStepEntity> {
    this.last = step.seq;
    if (isTerminalStep(step)) {
      this.done = true;
      void this.live.return();
    }
    return { done: false, value: step };
  }
}

function isTerminalStep(step: RunStepEntity): boolean {
  return TERMINAL_STEP_KINDS.includes(step.kind);
}
