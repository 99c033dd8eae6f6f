/**
 * DEMO DATA for sales tax: where the demo shop sells from, where its orders ship to, and what its
 * products are for taxability. Addresses are invented (real cities and ZIPs, made-up streets);
 * nobody lives there.
 *
 * - The shop (Juniper Lane Goods) works from Austin, TX 78704: every parcel leaves from there,
 *   and its Texas online sales are sourced to it (Texas origin sourcing for an in-state seller).
 * - Its Saturday market days rotate between four Austin-area markets: two in Austin, one in
 *   Lakeway and one in Pflugerville, so a Texas return lists more than one city. (Not Round Rock:
 *   the ZIP rate table's rows for Round Rock's street ZIPs are an emergency services district's,
 *   with no city rate, so a market there would not show the city's own tax.)
 * - Product categories: stoneware (mugs, bowls, planters) and candles are general merchandise;
 *   loose-leaf and herbal teas are food for home consumption (grocery); the digital gift card is
 *   stored value (gift-card). The "Tea for One Gift Set" (a stoneware mug with tea) is classed
 *   general as a whole: it is sold for one price, and most of its price is the mug, so it is a
 *   bundled transaction taxed in full where food is exempt (see the note on its row).
 */
import type { EntityManager } from 'typeorm';
import type { BusinessLocationKind } from '../entities/business-location.entity.js';
import type { ProductTaxCategory } from '../entities/product-tax-category.entity.js';

export interface DemoLocation {
  name: string;
  kind: BusinessLocationKind;
  line1: string;
  city: string;
  state: string;
  postalCode: string;
  note: string;
}

export const DEMO_SHOP_LOCATION: DemoLocation = {
  name: 'Juniper Lane Goods studio',
  kind: 'PLACE_OF_BUSINESS',
  line1: '1208 S Lamar Blvd',
  city: 'Austin',
  state: 'TX',
  postalCode: '78704',
  note: 'Demo data: the shop’s studio and shipping point (invented street address).',
};

/** The market days rotate through these in order, one Saturday each. */
export const DEMO_MARKET_LOCATIONS: readonly DemoLocation[] = [
  {
    name: 'Downtown Saturday Market (Republic Square)',
    kind: 'MARKET',
    line1: '422 Guadalupe St',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    note: 'Demo data: a Saturday craft market stall.',
  },
  {
    name: 'Lakeway Saturday Market',
    kind: 'MARKET',
    line1: '1937 Lohmans Crossing',
    city: 'Lakeway',
    state: 'TX',
    postalCode: '78734',
    note: 'Demo data: a Saturday craft market stall.',
  },
  {
    name: 'Mueller Makers Market',
    kind: 'MARKET',
    line1: '4550 Mueller Blvd',
    city: 'Austin',
    state: 'TX',
    postalCode: '78723',
    note: 'Demo data: a Saturday craft market stall.',
  },
  {
    name: 'Pflugerville Pfall Market',
    kind: 'MARKET',
    line1: '515 City Park Rd',
    city: 'Pflugerville',
    state: 'TX',
    postalCode: '78660',
    note: 'Demo data: a Saturday craft market stall.',
  },
];

/** Ship-to addresses of the demo orders (demo-business.ts), by order number. */
export const DEMO_ORDER_ADDRESSES: Readonly<
  Record<
    string,
    {
      line1: string;
      city: string;
      postalCode: string;
      taxTreatment: 'taxable' | 'exempt' | 'resale';
    }
  >
