/**
 * Topic-based publish/subscribe, the seam between the runtime (publishes run steps and run
 * updates) and subscribers (GraphQL subscriptions). In-memory by default; a Redis implementation
 * can replace it for several processes without touching either side.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Starts buffering at once: nothing published after this call is missed. */
  subscribe<T>(topic: string): TopicSubscription<T>;
  close(): Promise<void>;
}

/** An async iterator over a topic's messages; `return()` unsubscribes and ends a pending `next()`. */
export type TopicSubscription<T> = AsyncIterableIterator<T> & {
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
