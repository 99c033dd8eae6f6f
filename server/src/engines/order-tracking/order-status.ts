import { DateTime, IANAZone } from 'luxon';

/**
 * Where an order stands, from the order, its scans and the time: pure, so every rule below is
 * tested with a fixed clock. Dates that people read ("promised for Tuesday") are calendar dates in
 * the shop's time zone, compared as dates, so a daylight-saving change never makes a day 23 or 25
 * hours long and nothing is late by a fraction of a day.
 */

/** One scan of a parcel. */
export interface TrackingScan {
  occurredAt: Date;
  /**
   * One of SCAN_STATUSES (modules/orders/carriers/carrier-tracker.ts) when the source's code is
   * known; the source's own code otherwise.
   */
  status: string;
  location: string;
  description: string;
  /** The carrier's delivery estimate as of this scan, when it gave one. */
  estimatedDeliveryAt: Date | null;
}

export type TrackingStatus =
  | 'PROCESSING'
  | 'LABEL_CREATED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'EXCEPTION'
  | 'DELIVERED'
  | 'CANCELLED';

/** Where `estimatedArrival` came from; null when there is no honest estimate. */
export type EstimateSource = 'CARRIER' | 'PROMISED' | 'TRANSIT_RULE';

/**
 * Without a carrier estimate or a promised date, an order is expected this many business days
 * (Monday to Friday in the shop's zone) after it was placed: the help centre's "leaves the studio
 * within 1-2 business days" plus "3-5 business days after dispatch", at their longest.
 */
export const TRANSIT_RULE_BUSINESS_DAYS = 7;

export interface OrderFacts {
  /** As stored: PROCESSING, SHIPPED, IN_TRANSIT, DELIVERED or CANCELLED. */
  status: string;
  placedAt: Date;
  promisedAt: Date | null;
}

export interface OrderStatusInput {
  order: OrderFacts;
  /** In any order; sorted here. */
  scans: readonly TrackingScan[];
  now: Date;
  /** The shop's IANA zone (workspace.time_zone); an unknown one is read as UTC. */
  timeZone: string;
}

export interface OrderAssessment {
  status: TrackingStatus;
  lastScan: TrackingScan | null;
  deliveredAt: Date | null;
  /** Null once delivered or cancelled, and when there is no estimate that is not already past. */
  estimatedArrival: Date | null;
  estimateSource: EstimateSource | null;
  /** Calendar dates in the shop's zone, 'YYYY-MM-DD'. */
  estimatedOn: string | null;
  promisedOn: string | null;
  /** Undelivered and past the promised date, or expected (by the carrier) after it. */
  delayed: boolean;
  /** Whole calendar days between the promised date and the later of today and the estimate. */
  daysLate: number;
}

export function assessOrder(input: OrderStatusInput): OrderAssessment {
  const zone = IANAZone.isValidZone(input.timeZone) ? input.timeZone : 'UTC';
  const scans = [...input.scans].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const lastScan = scans.at(-1) ?? null;
  const delivery = scans.find((s) => s.status === 'DELIVERED') ?? null;
  const status = statusOf(input.order.status, lastScan, delivery);
  const promisedOn = input.order.promisedAt ? localDate(input.order.promisedAt, zone) : null;
  const today = localDate(input.now, zone);

  if (status === 'DELIVERED' || status === 'CANCELLED') {
    return {
      status,
      lastScan,
      deliveredAt: delivery?.occurredAt ?? null,
      estimatedArrival: null,
      estimateSource: null,
      estimatedOn: null,
      promisedOn,
      delayed: false,
      daysLate: 0,
    };
  }

  const estimate = estimateOf(input.order, scans, today, zone);
  const estimatedOn = estimate ? localDate(estimate.at, zone) : null;
  const daysLate = promisedOn
    ? Math.max(
        0,
        daysBetween(promisedOn, today),
        estimatedOn ? daysBetween(promisedOn, estimatedOn) : 0,
      )
    : 0;
  return {
    status,
    lastScan,
    deliveredAt: null,
    estimatedArrival: estimate?.at ?? null,
    estimateSource: estimate?.source ?? null,
    estimatedOn,
    promisedOn,
    delayed: daysLate > 0,
    daysLate,
  };
}

/**
 * The scans are newer than the order row (fulfilment updates the row in batches), so they win;
 * a cancelled order stays cancelled whatever a stray scan says.
 */
function statusOf(
  stored: string,
  lastScan: TrackingScan | null,
  delivery: TrackingScan | null,
): TrackingStatus {
  if (stored === 'CANCELLED') return 'CANCELLED';
  if (delivery) return 'DELIVERED';
  if (!lastScan) {
    if (stored === 'DELIVERED') return 'DELIVERED';
    return stored === 'SHIPPED' || stored === 'IN_TRANSIT' ? 'IN_TRANSIT' : 'PROCESSING';
  }
  switch (lastScan.status) {
    case 'LABEL_CREATED':
    case 'OUT_FOR_DELIVERY':
    case 'EXCEPTION':
      return lastScan.status;
    default:
      // Picked up, at or between facilities, or a carrier code we do not map: moving.
      return 'IN_TRANSIT';
  }
}

/**
 * The carrier's latest estimate when it gave one (even a past one: it is the carrier's word, and
 * lateness is measured from today anyway); else the promised date, or the transit rule when
 * nothing was promised, as long as that date is not already past: a date that has gone by is no
 * estimate, and the reply says the carrier has not given a new one instead of inventing it.
 */
function estimateOf(
  order: OrderFacts,
  scans: readonly TrackingScan[],
  today: string,
  zone: string,
): { at: Date; source: EstimateSource } | null {
  const carrier = scans.findLast((s) => s.estimatedDeliveryAt !== null)?.estimatedDeliveryAt;
  if (carrier) return { at: carrier, source: 'CARRIER' };
  if (order.promisedAt) {
    return daysBetween(today, localDate(order.promisedAt, zone)) >= 0
      ? { at: order.promisedAt, source: 'PROMISED' }
      : null;
  }
  const ruled = addBusinessDays(
    DateTime.fromJSDate(order.placedAt, { zone }),
    TRANSIT_RULE_BUSINESS_DAYS,
  ).endOf('day');
  return daysBetween(today, ruled.toISODate() as string) >= 0
    ? { at: ruled.toJSDate(), source: 'TRANSIT_RULE' }
    : null;
}

function addBusinessDays(start: DateTime, days: number): DateTime {
  let date = start;
  for (let added = 0; added < days;) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5) added++;
  }
  return date;
}

/** The calendar date of `instant` in `zone`, 'YYYY-MM-DD'. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}

/** `to` minus `from` in whole days; both are calendar dates, compared in UTC where days are 24 h. */
function daysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return Math.round(b.diff(a, 'days').days);
}
