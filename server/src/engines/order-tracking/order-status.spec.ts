import { describe, expect, it } from 'vitest';
import { assessOrder, type OrderFacts, type TrackingScan } from './order-status.js';

const CHICAGO = 'America/Chicago';
// Thursday, November 26, 2026, 09:00 in Chicago (CST, UTC-6).
const NOW = new Date('2026-11-26T15:00:00.000Z');

function scan(at: string, status: string, estimatedDeliveryAt: string | null = null): TrackingScan {
  return {
    occurredAt: new Date(at),
    status,
    location: 'Somewhere, TX',
    description: status,
    estimatedDeliveryAt: estimatedDeliveryAt ? new Date(estimatedDeliveryAt) : null,
  };
}

function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    status: 'IN_TRANSIT',
    placedAt: new Date('2026-11-20T16:00:00.000Z'),
    promisedAt: new Date('2026-11-28T17:00:00.000Z'),
    ...overrides,
  };
}

const MOVING = [
  scan('2026-11-21T14:00:00.000Z', 'LABEL_CREATED'),
  scan('2026-11-21T20:00:00.000Z', 'PICKED_UP'),
];

describe('assessOrder', () => {
  it('reports an undelivered order before its promised date as on time, expected on that date', () => {
    const result = assessOrder({ order: order(), scans: MOVING, now: NOW, timeZone: CHICAGO });

    expect(result).toMatchObject({
      status: 'IN_TRANSIT',
      lastScan: { status: 'PICKED_UP' },
      estimatedArrival: new Date('2026-11-28T17:00:00.000Z'),
      estimateSource: 'PROMISED',
      estimatedOn: '2026-11-28',
      promisedOn: '2026-11-28',
      deliveredAt: null,
      delayed: false,
      daysLate: 0,
    });
  });

  it('reports a delivered order as delivered at its delivery scan, never delayed, with no estimate', () => {
    const result = assessOrder({
      order: order({ status: 'SHIPPED', promisedAt: new Date('2026-11-18T17:00:00.000Z') }),
      scans: [...MOVING, scan('2026-11-24T19:30:00.000Z', 'DELIVERED')],
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({
      status: 'DELIVERED',
      deliveredAt: new Date('2026-11-24T19:30:00.000Z'),
      estimatedArrival: null,
      estimateSource: null,
      delayed: false,
      daysLate: 0,
    });
  });

  it('counts whole days late for an undelivered order past its promised date, with no stale estimate', () => {
    const result = assessOrder({
      order: order({ promisedAt: new Date('2026-11-23T15:00:00.000Z') }),
      scans: MOVING,
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({
      status: 'IN_TRANSIT',
      promisedOn: '2026-11-23',
      delayed: true,
      daysLate: 3,
      estimatedArrival: null,
      estimateSource: null,
      estimatedOn: null,
    });
  });

  it('is not late during the promised day itself, even when UTC has already moved on', () => {
    // 23:00 in Chicago on the 26th is 05:00 UTC on the 27th.
    const result = assessOrder({
      order: order({ promisedAt: new Date('2026-11-26T14:00:00.000Z') }),
      scans: MOVING,
      now: new Date('2026-11-27T05:00:00.000Z'),
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({ delayed: false, daysLate: 0, estimateSource: 'PROMISED' });
  });

  it("flags an order the carrier expects after the promised date, by the estimate's days", () => {
    const result = assessOrder({
      order: order(),
      scans: [
        ...MOVING,
        scan('2026-11-23T10:00:00.000Z', 'ARRIVED_AT_FACILITY', '2026-11-29T23:00:00.000Z'),
        scan('2026-11-25T10:00:00.000Z', 'DEPARTED_FACILITY', '2026-12-01T22:00:00.000Z'),
        scan('2026-11-25T12:00:00.000Z', 'DEPARTED_FACILITY'),
      ],
      now: NOW,
      timeZone: CHICAGO,
    });

    // The latest estimate wins (Dec 1), though the newest scan carries none.
    expect(result).toMatchObject({
      status: 'IN_TRANSIT',
      estimatedArrival: new Date('2026-12-01T22:00:00.000Z'),
      estimateSource: 'CARRIER',
      estimatedOn: '2026-12-01',
      promisedOn: '2026-11-28',
      delayed: true,
      daysLate: 3,
    });
  });

  it('counts the later of today and the estimate when an order is both past due and re-estimated', () => {
    const result = assessOrder({
      order: order({ promisedAt: new Date('2026-11-24T17:00:00.000Z') }),
      scans: [scan('2026-11-25T10:00:00.000Z', 'EXCEPTION', '2026-11-27T20:00:00.000Z')],
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({ status: 'EXCEPTION', delayed: true, daysLate: 3 });
  });

  it('counts calendar days across the end of daylight saving time (a 25-hour day)', () => {
    // Promised Saturday Oct 31, 00:30 CDT; now Sunday Nov 1, 23:30 CST: 48 hours later but one
    // calendar day, because Nov 1 had 25 hours. UTC dates (Oct 31 and Nov 2) would say two.
    const result = assessOrder({
      order: order({
        placedAt: new Date('2026-10-27T15:00:00.000Z'),
        promisedAt: new Date('2026-10-31T05:30:00.000Z'),
      }),
      scans: MOVING.map((s) => ({ ...s, occurredAt: new Date('2026-10-28T15:00:00.000Z') })),
      now: new Date('2026-11-02T05:30:00.000Z'),
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({ promisedOn: '2026-10-31', delayed: true, daysLate: 1 });
  });

  it('counts calendar days across the start of daylight saving time (a 23-hour day)', () => {
    // Promised Saturday Mar 7, 23:00 CST; now Monday Mar 9, 00:30 CDT: 24.5 hours, two days.
    const result = assessOrder({
      order: order({
        placedAt: new Date('2026-03-02T15:00:00.000Z'),
        promisedAt: new Date('2026-03-08T05:00:00.000Z'),
      }),
      scans: [],
      now: new Date('2026-03-09T05:30:00.000Z'),
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({ promisedOn: '2026-03-07', delayed: true, daysLate: 2 });
  });

  it('estimates 7 business days after the order when nothing was promised, and is never late', () => {
    const result = assessOrder({
      // Thursday Nov 26: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7.
      order: order({ status: 'PROCESSING', placedAt: NOW, promisedAt: null }),
      scans: [],
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({
      status: 'PROCESSING',
      estimateSource: 'TRANSIT_RULE',
      estimatedOn: '2026-12-07',
      estimatedArrival: new Date('2026-12-08T05:59:59.999Z'),
      promisedOn: null,
      delayed: false,
      daysLate: 0,
    });
  });

  it('keeps a cancelled order cancelled whatever its scans say', () => {
    const result = assessOrder({
      order: order({ status: 'CANCELLED', promisedAt: new Date('2026-11-20T15:00:00.000Z') }),
      scans: MOVING,
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result).toMatchObject({ status: 'CANCELLED', delayed: false, estimatedArrival: null });
  });

  it.each([
    [[], 'SHIPPED', 'IN_TRANSIT'],
    [[], 'DELIVERED', 'DELIVERED'],
    [[], 'PROCESSING', 'PROCESSING'],
    [[scan('2026-11-25T10:00:00.000Z', 'LABEL_CREATED')], 'PROCESSING', 'LABEL_CREATED'],
    [[scan('2026-11-26T12:00:00.000Z', 'OUT_FOR_DELIVERY')], 'IN_TRANSIT', 'OUT_FOR_DELIVERY'],
    [[scan('2026-11-26T12:00:00.000Z', 'HELD_AT_CUSTOMS')], 'SHIPPED', 'IN_TRANSIT'],
  ])('reads scans %j on an order stored as %s as %s', (scans, stored, expected) => {
    const result = assessOrder({
      order: order({ status: stored }),
      scans,
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result.status).toBe(expected);
  });

  it('takes the newest scan as the last one whatever order the scans come in', () => {
    const result = assessOrder({
      order: order(),
      scans: [...MOVING].reverse(),
      now: NOW,
      timeZone: CHICAGO,
    });

    expect(result.lastScan?.status).toBe('PICKED_UP');
  });

  it('reads an unknown time zone as UTC rather than failing', () => {
    const result = assessOrder({
      order: order({ promisedAt: new Date('2026-11-26T03:00:00.000Z') }),
      scans: MOVING,
      now: NOW,
      timeZone: 'Mars/Olympus_Mons',
    });

    // In Chicago the promise (Nov 25, 21:00) would be a day late; in UTC it is today.
    expect(result).toMatchObject({ promisedOn: '2026-11-26', delayed: false });
  });
});
