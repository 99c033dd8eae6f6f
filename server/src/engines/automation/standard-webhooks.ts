/**
 * Standard Webhooks (https://www.standardwebhooks.com) symmetric signatures, both directions:
 * the hub signs what it sends (outbound subscriptions) and verifies what it receives (inbound
 * endpoints) with the same code.
 *
 * Why node:crypto and not the `standardwebhooks` npm package (svix, 1.3.0): its verify() reads
 * `Date.now()` itself and has a fixed 5-minute tolerance, so neither the hub's injected clock nor
 * the configured tolerance can reach it, and a test could not pin "now". The scheme is small
 * enough to implement exactly; the spec is checked against the reference libraries' published
 * test vector (standard-webhooks/standard-webhooks libraries/javascript/src/webhook.test.ts).
 *
 *   signed content  `${webhook-id}.${unix seconds}.${raw body}`
 *   key             base64-decoded secret after the optional "whsec_" prefix
 *   signature       "v1," + base64(HMAC-SHA256(key, signed content))
 *   header          one or more space-separated "<version>,<signature>" entries; only v1 counts
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const SIGNATURE_VERSION = 'v1';

/** The three headers the scheme defines, as a receiver reads them (any may be missing). */
export interface WebhookSignatureHeaders {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

export type WebhookVerification =
  | { ok: true }
  /**
   * MISSING_HEADERS also covers malformed ones (a timestamp that is not whole seconds, an id or
   * signature that is blank): either way there is nothing that could be checked.
   */
  | { ok: false; reason: 'MISSING_HEADERS' | 'EXPIRED' | 'BAD_SIGNATURE' };

export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** A new signing secret: "whsec_" + base64 of 24 random bytes (192 bits). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString('base64');
}

/** "whsec_…last4": enough to tell two secrets apart in a list without revealing either. */
export function webhookSecretHint(secret: string): string {
  return `${SECRET_PREFIX}…${secret.slice(-4)}`;
}

/** Signs one message; returns the header value "v1,<base64>". */
export function signWebhook(
  secret: string,
  message: { id: string; timestamp: Date; body: string | Buffer },
): string {
  const seconds = Math.floor(message.timestamp.getTime() / 1000);
  return `${SIGNATURE_VERSION},${hmac(secret, message.id, String(seconds), message.body)}`;
}

/** The three headers a sender attaches, ready for fetch/http.request. */
export function webhookHeaders(
  secret: string,
  message: { id: string; timestamp: Date; body: string | Buffer },
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
    'webhook-signature': signWebhook(secret, message),
  };
}

/**
 * Verifies a received message against `secret` at `now`. The timestamp must be within
 * `toleranceSeconds` of now in both directions (a timestamp far in the future is as suspicious
 * as an old one: it would stay replayable for longer). Each v1 entry of the signature header is
 * compared in constant time; entries of other versions (v1a, v2, ...) are ignored.
 */
export function verifyWebhook(
  secret: string,
  headers: WebhookSignatureHeaders,
  body: string | Buffer,
  now: Date,
  toleranceSeconds: number = DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
): WebhookVerification {
  const id = headers.id?.trim();
  const timestampText = headers.timestamp?.trim();
  const signatureHeader = headers.signature?.trim();
  // Whole seconds only; 15 digits is far beyond any real date and keeps the number exact.
  if (!id || !signatureHeader || !timestampText || !/^\d{1,15}$/.test(timestampText)) {
    return { ok: false, reason: 'MISSING_HEADERS' };
  }
  const timestampSeconds = Number(timestampText);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - timestampSeconds) > toleranceSeconds) {
    return { ok: false, reason: 'EXPIRED' };
  }

  // Compared as the base64 text both sides produce: the expected value is always 44 ASCII
  // characters, so the only length that can differ is the sender's, which is no secret.
  const expected = Buffer.from(hmac(secret, id, timestampText, body), 'utf8');
  let matched = false;
  for (const entry of signatureHeader.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== SIGNATURE_VERSION) continue;
    const candidate = Buffer.from(entry.slice(comma + 1), 'utf8');
    // No early exit: every entry is looked at whatever the outcome of the ones before.
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) {
      matched = true;
    }
  }
  return matched ? { ok: true } : { ok: false, reason: 'BAD_SIGNATURE' };
}

function hmac(secret: string, id: string, seconds: string, body: string | Buffer): string {
  return createHmac('sha256', secretKey(secret))
    .update(`${id}.${seconds}.`, 'utf8')
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('base64');
}

function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new Error('A webhook secret must hold at least one byte of key.');
  return key;
}
