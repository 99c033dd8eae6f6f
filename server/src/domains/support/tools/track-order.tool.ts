import { z } from 'zod';
import type { OrderService } from '../../../modules/orders/order.service.js';
import type {
  EstimateSource,
  TrackingScan,
  TrackingStatus,
} from '../../../engines/order-tracking/order-status.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const input = z.object({
  orderNumber: z.string().trim().min(1).max(40),
  customerEmail: z.email().optional(),
});

/** Scans shown with the result; the whole history is in the console's `order` query. */
export const TRACK_ORDER_EVENT_LIMIT = 5;

export interface TrackedScan {
  occurredAt: string;
  status: string;
  location: string;
  description: string;
}

export type TrackOrderOutput =
  | { found: false; number: string }
  | {
      found: true;
      number: string;
      status: TrackingStatus;
      carrier: string | null;
      trackingNumber: string | null;
      lastEvent: TrackedScan | null;
      estimatedArrival: string | null;
      estimatedOn: string | null;
      estimateSource: EstimateSource | null;
      promisedAt: string | null;
      promisedOn: string | null;
      deliveredAt: string | null;
      delayed: boolean;
      daysLate: number;
      /** The shop's zone, in which the `...On` dates are calendar dates. */
      timeZone: string;
      /** Newest first, at most TRACK_ORDER_EVENT_LIMIT. */
      events: TrackedScan[];
      source: string;
      sourceNote: string | null;
    };

/**
 * Where an order is, when it should arrive and whether it is late. With a customer email, an
 * order of somebody else answers exactly like an unknown number (`found: false`): a chat visitor
 * must not learn about other people's orders by guessing numbers. Reads only.
 */
export function trackOrderTool(
  orders: OrderService,
): Tool<z.infer<typeof input>, TrackOrderOutput> {
  return {
    name: 'track_order',
    description:
      'Looks up one of the shop\'s orders by number (e.g. "JL-1042"): status, carrier and tracking ' +
      'number, latest scan, estimated arrival, promised date, and whether it is late (daysLate). ' +
      "Give customerEmail when the customer gave one: another customer's order is then not found.",
    input,
    async execute(ctx, { orderNumber, customerEmail }) {
      const tracking = await orders.track(ctx.workspaceId, orderNumber, {
        now: ctx.now,
        customerEmail,
      });
      if (!tracking.found) return { found: false, number: tracking.number };
      return {
        found: true,
        number: tracking.number,
        status: tracking.status,
        carrier: tracking.carrier,
        trackingNumber: tracking.trackingNumber,
        lastEvent: tracking.lastScan ? scan(tracking.lastScan) : null,
        estimatedArrival: iso(tracking.estimatedArrival),
        estimatedOn: tracking.estimatedOn,
        estimateSource: tracking.estimateSource,
        promisedAt: iso(tracking.promisedAt),
        promisedOn: tracking.promisedOn,
        deliveredAt: iso(tracking.deliveredAt),
        delayed: tracking.delayed,
        daysLate: tracking.daysLate,
        timeZone: tracking.timeZone,
        events: tracking.scans.slice(-TRACK_ORDER_EVENT_LIMIT).reverse().map(scan),
        source: tracking.source,
        sourceNote: tracking.sourceNote,
      };
    },
    summarize(output) {
      if (!output.found) return `No order ${output.number} found`;
      const carrier = output.carrier ? ` with ${output.carrier}` : '';
      const late = output.delayed ? `, ${output.daysLate} day(s) late` : '';
      return `${output.number}: ${output.status}${carrier}${late}`;
    },
  };
}

function scan(s: TrackingScan): TrackedScan {
  return {
    occurredAt: s.occurredAt.toISOString(),
    status: s.status,
    location: s.location,
    description: s.description,
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
