import type { AdminUserEntity } from '@zactonics/db';
import express from 'express';
import { DomainError } from '../../errors.js';
import { bindLogContext } from '../../logging/log-context.js';
import type { Clock } from '../../runtime/clock.js';
import type { HubServices } from '../../services.js';
import { workspaceLocale } from '../workspace/workspace-locale.js';
import { forbidden } from './operation-access.js';
import {
  clearedSessionCookie,
  isSameOrigin,
  isSecureRequest,
  sessionCookie,
  sessionTokenOf,
} from './session-cookie.js';

/**
 * The console's sign-in over plain HTTP, served on the hub's own origin like the console:
 * - `POST /auth/sign-in` `{ email, password }` -> 200 `{ user, workspace }` + the session cookie;
 *   401 INVALID_CREDENTIALS, 429 RATE_LIMITED, 400 INVALID_INPUT.
 * - `POST /auth/sign-out` -> 204, session ended, cookie cleared.
 * - `GET /auth/me` -> 200 `{ user, workspace }` (workspace: its locale, currency and time zone,
 *   which the console reads in), or 401 UNAUTHENTICATED / SESSION_EXPIRED.
 * - `POST /auth/password-link` `{ token }` -> 200 `{ email, purpose, expiresAt }` of a one-time
 *   link (an invitation or a reset), unused; 400 PASSWORD_LINK_INVALID.
 * - `POST /auth/set-password` `{ token, password }` -> 200 `{ user }`: the password is set, the
 *   link used, every session of the user ended; 400 PASSWORD_LINK_INVALID / PASSWORD_TOO_SHORT.
 * Errors use the GraphQL error shape. A request that carries a foreign Origin is refused (403).
 */
export function adminAuthRoutes(services: HubServices, clock: Clock): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.post('/auth/sign-in', json, async (req, res) => {
    noStore(res);
    try {
      refuseForeignOrigin(req);
      const body = req.body as { email?: unknown; password?: unknown } | undefined;
      if (typeof body?.email !== 'string' || typeof body.password !== 'string') {
        throw new DomainError(
          'INVALID_INPUT',
          'Send JSON { "email": "...", "password": "..." } with Content-Type: application/json.',
        );
      }
      const { user, token, expiresAt } = await services.adminUsers.signIn(
        body.email,
        body.password,
        // The peer's address, or the client's as a trusted proxy reports it ('trust proxy').
        req.ip ?? req.socket.remoteAddress ?? 'unknown',
      );
      bindLogContext({ workspaceId: user.workspaceId });
      const maxAge = (expiresAt.getTime() - clock.now().getTime()) / 1000;
      res.setHeader('Set-Cookie', sessionCookie(token, maxAge, isSecureRequest(req)));
      res.status(200).json({
        user: publicUser(user),
        workspace: await workspaceLocale(services.dataSource, user.workspaceId),
      });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post('/auth/sign-out', async (req, res) => {
    noStore(res);
    try {
      refuseForeignOrigin(req);
      await services.adminUsers.signOut(sessionTokenOf(req.headers));
      res.setHeader('Set-Cookie', clearedSessionCookie(isSecureRequest(req)));
      res.status(204).end();
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/auth/me', async (req, res) => {
    noStore(res);
    try {
      const principal = await services.adminUsers.authenticateSession(sessionTokenOf(req.headers));
      bindLogContext({ workspaceId: principal.workspaceId });
      const user = await services.adminUsers.me({
        workspaceId: principal.workspaceId,
        userId: principal.userId,
      });
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
      res.status(200).json({
        user: publicUser(user),
        workspace: await workspaceLocale(services.dataSource, principal.workspaceId),
      });
    } catch (error) {
      sendError(res, error, 401);
    }
  });

  // One-time password links (invitations, resets): the console's set-password page posts the
  // token from its URL's fragment, so it never appears in a URL a server or proxy logs.
  router.post('/auth/password-link', json, async (req, res) => {
    noStore(res);
    try {
      refuseForeignOrigin(req);
      const body = req.body as { token?: unknown } | undefined;
      const link = await services.accounts.describeLink(body?.token);
      res.status(200).json({
        email: link.email,
        purpose: link.purpose,
        expiresAt: link.expiresAt.toISOString(),
      });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post('/auth/set-password', json, async (req, res) => {
    noStore(res);
    try {
      refuseForeignOrigin(req);
      const body = req.body as { token?: unknown; password?: unknown } | undefined;
      if (typeof body?.password !== 'string') {
        throw new DomainError(
          'INVALID_INPUT',
          'Send JSON { "token": "...", "password": "..." } with Content-Type: application/json.',
        );
      }
      const user = await services.accounts.completeWithLink(body.token, body.password);
      res.status(200).json({ user: publicUser(user) });
    } catch (error) {
      sendError(res, error);
    }
  });

  return router;
}

export interface PublicAdminUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

function publicUser(user: AdminUserEntity): PublicAdminUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Non-browser clients send no Origin; a browser page on another site is refused. */
function refuseForeignOrigin(req: express.Request): void {
  if (req.headers.origin && !isSameOrigin(req)) throw forbidden('Cross-site request refused.');
}

function noStore(res: express.Response): void {
  res.setHeader('Cache-Control', 'no-store');
}

function sendError(res: express.Response, error: unknown, fallbackStatus = 400): void {
  if (!(error instanceof DomainError)) throw error;
  const { http, ...details } = error.details;
  if (typeof details.retryAfterSeconds === 'number') {
    res.setHeader('Retry-After', String(details.retryAfterSeconds));
  }
  // The same shape as a GraphQL error, so the console reads both alike.
  const extensions = { code: error.errorCode, errorCode: error.errorCode, ...details };
  res
    .status(http?.status ?? fallbackStatus)
    .json({ errors: [{ message: error.message, extensions }] });
}
