import type { TrackingScan } from '../../../engines/order-tracking/order-status.js';

/**
 * Where a parcel is, as a carrier (or the shop's own fulfilment) reports it. One implementation
 * per source; `carrier-registry.ts` picks one per order.
 */

/** The scan statuses the order-status rules understand; carriers' own codes map onto these. */
export const SCAN_STATUSES = [
  'LABEL_CREATED',
  'PICKED_UP',
  'DEPARTED_FACILITY',
  'ARRIVED_AT_FACILITY',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
] as const;

export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** Which parcel to track: the order it belongs to (for sources keyed by order) and its carrier. */
export interface ShipmentRef {
  workspaceId: string;
  orderId: string;
  carrier: string | null;
}

export interface CarrierTracker {
  /** The carrier this tracker asks ("UPS"), or "*" for a source that covers every carrier. */
  readonly carrier: string;
  /** Shown with the result so a reader knows where the scans came from, e.g. "shop_events". */
  readonly source: string;
  /** The parcel's scans, oldest first. Throws CarrierTrackingError when the source cannot answer. */
  track(trackingNumber: string, shipment: ShipmentRef): Promise<TrackingScan[]>;
}

/** A tracker that could not answer (not implemented, carrier API down, credentials refused). */
export class CarrierTrackingError extends Error {
  override name = 'CarrierTrackingError';

  constructor(
    readonly carrier: string,
    message: string,
  ) {
    super(message);
  }
}
