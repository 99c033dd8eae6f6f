import {
  AuditEventEntity,
  OutboundAttemptEntity,
  OutboundDeliveryEntity,
  WebhookSubscriptionEntity,
} from '@zactonics/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../context.js';
import { verifyWebhook } from '../../../engines/automation/standard-webhooks.js';
import type { Clock } from '../../../runtime/clock.js';
import {
  startFakeWebhookReceiver,
  type FakeWebhookReceiver,
  type ReceivedWebhook,
} from '../../../testing/fake-webhook-receiver.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { RecordingMailer } from '../../../testing/recording-mailer.js';
import { ReceivablesService } from '../../finance/receivables.service.js';
import { ReportFileStore } from '../../reporting/filing-package/report-file.store.js';
import { WebhookDispatcher, type WebhookDispatcherOptions } from './webhook-dispatcher.js';
import { WebhookEvents } from './webhook-events.js';
import { WebhookSubscriptionService } from './webhook-subscription.service.js';
import type { WebhookEventType } from './webhook-event-types.js';

const T0 = new Date('2026-11-26T15:00:00.000Z');
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

let s: SeededServices;
let owner: RequestContext;
let receiver: FakeWebhookReceiver;
let now: Date;
const clock: Clock = { now: () => now };

beforeAll(async () => {
  s = await openSeededServices({ now: T0, actor: 'user:outbound-spec' });
  owner = { ...s.ctx, role: 'OWNER' };
  receiver = await startFakeWebhookReceiver();
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await s?.close();
});
afterEach(async () => {
  receiver.reset();
  // Each test starts with no subscriptions (their deliveries and attempts go with them).
  await s.services.dataSource.query('DELETE FROM webhook_subscription');
  WebhookEvents.forget(s.services.dataSource, owner.workspaceId);
});

function setNow(date: Date) {
  now = date;
  s.setNow(date);
}
const at = (ms: number) => new Date(T0.getTime() + ms);

/** The item at `index`, failing the test when there is none. */
function nth<T>(items: readonly T[], index = 0): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}

/** A dispatcher on the spec's clock, with the jitter pinned to the middle (no spread). */
function dispatcher(options: WebhookDispatcherOptions = {}) {
  return new WebhookDispatcher(s.services.dataSource, clock, s.services.audit, {
    timeoutMs: 400,
    allowPrivateNetworks: true,
    random: () => 0.5,
    ...options,
  });
}

function subscriptions(using = dispatcher()) {
  return new WebhookSubscriptionService(s.services.dataSource, clock, s.services.audit, using);
}

async function subscribe(
  eventTypes: WebhookEventType[] = ['run.succeeded'],
  using = dispatcher(),
  url = receiver.url,
) {
  return subscriptions(using).create(owner, { url, description: 'Spec receiver', eventTypes });
}

function emit(
  type: WebhookEventType,
  data: Record<string, unknown>,
  workspaceId = owner.workspaceId,
) {
  return WebhookEvents.emit(s.services.dataSource.manager, workspaceId, type, data);
}

const deliveriesOf = (subscriptionId: string) =>
  s.services.dataSource.manager.find(OutboundDeliveryEntity, {
    where: { subscriptionId },
    order: { createdAt: 'ASC' },
  });
const attemptsOf = (deliveryId: string) =>
  s.services.dataSource.manager.find(OutboundAttemptEntity, {
    where: { deliveryId },
    order: { id: 'ASC' },
  });
const subscriptionRow = (id: string) =>
  s.services.dataSource.manager.findOneByOrFail(WebhookSubscriptionEntity, { id });

function verified(request: ReceivedWebhook, secret: string) {
  const timestamp = request.headers['webhook-timestamp'];
  return verifyWebhook(
    secret,
    {
      id: request.headers['webhook-id'],
      timestamp,
      signature: request.headers['webhook-signature'],
    },
    request.body,
    new Date(Number(timestamp) * 1000),
  );
}

