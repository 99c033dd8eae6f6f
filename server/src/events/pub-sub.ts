import type { Pollable } from './pollable.js';

/**
 * Topic-based publish/subscribe, the seam between the runtime (publishes run steps and run
 * updates) and subscribers (GraphQL subscriptions). In-memory by default; a Redis implementation
 * can replace it for several processes without touching either side.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * Starts buffering at once: nothing published after this call is missed, as long as the bus
   * itself stays up. A bus that can lose messages (Redis, while it restarts) delivers
   * `options.resync` once it is back, to a subscriber that can catch up from the database.
   */
  subscribe<T>(topic: string, options?: SubscribeOptions<T>): TopicSubscription<T>;
  close(): Promise<void>;
}

export interface SubscribeOptions<T> {
  /** Delivered when messages may have been lost (the subscriber re-reads what it follows). */
  resync?: T;
}

/**
 * An async iterator over a topic's messages, also pollable (pollable.ts); `return()` unsubscribes
 * and ends a pending read.
 */
export type TopicSubscription<T> = AsyncIterableIterator<T> &
  Pollable<T> & {
    return(): Promise<IteratorResult<T>>;
    /**
     * Resolves once messages published from any process reach this subscription (at once in
     * memory; when Redis confirmed the SUBSCRIBE). Await it before a replay from the database.
     */
    readonly ready: Promise<void>;
  };

export const topics = {
  runSteps: (runId: string) => `run:${runId}:steps`,
  workspaceRuns: (workspaceId: string) => `workspace:${workspaceId}:runs`,
};
