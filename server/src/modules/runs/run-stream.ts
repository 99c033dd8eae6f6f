import { RunStepEntity, TERMINAL_STEP_KINDS } from '@zactonics/db';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { DONE, PollingStage, type Fail, type Wake } from '../../events/pollable.js';
import { topics, type PubSub, type TopicSubscription } from '../../events/pub-sub.js';
import type { RunStepEvent, TextDelta } from '../../runtime/run-journal.js';
import type { RunService } from './run.service.js';

/**
 * The run-step stream of docs/RUN-STREAM.md: replay the persisted steps after `afterSeq`, then
 * live ones, with no gap and no duplicate, ending after the terminal step. The live subscription
 * opens before the replay query, so a step committed in between arrives at least once (and the
 * `seq` check drops the second copy); a live step that skips ahead (steps are published after
 * commit, so two writers can publish out of order) triggers a backfill from the database.
 *
 * A step a model is still writing arrives as its opened version (`streaming: true`, or as much
 * text as was persisted when replayed), then text deltas, then its final version. The stream
 * tracks how much of that text the client holds, so it never sends text twice nor leaves a hole.
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
  ): Promise<AsyncIterableIterator<RunStepEvent>> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) {
      throw new DomainError('INVALID_INPUT', 'afterSeq must be a non-negative integer.');
    }
    const live = this.pubSub.subscribe<RunStepEvent>(topics.runSteps(runId), {
      resync: RESYNC,
    });
    try {
      // The replay must wait for the live subscription (nothing falls between them); checking
      // the run need not: both round trips at once.
      const [run] = await Promise.all([this.runs.get(ctx, runId), live.ready]);
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
      // step committed after the replay query has seq > last and is in the live buffer.) Only an
      // empty replay can leave it unseen here: steps are gapless and the terminal one is last, so
      // a replay without it has none at or before its own last step.
      const alreadyFinished =
        replay.length === 0 && (await this.hasTerminalStepAtOrBefore(runId, last));
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

/**
 * What the bus delivers when steps may have been lost (Redis restarted): read the database from
 * the last step sent, as for a step that skipped ahead. Never sent to a client.
 */
const RESYNC = { resync: true } as unknown as RunStepEvent;

/** What to do with an event: send it (possibly trimmed), drop it, or read the database first. */
type Verdict = RunStepEvent | 'skip' | 'backfill' | 'catch-up';

/** The step being written, as far as the client has its text. */
interface OpenText {
  seq: number;
  /** Characters of the step's detail the client holds (from the replay, a snapshot, deltas). */
  length: number;
  /** Deltas past a hole in the client's text, in order, until the hole is filled. */
  held: RunStepEvent[];
  /** Earliest time to read the database again for text the client misses (see `catchUp`). */
  nextCatchUpAt: number;
}

/** How often a client missing text in the middle of a step re-reads what was persisted. */
const CATCH_UP_EVERY_MS = 100;

/**
 * Replayed steps first, then live ones in `seq` order, until the terminal step. Hand-written
 * rather than an async generator for two reasons: a generator's `return()` waits for its pending
 * `next()`, which may wait for a live step that never comes (an unsubscribing client must release
 * the topic at once); and one run may have a thousand watchers, each step costs every one of them
 * a pass through here, which a poll makes inside the bus's delivery, with no promise at all.
 */
class RunStepIterator extends PollingStage<RunStepEvent, RunStepEvent> {
  private open: OpenText | null = null;

  constructor(
    private pending: RunStepEvent[],
    private last: number,
    private readonly live: TopicSubscription<RunStepEvent>,
    private readonly loadAfter: (seq: number) => Promise<RunStepEntity[]>,
    private done: boolean,
  ) {
    super(live.poll.bind(live));
    if (done) void live.return();
  }

