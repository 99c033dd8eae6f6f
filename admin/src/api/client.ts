import type { TypedOperation, VariablesArg } from '@zactonics/schema/operation';
import { createClient, type Client } from 'graphql-ws';

/** One error of a GraphQL or /auth response, as the hub shapes them. */
export interface ErrorShape {
  message: string;
  extensions?: { code?: string; errorCode?: string; field?: string; [key: string]: unknown };
}

/** A refusal from the hub, with its stable code (see schema/src/error-codes.ts) and field. */
export class ConsoleError extends Error {
  readonly code: string | undefined;
  /** The input field an INVALID_INPUT names (extensions.field). */
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(readonly errors: readonly ErrorShape[]) {
    super(errors.map((e) => e.message).join('; ') || 'The request failed.');
    this.name = 'ConsoleError';
    const ext = errors[0]?.extensions;
    this.code = ext?.errorCode ?? ext?.code;
    this.field = typeof ext?.field === 'string' ? ext.field : undefined;
    this.retryAfterSeconds =
      typeof ext?.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined;
  }
}

/** Codes meaning the session is gone: the console shows the sign-in page again. */
export const SIGNED_OUT_CODES: readonly string[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];

export interface Subscription {
  unsubscribe(): void;
}

export interface SubscribeHandlers<T> {
  next(data: T): void;
  error?(error: ConsoleError): void;
  complete?(): void;
}

/** A generated operation (see ./operations.ts): its text, carrying its result and variable types. */
export type Operation<TResult, TVariables> = TypedOperation<TResult, TVariables>;
export type { VariablesArg };

/** What pages need from the hub; tests pass a fake. */
export interface ConsoleClient {
  request<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    ...variables: VariablesArg<NoInfer<TVariables>>
  ): Promise<TResult>;
  subscribe<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscribeHandlers<TResult>,
  ): Subscription;
}

export interface HttpClientOptions {
  /** Called once per refusal whose code says the session ended. */
  onSignedOut?(error: ConsoleError): void;
}

/**
 * The console's client on the hub's own origin: fetch for queries and mutations, one lazy
 * graphql-ws socket for subscriptions. Both carry the HttpOnly session cookie; nothing else
 * authenticates them (no token is readable by script).
 */
export class HttpConsoleClient implements ConsoleClient {
  private socket: Client | undefined;

  constructor(private readonly options: HttpClientOptions = {}) {}

  async request<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    ...[variables]: VariablesArg<NoInfer<TVariables>>
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        // JSON content type: Apollo's CSRF prevention refuses "simple" requests.
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
      });
    } catch {
      throw new ConsoleError([
        { message: 'The hub cannot be reached. Check your connection and try again.' },
      ]);
    }
    let body: { data?: TResult; errors?: ErrorShape[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ConsoleError([{ message: `The hub answered ${response.status} without data.` }]);
    }
    if (body.errors?.length) throw this.refusal(new ConsoleError(body.errors));
    if (body.data === undefined) {
      throw new ConsoleError([{ message: `The hub answered ${response.status} without data.` }]);
    }
    return body.data;
  }

  subscribe<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscribeHandlers<TResult>,
  ): Subscription {
    const socket = (this.socket ??= createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: 5,
      // 4403: the hub refused the socket's session; retrying would not help.
      shouldRetry: (event) => !(event instanceof CloseEvent && event.code === 4403),
    }));
    const dispose = socket.subscribe<TResult>(
      { query: operation.toString(), variables: variables ?? {} },
      {
        next: (result) => {
          if (result.errors?.length) {
            handlers.error?.(this.refusal(new ConsoleError(result.errors as ErrorShape[])));
          } else if (result.data) {
            handlers.next(result.data);
          }
        },
        error: (error: unknown) => handlers.error?.(this.refusal(socketError(error))),
        complete: () => handlers.complete?.(),
      },
    );
    return { unsubscribe: dispose };
  }

  close(): void {
    void this.socket?.dispose();
    this.socket = undefined;
  }

  private refusal(error: ConsoleError): ConsoleError {
    if (error.code && SIGNED_OUT_CODES.includes(error.code)) this.options.onSignedOut?.(error);
    return error;
  }
}

function socketError(error: unknown): ConsoleError {
  if (Array.isArray(error)) return new ConsoleError(error as ErrorShape[]);
  if (error instanceof CloseEvent) {
    const message = error.reason || 'The live connection to the hub closed.';
    return new ConsoleError([
      { message, extensions: error.code === 4403 ? { code: 'UNAUTHENTICATED' } : {} },
    ]);
  }
  return new ConsoleError([{ message: 'The live connection to the hub failed.' }]);
}
