import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityHash, proveIdentity, verifyIdentityHash } from './identity-hash.js';

// Computed once outside this code base:
//   printf '%s' user_42 | openssl dgst -sha256 -hmac whsec_test
const USER_42_HASH = '7a30b3e708109531af581f9da2908774c631f01366ee1f31b08f90abc90b1e72';
//   printf 'user_42\nana@example.com' | openssl dgst -sha256 -hmac whsec_test
const USER_42_WITH_EMAIL_HASH = '49d2089fce79734919cc4e32c8e8f65c7bff633030a7bd8c6da02ca40cb3d953';

describe('identityHash', () => {
  it('is the lowercase hex HMAC-SHA256 of the user id keyed with the secret', () => {
    const expected = createHmac('sha256', 'identity-secret').update('cust-9001').digest('hex');
    expect(identityHash('cust-9001', 'identity-secret')).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches the published vector for user_42 / whsec_test', () => {
    expect(identityHash('user_42', 'whsec_test')).toBe(USER_42_HASH);
  });

  it('hashes non-ASCII user ids as UTF-8', () => {
    const expected = createHmac('sha256', 's').update(Buffer.from('jürgen', 'utf8')).digest('hex');
    expect(identityHash('jürgen', 's')).toBe(expected);
  });
});

describe('identityHash with an email', () => {
  it('signs the user id, a line feed and the email as given', () => {
    const expected = createHmac('sha256', 's').update('cust-9001\nMaya@Example.com').digest('hex');
    expect(identityHash('cust-9001', 's', 'Maya@Example.com')).toBe(expected);
  });

  it('matches the published vector for user_42 / ana@example.com / whsec_test', () => {
    expect(identityHash('user_42', 'whsec_test', 'ana@example.com')).toBe(USER_42_WITH_EMAIL_HASH);
  });
});

describe('verifyIdentityHash', () => {
  it('accepts the right hash, in lower or upper case', () => {
    expect(verifyIdentityHash('user_42', USER_42_HASH, 'whsec_test')).toBe(true);
    expect(verifyIdentityHash('user_42', USER_42_HASH.toUpperCase(), 'whsec_test')).toBe(true);
  });

  it('rejects the hash of another user or under another secret', () => {
    expect(verifyIdentityHash('user_43', USER_42_HASH, 'whsec_test')).toBe(false);
    expect(verifyIdentityHash('user_42', USER_42_HASH, 'whsec_other')).toBe(false);
  });

  it('rejects a hash with one digit changed', () => {
    const changed = (USER_42_HASH.startsWith('0') ? '1' : '0') + USER_42_HASH.slice(1);
    expect(verifyIdentityHash('user_42', changed, 'whsec_test')).toBe(false);
  });

  it.each([
    ['too short', USER_42_HASH.slice(0, 63)],
    ['too long', `${USER_42_HASH}0`],
    ['truncated to an even length', USER_42_HASH.slice(0, 62)],
    ['non-hex', `${USER_42_HASH.slice(0, 63)}g`],
    ['with whitespace', ` ${USER_42_HASH}`],
    ['empty', ''],
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['a Buffer of the digest', Buffer.from(USER_42_HASH, 'hex')],
  ])('returns false for a hash that is %s', (_name, hash) => {
    expect(verifyIdentityHash('user_42', hash, 'whsec_test')).toBe(false);
  });

  it('returns false when the secret is empty, even for the matching hash', () => {
    expect(verifyIdentityHash('user_42', identityHash('user_42', ''), '')).toBe(false);
  });
});

describe('proveIdentity', () => {
  const secrets = ['whsec_current', 'whsec_previous'];
  const id = 'attacker-7';
  const email = 'victim@example.com';

  it('vouches for the email only when the hash covers it', () => {
    expect(proveIdentity({ id, email }, identityHash(id, 'whsec_current', email), secrets)).toEqual(
      { emailVerified: true },
    );
  });

  it("keeps an email the hash does not cover unverified (the id's own hash proves only the id)", () => {
    expect(proveIdentity({ id, email }, identityHash(id, 'whsec_current'), secrets)).toEqual({
      emailVerified: false,
    });
  });

  it("refuses a hash that covers another email, or another user's id", () => {
    const other = identityHash(id, 'whsec_current', 'someone@example.com');
    expect(proveIdentity({ id, email }, other, secrets)).toBeNull();
    expect(
      proveIdentity({ id: 'user-8', email }, identityHash(id, 'whsec_current', email), secrets),
    ).toBeNull();
  });

  it('accepts a hash made with the previous secret while it is among the secrets, and no other', () => {
    expect(proveIdentity({ id }, identityHash(id, 'whsec_previous'), secrets)).toEqual({
      emailVerified: false,
    });
    expect(proveIdentity({ id }, identityHash(id, 'whsec_previous'), ['whsec_current'])).toBeNull();
    expect(proveIdentity({ id }, identityHash(id, 'whsec_elsewhere'), secrets)).toBeNull();
  });
});
