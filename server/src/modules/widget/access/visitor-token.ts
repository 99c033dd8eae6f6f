/**
 * Signed visitor tokens. A widget visitor has no account, so the hub hands the browser a token
 * that names the visitor (and the workspace and key it came through) and is signed with the
 * workspace's secret: the browser keeps it across page loads, and the hub trusts only what the
 * signature covers. Format: `v1.<base64url(JSON claims)>.<base64url(HMAC-SHA256(secret, "v1." + payload))>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';

export interface VisitorClaims {
  workspaceId: string;
  keyId: string;
  visitorId: string;
  identified: boolean;
  /** Epoch seconds. */
  issuedAt: number;
}

export const VISITOR_TOKEN_MAX_LENGTH = 1024;
/** Tolerated clock skew for a token that claims to be issued in the future. */
const FUTURE_SKEW_SECONDS = 60;
const VERSION = 'v1';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class VisitorTokens {
  private readonly secret: Buffer;

  constructor(
    secret: string | Buffer,
    private readonly clock: Clock,
    private readonly ttlSeconds = 60 * 60 * 24 * 90,
  ) {
    this.secret = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
    if (this.secret.length === 0) throw new Error('VisitorTokens needs a non-empty secret');
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
      throw new Error('VisitorTokens needs a positive whole number of seconds as its TTL');
    }
  }

  issue(claims: Omit<VisitorClaims, 'issuedAt'>): string {
    const body: VisitorClaims = {
      workspaceId: claims.workspaceId,
      keyId: claims.keyId,
      visitorId: claims.visitorId,
      identified: claims.identified,
      issuedAt: this.nowSeconds(),
    };
    const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
    const token = `${VERSION}.${payload}.${this.sign(payload).toString('base64url')}`;
    if (token.length > VISITOR_TOKEN_MAX_LENGTH) {
      throw new Error(`visitor token would exceed ${VISITOR_TOKEN_MAX_LENGTH} characters`);
    }
    return token;
  }

  /** The token's claims; throws VISITOR_TOKEN_INVALID (HTTP 401) for anything else. */
  verify(token: unknown): VisitorClaims {
    if (typeof token !== 'string' || token.length > VISITOR_TOKEN_MAX_LENGTH) throw invalid();
    const parts = token.split('.');
    if (parts.length !== 3) throw invalid();
    const [version, payload, signature] = parts as [string, string, string];
    if (version !== VERSION || !isBase64url(payload) || !isBase64url(signature)) throw invalid();
    const expected = this.sign(payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    const claims = parseClaims(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!claims) throw invalid();
    const now = this.nowSeconds();
    if (claims.issuedAt + this.ttlSeconds < now) throw invalid();
    if (claims.issuedAt > now + FUTURE_SKEW_SECONDS) throw invalid();
    return claims;
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(`${VERSION}.${payload}`).digest();
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}

function invalid(): DomainError {
  return new DomainError(
    'VISITOR_TOKEN_INVALID',
    'The visitor token is not valid; start a new visitor session.',
    { http: { status: 401 } },
  );
}

/** Canonical unpadded base64url only, so one payload has exactly one spelling. */
function isBase64url(value: string): boolean {
  return BASE64URL.test(value) && Buffer.from(value, 'base64url').toString('base64url') === value;
}

function parseClaims(json: string): VisitorClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { workspaceId, keyId, visitorId, identified, issuedAt } = value as Record<string, unknown>;
  if (!isId(workspaceId) || !isId(keyId) || !isId(visitorId)) return null;
  if (typeof identified !== 'boolean' || !Number.isSafeInteger(issuedAt)) return null;
  return { workspaceId, keyId, visitorId, identified, issuedAt: issuedAt as number };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
