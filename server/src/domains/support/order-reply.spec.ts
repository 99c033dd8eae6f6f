import { describe, expect, it } from 'vitest';
import { orderTrackingReply } from './order-reply.js';
import type { TrackOrderOutput } from './tools/track-order.tool.js';

type Tracked = Extract<TrackOrderOutput, { found: true }>;

function tracked(overrides: Partial<Tracked>): Tracked {
  return {
    found: true,
    number: 'JL-2001',
    status: 'IN_TRANSIT',
    carrier: 'FedEx',
    trackingNumber: '771234567890',
    lastEvent: {
      occurredAt: '2026-11-25T18:00:00.000Z',
      status: 'DEPARTED_FACILITY',
      location: 'Memphis, TN',
      description: 'Departed FedEx hub.',
    },
    estimatedArrival: null,
    estimatedOn: null,
    estimateSource: null,
    promisedAt: '2026-11-27T18:00:00.000Z',
    promisedOn: '2026-11-27',
    deliveredAt: null,
    delayed: false,
    daysLate: 0,
    timeZone: 'America/Chicago',
    events: [],
    source: 'shop_events',
    sourceNote: null,
    ...overrides,
  };
}

describe('the order-tracking reply', () => {
  it("gives the carrier's new date when it expects a late delivery, in the singular for one day", () => {
    const reply = orderTrackingReply(
      tracked({
        estimateSource: 'CARRIER',
        estimatedOn: '2026-11-28',
        estimatedArrival: '2026-11-28T20:00:00.000Z',
        delayed: true,
        daysLate: 1,
      }),
    );

    expect(reply.text).toBe(
      'Order JL-2001 is in transit with FedEx (last scan: Memphis, TN on Wednesday, November 25, ' +
        '"Departed FedEx hub"). It was promised for Friday, November 27; it is running 1 day ' +
        'late, sorry. FedEx now expects to deliver it on Saturday, November 28. The FedEx ' +
        'tracking number is 771234567890. Would you like me to connect you with a person from ' +
        'our team?',
    );
    expect(reply.handoffSuggested).toBe(true);
  });

  it('offers a person when the carrier reports a delivery problem, even before the promised date', () => {
    const reply = orderTrackingReply(
      tracked({
        status: 'EXCEPTION',
        estimateSource: 'PROMISED',
        estimatedOn: '2026-11-27',
        lastEvent: {
          occurredAt: '2026-11-25T18:00:00.000Z',
          status: 'EXCEPTION',
          location: 'Memphis, TN',
          description: 'Address could not be verified.',
        },
      }),
    );

    expect(reply.text).toMatch(/^FedEx reported a delivery problem with order JL-2001 \(last scan/);
    expect(reply.handoffSuggested).toBe(true);
  });

  it('says an unshipped order is being prepared, with the transit-rule estimate', () => {
    const reply = orderTrackingReply(
      tracked({
        status: 'PROCESSING',
        carrier: null,
        trackingNumber: null,
        lastEvent: null,
        promisedAt: null,
        promisedOn: null,
        estimateSource: 'TRANSIT_RULE',
        estimatedOn: '2026-12-07',
      }),
    );

    expect(reply).toMatchObject({
      text:
        "Order JL-2001 is being prepared at our studio and hasn't shipped yet. It should arrive " +
        'by about Monday, December 7.',
      handoffSuggested: false,
    });
  });

  it('says a cancelled order will not ship, and nothing about dates', () => {
    const reply = orderTrackingReply(
      tracked({ status: 'CANCELLED', trackingNumber: null, carrier: null, lastEvent: null }),
    );

    expect(reply.text).toBe("Order JL-2001 was cancelled, so it won't ship.");
  });

  it('carries the tool result as the run data', () => {
    const result = tracked({});

    expect(orderTrackingReply(result).data).toEqual(result);
    expect(orderTrackingReply({ found: false, number: 'JL-1' }).data).toEqual({
      found: false,
      number: 'JL-1',
    });
  });
});
