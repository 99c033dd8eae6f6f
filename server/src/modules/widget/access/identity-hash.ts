/**
 * Identity verification for signed-in shop customers. The widget may tell the hub "this visitor
 * is the shop's user X", but a browser can claim anything, so the shop's own server also sends a
 * hash that only it can compute: HMAC-SHA256 of the user id, keyed with the workspace's identity
 * secret, as lowercase hex. On the shop's server (Node):
 *
 *   require('node:crypto').createHmac('sha256', IDENTITY_SECRET).update(userId).digest('hex')
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Lowercase hex HMAC-SHA256(secret, userId): what the shop's server computes for its user. */
export function identityHash(userId: string, secret: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
}

/**
 * Whether `hash` is the identity hash of `userId` (compared in constant time). False for
 * anything that is not 64 hex digits, and always false with an empty secret (anyone could
 * compute that hash).
 */
export function verifyIdentityHash(userId: string, hash: unknown, secret: string): boolean {
  if (typeof hash !== 'string' || !SHA256_HEX.test(hash) || secret.length === 0) return false;
  const expected = createHmac('sha256', secret).update(userId, 'utf8').digest();
  return timingSafeEqual(Buffer.from(hash, 'hex'), expected);
}