  /**
   * The next event to send (events/pollable.ts): a live step that goes out as it came, the usual
   * case for every watcher of every step, is handed on inside the bus's delivery; a read of the
   * database (a backfill, a catch-up) wakes the consumer once it is done.
   */
  poll(wake: Wake<RunStepEvent>, fail: Fail): IteratorResult<RunStepEvent, undefined> | undefined {
    while (!this.done) {
      let event = this.pending.shift();
      const fromLive = !event;
      if (!event) {
        const result = this.fromSource(wake, fail);
        if (!result) return undefined;
        if (result.done) break;
        event = result.value;
      }
      const verdict = this.judge(event, fromLive);
      if (verdict === 'skip') continue;
      if (verdict === 'backfill') {
        // Published out of commit order: fetch what was skipped (the step itself included), and
        // the open step's final version if that was what got overtaken.
        const reading = this.loadAfter(this.open ? this.open.seq - 1 : this.last);
        return this.after(
          reading.then((steps) => (this.pending = steps)),
          wake,
          fail,
        );
      }
      if (verdict === 'catch-up') return this.after(this.catchUp(event), wake, fail);
      return this.emit(verdict);
    }
    void this.return();
    return DONE;
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    this.done = true;
    this.pending = [];
    await this.live.return();
    return DONE;
  }

  private judge(event: RunStepEvent, fromLive: boolean): Verdict {
    if (event === RESYNC) return 'backfill';
    const open = this.open;
    if (event.textDelta) {
      return open?.seq === event.seq ? judgeDelta(event, event.textDelta, open) : 'skip';
    }
    if (open?.seq === event.seq) {
      // The final version, once; or a snapshot with more text than the client has.
      if (!event.streaming) return event;
      return (event.detail?.length ?? 0) > open.length ? event : 'skip';
    }
    if (event.seq <= this.last) return 'skip';
    // The database returns steps in order and complete; a live step may have overtaken one
    // published later, or the open step's final version.
    if (!fromLive || (event.seq === this.last + 1 && !open)) return event;
    return 'backfill';
  }

  /**
   * Text is missing between what the client holds and `delta`: it was published before this
   * subscription began and not yet persisted when the replay was read. The deltas after the hole
   * are held, and the step re-read (at most every CATCH_UP_EVERY_MS) until its persisted text
   * reaches into them, which the next throttled write does; then that text goes out as a fuller
   * version of the step, followed by the held deltas, trimmed. A final version ends it all.
   */
  private async catchUp(delta: RunStepEvent): Promise<void> {
    const open = this.open;
    if (!open) return;
    open.held.push(delta);
    const now = performance.now();
    if (now < open.nextCatchUpAt) return;
    open.nextCatchUpAt = now + CATCH_UP_EVERY_MS;
    const [step] = await this.loadAfter(open.seq - 1);
    if (step?.seq !== open.seq) return;
    if (step.streaming && (step.detail?.length ?? 0) <= open.length) return; // not persisted yet
    this.pending = [step, ...open.held.splice(0)];
  }

  private emit(event: RunStepEvent): IteratorYieldResult<RunStepEvent> {
    const open = this.open;
    if (event.textDelta && open) {
      open.length = event.textDelta.offset + event.textDelta.text.length;
    } else if (open?.seq === event.seq) {
      if (event.streaming) open.length = event.detail?.length ?? 0;
      else this.open = null;
    } else {
      this.last = event.seq;
      this.open = event.streaming
        ? { seq: event.seq, length: event.detail?.length ?? 0, held: [], nextCatchUpAt: 0 }
        : null;
    }
    if (isTerminalStep(event)) {
      this.done = true;
      void this.live.return();
    }
    return { done: false, value: event };
  }
}

/** Sends a delta whole, trimmed of text the client has, or not at all; a hole needs a catch-up. */
function judgeDelta(event: RunStepEvent, delta: TextDelta, open: OpenText): Verdict {
  if (delta.offset === open.length) return event; // the common case: shared by all watchers
  const end = delta.offset + delta.text.length;
  if (end <= open.length) return 'skip';
  if (delta.offset > open.length) return 'catch-up';
  return {
    ...event,
    textDelta: { offset: open.length, text: delta.text.slice(open.length - delta.offset) },
  };
}

function isTerminalStep(step: RunStepEntity): boolean {
  return TERMINAL_STEP_KINDS.includes(step.kind);
}
