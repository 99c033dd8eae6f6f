// A scripted stand-in for the console client: answers requests by operation and lets tests push
// subscription events.
import {
  ConsoleError,
  type ConsoleClient,
  type SubscribeHandlers,
  type Subscription,
} from '../src/api/client.js';

type Answer = (variables: Record<string, unknown>) => unknown;

export class FakeClient implements ConsoleClient {
  requests: { query: string; variables: Record<string, unknown> }[] = [];
  private readonly answers = new Map<string, Answer>();
  handlers: SubscribeHandlers<unknown>[] = [];

  /** Answers requests whose document contains `operation` (e.g. "updateAgent"). */
  on(operation: string, answer: Answer): this {
    this.answers.set(operation, answer);
    return this;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.requests.push({ query, variables });
    for (const [operation, answer] of this.answers) {
      if (query.includes(operation)) return answer(variables) as T;
    }
    throw new ConsoleError([{ message: `no fake answer for ${query.slice(0, 40)}` }]);
  }

  subscribe<T>(
    _query: string,
    _variables: Record<string, unknown>,
    handlers: SubscribeHandlers<T>,
  ): Subscription {
    this.handlers.push(handlers as SubscribeHandlers<unknown>);
    return { unsubscribe: () => undefined };
  }
}

export function refusal(code: string, message: string, field?: string): ConsoleError {
  return new ConsoleError([
    { message, extensions: { errorCode: code, ...(field ? { field } : {}) } },
  ]);
}
