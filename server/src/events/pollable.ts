/**
 * The pull protocol of the fan-out path, under the async iterators it also offers: `poll` returns
 * the next result when it is there already, or returns undefined and later calls `wake` with it,
 * synchronously from whatever made it ready (the bus delivering a message). A step published to a
 * thousand watchers then goes from the bus through the run-step stream and the shared execution
 * to each socket in the publisher's own loop, as a bare `ws` server would write it, instead of
 * costing each watcher a chain of promises (and, with async context tracking on, a hook call for
 * each of those promises).
 *
 * One consumer at a time: a `poll` that returned undefined is followed by nothing but its `wake`
 * or `fail` (a layer keeps the consumer's pair until then). A consumer's `wake` never throws
 * into its source: it catches and fails itself.
 */
export interface Pollable<T> {
  poll(wake: Wake<T>, fail: Fail): IteratorResult<T, undefined> | undefined;
}

export type Wake<T> = (result: IteratorResult<T, undefined>) => void;
export type Fail = (error: unknown) => void;

export const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** `poll` for any async iterator: its own when it has one, else through `next()`. */
export function pollOf<T>(
  source: AsyncIterator<T, undefined> & Partial<Pollable<T>>,
): Pollable<T>['poll'] {
  if (typeof source.poll === 'function') return source.poll.bind(source);
  return (wake, fail) => {
    source.next().then(wake, fail);
    return undefined;
  };
}

/** An async iterator's `next()` over its `poll`. */
export function nextOf<T>(source: Pollable<T>): Promise<IteratorResult<T, undefined>> {
  return new Promise((resolve, reject) => {
    const ready = source.poll(resolve, reject);
    if (ready) resolve(ready);
  });
}

/**
 * A stage between a source and one consumer (the run-step stream, a shared execution): keeps the
 * consumer's `wake` while the source has nothing, and polls again for it when the source wakes
 * the stage or a read of its own (`after`) is done.
 */
export abstract class PollingStage<S, T> implements Pollable<T>, AsyncIterableIterator<T> {
  private reader: { wake: Wake<T>; fail: Fail } | undefined;
  private arrived: IteratorResult<S, undefined> | undefined;

  protected constructor(private readonly pollSource: Pollable<S>['poll']) {}

  abstract poll(wake: Wake<T>, fail: Fail): IteratorResult<T, undefined> | undefined;
  abstract return(): Promise<IteratorResult<T, undefined>>;

  next(): Promise<IteratorResult<T, undefined>> {
    return nextOf(this);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /** The source's next result; undefined: not there yet, and the consumer will be woken. */
  protected fromSource(wake: Wake<T>, fail: Fail): IteratorResult<S, undefined> | undefined {
    const result = this.arrived ?? this.pollSource(this.onArrival, fail);
    this.arrived = undefined;
    if (!result) this.reader = { wake, fail };
    return result;
  }

  /** Polls again for the consumer once `work` is done (a database read). */
  protected after(work: Promise<unknown>, wake: Wake<T>, fail: Fail): undefined {
    this.reader = { wake, fail };
    work.then(this.resume, fail);
    return undefined;
  }

  private readonly onArrival = (result: IteratorResult<S, undefined>) => {
    this.arrived = result;
    this.resume();
  };

  private readonly resume = () => {
    const reader = this.reader;
    if (!reader) return;
    this.reader = undefined;
    try {
      const result = this.poll(reader.wake, reader.fail);
      if (result) reader.wake(result);
    } catch (error) {
      reader.fail(error);
    }
  };
}
