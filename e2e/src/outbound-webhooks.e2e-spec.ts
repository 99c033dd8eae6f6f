import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  startFakeWebhookReceiver,
  type FakeWebhookReceiver,
  type ReceivedWebhook,
} from '@zactonics/server/testing/fake-webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import type { WebhookDeliveryLogQuery } from './gql/console/graphql.js';
import { expectEventually, startTestHub, type TestHub } from './harness.js';
import { START_RUN } from './operations.js';

const CREATE_SUBSCRIPTION = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
        eventTypes
        enabled
        secretHint
      }
    }
  }
`);

const DELIVERY_LOG = graphql(`
  query WebhookDeliveryLog {
    webhookSubscriptions {
      id
      consecutiveFailures
      deliveries(first: 10) {
        id
        eventType
        status
        attempts
        lastStatusCode
        payload
        attemptLog {
          statusCode
          error
          durationMs
        }
      }
    }
  }
`);

const REDELIVER = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
      attempts
      lastStatusCode
      nextAttemptAt
      attemptLog {
        statusCode
      }
    }
  }
`);

const RUN_STATUS = graphql(`
  query OutboundRunStatus($id: ID!) {
    run(id: $id) {
      id
      status
    }
  }
`);

/**
 * The receiver's own check, written from the Standard Webhooks spec rather than with the hub's
 * code: HMAC-SHA256 keyed with the base64 part of the secret over "id.timestamp.body".
 */
function signatureHolds(secret: string, request: ReceivedWebhook): boolean {
  const id = request.headers['webhook-id'];
  const timestamp = request.headers['webhook-timestamp'];
  const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(`${id}.${timestamp}.${request.body}`)
    .digest();
  return (request.headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function eventsOf(receiver: FakeWebhookReceiver, type: string) {
  return receiver.received
    .map((request) => ({ request, event: JSON.parse(request.body) as WebhookEnvelope }))
    .filter(({ event }) => event.type === type);
}

interface WebhookEnvelope {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

describe('outbound webhooks through the API', () => {
  let t: TestHub;
  let receiver: FakeWebhookReceiver;
  let secret: string;

  beforeAll(async () => {
    receiver = await startFakeWebhookReceiver();
    // No demo schedule or monitor fires meanwhile: the runs here are the spec's own.
    t = await startTestHub({ HUB_AUTOMATION: 'off' });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('subscribes a receiver to run.succeeded and approval.requested, the secret shown once', async () => {
    const { createWebhookSubscription } = await t.client.request(CREATE_SUBSCRIPTION, {
      input: {
        url: receiver.url,
        description: 'Spec receiver',
        eventTypes: ['RUN_SUCCEEDED', 'APPROVAL_REQUESTED'],
      },
    });
    secret = createWebhookSubscription.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(createWebhookSubscription.subscription).toMatchObject({
      url: receiver.url,
      eventTypes: ['RUN_SUCCEEDED', 'APPROVAL_REQUESTED'],
      enabled: true,
      secretHint: `whsec_…${secret.slice(-4)}`,
    });
  });

  it('tells the receiver a run succeeded, with the run id, signed with the secret', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
    });
    await expectEventually(async () => {
      const { run } = await t.client.request(RUN_STATUS, { id: startRun.id });
      expect(run?.status).toBe('SUCCEEDED');
    });
    await expectEventually(() => {
      expect(eventsOf(receiver, 'run.succeeded').map((e) => e.event.data.id)).toContain(
        startRun.id,
      );
    });
    const [{ request, event }] = eventsOf(receiver, 'run.succeeded').filter(
      (e) => e.event.data.id === startRun.id,
    ) as [{ request: ReceivedWebhook; event: WebhookEnvelope }];
    expect(event.data).toMatchObject({
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      status: 'SUCCEEDED',
    });
    expect(request.headers['webhook-id']).toMatch(/^msg_/);
    expect(request.headers['user-agent']).toBe('Zactonics-Hub-Webhooks/1');
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(
      60,
    );
    expect(signatureHolds(secret, request)).toBe(true);
    expect(signatureHolds(`whsec_${Buffer.from('not the key').toString('base64')}`, request)).toBe(
      false,
    );
  });

  it('tells the receiver a run asks for approval (the sales follow-up email)', async () => {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'sales', scenarioKey: 'follow-up-email' },
    });
    await expectEventually(async () => {
      const { run } = await t.client.request(RUN_STATUS, { id: startRun.id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
    });
    await expectEventually(() => {
      expect(eventsOf(receiver, 'approval.requested')).toHaveLength(1);
    });
    const [{ request, event }] = eventsOf(receiver, 'approval.requested') as [
      { request: ReceivedWebhook; event: WebhookEnvelope },
    ];
    expect(event.data).toMatchObject({
      runId: startRun.id,
      agentKey: 'sales',
      scenarioKey: 'follow-up-email',
      tool: 'send_email',
    });
    expect(signatureHolds(secret, request)).toBe(true);
  });

  it('shows each delivery with its status codes, and redelivers with the same webhook-id', async () => {
    // The receiver holds each request before the hub has recorded its answer: wait for both.
    let deliveries: WebhookDeliveryLogQuery['webhookSubscriptions'][number]['deliveries'] = [];
    await expectEventually(async () => {
      const { webhookSubscriptions } = await t.client.request(DELIVERY_LOG);
      const [subscription] = webhookSubscriptions;
      expect(subscription?.consecutiveFailures).toBe(0);
      deliveries = subscription?.deliveries ?? [];
      expect(deliveries.map((d) => [d.eventType, d.status]).sort()).toEqual([
        ['APPROVAL_REQUESTED', 'DELIVERED'],
        ['RUN_SUCCEEDED', 'DELIVERED'],
      ]);
    });
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatusCode: 204 });
      expect(delivery.attemptLog).toEqual([
        { statusCode: 204, error: null, durationMs: expect.any(Number) },
      ]);
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toContain(delivery.id);
    }

    // The receiver now fails once: the redelivery says so at once, and the hub retries 5 s later.
    const runDelivery = deliveries.find((d) => d.eventType === 'RUN_SUCCEEDED');
    if (!runDelivery) throw new Error('no run.succeeded delivery listed');
    receiver.script(503);
    const before = receiver.received.length;
    const { redeliverWebhook } = await t.client.request(REDELIVER, { deliveryId: runDelivery.id });
    expect(redeliverWebhook).toMatchObject({
      id: runDelivery.id,
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 503,
    });
    expect(redeliverWebhook.attemptLog.map((a) => a.statusCode)).toEqual([204, 503]);
    await expectEventually(async () => {
      const { webhookSubscriptions: after } = await t.client.request(DELIVERY_LOG);
      const again = after[0]?.deliveries.find((d) => d.id === runDelivery.id);
      expect(again).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatusCode: 204 });
      expect(again?.attemptLog.map((a) => a.statusCode)).toEqual([204, 503, 204]);
    }, 15_000);
    const redelivered = receiver.received.slice(before);
    expect(redelivered.map((r) => r.headers['webhook-id'])).toEqual([
      runDelivery.id,
      runDelivery.id,
    ]);
    expect(redelivered.map((r) => r.answer)).toEqual([503, 204]);
    expect(redelivered.every((r) => signatureHolds(secret, r))).toBe(true);
  });
});
