import { randomUUID } from 'node:crypto';
import { InboundDeliveryEntity, RunEntity, RunStepEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestContext } from '../../../context.js';
import { webhookHeaders } from '../../../engines/automation/standard-webhooks.js';
import { LimiterStore } from '../../../rate-limits/index.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { InboundWebhookReceiver, type InboundAnswer } from './inbound-webhook-receiver.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const LEAD = {
  name: 'Dana Whitfield',
  email: 'dana.whitfield@northwind.example',
  company: 'Northwind Outfitters',
  consent: true,
};

let s: SeededServices;
let owner: RequestContext;
let now: Date;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:inbound-spec' });
  owner = { ...s.ctx, role: 'OWNER', origin: 'http://hub.test:4000' };
  now = NOW;
}, 60_000);
afterAll(() => s?.close());

/** Moves the services' clock (the receiver reads it for signatures and timestamps). */
function setNow(date: Date) {
  now = date;
  s.setNow(date);
}

function receiverWith(
  options: { rejectedKept?: number; burst?: number; requestsPerMinute?: number } = {},
) {
  return new InboundWebhookReceiver({
    dataSource: s.services.dataSource,
    launcher: s.services.launcher,
    clock: { now: () => now },
    toleranceSeconds: 300,
    rateLimits: LimiterStore.inMemory(),
    ...options,
  });
}

function signed(secret: string, body: unknown, id = `msg_${randomUUID()}`, at = now) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const h = webhookHeaders(secret, { id, timestamp: at, body: text });
  return {
    headers: {
      id: h['webhook-id'],
      timestamp: h['webhook-timestamp'],
      signature: h['webhook-signature'],
    },
    body: Buffer.from(text),
  };
}

async function newEndpoint(scenarioKey = 'lead-qualification') {
  return s.services.webhookEndpoints.create(owner, { name: `Spec ${scenarioKey}`, scenarioKey });
}

const deliveriesOf = (endpointId: string) =>
  s.services.dataSource.manager.find(InboundDeliveryEntity, {
    where: { endpointId },
    order: { receivedAt: 'ASC' },
  });
const runsOf = (endpointId: string) =>
  s.services.dataSource.manager
    .createQueryBuilder(RunEntity, 'r')
    .where(`r.trigger_detail->>'endpointId' = :endpointId`, { endpointId })
    .getMany();

function refusalCode(answer: InboundAnswer) {
  return answer.status === 202 ? 'ACCEPTED' : answer.errorCode;
}

