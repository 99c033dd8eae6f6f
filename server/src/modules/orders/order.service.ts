import { CustomerEntity, OrderEntity, WorkspaceEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { CarrierRegistry } from './carriers/carrier-registry.js';
import { CarrierTrackingError } from './carriers/carrier-tracker.js';
import { normalizeOrderNumber } from './order-number.js';
import {
  assessOrder,
  type OrderAssessment,
  type TrackingScan,
} from '../../engines/order-tracking/order-status.js';

/** An order with where it stands now. */
export interface OrderTracking extends OrderAssessment {
  found: true;
  number: string;
  customerEmail: string;
  carrier: string | null;
  trackingNumber: string | null;
  placedAt: Date;
  promisedAt: Date | null;
  totalCents: number;
  /** The shop's zone, in which `promisedOn` and `estimatedOn` are dates. */
  timeZone: string;
  /** All scans, oldest first. */
  scans: TrackingScan[];
  /** Where the scans came from: "shop_events", or a carrier API such as "ups_api". */
  source: string;
  /** Why the scans are not the carrier's own when its API was asked and failed; else null. */
  sourceNote: string | null;
}

/**
 * No such order in the workspace, or (when a customer email was given) not that customer's: the
 * two are one answer on purpose, so guessing order numbers reveals nothing about other customers.
 */
export interface OrderNotFound {
  found: false;
  number: string;
}

export type OrderLookup = OrderTracking | OrderNotFound;

/** A small shop has far fewer open orders; the bound keeps one request cheap whatever happens. */
const MAX_OPEN_ORDERS_CHECKED = 500;

/** Orders and where their parcels are. Reads only: tracking never writes. */
export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly carriers: CarrierRegistry,
  ) {}

  findByNumber(workspaceId: string, number: string): Promise<OrderEntity | null> {
    return this.dataSource.manager.findOneBy(OrderEntity, {
      workspaceId,
      number: normalizeOrderNumber(number),
    });
  }

  async track(
    workspaceId: string,
    rawNumber: string,
    options: { now: Date; customerEmail?: string | undefined },
  ): Promise<OrderLookup> {
    const number = normalizeOrderNumber(rawNumber);
    const order = await this.findByNumber(workspaceId, number);
    if (!order) return { found: false, number };
    const customer = await this.dataSource.manager.findOneByOrFail(CustomerEntity, {
      id: order.customerId,
      workspaceId,
    });
    if (options.customerEmail && !sameEmail(options.customerEmail, customer.email)) {
      return { found: false, number };
    }
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: workspaceId,
    });
    const { scans, source, sourceNote } = await this.scansOf(order);
    return {
      found: true,
      number: order.number,
      customerEmail: customer.email,
      carrier: order.carrier,
      trackingNumber: order.trackingNumber,
      placedAt: order.placedAt,
      promisedAt: order.promisedAt,
      totalCents: order.totalCents,
      timeZone: workspace.timeZone,
      scans,
      source,
      sourceNote,
      ...assessOrder({ order, scans, now: options.now, timeZone: workspace.timeZone }),
    };
  }

  /**
   * Proactive delay detection: every open order (not delivered or cancelled by its stored status)
   * that is late against its promised date now, most days late first, so the shop can reach out
   * before the customer asks.
   */
  async delayed(workspaceId: string, now: Date): Promise<OrderTracking[]> {
    const open = await this.dataSource.manager
      .createQueryBuilder(OrderEntity, 'o')
      .where("o.workspace_id = :workspaceId AND o.status NOT IN ('DELIVERED', 'CANCELLED')", {
        workspaceId,
      })
      .orderBy('o.promised_at', 'ASC')
      .limit(MAX_OPEN_ORDERS_CHECKED)
      .getMany();
    const tracked: OrderTracking[] = [];
    for (const order of open) {
      const tracking = await this.track(workspaceId, order.number, { now });
      if (tracking.found && tracking.delayed) tracked.push(tracking);
    }
    return tracked.sort((a, b) => b.daysLate - a.daysLate);
  }

  /**
   * The carrier's scans when its API is configured and answers; otherwise the shop's own. A
   * carrier outage must not turn "where is my order" into an error while the shop has scans.
   */
  private async scansOf(
    order: OrderEntity,
  ): Promise<{ scans: TrackingScan[]; source: string; sourceNote: string | null }> {
    const ref = { workspaceId: order.workspaceId, orderId: order.id, carrier: order.carrier };
    const tracker = this.carriers.trackerFor(order.carrier);
    const fallback = this.carriers.fallback;
    if (tracker !== fallback && order.trackingNumber) {
      try {
        return {
          scans: await tracker.track(order.trackingNumber, ref),
          source: tracker.source,
          sourceNote: null,
        };
      } catch (error) {
        if (!(error instanceof CarrierTrackingError)) throw error;
        const scans = await fallback.track(order.trackingNumber, ref);
        return {
          scans,
          source: fallback.source,
          sourceNote: `${error.message}; showing the shop's own scans.`,
        };
      }
    }
    return {
      scans: await fallback.track(order.trackingNumber ?? '', ref),
      source: fallback.source,
      sourceNote: null,
    };
  }
}

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
