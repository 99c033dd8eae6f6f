import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { CarrierRegistry } from './carriers/carrier-registry.js';
import type { CarrierTracker } from './carriers/carrier-tracker.js';
import { ShopEventsTracker } from './carriers/shop-events.tracker.js';
import { UpsTracker } from './carriers/ups.tracker.js';
import { OrderService } from './order.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let shopEvents: ShopEventsTracker;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:order-service-spec' });
  shopEvents = new ShopEventsTracker(fixture.db.dataSource);
});

afterAll(() => fixture?.close());

describe('OrderService', () => {
  it('finds an order by number only in its own workspace', async () => {
    const { workspaceId } = fixture.ctx;
    const orders = fixture.services.orders;

    expect((await orders.findByNumber(workspaceId, 'JL-1042'))?.number).toBe('JL-1042');
    expect(await orders.findByNumber('00000000-0000-4000-8000-000000000000', 'JL-1042')).toBeNull();
  });

  it("falls back to the shop's scans, saying why, when a configured carrier API cannot answer", async () => {
    const registry = CarrierRegistry.fromCredentials(shopEvents, {
      ups: { clientId: 'id', clientSecret: 'secret' },
    });
    expect(registry.trackerFor('ups')).toBeInstanceOf(UpsTracker);
    expect(registry.trackerFor('USPS')).toBe(shopEvents);

    const result = await new OrderService(fixture.db.dataSource, registry).track(
      fixture.ctx.workspaceId,
      'JL-1042',
      { now: NOW },
    );

    expect(result).toMatchObject({
      found: true,
      source: 'shop_events',
      sourceNote:
        "UPS tracking is configured but its API adapter is not implemented yet; showing the shop's own scans.",
      daysLate: 2,
    });
    expect(result.found && result.scans).toHaveLength(4);
  });

  it("uses a carrier's own scans and estimate when its tracker answers", async () => {
    const carrier: CarrierTracker = {
      carrier: 'UPS',
      source: 'ups_api',
      track: (trackingNumber) =>
        Promise.resolve([
          {
            occurredAt: new Date('2026-11-25T18:00:00.000Z'),
            status: 'DEPARTED_FACILITY',
            location: 'Phoenix, AZ',
            description: `Departed (${trackingNumber})`,
            estimatedDeliveryAt: new Date('2026-11-30T22:00:00.000Z'),
          },
        ]),
    };
    const orders = new OrderService(
      fixture.db.dataSource,
      new CarrierRegistry(shopEvents, [carrier]),
    );

    const result = await orders.track(fixture.ctx.workspaceId, 'JL-1042', { now: NOW });

    // Promised Nov 24; the carrier now says Nov 30: six days late, not the two elapsed so far.
    expect(result).toMatchObject({
      source: 'ups_api',
      sourceNote: null,
      estimateSource: 'CARRIER',
      estimatedOn: '2026-11-30',
      daysLate: 6,
      lastScan: { description: 'Departed (1Z4A7W820379214466)' },
    });
  });

  it('lets an unexpected tracker failure surface instead of hiding it behind the fallback', async () => {
    const broken: CarrierTracker = {
      carrier: 'UPS',
      source: 'ups_api',
      track: () => Promise.reject(new TypeError('bug')),
    };
    const orders = new OrderService(
      fixture.db.dataSource,
      new CarrierRegistry(shopEvents, [broken]),
    );

    await expect(orders.track(fixture.ctx.workspaceId, 'JL-1042', { now: NOW })).rejects.toThrow(
      'bug',
    );
  });

  it('tracks an order with no scans yet as processing, with no last scan', async () => {
    const result = await fixture.services.orders.track(fixture.ctx.workspaceId, 'JL-1043', {
      now: NOW,
    });

    expect(result).toMatchObject({ found: true, status: 'PROCESSING', scans: [], lastScan: null });
  });
});

describe('carrier credentials in the config', () => {
  it('are empty by default, so every carrier is tracked from the shop scans', () => {
    expect(loadConfig({}).carriers).toEqual({});
  });

  it('are read in pairs per carrier', () => {
    expect(
      loadConfig({
        UPS_CLIENT_ID: 'ups-id',
        UPS_CLIENT_SECRET: 'ups-secret',
        USPS_CONSUMER_KEY: 'usps-key',
        USPS_CONSUMER_SECRET: 'usps-secret',
      }).carriers,
    ).toEqual({
      ups: { clientId: 'ups-id', clientSecret: 'ups-secret' },
      usps: { consumerKey: 'usps-key', consumerSecret: 'usps-secret' },
    });
  });

  it('refuses half a pair with a ConfigError naming both variables', () => {
    expect(() => loadConfig({ FEDEX_API_KEY: 'key' })).toThrow(
      new ConfigError('FEDEX_API_KEY and FEDEX_SECRET_KEY must be set together'),
    );
  });
});
