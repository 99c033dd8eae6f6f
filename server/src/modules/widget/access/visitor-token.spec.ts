import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { VisitorTokens, type VisitorClaims } from './visitor-token.js';

const SECRET = 'visitor-token-secret-for-tests';
const T0 = new Date('2026-03-01T12:00:00.000Z');
const T0_SECONDS = T0.getTime() / 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const claims = {
  workspaceId: 'ws_7f3a',
  keyId: 'pk_live_01',
  visitorId: 'vis_c41d',
  identified: false,
};

let current: Date;
const clock = { now: () => current };

beforeEach(() => {
  current = T0;
});

/** A token signed with SECRET (or `secret`) over an arbitrary payload, as an attacker or bug might. */
function forge(payload: string, secret = SECRET): string {
  const signature = createHmac('sha256', secret).update(`v1.${payload}`).digest('base64url');
  return `v1.${payload}.${signature}`;
}
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function verifyError(tokens: VisitorTokens, token: unknown): DomainError {
  try {
    tokens.verify(token);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('verify accepted the token');
}

function expectRejected(tokens: VisitorTokens, token: unknown): void {
  const error = verifyError(tokens, token);
  expect(error).toBeInstanceOf(DomainError);
  expect(error.errorCode).toBe('VISITOR_TOKEN_INVALID');
  expect(error.message).toBe('The visitor token is not valid; start a new visitor session.');
  expect(error.details).toEqual({
    http: { status: 401 },
  });
}

describe('VisitorTokens', () => {
  it('issues a v1 token that verifies to the claims plus issuedAt in epoch seconds', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    const token = tokens.issue(claims);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token)).toEqual<VisitorClaims>({ ...claims, issuedAt: T0_SECONDS });
  });

  it('signs "v1." + payload with HMAC-SHA256 of the secret, and the payload is the JSON claims', () => {
    const token = new VisitorTokens(SECRET, clock).issue({ ...claims, identified: true });
    const [, payload] = token.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual({
      ...claims,
      identified: true,
      issuedAt: T0_SECONDS,
    });
    expect(token).toBe(forge(payload));
  });

  it('accepts a Buffer secret equal to the string secret', () => {
    const token = new VisitorTokens(SECRET, clock).issue(claims);
    expect(new VisitorTokens(Buffer.from(SECRET), clock).verify(token).visitorId).toBe('vis_c41d');
  });

  it('rejects a token signed with another secret', () => {
    const token = new VisitorTokens('another-secret', clock).issue(claims);
    expectRejected(new VisitorTokens(SECRET, clock), token);
  });

  it('rejects a tampered payload even when the JSON is well formed', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    const [version, , signature] = tokens.issue(claims).split('.');
    const otherPayload = encode({ ...claims, visitorId: 'vis_someone_else', issuedAt: T0_SECONDS });
    expectRejected(tokens, `${version}.${otherPayload}.${signature}`);
  });

  it('rejects a tampered signature', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    const token = tokens.issue(claims);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expectRejected(tokens, token.slice(0, -1) + last);
    expectRejected(tokens, token.slice(0, -2));
  });

  it('rejects another version even when correctly signed for it', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    const [, payload] = tokens.issue(claims).split('.') as [string, string, string];
    const signature = createHmac('sha256', SECRET).update(`v2.${payload}`).digest('base64url');
    expectRejected(tokens, `v2.${payload}.${signature}`);
  });

  it.each([
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', { token: 'v1.a.b' }],
    ['an empty string', ''],
    ['two parts', 'v1.abc'],
    ['four parts', 'v1.a.b.c'],
    ['base64 padding', 'v1.abc=.def='],
    ['non-base64url characters', 'v1.a+b/.c+d/'],
    ['an over-long string', `v1.${'a'.repeat(1100)}.b`],
  ])('rejects %s', (_name, token) => {
    expectRejected(new VisitorTokens(SECRET, clock), token);
  });

  it.each([
    ['not JSON', Buffer.from('{not json').toString('base64url')],
    ['a JSON array', encode([claims])],
    ['JSON null', encode(null)],
    ['a missing visitorId', encode({ ...claims, visitorId: undefined, issuedAt: T0_SECONDS })],
    ['an empty workspaceId', encode({ ...claims, workspaceId: '', issuedAt: T0_SECONDS })],
    ['a numeric keyId', encode({ ...claims, keyId: 7, issuedAt: T0_SECONDS })],
    ['a string identified', encode({ ...claims, identified: 'true', issuedAt: T0_SECONDS })],
    ['a fractional issuedAt', encode({ ...claims, issuedAt: T0_SECONDS + 0.5 })],
    ['a string issuedAt', encode({ ...claims, issuedAt: String(T0_SECONDS) })],
  ])('rejects a correctly signed payload with %s', (_name, payload) => {
    expectRejected(new VisitorTokens(SECRET, clock), forge(payload));
  });

  it('accepts a token until issuedAt + ttl and rejects it after', () => {
    const tokens = new VisitorTokens(SECRET, clock, 3600);
    const token = tokens.issue(claims);
    current = new Date(T0.getTime() + 3600 * 1000);
    expect(tokens.verify(token).issuedAt).toBe(T0_SECONDS);
    current = new Date(T0.getTime() + 3601 * 1000);
    expectRejected(tokens, token);
  });

  it('keeps tokens for 90 days by default', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    const token = tokens.issue(claims);
    current = new Date(T0.getTime() + 90 * DAY_MS);
    expect(tokens.verify(token).visitorId).toBe('vis_c41d');
    current = new Date(T0.getTime() + 90 * DAY_MS + 1000);
    expectRejected(tokens, token);
  });

  it('tolerates 60 s of clock skew for a token issued in the future, and no more', () => {
    const tokens = new VisitorTokens(SECRET, clock);
    expect(tokens.verify(forge(encode({ ...claims, issuedAt: T0_SECONDS + 60 }))).issuedAt).toBe(
      T0_SECONDS + 60,
    );
    expectRejected(tokens, forge(encode({ ...claims, issuedAt: T0_SECONDS + 61 })));
  });

  it('returns only the known claims of a payload with extra fields', () => {
    const token = forge(encode({ ...claims, issuedAt: T0_SECONDS, admin: true }));
    expect(new VisitorTokens(SECRET, clock).verify(token)).toEqual({
      ...claims,
      issuedAt: T0_SECONDS,
    });
  });

  it('refuses an empty secret or a non-positive TTL', () => {
    expect(() => new VisitorTokens('', clock)).toThrow('non-empty secret');
    expect(() => new VisitorTokens(SECRET, clock, 0)).toThrow('positive whole number');
  });
});
