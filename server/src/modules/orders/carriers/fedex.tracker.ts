import type { TrackingScan } from '../../../engines/order-tracking/order-status.js';
import { CarrierTrackingError, type CarrierTracker } from './carrier-tracker.js';
import type { FedexCredentials } from './carrier-credentials.js';

/**
 * The seam for the FedEx Track API (OAuth with the API key and secret key, then POST
 * /track/v1/trackingnumbers). Only built when its credentials are configured (see carrier-
 * credentials.ts); without them FedEx orders are tracked from the shop's own scans.
 *
 * Not implemented yet: writing it needs real FedEx developer credentials and network access to
 * test against, and neither exists where this was built. It refuses rather than inventing scans;
 * OrderService then falls back to the shop's own scans and says so in the result.
 */
export class FedexTracker implements CarrierTracker {
  readonly carrier = 'FedEx';
  readonly source = 'fedex_api';

  constructor(readonly credentials: FedexCredentials) {}

  track(_trackingNumber: string): Promise<TrackingScan[]> {
    return Promise.reject(
      new CarrierTrackingError(
        this.carrier,
        'FedEx tracking is configured but its API adapter is not implemented yet',
      ),
    );
  }
}
