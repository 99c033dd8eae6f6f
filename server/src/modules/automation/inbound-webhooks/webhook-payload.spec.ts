import { describe, expect, it } from 'vitest';
import { unwrapWebhookPayload } from './webhook-payload.js';

const unwrap = (body: unknown) =>
  unwrapWebhookPayload(Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body)));

describe('unwrapWebhookPayload', () => {
  it('takes data as the input and type as the event type from an envelope', () => {
    expect(
      unwrap({
        type: 'order.delayed',
        timestamp: '2026-11-26T15:00:00Z',
        data: { orderNumber: 'JL-1042' },
      }),
    ).toEqual({ ok: true, input: { orderNumber: 'JL-1042' }, eventType: 'order.delayed' });
  });

  it('takes any other object as the input itself', () => {
    expect(unwrap({ email: 'a@b.example', type: 'lead' })).toEqual({
      ok: true,
      input: { email: 'a@b.example', type: 'lead' },
      eventType: null,
    });
    expect(unwrap({ type: 'x', data: [1] })).toMatchObject({ ok: true, eventType: null });
  });

  it('refuses bodies that are not JSON, not UTF-8, or not an object', () => {
    expect(unwrap(Buffer.from('{"a": '))).toMatchObject({ ok: false, reason: 'INVALID_JSON' });
    expect(unwrap(Buffer.from([0x7b, 0xff, 0x7d]))).toMatchObject({
      ok: false,
      reason: 'INVALID_JSON',
      problem: 'the body is not UTF-8 text',
    });
    for (const body of [[1, 2], 'text', 42, null]) {
      expect(unwrap(body)).toMatchObject({ ok: false, reason: 'INVALID_INPUT' });
    }
    expect(unwrap({ type: ' ', data: {} })).toMatchObject({ ok: false, reason: 'INVALID_INPUT' });
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]);
    expect(unwrap(body)).toEqual({ ok: true, input: { a: 1 }, eventType: null });
  });
});
