import { createHmac, randomUUID } from 'node:crypto';
import { WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, finishedRun, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';

// The fields the operations below spread (codegen registers the fragment from this call).
graphql(`
  fragment InboundEndpointFields on WebhookEndpoint {
    id
    name
    scenarioKey
    agentKey
    url
    enabled
    secretHint
    createdAt
    lastDeliveryAt
  }
`);

const CREATE_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...InboundEndpointFields
      }
    }
  }
`);

const ROTATE_SECRET = graphql(`
  mutation RotateWebhookEndpointSecret($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      secret
      endpoint {
        id
        secretHint
      }
    }
  }
`);

const UPDATE_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {
    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {
      id
      name
      enabled
    }
  }
`);

const DELETE_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

const ENDPOINTS = graphql(`
  query WebhookEndpoints($first: Int) {
    webhookEndpoints {
      ...InboundEndpointFields
      deliveries(first: $first) {
        id
        messageId
        eventType
        status
        errorCode
        error
        runId
        receivedAt
      }
    }
  }
`);

const WEBHOOK_RUN = graphql(`
  query WebhookRun($id: ID!) {
    run(id: $id) {
      id
      status
      trigger
      triggerDetail
      triggerSummary
      input
      output
      agent {
        key
      }
      scenario {
        key
      }
      steps {
        kind
        detail
        data
      }
    }
  }
`);

