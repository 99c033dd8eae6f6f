import type { TrackingScan } from '../../../engines/order-tracking/order-status.js';
import { CarrierTrackingError, type CarrierTracker } from './carrier-tracker.js';
import type { UspsCredentials } from './carrier-credentials.js';

/**
 * The seam for the USPS Tracking API v3 (OAuth with the consumer key and secret, then GET
 * /tracking/v3/tracking/{trackingNumber}). Only built when its credentials are configured (see
 * carrier-credentials.ts); without them USPS orders are tracked from the shop's own scans.
 *
 * Not implemented yet: writing it needs real USPS developer credentials and network access to test
 * against, and neither exists where this was built. It refuses rather than inventing scans;
 * OrderService then falls back to the shop's own scans and says so in the result.
 */
export class UspsTracker implements CarrierTracker {
  readonly carrier = 'USPS';
  readonly source = 'usps_api';

  constructor(readonly credentials: UspsCredentials) {}

  track(_trackingNumber: string): Promise<TrackingScan[]> {
    return Promise.reject(
      new CarrierTrackingError(
        this.carrier,
        'USPS tracking is configured but its API adapter is not implemented yet',
      ),
    );
  }
}