> = {
  'JL-1035': {
    line1: '418 7th Ave',
    city: 'Brooklyn',
    postalCode: '11215',
    taxTreatment: 'taxable',
  },
  // Bramble & Bean Coffee buys to resell (a Texas resale certificate on file).
  'JL-1036': {
    line1: '1012 S Alamo St',
    city: 'San Antonio',
    postalCode: '78210',
    taxTreatment: 'resale',
  },
  'JL-1037': {
    line1: '2231 Sunset Blvd',
    city: 'Los Angeles',
    postalCode: '90026',
    taxTreatment: 'taxable',
  },
  'JL-1038': {
    line1: '2740 E 8th Ave',
    city: 'Denver',
    postalCode: '80206',
    taxTreatment: 'taxable',
  },
  'JL-1039': {
    line1: '350 N Orleans St',
    city: 'Chicago',
    postalCode: '60654',
    taxTreatment: 'taxable',
  },
  'JL-1040': {
    line1: '4012 Fremont Ave N',
    city: 'Seattle',
    postalCode: '98103',
    taxTreatment: 'taxable',
  },
  // Tallgrass Home Co. buys to resell (a Colorado resale certificate on file).
  'JL-1041': {
    line1: '230 Linden St',
    city: 'Fort Collins',
    postalCode: '80524',
    taxTreatment: 'resale',
  },
  // The sales-tax scenario's sample: Los Angeles, where county and city district taxes add to
  // California's 7.25% statewide rate.
  'JL-1042': {
    line1: '1650 Echo Park Ave',
    city: 'Los Angeles',
    postalCode: '90026',
    taxTreatment: 'taxable',
  },
  'JL-1043': {
    line1: '55 W Church St',
    city: 'Orlando',
    postalCode: '32801',
    taxTreatment: 'taxable',
  },
  'JL-1044': {
    line1: '1820 Westheimer Rd',
    city: 'Houston',
    postalCode: '77098',
    taxTreatment: 'taxable',
  },
};

export const DEMO_PRODUCT_TAX_CATEGORIES: ReadonlyArray<{
  sku: string;
  category: ProductTaxCategory;
  note: string;
}> = [
  ...['MUG-SPK-12', 'MUG-SGE-16', 'BWL-NDL-7', 'BWL-SPK-6', 'PLT-HNG-6', 'PLT-TBL-4'].map(
    (sku) => ({
      sku,
      category: 'general' as const,
      note: 'Stoneware: tangible personal property, taxable wherever goods are.',
    }),
  ),
  ...['CDL-CED-8', 'CDL-FIG-8', 'CDL-LAV-4'].map((sku) => ({
    sku,
    category: 'general' as const,
    note: 'Candles: tangible personal property.',
  })),
  ...['TEA-EGC-50', 'TEA-SEN-50', 'TEA-CHM-30'].map((sku) => ({
    sku,
    category: 'grocery' as const,
    note: 'Packaged tea for home consumption: food (grocery), exempt or reduced in most states.',
  })),
  {
    sku: 'GFT-TEA-SET',
    category: 'general',
    note:
      'A mixed bundle (a stoneware mug and tea) sold for one price: the mug is most of its value, so it is ' +
      'a bundled transaction taxed in full (Streamlined Sales and Use Tax Agreement, Library of Definitions, ' +
      '"bundled transaction": a food-and-taxable bundle is taxable when the taxable items are more than 50% ' +
      'of its price; Texas taxes a gift basket with taxable items in full). From the publications as known; ' +
      'not re-read here.',
  },
  {
    sku: 'GC-050',
    category: 'gift-card',
    note: 'Stored value: not a sale of goods; tax is due when the card is spent on goods.',
  },
];

/**
 * Writes the shop's location and its markets, the demo orders' ship-to addresses, shipping and tax
 * treatment, and the products' tax categories. Runs after the orders are written and before the
 * sales by state (which name the locations).
 */
export async function seedDemoSalesTaxFacts(tx: EntityManager, workspaceId: string): Promise<void> {
  for (const location of [DEMO_SHOP_LOCATION, ...DEMO_MARKET_LOCATIONS]) {
    await tx.query(
      `INSERT INTO business_location (workspace_id, name, kind, line1, city, state, postal_code, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        workspaceId,
        location.name,
        location.kind,
        location.line1,
        location.city,
        location.state,
        location.postalCode,
        location.note,
      ],
    );
  }
  for (const [number, address] of Object.entries(DEMO_ORDER_ADDRESSES)) {
    // Standard shipping per the shipping article: $7.95 an order, free from $75 of goods;
    // wholesale (resale) orders ship freight-paid by the shop.
    await tx.query(
      `UPDATE customer_order
          SET ship_to_line1 = $3, ship_to_city = $4, ship_to_postal_code = $5, tax_treatment = $6,
              shipping_cents = CASE WHEN $6 = 'taxable' AND total_cents < 7500 THEN 795 ELSE 0 END
        WHERE workspace_id = $1 AND number = $2`,
      [workspaceId, number, address.line1, address.city, address.postalCode, address.taxTreatment],
    );
  }
  for (const product of DEMO_PRODUCT_TAX_CATEGORIES) {
    await tx.query(
      'INSERT INTO product_tax_category (workspace_id, sku, category, note) VALUES ($1, $2, $3, $4)',
      [workspaceId, product.sku, product.category, product.note],
    );
  }
}
