import type { OrderEntity, OrderLine, ShipmentEventEntity } from '@zactonics/db';
import { IANAZone } from 'luxon';
import { assessOrder, localDate } from '../../../engines/order-tracking/order-status.js';

/** An order as a ticket brief shows it: where it is, and whether it is (or was) late. */
export interface OrderFact {
  number: string;
  /** The tracking status (order-status.ts): the newest scan wins over the order row. */
  status: string;
  placedAt: string;
  promisedAt: string | null;
  /** The last carrier scan, if any. */
  lastEvent: { status: string; at: string; location: string; description: string } | null;
  deliveredAt: string | null;
  /** Undelivered and delayed (order-status.ts), or delivered on a later date than promised. */
  late: boolean;
  /** Whole calendar days past the promised date in the shop's zone; 0 when on time. */
  daysLate: number;
  items: string[];
}

const DAY_MS = 86_400_000;

/**
 * The order's facts for a brief, from the order-status rules (engines/order-tracking/order-status.ts:
 * calendar dates in the shop's zone, carrier estimates). Those rules never call a delivered
 * order delayed; a brief also wants to know it arrived late (an apology is still owed), so that
 * is added here: delivered on a later calendar date than promised.
 */
export function orderFact(
  order: Pick<OrderEntity, 'number' | 'status' | 'placedAt' | 'promisedAt' | 'lines'>,
  events: ReadonlyArray<
    Pick<ShipmentEventEntity, 'status' | 'occurredAt' | 'location' | 'description'>
  >,
  now: Date,
  timeZone: string,
): OrderFact {
  const assessment = assessOrder({
    order,
    scans: events.map((e) => ({ ...e, estimatedDeliveryAt: null })),
    now,
    timeZone,
  });
  const last = assessment.lastScan;
  const delivered = assessment.deliveredAt;
  const deliveredLateDays =
    delivered && assessment.promisedOn
      ? Math.max(0, daysBetween(assessment.promisedOn, localDate(delivered, zoneOr(timeZone))))
      : 0;
  const daysLate = delivered ? deliveredLateDays : assessment.daysLate;
  return {
    number: order.number,
    status: assessment.status,
    placedAt: order.placedAt.toISOString(),
    promisedAt: order.promisedAt?.toISOString() ?? null,
    lastEvent: last
      ? {
          status: last.status,
          at: last.occurredAt.toISOString(),
          location: last.location,
          description: last.description,
        }
      : null,
    deliveredAt: delivered?.toISOString() ?? null,
    late: daysLate > 0,
    daysLate,
    items: order.lines.map((l: OrderLine) => `${l.quantity} x ${l.name}`),
  };
}

/** As order-status.ts reads it: an unknown zone is UTC. */
function zoneOr(timeZone: string): string {
  return IANAZone.isValidZone(timeZone) ? timeZone : 'UTC';
}

/** `to` minus `from`, both 'YYYY-MM-DD', in whole days. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
