import { RunEntity, RunStepEntity, TERMINAL_STEP_KINDS } from '@zactonics/db';
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
  ): Promise<AsyncGenerator<RunStepEntity>> {
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
      return endOnReturn(this.stream(ctx, run, afterSeq, live), live);
    } catch (error) {
      await live.return();
      throw error;
    }
  }

  private async *stream(
    ctx: RequestContext,
    run: RunEntity,
    afterSeq: number,
    live: TopicSubscription<RunStepEntity>,
  ): AsyncGenerator<RunStepEntity> {
    let last = afterSeq;
    try {
      for (const step of await this.runs.steps(ctx, run.id, last)) {
        yield step;
        last = step.seq;
        if (isTerminalStep(step)) return;
      }
      // The client had already seen the terminal step: nothing more will ever come. (A terminal
      // step committed after the replay query has seq > last and is in the live buffer.)
      if (await this.hasTerminalStepAtOrBefore(run.id, last)) return;

      for await (const step of live) {
        if (step.seq <= last) continue;
        const batch = step.seq === last + 1 ? [step] : await this.runs.steps(ctx, run.id, last);
        for (const next of batch) {
          yield next;
          last = next.seq;
          if (isTerminalStep(next)) return;
        }
      }
    } finally {
      await live.return();
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

/**
 * An async generator's `return()` waits for its pending `next()`, which here may wait for a live
 * step that never comes (a finished run, an idle one). So an unsubscribing client first ends the
 * live subscription, which settles the pending `next()`, and the generator then finishes at once.
 */
function endOnReturn<T>(
  generator: AsyncGenerator<T>,
  live: TopicSubscription<unknown>,
): AsyncGenerator<T> {
  return {
    next: () => generator.next(),
    throw: (error: unknown) => generator.throw(error),
    async return(value) {
      await live.return();
      return generator.return(value);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function isTerminalStep(step: RunStepEntity): boolean {
  return TERMINAL_STEP_KINDS.includes(step.kind);
}
