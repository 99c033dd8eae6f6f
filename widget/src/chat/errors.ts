// Hub errors carry the server's extensions.code so the UI can show a localised message.
import type { Strings } from '../i18n/index.js';

export class HubError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

interface GraphQLErrorShape {
  message?: string;
  extensions?: { code?: string; retryAfterSeconds?: number };
}

/** Builds a HubError from a GraphQL `errors` array (HTTP body or graphql-ws error payload). */
export function fromGraphQLErrors(errors: unknown): HubError {
  const first = (Array.isArray(errors) ? errors[0] : errors) as GraphQLErrorShape | undefined;
  const ext = first?.extensions ?? {};
  return new HubError(first?.message ?? 'Error', ext.code ?? 'GENERIC', ext.retryAfterSeconds);
}

/** The visitor-facing text for any thrown value. Unknown codes get the generic message. */
export function errorText(err: unknown, t: Strings): string {
  const code = err instanceof HubError ? err.code : 'GENERIC';
  const e = t.errors;
  switch (code) {
    case 'RATE_LIMITED':
      return e.RATE_LIMITED((err as HubError).retryAfterSeconds ?? 30);
    case 'MESSAGE_TOO_LONG':
    case 'ORIGIN_NOT_ALLOWED':
    case 'KEY_INVALID':
    case 'CONSENT_REQUIRED':
    case 'MEETING_NOT_OFFERED':
    case 'SLOT_TAKEN':
    case 'INVALID_INPUT':
    case 'NETWORK':
      return e[code];
    default:
      return e.GENERIC;
  }
}
