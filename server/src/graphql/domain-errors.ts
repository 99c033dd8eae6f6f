import type { ApolloServerPlugin } from '@apollo/server';
import { isErrorCode, type ErrorCode } from '@zactonics/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql-ws';
import { DomainError } from '../errors.js';

/**
 * The edge where DomainErrors (plain errors, errors.ts) become what GraphQL clients read: the
 * code as `extensions.code` and `extensions.errorCode`, the details beside it, and the HTTP
 * status the error names. Both schemas, over HTTP and WebSocket, shape every error here.
 */

/**
 * The DomainError behind an error, as graphql-js and Apollo pass it on: a resolver's throw
 * arrives as a located GraphQLError, a plugin's or a context's as Apollo's wrapper, each holding
 * it as `originalError`.
 */
export function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.originalError) {
    return domainErrorOf(error.originalError);
  }
  return undefined;
}

/** The status an HTTP answer carrying this error should have, when it names one. */
export function httpStatusOf(error: DomainError): number | undefined {
  return error.details.http?.status;
}

/**
 * What a client reads in `extensions`: the code and the details. `http` steers the HTTP status
 * only, so no client sees it (over WebSocket it means nothing).
 */
export function clientExtensionsOf(error: DomainError): Record<string, unknown> {
  const { http: _http, ...details } = error.details;
  return { code: error.errorCode, errorCode: error.errorCode, ...details };
}

/**
 * The error as a GraphQLError, for the places that must hand graphql-ws or Apollo one: a
 * socket's refusal before its operation runs, a console request whose credential fails (Apollo
 * answers a failed context with the status in `extensions.http`).
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      ...clientExtensionsOf(error),
      ...(error.details.http ? { http: error.details.http } : {}),
    },
  });
}

/** For a `catch`: a DomainError goes on as its GraphQLError, anything else as it is. */
export function rethrowForGraphQL(error: unknown): never {
  throw error instanceof DomainError ? toGraphQLError(error) : error;
}

/**
 * Apollo plugin: the HTTP status a DomainError names (401, 403, 429), whether a resolver or a
 * plugin threw it. Apollo reads the status from `extensions.http`, which a plain error does not
 * carry; this reads it from the error itself, the last one naming a status winning as in Apollo.
 */
export function domainErrorStatusPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ errors, response }) => {
        for (const error of errors ?? []) {
          const domain = domainErrorOf(error);
          const status = domain && httpStatusOf(domain);
          if (status !== undefined) response.http.status = status;
        }
      },
    }),
  };
}

// Apollo's own codes for requests that never reach a resolver, mapped to ours.
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'MALFORMED_QUERY',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_QUERY',
  BAD_USER_INPUT: 'INVALID_INPUT',
  BAD_REQUEST: 'MALFORMED_QUERY',
  PERSISTED_QUERY_NOT_SUPPORTED: 'INVALID_QUERY',
  OPERATION_RESOLUTION_FAILURE: 'INVALID_QUERY',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
};

/**
 * The one place errors are shaped for clients: every error gets an `errorCode`; anything that is
 * not a known, expected error becomes a generic INTERNAL error (logged, never leaked) outside
 * development. A DomainError gives its own message, code and details, whatever graphql-js or
 * Apollo wrapped around it (Apollo prefixes a failed context's message, for one).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { development: boolean; log: (message: string, error: unknown) => void },
): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  const extensions = domain ? clientExtensionsOf(domain) : { ...formatted.extensions };
  delete extensions.stacktrace;
  const message = domain ? domain.message : formatted.message;
  const known = isErrorCode(extensions.errorCode)
    ? extensions.errorCode
    : APOLLO_CODES[String(extensions.code)];
  if (known) {
    return {
      ...formatted,
      // Schema hints ("Did you mean ...?") help an attacker map a schema they may not introspect.
      message: quoted(options.development ? message : withoutSuggestions(message)),
      extensions: {
        ...(quotedDetail(extensions) as Record<string, unknown>),
        code: extensions.code ?? known,
        errorCode: known,
      },
    };
  }
  options.log('unexpected error while serving a GraphQL request', boundedForLog(error));
  if (options.development) {
    return { ...formatted, extensions: { ...extensions, code: 'INTERNAL', errorCode: 'INTERNAL' } };
  }
  return {
    message: 'Internal error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL', errorCode: 'INTERNAL' },
  };
}

/** formatError with the server's options bound: what Apollo and graphql-ws are given. */
export type ErrorShaper = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/** graphql-ws hooks shaping every error a socket sends, as Apollo's formatError does over HTTP. */
export function socketErrorHooks(shape: ErrorShaper) {
  return {
    onNext: (result: ExecutionResult): FormattedExecutionResult | undefined =>
      result.errors
        ? { ...result, errors: result.errors.map((e) => shape(e.toJSON(), e)) }
        : undefined,
    onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((e) => shape(e.toJSON(), e)),
  };
}

/**
 * Messages and details quote what the client sent (`No agent with key "..."`, a conversationId):
 * a 70,000-character key came back whole. The client gets an excerpt, as the log does.
 */
export const MAX_QUOTED_CHARS = 500;

function quoted(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  // Never half of a surrogate pair at the cut.
  const end = /[\ud800-\udbff]/.test(text[MAX_QUOTED_CHARS - 1] ?? '')
    ? MAX_QUOTED_CHARS - 1
    : MAX_QUOTED_CHARS;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

/** The details with each string quoted (`unknownTools: ["<5,000 characters>"]`). */
function quotedDetail(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return quoted(value);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => quotedDetail(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, quotedDetail(item, depth + 1)]),
  );
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/s, '');
}

/** A log line holds an excerpt of what a client sent, never all of it (a 20 MB field name). */
function boundedForLog(error: unknown, max = 1_000): unknown {
  if (!(error instanceof Error) || error.message.length <= max) return error;
  const bounded = new Error(`${error.message.slice(0, max)}… (${error.message.length} characters)`);
  bounded.name = error.name;
  bounded.stack = `${bounded.name}: ${bounded.message}\n${(error.stack ?? '').split('\n').slice(1, 12).join('\n')}`;
  return bounded;
}
