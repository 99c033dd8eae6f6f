/**
 * Identity verification for signed-in shop customers. The widget may tell the hub "this visitor
 * is the shop's user X with email E", but a browser can claim anything, so the shop's own server
 * also sends a hash that only it can compute: HMAC-SHA256, keyed with the workspace's identity
 * secret, as lowercase hex, of the identity's canonical string:
 *
 *   - the user id alone: the visitor is user X; an email sent along stays an unverified hint;
 *   - the user id, a line feed, and the email exactly as given to identify(): the visitor is
 *     user X and the email is theirs (it keys the customer's memory).
 *
 * A user id is visible ASCII (no line feed), so the two never collide. On the shop's server:
 *
 *   createHmac('sha256', IDENTITY_SECRET).update(`${userId}\n${email}`).digest('hex')
 *
 * Only what the hash covers is trusted: signing the id alone once let any visitor attach a
 * victim's email to their own verified id, and with it the victim's memory.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** What the shop's server signs: `userId`, or `userId` + "\n" + `email` when it vouches for both. */
export function identityPayload(userId: string, email?: string | null): string {
  return email == null ? userId : `${userId}\n${email}`;
}

/** Lowercase hex HMAC-SHA256 of the identity's canonical string (see identityPayload). */
export function identityHash(userId: string, secret: string, email?: string | null): string {
  return createHmac('sha256', secret).update(identityPayload(userId, email), 'utf8').digest('hex');
}

/**
 * Whether `hash` is the identity hash of `userId` (and `email`, when given), compared in
 * constant time. False for anything that is not 64 hex digits, and always false with an empty
 * secret (anyone could compute that hash).
 */
export function verifyIdentityHash(
  userId: string,
  hash: unknown,
  secret: string,
  email?: string | null,
): boolean {
  if (typeof hash !== 'string' || !SHA256_HEX.test(hash) || secret.length === 0) return false;
  const expected = createHmac('sha256', secret)
    .update(identityPayload(userId, email), 'utf8')
    .digest();
  return timingSafeEqual(Buffer.from(hash, 'hex'), expected);
}

/** What a hash proves: nothing (null), the user id, or the user id and the email. */
export type IdentityProof = null | { emailVerified: boolean };

/**
 * Checks `hash` against every secret that verifies identities now (the current one and, during
 * its grace period, the one it replaced): first as covering the id and the email, then the id
 * alone.
 */
export function proveIdentity(
  identity: { id: string; email?: string | null | undefined },
  hash: unknown,
  secrets: readonly string[],
): IdentityProof {
  for (const secret of secrets) {
    if (identity.email != null && verifyIdentityHash(identity.id, hash, secret, identity.email)) {
      return { emailVerified: true };
    }
    if (verifyIdentityHash(identity.id, hash, secret)) return { emailVerified: false };
  }
  return null;
}