/** A sender's own signing, written from the Standard Webhooks spec (not the hub's code). */
function sign(secret: string, id: string, seconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${seconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

interface Sent {
  status: number;
  body: {
    deliveryId?: string;
    runId?: string;
    errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
  };
}

describe('inbound webhooks through a real hub', () => {
  let t: TestHub;
  let leadEndpoint: { id: string; url: string };
  let leadSecret: string;
  let otherWorkspaceKey: string;

  beforeAll(async () => {
    t = await startTestHub();
    const other = await t.hub.database.dataSource.manager.save(
      t.hub.database.dataSource.manager.create(WorkspaceEntity, {
        slug: 'other-shop',
        name: 'Other Shop',
      }),
    );
    otherWorkspaceKey = await t.hub.services.apiKeys.create(other.id, 'other');
    const { createWebhookEndpoint } = await t.client.request(CREATE_ENDPOINT, {
      input: { name: 'Website lead form', scenarioKey: 'lead-qualification' },
    });
    leadEndpoint = createWebhookEndpoint.endpoint as unknown as { id: string; url: string };
    leadSecret = createWebhookEndpoint.secret;
  });
  afterAll(() => t?.close());

  /** POSTs `body` to `url`, signed with `secret` unless `headers` says otherwise. */
  async function post(
    url: string,
    secret: string,
    body: string,
    options: { id?: string; at?: Date; headers?: Record<string, string>; method?: string } = {},
  ): Promise<Sent> {
    const id = options.id ?? `msg_${randomUUID()}`;
    const seconds = Math.floor((options.at ?? new Date()).getTime() / 1000);
    const response = await fetch(url, {
      method: options.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(seconds),
        'webhook-signature': sign(secret, id, seconds, body),
        ...options.headers,
      },
      ...(options.method === 'GET' ? {} : { body }),
    });
    return { status: response.status, body: (await response.json()) as Sent['body'] };
  }

  const leadBody = (email = `ava.${randomUUID().slice(0, 8)}@brightpath.example`) =>
    JSON.stringify({
      name: 'Ava Brightpath',
      email,
      company: 'Brightpath Studio',
      consent: true,
      pagesViewed: 6,
      pricingPageVisits: 2,
      minutesOnSite: 9,
    });

  const runsOf = async (endpointId: string) =>
    Number(
      (
        await t.query<{ n: string }>(
          `SELECT count(*) AS n FROM run WHERE trigger = 'WEBHOOK' AND trigger_detail->>'endpointId' = $1`,
          [endpointId],
        )
      )[0]?.n,
    );
  const deliveryRows = (endpointId: string) =>
    t.query<{ id: string; status: string; error_code: string | null; run_id: string | null }>(
      `SELECT id, status, error_code, run_id FROM inbound_delivery WHERE endpoint_id = $1 ORDER BY received_at`,
      [endpointId],
    );
  const codeOf = (sent: Sent) => sent.body.errors?.[0]?.extensions.errorCode;

  async function newEndpoint(scenarioKey: string) {
    const { createWebhookEndpoint } = await t.client.request(CREATE_ENDPOINT, {
      input: { name: `Spec ${scenarioKey}`, scenarioKey },
    });
    const endpoint = createWebhookEndpoint.endpoint as unknown as { id: string; url: string };
    return { endpoint, secret: createWebhookEndpoint.secret };
  }

  it('creates an endpoint through the API: its absolute URL, the secret once, a hint after', async () => {
    expect(leadEndpoint.url).toBe(`${t.hub.url}/hooks/${leadEndpoint.id}`);
    expect(leadSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const { webhookEndpoints } = await t.client.request(ENDPOINTS, { first: 5 });
    const listed = webhookEndpoints.find((e) => e.id === leadEndpoint.id);
    expect(listed).toMatchObject({
      name: 'Website lead form',
      scenarioKey: 'lead-qualification',
      agentKey: 'sales',
      enabled: true,
      secretHint: `whsec_…${leadSecret.slice(-4)}`,
    });
    expect(JSON.stringify(webhookEndpoints)).not.toContain(leadSecret.slice(6));
  });

  it('a signed form submission starts lead qualification: 202, a WEBHOOK run that succeeds, the delivery ACCEPTED', async () => {
    const sent = await post(leadEndpoint.url, leadSecret, leadBody());

    expect(sent.status).toBe(202);
    const { deliveryId, runId } = sent.body;
    expect(deliveryId).toEqual(expect.any(String));
    const run = await finishedRun(t.client, WEBHOOK_RUN, runId as string);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      trigger: 'WEBHOOK',
      triggerDetail: { endpointId: leadEndpoint.id, deliveryId, eventType: null },
      agent: { key: 'sales' },
      scenario: { key: 'lead-qualification' },
      input: expect.objectContaining({ company: 'Brightpath Studio' }),
    });
    const trigger = run.steps.find((s) => s.kind === 'TRIGGER');
    expect(trigger?.data).toMatchObject({ trigger: 'WEBHOOK', deliveryId });
    expect(trigger?.detail).toContain(deliveryId as string);

    const { webhookEndpoints } = await t.client.request(ENDPOINTS, { first: 1 });
    const endpoint = webhookEndpoints.find((e) => e.id === leadEndpoint.id);
    expect(endpoint?.deliveries).toMatchObject([{ id: deliveryId, status: 'ACCEPTED', runId }]);
    expect(endpoint?.lastDeliveryAt).not.toBeNull();
  });

  it('refuses a wrong signature, an expired or future timestamp and a replay, starting nothing more', async () => {
    const before = await runsOf(leadEndpoint.id);
    const wrong = await post(leadEndpoint.url, 'whsec_' + 'A'.repeat(32), leadBody());
    expect([wrong.status, codeOf(wrong)]).toEqual([401, 'WEBHOOK_SIGNATURE_INVALID']);
    const unsigned = await post(leadEndpoint.url, leadSecret, leadBody(), {
      headers: { 'webhook-signature': '' },
    });
    expect([unsigned.status, codeOf(unsigned)]).toEqual([401, 'WEBHOOK_SIGNATURE_INVALID']);
    for (const offsetMs of [-10 * 60_000, 10 * 60_000]) {
      const stale = await post(leadEndpoint.url, leadSecret, leadBody(), {
        at: new Date(Date.now() + offsetMs),
      });
      expect([stale.status, codeOf(stale)]).toEqual([401, 'WEBHOOK_TIMESTAMP_EXPIRED']);
    }
    expect(await runsOf(leadEndpoint.id)).toBe(before);

    const id = `msg_${randomUUID()}`;
    const body = leadBody();
    const first = await post(leadEndpoint.url, leadSecret, body, { id });
    expect(first.status).toBe(202);
    const again = await post(leadEndpoint.url, leadSecret, body, { id });
    expect([again.status, codeOf(again)]).toEqual([409, 'WEBHOOK_REPLAYED']);
    expect(again.body.errors?.[0]?.extensions.runId).toBe(first.body.runId);
    expect(await runsOf(leadEndpoint.id)).toBe(before + 1);
    const accepted = (await deliveryRows(leadEndpoint.id)).filter(
      (d) => d.status === 'ACCEPTED' && d.run_id === first.body.runId,
    );
    expect(accepted).toHaveLength(1);
  });

  it('refuses an invalid payload with the problem listed, and bodies that are not JSON or too large', async () => {
    const { endpoint, secret } = await newEndpoint('lead-qualification');
    const missingEmail = JSON.stringify({ name: 'No Email', company: 'Nowhere', consent: true });
    const invalid = await post(endpoint.url, secret, missingEmail);
    expect([invalid.status, codeOf(invalid)]).toEqual([400, 'INVALID_INPUT']);
    expect(invalid.body.errors?.[0]?.extensions.problems).toEqual([
      expect.stringMatching(/^email: /),
    ]);

    const notJson = await post(endpoint.url, secret, 'name=Ava&email=ava@x.example');
    expect([notJson.status, codeOf(notJson)]).toEqual([400, 'INVALID_JSON']);

    const huge = JSON.stringify({ name: 'Big', email: 'big@x.example', notes: 'x'.repeat(70_000) });
    const tooLarge = await post(endpoint.url, secret, huge);
    expect([tooLarge.status, codeOf(tooLarge)]).toEqual([413, 'REQUEST_TOO_LARGE']);

    expect(await runsOf(endpoint.id)).toBe(0);
    const rows = await deliveryRows(endpoint.id);
    expect(rows.map((r) => [r.status, r.error_code])).toEqual([
      ['REJECTED', 'INVALID_INPUT'],
      ['REJECTED', 'INVALID_JSON'],
      ['REJECTED', 'REQUEST_TOO_LARGE'],
    ]);
    const { webhookEndpoints } = await t.client.request(ENDPOINTS, { first: 3 });
    const listed = webhookEndpoints.find((e) => e.id === endpoint.id);
    expect(listed?.deliveries.map((d) => d.errorCode)).toEqual([
      'REQUEST_TOO_LARGE',
      'INVALID_JSON',
      'INVALID_INPUT',
    ]);
  });

  it('answers unknown, malformed and disabled endpoints with the same 404, and other methods with 405', async () => {
    const { endpoint, secret } = await newEndpoint('lead-qualification');
    await t.client.request(UPDATE_ENDPOINT, { id: endpoint.id, enabled: false });
    const answers = await Promise.all(
      [endpoint.id, randomUUID(), 'not-an-endpoint'].map((id) =>
        post(`${t.hub.url}/hooks/${id}`, secret, leadBody()),
      ),
    );
    for (const answer of answers) {
      expect(answer).toEqual({
        status: 404,
        body: {
          errors: [
            {
              message: 'No such webhook endpoint.',
              extensions: {
                code: 'WEBHOOK_ENDPOINT_NOT_FOUND',
                errorCode: 'WEBHOOK_ENDPOINT_NOT_FOUND',
              },
            },
          ],
        },
      });
    }
    expect(await runsOf(endpoint.id)).toBe(0);

    const get = await post(leadEndpoint.url, leadSecret, '', { method: 'GET' });
    expect([get.status, codeOf(get)]).toEqual([405, 'METHOD_NOT_ALLOWED']);
  });

  it('after a rotation the old secret is refused and the new one accepted', async () => {
    const { endpoint, secret: old } = await newEndpoint('lead-qualification');
    const { rotateWebhookEndpointSecret } = await t.client.request(ROTATE_SECRET, {
      id: endpoint.id,
    });
    const fresh = rotateWebhookEndpointSecret.secret;
    expect(fresh).not.toBe(old);
    expect(rotateWebhookEndpointSecret.endpoint.secretHint).toBe(`whsec_…${fresh.slice(-4)}`);

    const withOld = await post(endpoint.url, old, leadBody());
    expect([withOld.status, codeOf(withOld)]).toEqual([401, 'WEBHOOK_SIGNATURE_INVALID']);
    const withNew = await post(endpoint.url, fresh, leadBody());
    expect(withNew.status).toBe(202);
    const audit = await t.query<{ action: string; data: unknown }>(
      `SELECT action, data FROM audit_event WHERE target_id = $1 ORDER BY created_at`,
      [endpoint.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'webhook_endpoint.create',
      'webhook_endpoint.rotate_secret',
    ]);
    expect(JSON.stringify(audit)).not.toContain(fresh.slice(6));
  });

  it("another workspace neither sees nor changes this workspace's endpoints", async () => {
    const other = t.newClient(otherWorkspaceKey);
    const { webhookEndpoints } = await other.request(ENDPOINTS, { first: 1 });
    expect(webhookEndpoints).toEqual([]);
    expect(await errorCodeOf(other.request(ROTATE_SECRET, { id: leadEndpoint.id }))).toBe(
      'WEBHOOK_ENDPOINT_NOT_FOUND',
    );
    expect(
      await errorCodeOf(other.request(UPDATE_ENDPOINT, { id: leadEndpoint.id, enabled: false })),
    ).toBe('WEBHOOK_ENDPOINT_NOT_FOUND');
    expect(await errorCodeOf(other.request(DELETE_ENDPOINT, { id: leadEndpoint.id }))).toBe(
      'WEBHOOK_ENDPOINT_NOT_FOUND',
    );
    // Still there and still working for its own workspace.
    const sent = await post(leadEndpoint.url, leadSecret, leadBody());
    expect(sent.status).toBe(202);
  });

  it("a processor's payment event updates receivables once, however often it is delivered", async () => {
    // INV-2026-004 (Tallgrass Home): $1,642.50 invoiced, $800.00 paid, $842.50 open and overdue.
    const { endpoint, secret } = await newEndpoint('payment-received');
    const receivables = async () =>
      (
        await t.query<{ ar: string; paid: string; status: string }>(
          `SELECT (SELECT sum(l.debit_cents - l.credit_cents) FROM journal_line l
                     JOIN ledger_account a ON a.id = l.account_id WHERE a.code = '1100')::text AS ar,
                  paid_cents::text AS paid, status
             FROM invoice WHERE number = 'INV-2026-004'`,
        )
      )[0];
    const before = await receivables();
    expect(before).toMatchObject({ paid: '80000', status: 'OVERDUE' });
    const event = (type: string, data: Record<string, unknown>) =>
      JSON.stringify({ type, timestamp: new Date().toISOString(), data });
    const payment = {
      invoiceNumber: 'INV-2026-004',
      amountCents: 84_250,
      feeCents: 2_473,
      processor: 'stripe',
      paymentId: 'pi_3QTallgrass0004',
    };

    const wrong = await post(
      endpoint.url,
      secret,
      event('payment_intent.succeeded', { ...payment, amountCents: '842.50' }),
    );
    expect([wrong.status, codeOf(wrong)]).toEqual([400, 'INVALID_INPUT']);
    expect(wrong.body.errors?.[0]?.extensions.problems).toEqual([
      expect.stringMatching(/^amountCents: /),
    ]);

    const sent = await post(endpoint.url, secret, event('payment_intent.succeeded', payment));
    expect(sent.status).toBe(202);
    const run = await finishedRun(t.client, WEBHOOK_RUN, sent.body.runId as string);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'finance' },
      scenario: { key: 'payment-received' },
      triggerDetail: { eventType: 'payment_intent.succeeded' },
    });
    const reply = JSON.stringify(run.output);
    expect(reply).toContain(
      "Recorded Tallgrass Home Co.'s Stripe payment pi_3QTallgrass0004 of $842.50 on INV-2026-004",
    );
    expect(reply).toContain(
      'fee $24.73, $817.77 to come in the payout (processor clearing, 1050). INV-2026-004 is paid in full.',
    );
    const after = await receivables();
    expect(after).toMatchObject({ paid: '164250', status: 'PAID' });
    expect(BigInt(after?.ar ?? 0) - BigInt(before?.ar ?? 0)).toBe(-84_250n);

    // Stripe also sends charge.succeeded for the same payment: a new webhook id, the same payment.
    const echo = await post(endpoint.url, secret, event('charge.succeeded', payment));
    expect(echo.status).toBe(202);
    const echoed = await finishedRun(t.client, WEBHOOK_RUN, echo.body.runId as string);
    expect(echoed.status).toBe('SUCCEEDED');
    expect(JSON.stringify(echoed.output)).toContain('was recorded before; nothing changed');
    expect(await receivables()).toEqual(after);
    const recorded = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM invoice_payment WHERE processor_payment_id = 'pi_3QTallgrass0004'`,
    );
    expect(recorded[0]?.n).toBe(1);
  });

  it('an order event in a Standard Webhooks envelope starts order tracking with its data', async () => {
    const { endpoint, secret } = await newEndpoint('order-tracking');
    const envelope = JSON.stringify({
      type: 'order.delayed',
      timestamp: new Date().toISOString(),
      data: { orderNumber: 'JL-1042' },
    });
    const sent = await post(endpoint.url, secret, envelope);
    expect(sent.status).toBe(202);
    const run = await finishedRun(t.client, WEBHOOK_RUN, sent.body.runId as string);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'support' },
      scenario: { key: 'order-tracking' },
      input: { orderNumber: 'JL-1042' },
      triggerDetail: { eventType: 'order.delayed', deliveryId: sent.body.deliveryId },
    });
    expect(run.triggerSummary).toContain('order.delayed');
    expect(JSON.stringify(run.output)).toContain('JL-1042');

    expect(await t.client.request(DELETE_ENDPOINT, { id: endpoint.id })).toEqual({
      deleteWebhookEndpoint: true,
    });
    const gone = await post(endpoint.url, secret, envelope);
    expect(gone.status).toBe(404);
  });
});
