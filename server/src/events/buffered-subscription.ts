import { DONE, nextOf, type Fail, type Wake } from './pollable.js';
import type { TopicSubscription } from './pub-sub.js';

/** The bus a subscription belongs to, told once when it leaves. */
export interface SubscriptionOwner {
  leave(subscription: BufferedSubscription<unknown>): void;
}

/**
 * The subscriber side both pub/sub implementations share: an unbounded FIFO buffer fed by
 * `deliver`, read by `poll()` or `next()`. A subscriber waiting when a message comes gets it at
 * once, inside `deliver` (pollable.ts); a failure of its own never reaches the publisher's loop.
 * `return()` tells the owner once and ends a pending read.
 *
 * A class, its state in fields rather than closures: a storefront visitor's idle socket holds
 * one for hours, ten thousand of them on one process.
 */
export class BufferedSubscription<T> implements TopicSubscription<T> {
  private buffer: T[] | undefined;
  private wake: Wake<T> | undefined;
  private fail: Fail | undefined;
  private done = false;

  constructor(
    readonly ready: Promise<void>,
    private readonly owner: SubscriptionOwner,
    /** The owner's key for it (a topic, a Redis channel). */
    readonly key: string,
    /** What to deliver when messages may have been lost (see PubSub.subscribe). */
    readonly resync?: { value: T },
  ) {}

  deliver(payload: unknown): void {
    if (this.done) return;
    if (!this.wakeWith({ done: false, value: payload as T })) {
      (this.buffer ??= []).push(payload as T);
    }
  }

  poll(wake: Wake<T>, fail: Fail): IteratorResult<T, undefined> | undefined {
    if (this.buffer?.length) return { done: false, value: this.buffer.shift() as T };
    if (this.done) return DONE;
    this.wake = wake;
    this.fail = fail;
    return undefined;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    return nextOf(this);
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    if (!this.done) {
      this.done = true;
      this.owner.leave(this as BufferedSubscription<unknown>);
      this.wakeWith(DONE);
    }
    this.buffer = undefined;
    return DONE;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private wakeWith(result: IteratorResult<T, undefined>): boolean {
    const { wake, fail } = this;
    if (!wake || !fail) return false;
    this.wake = undefined;
    this.fail = undefined;
    try {
      wake(result);
    } catch (error) {
      fail(error);
    }
    return true;
  }
}
