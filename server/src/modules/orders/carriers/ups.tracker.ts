import type { TrackingScan } from '../../../engines/order-tracking/order-status.js';
import { CarrierTrackingError, type CarrierTracker } from './carrier-tracker.js';
import type { UpsCredentials } from './carrier-credentials.js';

/**
 * The seam for the UPS Tracking API (OAuth client credentials, then GET
 * /api/track/v1/details/{inquiryNumber}). Only built when its credentials are configured (see
 * carrier-credentials.ts); without them UPS orders are tracked from the shop's own scans.
 *
 * Not implemented yet: writing it needs real UPS developer credentials and network access to test
 * against, and neither exists where this was built. It refuses rather than inventing scans;
 * OrderService then falls back to the shop's own scans and says so in the result.
 */
export class UpsTracker implements CarrierTracker {
  readonly carrier = 'UPS';
  readonly source = 'ups_api';

  constructor(readonly credentials: UpsCredentials) {}

  track(_trackingNumber: string): Promise<TrackingScan[]> {
    return Promise.reject(
      new CarrierTrackingError(
        this.carrier,
        'UPS tracking is configured but its API adapter is not implemented yet',
      ),
    );
  }
}
