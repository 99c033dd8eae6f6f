import type { Clock } from '@zactonics/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedRun, startTestHub, type TestHub } from './harness.js';
import { graphql } from './gql/console/index.js';
import { RUN, START_RUN, type RunView } from './operations.js';

// The hub's clock starts here (at the seed) and ticks on; the demo seed's dates are relative to it. Thursday
// Nov 26, 2026, 09:00 in the demo shop's Chicago: JL-1042 was promised for Tuesday the 24th.
const START = new Date('2026-11-26T15:00:00.000Z');

const ORDER = graphql(`
  query Order($number: String!) {
    order(number: $number) {
      number
      status
      carrier
      trackingNumber
      promisedAt
      promisedOn
      estimatedArrival
      estimateSource
      delayed
      daysLate
      timeZone
      trackingSource
      lastEvent {
        status
        location
        occurredAt
      }
      events {
        status
      }
    }
  }
`);

const DELAYED_ORDERS = graphql(`
  query DelayedOrders {
    delayedOrders {
      number
      delayed
      daysLate
      status
    }
  }
`);

describe('order tracking through a real hub', () => {
  let t: TestHub;
  beforeAll(async () => {
    // Anchored at its first reading (the seed), so the seeded dates are exact.
    let began: number | undefined;
    const clock: Clock = {
      now: () => {
        began ??= Date.now();
        return new Date(START.getTime() + (Date.now() - began));
      },
    };
    t = await startTestHub({}, { clock });
  });
  afterAll(() => t.close());

  async function trackingRun(input: Record<string, unknown>): Promise<RunView> {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'order-tracking', input },
    });
    return finishedRun(t.client, RUN, startRun.id);
  }

  /** Rows per table, for "nothing else was written". */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = await t.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
      counts[name] = row?.n ?? 0;
    }
    return counts;
  }

  it('tells the customer JL-1042 is running 2 days late with UPS and offers a person', async () => {
    const run = await trackingRun({
      orderNumber: 'JL-1042',
      customerEmail: 'maya.chen@example.com',
    });

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe(
      'Order JL-1042 is in transit with UPS (last scan: Phoenix, AZ on Saturday, November 21, ' +
        '"Arrived at UPS hub. Severe weather in the region has delayed this package; a new ' +
        'delivery date will be provided once it departs"). It was promised for Tuesday, ' +
        "November 24; it is running 2 days late, sorry. The carrier hasn't given a new delivery " +
        'date yet. The UPS tracking number is 1Z4A7W820379214466. Would you like me to connect ' +
        'you with a person from our team?',
    );
    expect(run.output?.handoffSuggested).toBe(true);
    expect(run.output?.data).toMatchObject({
      found: true,
      number: 'JL-1042',
      status: 'IN_TRANSIT',
      carrier: 'UPS',
      promisedOn: '2026-11-24',
      estimatedArrival: null,
      delayed: true,
      daysLate: 2,
    });
    const toolResult = run.steps.find((s) => s.kind === 'TOOL_RESULT');
    expect(toolResult?.detail).toBe('JL-1042: IN_TRANSIT with UPS, 2 day(s) late');
    expect(run.steps.find((s) => s.kind === 'FEEDBACK')?.title).toBe('Offered a person');
  });

  it('asks to check an unknown number, and writes nothing but the run and its audit', async () => {
    const before = await rowCounts();

    const run = await trackingRun({ orderNumber: 'JL-9999' });

    expect(run.status).toBe('SUCCEEDED');
    expect(run.errorCode).toBeNull();
    expect(run.output).toMatchObject({
      text:
        "I couldn't find an order numbered JL-9999. Could you check the number? You'll find it " +
        'in your order confirmation email.',
      handoffSuggested: false,
      data: { found: false, number: 'JL-9999' },
    });
    const after = await rowCounts();
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    expect(changed.sort()).toEqual(['audit_event', 'run', 'run_step']);
    expect(after.run).toBe((before.run ?? 0) + 1);
  });

  it('refuses a malformed order number at startRun, before any run exists', async () => {
    const before = await rowCounts();

    await expect(
      t.client.request(START_RUN, {
        input: { agentKey: 'support', scenarioKey: 'order-tracking', input: { orderNumber: '42' } },
      }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
    expect((await rowCounts()).run).toBe(before.run);
  });

  it('answers the order query with status, tracking and delay, and null for an unknown number', async () => {
    const data = await t.client.request(ORDER, { number: 'JL-1042' });

    expect(data.order).toEqual({
      number: 'JL-1042',
      status: 'IN_TRANSIT',
      carrier: 'UPS',
      trackingNumber: '1Z4A7W820379214466',
      promisedAt: '2026-11-24T15:00:00.000Z',
      promisedOn: '2026-11-24',
      estimatedArrival: null,
      estimateSource: null,
      delayed: true,
      daysLate: 2,
      timeZone: 'America/Chicago',
      trackingSource: 'shop_events',
      lastEvent: {
        status: 'ARRIVED_AT_FACILITY',
        location: 'Phoenix, AZ',
        occurredAt: '2026-11-22T03:00:00.000Z',
      },
      events: [
        { status: 'LABEL_CREATED' },
        { status: 'PICKED_UP' },
        { status: 'DEPARTED_FACILITY' },
        { status: 'ARRIVED_AT_FACILITY' },
      ],
    });
    const missing = await t.client.request(ORDER, { number: 'JL-9999' });
    expect(missing.order).toBeNull();
  });
});

describe('proactive delay detection', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({}, { clock: { now: () => START } });
  });
  afterAll(() => t.close());

  it('lists the open orders running late, JL-1042 first, and none that is delivered or on time', async () => {
    const { delayedOrders } = await t.client.request(DELAYED_ORDERS);

    expect(delayedOrders[0]).toMatchObject({ number: 'JL-1042', delayed: true, daysLate: 2 });
    expect(delayedOrders.every((o) => o.delayed && o.daysLate > 0)).toBe(true);
    expect(delayedOrders.map((o) => o.number)).not.toContain('JL-1035'); // delivered
    expect(delayedOrders.map((o) => o.number)).not.toContain('JL-1040'); // on track
  });
});
