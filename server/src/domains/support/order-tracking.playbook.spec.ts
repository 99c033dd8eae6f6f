import { RunEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

// The seed's dates are relative to this: Thursday Nov 26, 2026, 09:00 in the shop's Chicago.
const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:order-tracking-spec' });
});

afterAll(() => fixture?.close());

async function runOrderTracking(input: Record<string, unknown>): Promise<RunEntity> {
  const run = await fixture.services.runs.start(fixture.ctx, {
    agentKey: 'support',
    scenarioKey: 'order-tracking',
    input,
  });
  await fixture.services.executor.execute(run.id);
  return fixture.db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
}

describe('the order-tracking playbook', () => {
  it('tells the customer JL-1042 is 2 days late, from the scans, and offers a person', async () => {
    const run = await runOrderTracking({ orderNumber: 'JL-1042' });

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toMatchObject({
      text:
        'Order JL-1042 is in transit with UPS (last scan: Phoenix, AZ on Saturday, November 21, ' +
        '"Arrived at UPS hub. Severe weather in the region has delayed this package; a new ' +
        'delivery date will be provided once it departs"). It was promised for Tuesday, ' +
        "November 24; it is running 2 days late, sorry. The carrier hasn't given a new delivery " +
        'date yet. The UPS tracking number is 1Z4A7W820379214466. Would you like me to connect ' +
        'you with a person from our team?',
      handoffSuggested: true,
      confidence: null,
      citations: [],
      data: { found: true, number: 'JL-1042', status: 'IN_TRANSIT', delayed: true, daysLate: 2 },
    });
  });

  it('confirms a delivered order with its delivery day and offers nobody', async () => {
    const run = await runOrderTracking({ orderNumber: 'jl-1035' });

    expect(run.input).toEqual({ orderNumber: 'JL-1035' });
    expect(run.output).toMatchObject({
      text: 'Order JL-1035 was delivered on Friday, November 6.',
      handoffSuggested: false,
      data: { found: true, status: 'DELIVERED', delayed: false },
    });
  });

  it('says an order on its way is on track for the promised date', async () => {
    const run = await runOrderTracking({ orderNumber: 'JL-1040' });

    expect(run.output).toMatchObject({
      text:
        'Order JL-1040 is in transit with USPS (last scan: Austin, TX on Tuesday, November 24, ' +
        '"USPS in possession of item"). It is on track to arrive by Saturday, November 28, as ' +
        'promised. The USPS tracking number is 9400111899223829013577.',
      handoffSuggested: false,
    });
  });

  it('asks to check an unknown number, succeeding with data.found false', async () => {
    const run = await runOrderTracking({ orderNumber: 'JL-9999' });

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output).toMatchObject({
      text:
        "I couldn't find an order numbered JL-9999. Could you check the number? You'll find it " +
        'in your order confirmation email.',
      handoffSuggested: false,
      data: { found: false, number: 'JL-9999' },
    });
  });

  it("gives another customer's order number the unknown-number reply, revealing nothing", async () => {
    const mismatch = await runOrderTracking({
      orderNumber: 'JL-1042',
      customerEmail: 'daniel.okafor@example.com',
    });

    expect(mismatch.output).toMatchObject({
      text:
        "I couldn't find an order numbered JL-1042. Could you check the number? You'll find it " +
        'in your order confirmation email.',
      data: { found: false, number: 'JL-1042' },
    });
    expect(JSON.stringify(mismatch.output)).not.toContain('UPS');
  });

  it('refuses a number that does not look like one before anything runs', async () => {
    await expect(
      fixture.services.runs.start(fixture.ctx, {
        agentKey: 'support',
        scenarioKey: 'order-tracking',
        input: { orderNumber: 'my mug order' },
      }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});
