import type { ErrorCode } from '@zactonics/schema';

/**
 * What a refusal may carry besides its code: values the client can act on (`runId`,
 * `retryAfterSeconds`, `problems`), and `http.status`, the status an HTTP answer should have.
 */
export type DomainErrorDetails = Record<string, unknown> & { http?: { status: number } };

/**
 * An expected failure with a stable code, thrown by services and the runtime. It is a plain
 * error: the transports turn it into what their clients read (GraphQL's `extensions.errorCode`
 * and details, in graphql/domain-errors.ts; the sign-in routes' JSON), so the code that throws it
 * depends on no transport.
 */
export class DomainError extends Error {
  constructor(
    readonly errorCode: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
