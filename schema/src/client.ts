import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import { isErrorCode, type ErrorCode } from './error-codes.js';
import type { AnyOperation, ResultOf, Stringable, VariablesArg, VariablesOf } from './operation.js';

export interface HubClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A secret key (`sk_...`), sent as a bearer token over HTTP and in `connectionParams`. */
  apiKey?: string;
  /** For Node before a global WebSocket (pass `ws`); browsers use theirs. */
  webSocketImpl?: unknown;
  /** Extra graphql-ws client options (retries, lazy, ...). */
  ws?: Partial<ClientOptions>;
}

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; errorCode?: string; [key: string]: unknown };
}

/** A GraphQL error from the hub, with its stable `errorCode` when it has one. */
export class HubClientError extends Error {
  readonly errorCode: ErrorCode | undefined;
  constructor(readonly errors: readonly GraphQLErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'HubClientError';
    const code = errors[0]?.extensions?.errorCode;
    this.errorCode = isErrorCode(code) ? code : undefined;
  }
}

export interface HubClient {
  /** A generated operation: its variables are checked and its answer typed. */
  request<TOperation extends AnyOperation>(
    operation: TOperation,
    ...variables: VariablesArg<VariablesOf<TOperation>>
  ): Promise<ResultOf<TOperation>>;
  /**
   * Any document text (tests of malformed or hostile requests); the caller names the answer.
   * Text only: were generated operations accepted here too, TypeScript's first overload pass would
   * pick this signature over the typed one for variables held in a variable.
   */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Yields each `data` of a subscription; ends when the server completes it; throws its errors. */
  subscribe<TOperation extends AnyOperation>(
    operation: TOperation,
    ...variables: VariablesArg<VariablesOf<TOperation>>
  ): AsyncIterableIterator<ResultOf<TOperation>>;
  subscribe<T>(query: string, variables?: Record<string, unknown>): AsyncIterableIterator<T>;
  readonly ws: Client;
  close(): Promise<void>;
}

/** A tiny typed client: fetch for queries and mutations, graphql-ws for subscriptions. */
export function createHubClient(options: HubClientOptions): HubClient {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  const ws = createClient({
    url: options.url.replace(/^http/, 'ws'),
    lazy: true,
    connectionParams: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    ...options.ws,
  });

  return {
    ws,
    async request<T>(query: string | Stringable, variables?: object): Promise<T> {
      const response = await fetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
      if (body.errors?.length) throw new HubClientError(body.errors);
      if (body.data === undefined) throw new Error(`empty GraphQL response (${response.status})`);
      return body.data;
    },
    subscribe<T>(query: string | Stringable, variables?: object) {
      const iterator = ws.iterate<T>({
        query: query.toString(),
        variables: { ...variables },
      });
      const wrapped: AsyncIterableIterator<T> = {
        async next() {
          let result: IteratorResult<{ data?: unknown; errors?: readonly GraphQLErrorShape[] }>;
          try {
            result = await iterator.next();
          } catch (error) {
            // graphql-ws rejects with the server's error list when the operation is refused.
            if (Array.isArray(error)) throw new HubClientError(error as GraphQLErrorShape[]);
            throw error;
          }
          if (result.done) return { done: true, value: undefined };
          if (result.value.errors?.length) throw new HubClientError(result.value.errors);
          return { done: false, value: result.value.data as T };
        },
        async return() {
          await iterator.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return wrapped;
        },
      };
      return wrapped;
    },
    close: async () => void (await ws.dispose()),
  };
}
