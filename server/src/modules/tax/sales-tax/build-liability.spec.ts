import { describe, expect, it } from 'vitest';
import { quoteSalesTax } from '../../../engines/sales-tax/index.js';
import { buildLiability, parseDecimalRate, type LiabilityInput } from './build-liability.js';
import type { SaleGroup } from './sales-tax-data.js';
import { parseSalesTaxPeriod } from './sales-tax-period.js';

const SHOP = {
  name: 'Shop',
  line1: '1208 S Lamar Blvd',
  city: 'Austin',
  state: 'TX',
  postalCode: '78704',
};

function group(overrides: Partial<SaleGroup>): SaleGroup {
  return {
    soldOn: '2026-07-11',
    channel: 'MARKET',
    taxTreatment: 'taxable',
    shipToPostalCode: '78701',
    location: null,
    orderCount: 1,
    goodsCents: 0,
    shippingCents: 0,
    taxCollectedCents: 0,
    ...overrides,
  };
}

function input(overrides: Partial<LiabilityInput>): LiabilityInput {
  return {
    state: 'TX',
    period: parseSalesTaxPeriod('2026-07'),
    registration: { registeredOn: '2024-11-01' },
    shop: SHOP,
    groups: [],
    ledger: [],
    today: '2026-11-26',
    quote: quoteSalesTax,
    ...overrides,
  };
}

describe('parseDecimalRate', () => {
  it('reads a decimal rate exactly', () => {
    expect(parseDecimalRate('0.0625')).toEqual({ numerator: 625, denominator: 10_000 });
    expect(parseDecimalRate('0.01')).toEqual({ numerator: 1, denominator: 100 });
  });
});

describe('buildLiability', () => {
  it("rounds each jurisdiction's tax once for the period, not once per day", () => {
    // Two days of 10 cents: 6.25% of each is 0.625 (1 cent rounded per day, 2 in all); of the
    // period's 20 cents it is 1.25, so the state is owed 1 cent.
    const liability = buildLiability(
      input({
        groups: [group({ goodsCents: 10 }), group({ soldOn: '2026-07-18', goodsCents: 10 })],
      }),
    );
    const state = liability.jurisdictions.find((j) => j.level === 'STATE');
    expect(state).toMatchObject({ taxableSalesCents: 20, taxOwedCents: 1 });
    expect(liability.jurisdictions.reduce((s, j) => s + j.taxOwedCents, 0)).toBe(
      liability.taxOwedCents,
    );
  });

  it('attributes a shared 2200 credit to the states by the tax their rows say, and names what no row splits', () => {
    const liability = buildLiability(
      input({
        groups: [group({ goodsCents: 10_000, taxCollectedCents: 825 })],
        ledger: [
          { entryId: 'a', credit2200Cents: 1_000, collectedByState: { TX: 600, CA: 400 } },
          { entryId: 'b', credit2200Cents: 250, collectedByState: {} },
        ],
      }),
    );
    expect(liability.ledgerCollectedCents).toBe(600);
    expect(liability.notes.join(' ')).toContain(
      '$2.50 of 2200 Sales tax payable credits in the period are on entries no sales row splits',
    );
  });

  it('keeps resale and exempt sales out of the taxable sales, by reason', () => {
    const liability = buildLiability(
      input({
        groups: [
          group({ goodsCents: 10_000 }),
          group({ channel: 'WHOLESALE', taxTreatment: 'resale', goodsCents: 50_000 }),
          group({ taxTreatment: 'exempt', goodsCents: 7_000 }),
        ],
      }),
    );
    expect(liability).toMatchObject({
      grossSalesCents: 67_000,
      resaleSalesCents: 50_000,
      exemptSalesCents: 7_000,
      taxableSalesCents: 10_000,
      taxOwedCents: 825,
    });
    expect(liability.exemptByReason).toEqual([
      {
        code: 'EXEMPT_BUYER',
        reason: 'Sold to exempt buyers (exemption certificate on file).',
        cents: 7_000,
      },
    ]);
  });
});
