// A scripted stand-in for the console client: answers requests by operation and lets tests push
// subscription events.
import {
  ConsoleError,
  type ConsoleClient,
  type Operation,
  type SubscribeHandlers,
  type Subscription,
  type VariablesArg,
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

  async request<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    ...[variables]: VariablesArg<NoInfer<TVariables>>
  ): Promise<TResult> {
    const query = operation.toString();
    const given: Record<string, unknown> = { ...variables };
    this.requests.push({ query, variables: given });
    for (const [name, answer] of this.answers) {
      // The test scripts the answer's shape; the fake cannot check it against the operation.
      if (query.includes(name)) return answer(given) as TResult;
    }
    throw new ConsoleError([{ message: `no fake answer for ${query.slice(0, 40)}` }]);
  }

  subscribe<TResult, TVariables>(
    _operation: Operation<TResult, TVariables>,
    _variables: TVariables,
    handlers: SubscribeHandlers<TResult>,
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
