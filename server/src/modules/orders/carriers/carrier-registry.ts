import type { CarrierTracker } from './carrier-tracker.js';
import type { CarrierCredentials } from './carrier-credentials.js';
import { FedexTracker } from './fedex.tracker.js';
import { UpsTracker } from './ups.tracker.js';
import { UspsTracker } from './usps.tracker.js';

/**
 * Chooses the tracker for an order's carrier: the carrier's own API when its credentials are
 * configured, otherwise the shop's own scans (which also serve orders with no carrier yet).
 */
export class CarrierRegistry {
  private readonly byCarrier = new Map<string, CarrierTracker>();

  constructor(
    /** The source that always answers; also the fallback when a carrier's API fails. */
    readonly fallback: CarrierTracker,
    carriers: readonly CarrierTracker[] = [],
  ) {
    for (const tracker of carriers) this.byCarrier.set(key(tracker.carrier), tracker);
  }

  /** The configured carrier adapters (none without credentials) over the shop's own scans. */
  static fromCredentials(fallback: CarrierTracker, credentials: CarrierCredentials = {}) {
    const carriers: CarrierTracker[] = [];
    if (credentials.ups) carriers.push(new UpsTracker(credentials.ups));
    if (credentials.fedex) carriers.push(new FedexTracker(credentials.fedex));
    if (credentials.usps) carriers.push(new UspsTracker(credentials.usps));
    return new CarrierRegistry(fallback, carriers);
  }

  trackerFor(carrier: string | null): CarrierTracker {
    return (carrier && this.byCarrier.get(key(carrier))) || this.fallback;
  }
}

// Orders spell carriers as the shop typed them ("UPS", "FedEx", "usps").
function key(carrier: string): string {
  return carrier.trim().toUpperCase();
}