describe('WebhookDispatcher: delivery and retries', () => {
  it('delivers an event exactly once after 500, 500 and a timeout: four attempts at 0 s, 5 s, 5 min and 30 min, the same webhook-id, each signature valid', async () => {
    setNow(T0);
    const sender = dispatcher();
    const { subscription, secret } = await subscribe(['run.succeeded'], sender);
    expect(await emit('run.succeeded', { id: 'run-1', status: 'SUCCEEDED' })).toBe(1);
    receiver.script(500, 500, 'hang'); // then the default, 204

    expect(await sender.dispatchDue(T0)).toEqual({
      attempted: 1,
      delivered: 0,
      retrying: 1,
      failed: 0,
    });
    // Not before it is due: 5 s after the first attempt, then 5 min, then 30 min.
    for (const [early, due] of [
      [at(4_999), at(5 * SECOND)],
      [at(5 * SECOND + 5 * MINUTE - 1), at(5 * SECOND + 5 * MINUTE)],
      [at(5 * SECOND + 35 * MINUTE - 1), at(5 * SECOND + 35 * MINUTE)],
    ] as const) {
      expect((await sender.dispatchDue(early)).attempted).toBe(0);
      expect((await sender.dispatchDue(due)).attempted).toBe(1);
    }
    expect((await sender.dispatchDue(at(48 * HOUR))).attempted).toBe(0);

    const delivery = nth(await deliveriesOf(subscription.id));
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      attempts: 4,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: at(5 * SECOND + 35 * MINUTE),
    });
    const attempts = await attemptsOf(delivery.id);
    expect(attempts.map((a) => [a.attemptedAt.getTime() - T0.getTime(), a.statusCode])).toEqual([
      [0, 500],
      [5 * SECOND, 500],
      [5 * SECOND + 5 * MINUTE, null],
      [5 * SECOND + 35 * MINUTE, 204],
    ]);
    expect(nth(attempts, 0).error).toBe('HTTP 500: receiver says 500');
    expect(nth(attempts, 2).error).toMatch(/timed out/);
    expect(nth(attempts, 2).durationMs).toBeGreaterThanOrEqual(350);

    expect(receiver.received).toHaveLength(4);
    for (const request of receiver.received) {
      expect(request.headers['webhook-id']).toBe(delivery.id);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe('Zactonics-Hub-Webhooks/1');
      expect(verified(request, secret)).toEqual({ ok: true });
      expect(verified(request, `whsec_${Buffer.from('another key').toString('base64')}`)).toEqual({
        ok: false,
        reason: 'BAD_SIGNATURE',
      });
      expect(JSON.parse(request.body)).toMatchObject({
        type: 'run.succeeded',
        data: { id: 'run-1', status: 'SUCCEEDED' },
      });
    }
    // The same bytes every time: one envelope, signed per attempt with the attempt's time.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(receiver.received.map((r) => r.headers['webhook-timestamp'])).toEqual(
      attempts.map((a) => String(a.attemptedAt.getTime() / 1000)),
    );
    expect(await subscriptionRow(subscription.id)).toMatchObject({
      consecutiveFailures: 0,
      failingSince: null,
      enabled: true,
    });
  });

  it('gives up after the eighth attempt (about 27.6 hours): FAILED with the last status and error', async () => {
    setNow(T0);
    const sender = dispatcher();
    const { subscription } = await subscribe(['run.failed'], sender);
    await emit('run.failed', { id: 'run-2', status: 'FAILED' });
    receiver.setDefault(503);

    let elapsed = 0;
    const waits = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];
    const outcomes = [await sender.dispatchDue(at(0))];
    for (const wait of waits) {
      elapsed += wait;
      outcomes.push(await sender.dispatchDue(at(elapsed)));
    }
    expect(outcomes.map((o) => (o.failed ? 'failed' : o.retrying ? 'retrying' : '-'))).toEqual([
      ...Array(7).fill('retrying'),
      'failed',
    ]);
    const [delivery] = await deliveriesOf(subscription.id);
    expect(delivery).toMatchObject({
      status: 'FAILED',
      attempts: 8,
      lastStatusCode: 503,
      lastError: 'HTTP 503: receiver says 503',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(receiver.received).toHaveLength(8);
    expect((await sender.dispatchDue(at(100 * HOUR))).attempted).toBe(0);
    // 27.6 hours of failure is below the default 5 days: the subscription stays on.
    expect(await subscriptionRow(subscription.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 8,
      failingSince: T0,
    });
  });

  it('disables a subscription that failed without a break for the configured hours and at least 5 times, says why, audits it and fails what was pending', async () => {
    setNow(T0);
    const sender = dispatcher({ disableAfterHours: 1, disableAfterFailures: 5 });
    const { subscription } = await subscribe(['run.succeeded', 'lead.scored_hot'], sender);
    await emit('run.succeeded', { id: 'run-3' });
    receiver.setDefault(500);

    // Attempts at 0, 5 s, 5 min 5 s, 35 min 5 s: four failures within the hour, still on.
    for (const offset of [0, 5 * SECOND, 5 * SECOND + 5 * MINUTE, 5 * SECOND + 35 * MINUTE]) {
      await sender.dispatchDue(at(offset));
    }
    expect(await subscriptionRow(subscription.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 4,
    });
    // An event that arrives meanwhile waits its turn...
    setNow(at(HOUR));
    await emit('lead.scored_hot', { id: 'lead-1', tier: 'HOT' });
    receiver.script(500);
    await sender.dispatchDue(at(HOUR));
    // ...and fails too: five failures, but the first was only an hour ago... exactly an hour.
    const disabled = await subscriptionRow(subscription.id);
    expect(disabled.enabled).toBe(false);
    expect(disabled.consecutiveFailures).toBe(5);
    expect(disabled.disabledReason).toMatch(
      /^Disabled by the hub: every attempt failed for 1 hours \(5 in a row since 2026-11-26T15:00:00.000Z\); the last: HTTP 500: receiver says 500\./,
    );

    const deliveries = await deliveriesOf(subscription.id);
    expect(deliveries.map((d) => [d.eventType, d.status])).toEqual([
      ['run.succeeded', 'FAILED'],
      ['lead.scored_hot', 'FAILED'],
    ]);
    const audit = await s.services.dataSource.manager.findOneByOrFail(AuditEventEntity, {
      action: 'webhook_subscription.disable',
      targetId: subscription.id,
    });
    expect(audit).toMatchObject({ actor: 'system:webhooks', data: { consecutiveFailures: 5 } });
    expect(JSON.stringify(audit.data)).not.toContain('whsec_');

    // A disabled subscription gets no new events and nothing more is sent.
    expect(await emit('run.succeeded', { id: 'run-4' })).toBe(0);
    expect((await sender.dispatchDue(at(10 * HOUR))).attempted).toBe(0);

    // Enabled again by a person: healthy again, events flow.
    const enabled = await subscriptions(sender).update(owner, subscription.id, { enabled: true });
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    expect(await emit('run.succeeded', { id: 'run-5' })).toBe(1);
  });

  it('sends nothing for event types the subscription does not want, nor for another workspace', async () => {
    setNow(T0);
    const { subscription } = await subscribe(['run.succeeded']);
    const other = nth(
      (await s.services.dataSource.query(
        `INSERT INTO workspace (slug, name, widget_identity_secret, visitor_token_secret)
         VALUES ('outbound-other', 'Other shop', 'x', 'y') RETURNING id`,
      )) as Array<{ id: string }>,
    );

    expect(await emit('run.failed', { id: 'run-6' })).toBe(0);
    expect(await emit('approval.requested', { id: 'approval-1' })).toBe(0);
    expect(await emit('run.succeeded', { id: 'run-7' }, other.id)).toBe(0);
    expect(await deliveriesOf(subscription.id)).toEqual([]);
    expect(
      await s.services.dataSource.manager.countBy(OutboundDeliveryEntity, {
        workspaceId: other.id,
      }),
    ).toBe(0);
    // And another workspace's subscription is not found from this one.
    const otherCtx = { ...owner, workspaceId: other.id };
    await expect(
      subscriptions().update(otherCtx, subscription.id, { enabled: false }),
    ).rejects.toMatchObject({ errorCode: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND' });
    expect(await subscriptions().list(otherCtx)).toEqual([]);
  });
});

describe('WebhookEvents.emit in a transaction', () => {
  it('writes nothing when the transaction rolls back, and announces the event only once it commits', async () => {
    const { subscription } = await subscribe(['report.ready']);
    const heard: string[] = [];
    const stop = WebhookEvents.onCommitted(s.services.dataSource, () => heard.push('committed'));
    try {
      await expect(
        s.services.dataSource.transaction(async (tx) => {
          expect(
            await WebhookEvents.emit(tx, owner.workspaceId, 'report.ready', { kind: 'x' }),
          ).toBe(1);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await deliveriesOf(subscription.id)).toEqual([]);
      expect(heard).toEqual([]);

      await s.services.dataSource.transaction(async (tx) => {
        await WebhookEvents.emit(tx, owner.workspaceId, 'report.ready', { kind: 'y' });
        expect(heard).toEqual([]);
      });
      expect(heard).toEqual(['committed']);
      const [delivery] = await deliveriesOf(subscription.id);
      expect(delivery?.payload).toMatchObject({ type: 'report.ready', data: { kind: 'y' } });
      expect(delivery?.id).toMatch(/^msg_[0-9a-f]{32}$/);
    } finally {
      stop();
    }
  });

  it('removes card numbers from what an event says', async () => {
    const { subscription } = await subscribe(['run.succeeded']);
    await emit('run.succeeded', { id: 'run-8', summary: 'Paid with 4111 1111 1111 1111 today' });
    const [delivery] = await deliveriesOf(subscription.id);
    expect(JSON.stringify(delivery?.payload)).not.toContain('4111 1111 1111 1111');
  });

  it('a run that finishes emits run.succeeded with its id, agent, scenario and a summary of its answer', async () => {
    setNow(T0);
    const { subscription } = await subscribe(['run.succeeded', 'run.failed']);
    const run = await s.services.launcher.launch({
      workspaceId: owner.workspaceId,
      actor: owner.actor,
      agent: { key: 'support' },
      scenarioKey: 'faq-resolution',
      trigger: { kind: 'API' },
    });
    await s.services.executor.execute(run.id);
    const failing = await s.services.launcher.launch({
      workspaceId: owner.workspaceId,
      actor: owner.actor,
      agent: { key: 'support' },
      scenarioKey: 'faq-resolution',
      trigger: { kind: 'API' },
    });
    await s.services.journal.finish(failing.id, {
      status: 'FAILED',
      errorCode: 'MODEL_FAILED',
      error: 'The model did not answer.',
    });

    const deliveries = await deliveriesOf(subscription.id);
    expect(deliveries.map((d) => d.payload)).toEqual([
      {
        type: 'run.succeeded',
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        data: expect.objectContaining({
          id: run.id,
          agentKey: 'support',
          scenarioKey: 'faq-resolution',
          status: 'SUCCEEDED',
          trigger: 'API',
          summary: expect.any(String),
        }),
      },
      {
        type: 'run.failed',
        timestamp: expect.any(String),
        data: expect.objectContaining({
          id: failing.id,
          status: 'FAILED',
          errorCode: 'MODEL_FAILED',
          error: 'The model did not answer.',
        }),
      },
    ]);
  });
});

describe('where events happen', () => {
  const dataOf = async (subscriptionId: string) =>
    (await deliveriesOf(subscriptionId)).map((d) => [d.eventType, d.payload.data]);

  it('a conversation handed to a person emits conversation.handed_off once, not when a person takes it over', async () => {
    const { subscription } = await subscribe(['conversation.handed_off']);
    const conversation = nth(
      (await s.services.dataSource.query(
        `INSERT INTO conversation (workspace_id) VALUES ($1) RETURNING id`,
        [owner.workspaceId],
      )) as Array<{ id: string }>,
    );
    await s.services.handoff.move(owner, conversation.id, 'request_human');
    await s.services.handoff.move(owner, conversation.id, 'take_over');
    expect(await dataOf(subscription.id)).toEqual([
      [
        'conversation.handed_off',
        expect.objectContaining({
          id: conversation.id,
          handedTo: 'WAITING_FOR_PERSON',
          state: 'HUMAN_REQUESTED',
          previousState: 'BOT',
          movedBy: 'user',
        }),
      ],
    ]);
  });

  it('a lead scored HOT emits lead.scored_hot with its score, once: scoring it again while hot emits nothing', async () => {
    const { subscription } = await subscribe(['lead.scored_hot']);
    const email = 'priya@brightdesk.example';
    await s.services.leads.capture(owner, {
      name: 'Priya Raman',
      email,
      company: 'BrightDesk',
      pagesViewed: 9,
      pricingPageVisits: 3,
      minutesOnSite: 14,
      consent: true,
    });
    await s.services.leads.enrich(owner, email);
    const scored = await s.services.leads.score(owner, email);
    expect(scored.tier).toBe('HOT');
    expect(await dataOf(subscription.id)).toEqual([
      [
        'lead.scored_hot',
        expect.objectContaining({ id: scored.lead.id, email, score: 89, tier: 'HOT' }),
      ],
    ]);

    await s.services.leads.score(owner, email);
    expect(await dataOf(subscription.id)).toHaveLength(1);
  });

  it('an invoice reminder sent emits invoice.reminder_sent with the invoice number, stage and recipient', async () => {
    const { subscription } = await subscribe(['invoice.reminder_sent']);
    const receivables = new ReceivablesService(
      s.services.dataSource,
      clock,
      new RecordingMailer(),
      'Shop <hello@shop.example>',
    );
    setNow(T0);
    const [draft] = await receivables.draftDueReminders(owner.workspaceId, '2026-11-26', null);
    if (!draft) throw new Error('no reminder was due');
    await receivables.send(owner, draft.reminderId);
    expect(await dataOf(subscription.id)).toEqual([
      [
        'invoice.reminder_sent',
        expect.objectContaining({
          reminderId: draft.reminderId,
          invoiceNumber: draft.invoiceNumber,
          stage: draft.stage,
          to: expect.stringContaining('@'),
        }),
      ],
    ]);
  });

  it('a stored filing package emits report.ready describing its files, with no download token', async () => {
    const { subscription } = await subscribe(['report.ready']);
    const store = new ReportFileStore(s.services.dataSource);
    const packageId = '7f1c1d7e-98b1-4a4c-8f4a-2f6f3e1c0a11';
    const [file] = await store.storePackage({
      workspaceId: owner.workspaceId,
      packageId,
      kind: 'FILING_PACKAGE',
      periodKey: '2026-Q3',
      title: 'Filing package, Q3 2026',
      preparedBy: owner.actor,
      preparedAt: T0,
      files: [
        {
          format: 'CSV',
          filename: 'filing-2026-Q3.csv',
          contentType: 'text/csv',
          content: Buffer.from('a,b\n'),
        },
      ],
    });
    expect(await dataOf(subscription.id)).toEqual([
      [
        'report.ready',
        {
          packageId,
          kind: 'FILING_PACKAGE',
          period: '2026-Q3',
          title: 'Filing package, Q3 2026',
          files: [
            {
              id: file?.id,
              format: 'CSV',
              filename: 'filing-2026-Q3.csv',
              byteSize: 4,
              sha256: file?.sha256,
            },
          ],
        },
      ],
    ]);
  });
});

describe('WebhookSubscriptionService', () => {
  it('shows the secret once, lists a hint of it, and audits changes without it', async () => {
    const { subscription, secret } = await subscribe(['run.succeeded', 'run.succeeded']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(subscription).toMatchObject({
      url: receiver.url,
      eventTypes: ['run.succeeded'],
      enabled: true,
      consecutiveFailures: 0,
      secretHint: `whsec_…${secret.slice(-4)}`,
    });
    expect(subscription).not.toHaveProperty('secret');
    const [listed] = await subscriptions().list(owner);
    expect(listed).toEqual(subscription);
    const audit = await s.services.dataSource.manager.findBy(AuditEventEntity, {
      targetId: subscription.id,
    });
    expect(audit.map((a) => a.action)).toEqual(['webhook_subscription.create']);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
  });

  it('refuses viewers, empty event types and URLs it does not send to', async () => {
    const viewer = { ...owner, role: 'VIEWER' as const };
    await expect(
      subscriptions().create(viewer, { url: receiver.url, eventTypes: ['run.succeeded'] }),
    ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
    await expect(
      subscriptions().create(owner, { url: receiver.url, eventTypes: [] }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { reason: 'EMPTY' } });
    await expect(
      subscriptions().create(owner, {
        url: 'https://user:pass@hooks.example.com/x',
        eventTypes: ['run.succeeded'],
      }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { reason: 'CREDENTIALS' } });
    const production = dispatcher({ allowPrivateNetworks: false });
    await expect(
      subscriptions(production).create(owner, { url: receiver.url, eventTypes: ['run.failed'] }),
    ).rejects.toMatchObject({ errorCode: 'WEBHOOK_URL_NOT_ALLOWED' });
  });

  it('redelivers a delivered event with the same webhook-id as a new round, and refuses one still pending', async () => {
    setNow(T0);
    const sender = dispatcher();
    const { subscription, secret } = await subscribe(['approval.requested'], sender);
    await emit('approval.requested', { id: 'approval-2' });
    receiver.script(500);
    await sender.dispatchDue(T0);
    const pending = nth(await deliveriesOf(subscription.id));
    await expect(subscriptions(sender).redeliver(owner, pending.id)).rejects.toMatchObject({
      errorCode: 'WEBHOOK_DELIVERY_PENDING',
    });
    await sender.dispatchDue(at(5 * SECOND));

    setNow(at(HOUR));
    const again = await subscriptions(sender).redeliver(owner, pending.id);
    expect(again).toMatchObject({
      id: pending.id,
      status: 'DELIVERED',
      attempts: 1,
      lastStatusCode: 204,
      deliveredAt: at(HOUR),
    });
    expect(again.attemptLog.map((a) => a.statusCode)).toEqual([500, 204, 204]);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([
      pending.id,
      pending.id,
      pending.id,
    ]);
    expect(verified(nth(receiver.received, 2), secret)).toEqual({ ok: true });

    await expect(
      subscriptions(sender).redeliver({ ...owner, role: 'VIEWER' }, pending.id),
    ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
    await expect(
      subscriptions(sender).redeliver(owner, 'msg_0000000000000000'),
    ).rejects.toMatchObject({ errorCode: 'WEBHOOK_DELIVERY_NOT_FOUND' });
  });

  it('sends a test event shaped like run.succeeded, marked as a test, and answers with the status', async () => {
    setNow(T0);
    const { subscription, secret } = await subscribe(['lead.scored_hot']);
    const delivery = await subscriptions().sendTest(owner, subscription.id);
    expect(delivery).toMatchObject({
      eventType: 'run.succeeded',
      status: 'DELIVERED',
      lastStatusCode: 204,
      payload: { type: 'run.succeeded', data: { test: true, status: 'SUCCEEDED' } },
    });
    expect(receiver.received).toHaveLength(1);
    expect(verified(nth(receiver.received, 0), secret)).toEqual({ ok: true });
  });

  it('lists deliveries newest first with their attempts, filtered by status', async () => {
    setNow(T0);
    const sender = dispatcher();
    const { subscription } = await subscribe(['run.succeeded'], sender);
    await emit('run.succeeded', { id: 'first' });
    await sender.dispatchDue(T0);
    receiver.script(500);
    await emit('run.succeeded', { id: 'second' });
    await sender.dispatchDue(T0);
    const all = await subscriptions(sender).deliveries(owner, subscription.id, { first: 20 });
    expect(all.map((d) => [d.payload.data, d.status, d.attemptLog.length])).toEqual([
      [{ id: 'second' }, 'PENDING', 1],
      [{ id: 'first' }, 'DELIVERED', 1],
    ]);
    const delivered = await subscriptions(sender).deliveries(owner, subscription.id, {
      first: 20,
      status: 'DELIVERED',
    });
    expect(delivered.map((d) => d.payload.data)).toEqual([{ id: 'first' }]);
  });
});

describe('WebhookDispatcher: network rules and processes', () => {
  it('in production refuses at send time a host that resolves to a private address, sending nothing', async () => {
    setNow(T0);
    const { subscription } = await subscribe(['run.succeeded'], dispatcher(), receiver.url);
    await s.services.dataSource.query(`UPDATE webhook_subscription SET url = $2 WHERE id = $1`, [
      subscription.id,
      receiver.url.replace('127.0.0.1', 'localhost'),
    ]);
    await emit('run.succeeded', { id: 'run-9' });
    const strict = dispatcher({ allowPrivateNetworks: false });
    expect(await strict.dispatchDue(T0)).toMatchObject({ attempted: 1, retrying: 1 });
    const delivery = nth(await deliveriesOf(subscription.id));
    const attempt = nth(await attemptsOf(delivery.id));
    expect(attempt).toMatchObject({ statusCode: null });
    expect(attempt.error).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback/);
    expect(receiver.received).toEqual([]);
  });

  it('two dispatchers sharing the database never send the same attempt', async () => {
    setNow(T0);
    const { subscription } = await subscribe(['run.succeeded']);
    for (let i = 0; i < 9; i += 1) await emit('run.succeeded', { id: `run-${i}` });
    const [a, b] = [dispatcher({ concurrency: 2 }), dispatcher({ concurrency: 2 })];
    const [fromA, fromB] = await Promise.all([a.dispatchDue(T0), b.dispatchDue(T0)]);
    expect(fromA.attempted + fromB.attempted).toBe(9);
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(9);
    expect(ids).toHaveLength(9);
    const deliveries = await deliveriesOf(subscription.id);
    expect(deliveries.every((d) => d.status === 'DELIVERED' && d.attempts === 1)).toBe(true);
  });

  it('a started dispatcher sends an event as soon as its transaction commits, not at its next poll', async () => {
    setNow(T0);
    const sender = dispatcher({ pollMs: 60_000 });
    const { subscription } = await subscribe(['conversation.handed_off'], sender);
    sender.start();
    try {
      // The loop's first look has found nothing; from now on only the commit can wake it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await s.services.dataSource.transaction((tx) =>
        WebhookEvents.emit(tx, owner.workspaceId, 'conversation.handed_off', { id: 'c-1' }),
      );
      const request = nth(await receiver.waitFor(1, 5_000));
      expect(JSON.parse(request.body)).toMatchObject({ type: 'conversation.handed_off' });
    } finally {
      await sender.stop();
    }
    const [delivery] = await deliveriesOf(subscription.id);
    expect(delivery?.status).toBe('DELIVERED');
  });
});
