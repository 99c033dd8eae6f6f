import { describe, expect, it } from 'vitest';
import {
  newWebhookSecret,
  signWebhook,
  verifyWebhook,
  webhookHeaders,
  webhookSecretHint,
} from './standard-webhooks.js';

// The reference libraries' published test vector (standard-webhooks/standard-webhooks,
// libraries/javascript/src/webhook.test.ts and libraries/python/tests/test_webhooks.py,
// "sign function works").
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: new Date(1614265330 * 1000),
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
// A well-formed v1 signature that belongs to nothing (from the reference Go tests).
const FOREIGN = 'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=';

const headers = (signature: string, timestamp = '1614265330', id = VECTOR.id) => ({
  id,
  timestamp,
  signature,
});
const at = (offsetSeconds: number) => new Date(VECTOR.timestamp.getTime() + offsetSeconds * 1000);

describe('signWebhook', () => {
  it('reproduces the Standard Webhooks reference signature', () => {
    expect(signWebhook(VECTOR.secret, VECTOR)).toBe(VECTOR.signature);
  });

  it('signs the same with or without the whsec_ prefix and with a Buffer body', () => {
    const bare = VECTOR.secret.slice('whsec_'.length);
    expect(signWebhook(bare, VECTOR)).toBe(VECTOR.signature);
    expect(signWebhook(VECTOR.secret, { ...VECTOR, body: Buffer.from(VECTOR.body) })).toBe(
      VECTOR.signature,
    );
  });

  it('drops sub-second precision from the timestamp', () => {
    expect(signWebhook(VECTOR.secret, { ...VECTOR, timestamp: at(0.999) })).toBe(VECTOR.signature);
  });

  it('builds the three headers a sender attaches', () => {
    expect(webhookHeaders(VECTOR.secret, VECTOR)).toEqual({
      'webhook-id': VECTOR.id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': VECTOR.signature,
    });
  });
});

describe('verifyWebhook', () => {
  it('accepts the reference vector at its own time', () => {
    expect(verifyWebhook(VECTOR.secret, headers(VECTOR.signature), VECTOR.body, at(0))).toEqual({
      ok: true,
    });
  });

  it('accepts when any of several space-separated signatures matches', () => {
    const many = [FOREIGN, 'v2,' + VECTOR.signature.slice(3), VECTOR.signature, FOREIGN].join(' ');
    expect(verifyWebhook(VECTOR.secret, headers(many), VECTOR.body, at(0)).ok).toBe(true);
  });

  it('ignores entries of other versions even when their bytes are the right HMAC', () => {
    const otherVersions = ['v1a,', 'v2,', 'V1,', ','].map((v) => v + VECTOR.signature.slice(3));
    expect(
      verifyWebhook(VECTOR.secret, headers(otherVersions.join(' ')), VECTOR.body, at(0)),
    ).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses a wrong, truncated, empty or unversioned signature', () => {
    for (const signature of [
      FOREIGN,
      'v1,',
      VECTOR.signature.slice(0, -2),
      VECTOR.signature + 'A',
      VECTOR.signature.slice(3),
      'v1 ' + VECTOR.signature.slice(3),
    ]) {
      expect(verifyWebhook(VECTOR.secret, headers(signature), VECTOR.body, at(0))).toEqual({
        ok: false,
        reason: 'BAD_SIGNATURE',
      });
    }
  });

  it('refuses when the body, id, timestamp or secret differ from what was signed', () => {
    const refused = { ok: false, reason: 'BAD_SIGNATURE' };
    expect(
      verifyWebhook(VECTOR.secret, headers(VECTOR.signature), VECTOR.body + ' ', at(0)),
    ).toEqual(refused);
    expect(
      verifyWebhook(
        VECTOR.secret,
        headers(VECTOR.signature, undefined, 'msg_other'),
        VECTOR.body,
        at(0),
      ),
    ).toEqual(refused);
    expect(
      verifyWebhook(VECTOR.secret, headers(VECTOR.signature, '1614265331'), VECTOR.body, at(0)),
    ).toEqual(refused);
    expect(
      verifyWebhook(newWebhookSecret(), headers(VECTOR.signature), VECTOR.body, at(0)),
    ).toEqual(refused);
  });

  it('accepts up to the tolerance in both directions and refuses one second beyond', () => {
    const verify = (now: Date, tolerance?: number) =>
      verifyWebhook(VECTOR.secret, headers(VECTOR.signature), VECTOR.body, now, tolerance);
    expect(verify(at(300)).ok).toBe(true); // default tolerance 300 s, message 5 min old
    expect(verify(at(-300)).ok).toBe(true); // message stamped 5 min ahead of our clock
    expect(verify(at(301))).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verify(at(-301))).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verify(at(61), 60)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verify(at(-61), 60)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verify(at(60), 60).ok).toBe(true);
  });

  it('reports a stale timestamp as expired before looking at the signature', () => {
    expect(verifyWebhook(VECTOR.secret, headers(FOREIGN), VECTOR.body, at(3600))).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
  });

  it('refuses missing or malformed headers', () => {
    const missing = { ok: false, reason: 'MISSING_HEADERS' };
    const verify = (h: { id?: string; timestamp?: string; signature?: string }) =>
      verifyWebhook(
        VECTOR.secret,
        { id: h.id, timestamp: h.timestamp, signature: h.signature },
        VECTOR.body,
        at(0),
      );
    const full = headers(VECTOR.signature);
    expect(verify({ ...full, id: undefined })).toEqual(missing);
    expect(verify({ ...full, timestamp: undefined })).toEqual(missing);
    expect(verify({ ...full, signature: undefined })).toEqual(missing);
    expect(verify({ ...full, id: '  ' })).toEqual(missing);
    expect(verify({ ...full, signature: '' })).toEqual(missing);
    for (const timestamp of [
      '',
      'abc',
      '1614265330.5',
      '-1614265330',
      '1e9',
      '16142653300000000',
    ]) {
      expect(verify({ ...full, timestamp })).toEqual(missing);
    }
  });
});

describe('newWebhookSecret', () => {
  it('makes distinct whsec_ secrets of 24 random bytes that sign and verify', () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(24);
    const message = { id: 'msg_1', timestamp: at(0), body: '{}' };
    const signature = signWebhook(a, message);
    expect(
      verifyWebhook(a, { id: 'msg_1', timestamp: '1614265330', signature }, '{}', at(0)).ok,
    ).toBe(true);
  });

  it('hints at a secret by its last four characters only', () => {
    expect(webhookSecretHint(VECTOR.secret)).toBe('whsec_…LaSw');
  });
});
