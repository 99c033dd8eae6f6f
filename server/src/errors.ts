import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isErrorCode, type ErrorCode } from '@zactonics/schema';

/**
 * An expected failure with a stable code. Thrown by services; GraphQL passes its extensions
 * through unchanged (over HTTP and WebSocket alike), so clients read `extensions.errorCode`.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly errorCode: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code: errorCode, errorCode, ...details } });
    this.name = 'DomainError';
  }
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
 * development.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { development: boolean; log: (message: string, error: unknown) => void },
): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  const known = isErrorCode(extensions.errorCode)
    ? extensions.errorCode
    : APOLLO_CODES[String(extensions.code)];
  if (known) {
    return {
      ...formatted,
      // Schema hints ("Did you mean ...?") help an attacker map a schema they may not introspect.
      message: quoted(
        options.development ? formatted.message : withoutSuggestions(formatted.message),
      ),
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
