import type { Clock } from '../../runtime/clock.js';
import type { ConsolePrincipal } from './console-auth.js';
import type { CredentialRevocations } from './credential-revocations.js';

/**
 * The close code of a console socket whose credential ended while it was open: the code the
 * socket would be refused with if it connected now (onConnect), so a client handles both alike
 * (the console shows its sign-in page and does not retry). The close reason says which ending.
 */
export const CREDENTIAL_ENDED_CLOSE_CODE = 4403;

export const SESSION_EXPIRED_REASON = 'Your session expired; sign in again.';

/** The part of a `ws` WebSocket the guard uses. */
export interface GuardedSocket {
  readonly readyState: number;
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

const OPEN = 1;
/** setTimeout's longest delay (about 24.8 days); longer sessions re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes an authenticated console socket the moment the credential behind it ends: its key
 * revoked, its session signed out or expired, its user removed. Subscriptions on the socket end
 * with it, so no event reaches a credential after its end. Everything is released when the
 * socket closes, whichever side closes it.
 *
 * A role change does not close the socket: every role may read what a subscription streams, and
 * each new operation on the socket is checked against the role it has then (onSubscribe).
 */
export function closeWhenCredentialEnds(
  socket: GuardedSocket,
  principal: ConsolePrincipal,
  { credentialRevocations, clock }: { credentialRevocations: CredentialRevocations; clock: Clock },
): void {
  if (socket.readyState !== OPEN) return;
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    unwatch();
    clearTimeout(timer);
  };
  const end = (reason: string) => {
    release();
    if (socket.readyState === OPEN) socket.close(CREDENTIAL_ENDED_CLOSE_CODE, reason);
  };
  const armExpiry = () => {
    if (!principal.expiresAt || socket.readyState !== OPEN) return;
    const remaining = principal.expiresAt.getTime() - clock.now().getTime();
    if (remaining <= 0) return end(SESSION_EXPIRED_REASON);
    timer = setTimeout(armExpiry, Math.min(remaining, MAX_TIMER_MS));
    // An open socket keeps the process alive already; the timer alone must not.
    timer.unref();
  };
  const unwatch = credentialRevocations.watch(principal.revocableBy, (revocation) =>
    end(revocation.reason),
  );
  socket.once('close', release);
  armExpiry();
}
