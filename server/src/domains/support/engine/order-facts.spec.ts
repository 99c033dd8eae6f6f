import { describe, expect, it } from 'vitest';
import { orderFact } from './order-facts.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const ZONE = 'America/New_York';

const order = (overrides: Partial<Parameters<typeof orderFact>[0]> = {}) => ({
  number: 'JL-2000',
  status: 'IN_TRANSIT',
  placedAt: new Date('2026-11-18T15:00:00.000Z'),
  promisedAt: new Date('2026-11-24T15:00:00.000Z'),
  lines: [{ sku: 'MUG', name: 'Speckled Stoneware Mug, 12 oz', quantity: 2, unitPriceCents: 3400 }],
  ...overrides,
});

const scan = (iso: string, status: string) => ({
  occurredAt: new Date(iso),
  status,
  location: 'Phoenix, AZ',
  description: status,
});

describe('orderFact', () => {
  it('calls an undelivered order past its promised date late by whole calendar days', () => {
    expect(
      orderFact(order(), [scan('2026-11-22T12:00:00.000Z', 'ARRIVED_AT_FACILITY')], NOW, ZONE),
    ).toMatchObject({
      status: 'IN_TRANSIT',
      late: true,
      daysLate: 2,
      deliveredAt: null,
      lastEvent: { status: 'ARRIVED_AT_FACILITY', at: '2026-11-22T12:00:00.000Z' },
      items: ['2 x Speckled Stoneware Mug, 12 oz'],
    });
  });

  it('calls an order delivered a day after its promised date late by one day', () => {
    expect(
      orderFact(order(), [scan('2026-11-25T18:00:00.000Z', 'DELIVERED')], NOW, ZONE),
    ).toMatchObject({ status: 'DELIVERED', late: true, daysLate: 1 });
  });

  it('calls an order delivered before its promised date on time', () => {
    expect(
      orderFact(order(), [scan('2026-11-23T18:00:00.000Z', 'DELIVERED')], NOW, ZONE),
    ).toMatchObject({ status: 'DELIVERED', late: false, daysLate: 0 });
  });

  it('never calls a cancelled order, or one without a promised date, late', () => {
    expect(orderFact(order({ status: 'CANCELLED' }), [], NOW, ZONE)).toMatchObject({
      status: 'CANCELLED',
      late: false,
    });
    expect(
      orderFact(order({ status: 'PROCESSING', promisedAt: null }), [], NOW, ZONE),
    ).toMatchObject({ late: false, daysLate: 0, promisedAt: null });
  });
});
