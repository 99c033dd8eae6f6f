import type { IncomingMessage } from 'node:http';
import type { ConsoleRole } from '../../context.js';
import { createConsoleContext, type ConsoleContext } from '../../console-context.js';
import type { HubServices } from '../../services.js';
import type { CredentialRef } from './credential-revocations.js';
import { forbidden } from './operation-access.js';
import { isSameOrigin, sessionTokenOf } from './session-cookie.js';

/** Who a console request acts as, before any operation runs. */
export interface ConsolePrincipal {
  workspaceId: string;
  /** `api_key:<id>` or `user:<id>`, for the audit log. */
  actor: string;
  role: ConsoleRole;
  userId: string | null;
  /** Whose end ends this principal's access: its key, or its session and its user. */
  revocableBy: CredentialRef[];
  /** When a session ends by itself; null for a key, which lasts until revoked. */
  expiresAt: Date | null;
  /** The console session, when a person signed in. */
  sessionId?: string | null | undefined;
  /** Where the request came from (the sign-in throttle counts password checks by it). */
  clientAddress?: string | undefined;
}

/** What a request or socket presented; a socket keeps it and re-checks it for every operation. */
export type ConsoleCredential = (
  { kind: 'api_key'; authorization: unknown } | { kind: 'session'; token: string }
) & { clientAddress?: string | undefined };

/**
 * The credential of an HTTP request to /graphql: `Authorization: Bearer sk_...` wins; else the
 * session cookie, which must come from the hub's own pages: a cookie-authenticated request with
 * a foreign Origin, or a write without an Origin, is refused (FORBIDDEN). Without either, the
 * API key check answers UNAUTHENTICATED as it always has.
 */
export function httpCredential(request: IncomingMessage): ConsoleCredential {
  const clientAddress = addressOf(request);
  const authorization = request.headers.authorization;
  if (authorization) return { kind: 'api_key', authorization, clientAddress };
  const token = sessionTokenOf(request.headers);
  if (!token) return { kind: 'api_key', authorization: undefined, clientAddress };
  // Browsers send Origin with every POST; a same-origin GET (queries only) may come without.
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  if (request.headers.origin || !readOnly) assertSameOrigin(request);
  return { kind: 'session', token, clientAddress };
}

/**
 * The credential of a WebSocket to /graphql: `connectionParams.authorization` (an API key), else
 * the cookie sent with the upgrade, which must come with the hub's own Origin.
 */
export function socketCredential(
  upgrade: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): ConsoleCredential {
  const clientAddress = addressOf(upgrade);
  const authorization = connectionParams?.authorization;
  if (authorization) return { kind: 'api_key', authorization, clientAddress };
  const token = sessionTokenOf(upgrade.headers);
  if (!token) return { kind: 'api_key', authorization: undefined, clientAddress };
  assertSameOrigin(upgrade);
  return { kind: 'session', token, clientAddress };
}

/** Resolves a credential to its principal, or throws UNAUTHENTICATED / SESSION_EXPIRED. */
export async function authenticateCredential(
  services: HubServices,
  credential: ConsoleCredential,
): Promise<ConsolePrincipal> {
  switch (credential.kind) {
    case 'api_key': {
      const key = await services.apiKeys.authenticate(credential.authorization);
      return {
        workspaceId: key.workspaceId,
        actor: `api_key:${key.apiKeyId}`,
        role: key.role,
        userId: null,
        revocableBy: [{ kind: 'api_key', id: key.apiKeyId }],
        expiresAt: null,
        clientAddress: credential.clientAddress,
      };
    }
    case 'session': {
      const session = await services.adminUsers.authenticateSession(credential.token);
      return {
        workspaceId: session.workspaceId,
        actor: `user:${session.userId}`,
        role: session.role,
        userId: session.userId,
        revocableBy: [
          { kind: 'session', id: session.sessionId },
          { kind: 'user', id: session.userId },
        ],
        expiresAt: session.expiresAt,
        sessionId: session.sessionId,
        clientAddress: credential.clientAddress,
      };
    }
    default:
      return credential satisfies never;
  }
}

export function consoleContext(services: HubServices, principal: ConsolePrincipal): ConsoleContext {
  return {
    ...createConsoleContext(services, principal.workspaceId, principal.actor, {
      role: principal.role,
      userId: principal.userId,
    }),
    sessionId: principal.sessionId ?? null,
    clientAddress: principal.clientAddress,
  };
}

/** The peer's address as the sign-in route sees it (Express's req.ip without 'trust proxy'). */
function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function assertSameOrigin(request: IncomingMessage): void {
  if (!isSameOrigin(request)) throw forbidden('Cross-site request refused.');
}