describe('WebhookEndpointService', () => {
  it('creates an endpoint whose secret is shown once and only hinted at afterwards', async () => {
    const { endpoint, secret } = await newEndpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(endpoint).toMatchObject({
      scenarioKey: 'lead-qualification',
      agentKey: 'sales',
      enabled: true,
      url: `http://hub.test:4000/hooks/${endpoint.id}`,
      secretHint: `whsec_…${secret.slice(-4)}`,
      lastDeliveryAt: null,
    });
    const listed = (await s.services.webhookEndpoints.list(owner)).find(
      (e) => e.id === endpoint.id,
    );
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    const audit = await s.services.dataSource.query<{ action: string; data: unknown }[]>(
      `SELECT action, data FROM audit_event WHERE target_id = $1`,
      [endpoint.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['webhook_endpoint.create']);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
  });

  it('refuses viewers, unknown scenarios and other workspaces', async () => {
    const { endpoint } = await newEndpoint();
    const viewer = { ...owner, role: 'VIEWER' as const };
    await expect(
      s.services.webhookEndpoints.create(viewer, { name: 'x', scenarioKey: 'order-tracking' }),
    ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
    await expect(
      s.services.webhookEndpoints.rotateSecret(viewer, endpoint.id),
    ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
    await expect(
      s.services.webhookEndpoints.create(owner, { name: 'x', scenarioKey: 'no-such-scenario' }),
    ).rejects.toMatchObject({ errorCode: 'SCENARIO_NOT_FOUND' });
    const stranger = { ...owner, workspaceId: randomUUID() };
    for (const attempt of [
      () => s.services.webhookEndpoints.rotateSecret(stranger, endpoint.id),
      () => s.services.webhookEndpoints.update(stranger, endpoint.id, { enabled: false }),
      () => s.services.webhookEndpoints.delete(stranger, endpoint.id),
      () => s.services.webhookEndpoints.delete(owner, 'not-an-id'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ errorCode: 'WEBHOOK_ENDPOINT_NOT_FOUND' });
    }
    expect(await s.services.webhookEndpoints.list(stranger)).toEqual([]);
    expect(await s.services.webhookEndpoints.deliveries(stranger, endpoint.id, 20)).toEqual([]);
  });

  it('renames and disables, with an audit entry for each change', async () => {
    const { endpoint } = await newEndpoint();
    const updated = await s.services.webhookEndpoints.update(owner, endpoint.id, {
      name: '  Website form  ',
      enabled: false,
    });
    expect(updated).toMatchObject({ name: 'Website form', enabled: false });
    await expect(
      s.services.webhookEndpoints.update(owner, endpoint.id, { name: ' ' }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
    expect(await s.services.webhookEndpoints.delete(owner, endpoint.id)).toBe(true);
    expect((await s.services.webhookEndpoints.list(owner)).some((e) => e.id === endpoint.id)).toBe(
      false,
    );
  });
});

describe('InboundWebhookReceiver', () => {
  it('starts the scenario once for a signed delivery, with the delivery written alongside the run', async () => {
    const receiver = receiverWith();
    const { endpoint, secret } = await newEndpoint();
    const request = signed(secret, LEAD);

    const answer = await receiver.receive({ endpointId: endpoint.id, ...request });

    expect(answer.status).toBe(202);
    if (answer.status !== 202) return;
    const { deliveryId, runId } = answer.body;
    const run = await s.services.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
    expect(run).toMatchObject({
      trigger: 'WEBHOOK',
      triggerDetail: { endpointId: endpoint.id, deliveryId, eventType: null },
      idempotencyKey: `webhook:${endpoint.id}:${request.headers.id}`,
      input: expect.objectContaining({ email: LEAD.email }),
    });
    const [trigger] = await s.services.dataSource.manager.find(RunStepEntity, {
      where: { runId, kind: 'TRIGGER' },
    });
    expect(trigger?.data).toMatchObject({ trigger: 'WEBHOOK', actor: `webhook:${endpoint.id}` });
    expect(await deliveriesOf(endpoint.id)).toMatchObject([
      { id: deliveryId, status: 'ACCEPTED', messageId: request.headers.id, runId },
    ]);
    const [listed] = await s.services.webhookEndpoints.deliveries(owner, endpoint.id, 20);
    expect(listed?.id).toBe(deliveryId);
    const after = (await s.services.webhookEndpoints.list(owner)).find((e) => e.id === endpoint.id);
    expect(after?.lastDeliveryAt).toEqual(NOW);

    // The same webhook-id again: refused, nothing new.
    const again = await receiver.receive({ endpointId: endpoint.id, ...request });
    expect(again).toMatchObject({ status: 409, errorCode: 'WEBHOOK_REPLAYED', details: { runId } });
    expect(await runsOf(endpoint.id)).toHaveLength(1);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status)).toEqual([
      'ACCEPTED',
      'REJECTED',
    ]);
  });

  it('accepts exactly one of two identical deliveries racing each other', async () => {
    const receiver = receiverWith();
    const { endpoint, secret } = await newEndpoint();
    const request = signed(secret, LEAD);

    const answers = await Promise.all([
      receiver.receive({ endpointId: endpoint.id, ...request }),
      receiver.receive({ endpointId: endpoint.id, ...request }),
    ]);

    expect(answers.map(refusalCode).sort()).toEqual(['ACCEPTED', 'WEBHOOK_REPLAYED']);
    expect(await runsOf(endpoint.id)).toHaveLength(1);
    const accepted = (await deliveriesOf(endpoint.id)).filter((d) => d.status === 'ACCEPTED');
    expect(accepted).toHaveLength(1);
  });

  it('unwraps a Standard Webhooks envelope: data is the input, type the event type', async () => {
    const receiver = receiverWith();
    const { endpoint, secret } = await newEndpoint('order-tracking');
    const envelope = {
      type: 'order.delayed',
      timestamp: NOW.toISOString(),
      data: { orderNumber: 'JL-1042' },
    };
    const answer = await receiver.receive({ endpointId: endpoint.id, ...signed(secret, envelope) });
    expect(answer.status).toBe(202);
    const [run] = await runsOf(endpoint.id);
    expect(run).toMatchObject({
      input: { orderNumber: 'JL-1042' },
      triggerDetail: { eventType: 'order.delayed' },
    });
  });

  it('refuses bad signatures, stale or future timestamps, bad JSON and bad input, logging each', async () => {
    const receiver = receiverWith();
    const { endpoint, secret } = await newEndpoint();
    const wrongSecret = (await newEndpoint()).secret;
    const { email: _email, ...withoutEmail } = LEAD;
    const cases: Array<[InboundAnswer['status'], string, ReturnType<typeof signed>]> = [
      [401, 'WEBHOOK_SIGNATURE_INVALID', signed(wrongSecret, LEAD)],
      [401, 'WEBHOOK_SIGNATURE_INVALID', { ...signed(secret, LEAD), body: Buffer.from('{}') }],
      [
        401,
        'WEBHOOK_TIMESTAMP_EXPIRED',
        signed(secret, LEAD, undefined, new Date(NOW.getTime() - 301_000)),
      ],
      [
        401,
        'WEBHOOK_TIMESTAMP_EXPIRED',
        signed(secret, LEAD, undefined, new Date(NOW.getTime() + 301_000)),
      ],
      [400, 'INVALID_JSON', signed(secret, '{"name": ')],
      [400, 'INVALID_INPUT', signed(secret, '[1, 2]')],
      [400, 'INVALID_INPUT', signed(secret, withoutEmail)],
    ];
    for (const [status, errorCode, request] of cases) {
      const answer = await receiver.receive({ endpointId: endpoint.id, ...request });
      expect(answer).toMatchObject({ status, errorCode });
    }
    const missing = signed(secret, LEAD);
    const noSignature = { ...missing.headers, signature: undefined };
    expect(
      await receiver.receive({ endpointId: endpoint.id, headers: noSignature, body: missing.body }),
    ).toMatchObject({ status: 401, errorCode: 'WEBHOOK_SIGNATURE_INVALID' });
    const tooLarge = await receiver.receive({ endpointId: endpoint.id, ...missing, body: null });
    expect(tooLarge).toMatchObject({ status: 413, errorCode: 'REQUEST_TOO_LARGE' });

    const invalid = await receiver.receive({
      endpointId: endpoint.id,
      ...signed(secret, withoutEmail),
    });
    expect(invalid).toMatchObject({
      details: { problems: [expect.stringMatching(/^email: /)] },
    });
    expect(await runsOf(endpoint.id)).toHaveLength(0);
    const logged = await deliveriesOf(endpoint.id);
    expect(logged.every((d) => d.status === 'REJECTED' && d.runId === null)).toBe(true);
    expect(logged.map((d) => d.errorCode)).toEqual([
      'WEBHOOK_SIGNATURE_INVALID',
      'WEBHOOK_SIGNATURE_INVALID',
      'WEBHOOK_TIMESTAMP_EXPIRED',
      'WEBHOOK_TIMESTAMP_EXPIRED',
      'INVALID_JSON',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'WEBHOOK_SIGNATURE_INVALID',
      'REQUEST_TOO_LARGE',
      'INVALID_INPUT',
    ]);
  });

  it('answers unknown, malformed and disabled endpoints alike, logging only the known one', async () => {
    const receiver = receiverWith();
    const { endpoint, secret } = await newEndpoint();
    await s.services.webhookEndpoints.update(owner, endpoint.id, { enabled: false });
    const notFound = { status: 404, errorCode: 'WEBHOOK_ENDPOINT_NOT_FOUND' };
    const request = signed(secret, LEAD);
    for (const endpointId of [endpoint.id, randomUUID(), 'not-a-uuid']) {
      const answer = await receiver.receive({ endpointId, ...request });
      expect(answer).toEqual({ ...notFound, message: 'No such webhook endpoint.' });
    }
    expect(await receiverWith().admit('not-a-uuid')).toMatchObject(notFound);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.errorCode)).toEqual([
      'WEBHOOK_ENDPOINT_NOT_FOUND',
    ]);
    expect(await runsOf(endpoint.id)).toHaveLength(0);
  });

  it('keeps only the latest rejected deliveries of an endpoint, and every accepted one', async () => {
    const receiver = receiverWith({ rejectedKept: 3 });
    const { endpoint, secret } = await newEndpoint();
    expect(
      (await receiver.receive({ endpointId: endpoint.id, ...signed(secret, LEAD) })).status,
    ).toBe(202);
    for (let i = 0; i < 6; i += 1) {
      setNow(new Date(NOW.getTime() + i * 1000));
      await receiver.receive({
        endpointId: endpoint.id,
        ...signed('whsec_AAAA', LEAD, `bad-${i}`),
      });
    }
    setNow(NOW);
    const kept = await deliveriesOf(endpoint.id);
    expect(kept.filter((d) => d.status === 'ACCEPTED')).toHaveLength(1);
    expect(kept.filter((d) => d.status === 'REJECTED').map((d) => d.messageId)).toEqual([
      'bad-3',
      'bad-4',
      'bad-5',
    ]);
  });

  it('rate-limits each endpoint: its burst at once, then refused until its window ends', async () => {
    // 3 at once and 180 a minute: windows of one second.
    const receiver = receiverWith({ burst: 3, requestsPerMinute: 180 });
    const id = randomUUID();
    const other = randomUUID();
    expect(await Promise.all([1, 2, 3].map(() => receiver.admit(id)))).toEqual([null, null, null]);
    expect(await receiver.admit(id)).toMatchObject({
      status: 429,
      errorCode: 'RATE_LIMITED',
      message: 'Too many requests on this endpoint; try again in 1 second.',
      retryAfterSeconds: 1,
    });
    expect(await receiver.admit(other)).toBeNull();
    await vi.waitFor(async () => expect(await receiver.admit(id)).toBeNull(), {
      timeout: 2_500,
      interval: 100,
    });
  });
});
