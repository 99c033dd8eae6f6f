import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeWebhookReceiver,
  type FakeWebhookReceiver,
} from '../../../testing/fake-webhook-receiver.js';
import { postWebhook } from './webhook-sender.js';

let receiver: FakeWebhookReceiver;
let redirecting: Server;
let redirectingUrl: string;
let talkative: Server;
let talkativeUrl: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  receiver = await startFakeWebhookReceiver();
  redirecting = createServer((_request, response) => {
    response.writeHead(307, { location: receiver.url });
    response.end();
  });
  redirectingUrl = await listen(redirecting);
  talkative = createServer((_request, response) => {
    response.writeHead(422, { 'content-type': 'text/plain' });
    response.end(`${'x'.repeat(150)}\n\n${'y'.repeat(10_000)}`);
  });
  talkativeUrl = await listen(talkative);
});
afterAll(async () => {
  await receiver.close();
  await new Promise((resolve) => redirecting.close(resolve));
  await new Promise((resolve) => talkative.close(resolve));
});

const post = (url: string, options: { timeoutMs?: number; allowPrivateNetworks?: boolean } = {}) =>
  postWebhook({
    url,
    body: '{"type":"run.succeeded"}',
    headers: { 'webhook-id': 'msg_spec' },
    timeoutMs: options.timeoutMs ?? 2_000,
    allowPrivateNetworks: options.allowPrivateNetworks ?? true,
  });

describe('postWebhook', () => {
  it('counts any 2xx as delivered and sends the body and headers as given', async () => {
    receiver.script(202);
    expect(await post(receiver.url)).toMatchObject({
      delivered: true,
      statusCode: 202,
      error: null,
    });
    expect(receiver.received[0]).toMatchObject({
      method: 'POST',
      body: '{"type":"run.succeeded"}',
      headers: { 'webhook-id': 'msg_spec', 'content-length': '24' },
    });
  });

  it('does not follow a redirect: the attempt fails and the other URL gets nothing', async () => {
    receiver.reset();
    const answer = await post(redirectingUrl);
    expect(answer).toMatchObject({ delivered: false, statusCode: 307 });
    expect(answer.error).toBe(`HTTP 307: redirect to ${receiver.url} not followed`);
    expect(receiver.received).toEqual([]);
  });

  it('keeps at most 200 characters of what a failing receiver said', async () => {
    const answer = await post(talkativeUrl);
    expect(answer.statusCode).toBe(422);
    expect(answer.error).toBe(`HTTP 422: ${'x'.repeat(150)} ${'y'.repeat(48)}`);
  });

  it('reports a refused connection and a timeout in words, with no status', async () => {
    const closed = await startFakeWebhookReceiver();
    const url = closed.url;
    await closed.close();
    expect(await post(url)).toMatchObject({
      delivered: false,
      statusCode: null,
      error: 'Connection refused (ECONNREFUSED)',
    });
    receiver.script('hang');
    const answer = await post(receiver.url, { timeoutMs: 300 });
    expect(answer).toMatchObject({
      statusCode: null,
      error: 'No answer within 300 ms (timed out)',
    });
    expect(answer.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('refuses a private address literal without connecting when private networks are not allowed', async () => {
    receiver.reset();
    const answer = await post(receiver.url, { allowPrivateNetworks: false });
    expect(answer).toMatchObject({
      delivered: false,
      statusCode: null,
      error: '127.0.0.1 is a loopback, private or link-local address: not sent',
    });
    expect(receiver.received).toEqual([]);
  });
});
