import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { ToolContext } from '../../../runtime/tool-registry.js';
import { trackOrderTool, type TrackOrderOutput } from './track-order.tool.js';

// The seed's dates are relative to this: Thursday Nov 26, 2026, 09:00 in the shop's Chicago.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const DAY_MS = 86_400_000;

let fixture: SeededServices;
let toolCtx: ToolContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:track-order-spec' });
  toolCtx = {
    workspaceId: fixture.ctx.workspaceId,
    runId: 'track-order-spec',
    agentKey: 'support',
    now: NOW,
  };
});

afterAll(() => fixture?.close());

function track(input: { orderNumber: string; customerEmail?: string }): Promise<TrackOrderOutput> {
  return trackOrderTool(fixture.services.orders).execute(toolCtx, input);
}

describe('track_order on the demo shop', () => {
  it('reports JL-1042 in transit with UPS, 2 days past its promised date, with no new estimate', async () => {
    const result = await track({ orderNumber: 'JL-1042' });

    expect(result).toEqual({
      found: true,
      number: 'JL-1042',
      status: 'IN_TRANSIT',
      carrier: 'UPS',
      trackingNumber: '1Z4A7W820379214466',
      lastEvent: {
        occurredAt: new Date(NOW.getTime() - 4.5 * DAY_MS).toISOString(),
        status: 'ARRIVED_AT_FACILITY',
        location: 'Phoenix, AZ',
        description: expect.stringMatching(/^Arrived at UPS hub\. Severe weather/),
      },
      // Promised two days before the seed's now: Tuesday Nov 24 in Chicago; today is the 26th.
      estimatedArrival: null,
      estimatedOn: null,
      estimateSource: null,
      promisedAt: '2026-11-24T15:00:00.000Z',
      promisedOn: '2026-11-24',
      deliveredAt: null,
      delayed: true,
      daysLate: 2,
      timeZone: 'America/Chicago',
      events: [
        expect.objectContaining({ status: 'ARRIVED_AT_FACILITY' }),
        expect.objectContaining({ status: 'DEPARTED_FACILITY' }),
        expect.objectContaining({ status: 'PICKED_UP' }),
        expect.objectContaining({ status: 'LABEL_CREATED' }),
      ],
      source: 'shop_events',
      sourceNote: null,
    });
  });

  it('reports JL-1035 as delivered at its delivery scan and not delayed', async () => {
    const result = await track({ orderNumber: 'JL-1035' });

    expect(result).toMatchObject({
      found: true,
      status: 'DELIVERED',
      carrier: 'USPS',
      trackingNumber: '9400111899223817465302',
      deliveredAt: new Date(NOW.getTime() - 19.75 * DAY_MS).toISOString(),
      estimatedArrival: null,
      delayed: false,
      daysLate: 0,
      lastEvent: { status: 'DELIVERED', location: 'Brooklyn, NY' },
    });
  });

  it('reports JL-1040 on track for its promised date two days out', async () => {
    const result = await track({ orderNumber: 'JL-1040' });

    expect(result).toMatchObject({
      status: 'IN_TRANSIT',
      estimateSource: 'PROMISED',
      estimatedOn: '2026-11-28',
      delayed: false,
      daysLate: 0,
    });
  });

  it('keeps at most 5 scans, newest first', async () => {
    const result = await track({ orderNumber: 'JL-1037' });

    expect(result.found && result.events.map((e) => e.status)).toEqual([
      'DELIVERED',
      'OUT_FOR_DELIVERY',
      'ARRIVED_AT_FACILITY',
      'PICKED_UP',
      'LABEL_CREATED',
    ]);
  });

  it('accepts the number as customers type it ("#jl-1042")', async () => {
    const result = await track({ orderNumber: ' #jl-1042' });

    expect(result).toMatchObject({ found: true, number: 'JL-1042' });
  });

  it('answers an unknown number with found: false and nothing else', async () => {
    expect(await track({ orderNumber: 'JL-9999' })).toEqual({ found: false, number: 'JL-9999' });
  });

  it("answers another customer's order exactly like an unknown one", async () => {
    const result = await track({
      orderNumber: 'JL-1042',
      customerEmail: 'daniel.okafor@example.com',
    });

    expect(result).toEqual({ found: false, number: 'JL-1042' });
  });

  it("finds the order for its own customer's email, whatever its case", async () => {
    const result = await track({ orderNumber: 'JL-1042', customerEmail: 'Maya.Chen@Example.com' });

    expect(result).toMatchObject({ found: true, delayed: true, daysLate: 2 });
  });

  it('summarizes the result in one line for the timeline', async () => {
    const tool = trackOrderTool(fixture.services.orders);

    expect(tool.summarize?.(await track({ orderNumber: 'JL-1042' }))).toBe(
      'JL-1042: IN_TRANSIT with UPS, 2 day(s) late',
    );
    expect(tool.summarize?.(await track({ orderNumber: 'JL-1035' }))).toBe(
      'JL-1035: DELIVERED with USPS',
    );
    expect(tool.summarize?.(await track({ orderNumber: 'JL-9999' }))).toBe(
      'No order JL-9999 found',
    );
  });

  it('describes its input to a model as a required order number and an optional email', () => {
    const [definition] = fixture.services.tools.definitions(['track_order']);

    expect(definition?.inputSchema).toMatchObject({
      type: 'object',
      properties: {
        orderNumber: { type: 'string', minLength: 1, maxLength: 40 },
        customerEmail: { type: 'string', format: 'email' },
      },
      required: ['orderNumber'],
    });
  });

  it('is registered with the hub and refuses a malformed email before looking anything up', async () => {
    const outcome = await fixture.services.tools.call(toolCtx, 'track_order', {
      orderNumber: 'JL-1042',
      customerEmail: 'not-an-email',
    });

    expect(outcome).toMatchObject({ ok: false, errorCode: 'TOOL_INPUT_INVALID' });
  });
});
