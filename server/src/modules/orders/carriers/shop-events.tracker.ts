import { ShipmentEventEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { TrackingScan } from '../../../engines/order-tracking/order-status.js';
import type { CarrierTracker, ShipmentRef } from './carrier-tracker.js';

/**
 * The scans the shop's own fulfilment recorded (`shipment_event`), for any carrier. This is the
 * tracker every order uses unless a carrier's API is configured, and the fallback when it fails.
 * The table has no column for a carrier's delivery estimate, so these scans never carry one.
 */
export class ShopEventsTracker implements CarrierTracker {
  readonly carrier = '*';
  readonly source = 'shop_events';

  constructor(private readonly dataSource: DataSource) {}

  async track(_trackingNumber: string, shipment: ShipmentRef): Promise<TrackingScan[]> {
    const rows = await this.dataSource.manager.find(ShipmentEventEntity, {
      where: { workspaceId: shipment.workspaceId, orderId: shipment.orderId },
      // id breaks ties so two scans recorded at the same instant keep one order.
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      occurredAt: row.occurredAt,
      status: row.status,
      location: row.location,
      description: row.description,
      estimatedDeliveryAt: null,
    }));
  }
}
