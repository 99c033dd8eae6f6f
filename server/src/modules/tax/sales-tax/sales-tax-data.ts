import type { DataSource } from 'typeorm';
import { DomainError } from '../../../errors.js';

/**
 * The database reads sales tax needs, each scoped by workspace. Amounts come back as integer
 * cents (bigint sums are read as text and converted).
 */

export interface ShopLocation {
  name: string;
  line1: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface StoredOrder {
  number: string;
  status: string;
  placedAt: Date;
  lines: Array<{ sku: string; name: string; quantity: number; unitPriceCents: number }>;
  totalCents: number;
  shippingCents: number;
  taxTreatment: 'taxable' | 'exempt' | 'resale';
  shipTo: { line1: string | null; city: string | null; state: string; postalCode: string | null };
}

/** One period's sales rows with the same day, channel, treatment, ZIP and location, summed. */
export interface SaleGroup {
  soldOn: string;
  channel: string;
  taxTreatment: 'taxable' | 'exempt' | 'resale';
  shipToPostalCode: string | null;
  location: ShopLocation | null;
  orderCount: number;
  goodsCents: number;
  shippingCents: number;
  taxCollectedCents: number;
}

/** A journal entry's credits to 2200 in the period and the tax its sales rows say, by state. */
export interface LedgerTaxEntry {
  entryId: string;
  credit2200Cents: number;
  collectedByState: Record<string, number>;
}

export async function readShopLocation(
  dataSource: DataSource,
  workspaceId: string,
): Promise<ShopLocation> {
  const rows = (await dataSource.query(
    `SELECT name, line1, city, state, postal_code AS "postalCode"
       FROM business_location WHERE workspace_id = $1 AND kind = 'PLACE_OF_BUSINESS'`,
    [workspaceId],
  )) as ShopLocation[];
  const shop = rows[0];
  if (!shop) {
    throw new DomainError(
      'NOT_FOUND',
      'The shop has no place of business on file (business_location): sales tax needs the address goods ship from.',
      { reason: 'NO_PLACE_OF_BUSINESS' },
    );
  }
  return shop;
}

export async function readOrder(
  dataSource: DataSource,
  workspaceId: string,
  orderNumber: string,
): Promise<StoredOrder | null> {
  const rows = (await dataSource.query(
    `SELECT number, status, placed_at AS "placedAt", lines, total_cents::text AS "totalCents",
            shipping_cents::text AS "shippingCents", tax_treatment AS "taxTreatment",
            ship_to_line1 AS "line1", ship_to_city AS "city", ship_to_state AS "state",
            ship_to_postal_code AS "postalCode"
       FROM customer_order WHERE workspace_id = $1 AND number = $2`,
    [workspaceId, orderNumber],
  )) as Array<Record<string, unknown>>;
  const row = rows[0];
  if (!row) return null;
  return {
    number: row.number as string,
    status: row.status as string,
    placedAt: new Date(row.placedAt as string | Date),
    lines: row.lines as StoredOrder['lines'],
    totalCents: Number(row.totalCents),
    shippingCents: Number(row.shippingCents),
    taxTreatment: row.taxTreatment as StoredOrder['taxTreatment'],
    shipTo: {
      line1: (row.line1 as string | null) ?? null,
      city: (row.city as string | null) ?? null,
      state: row.state as string,
      postalCode: (row.postalCode as string | null) ?? null,
    },
  };
}

export async function readProductCategories(
  dataSource: DataSource,
  workspaceId: string,
  skus: readonly string[],
): Promise<Map<string, string>> {
  if (skus.length === 0) return new Map();
  const rows = (await dataSource.query(
    'SELECT sku, category FROM product_tax_category WHERE workspace_id = $1 AND sku = ANY($2::text[])',
    [workspaceId, [...skus]],
  )) as Array<{ sku: string; category: string }>;
  return new Map(rows.map((r) => [r.sku, r.category]));
}

export async function readRegistration(
  dataSource: DataSource,
  workspaceId: string,
  state: string,
): Promise<{ registeredOn: string } | null> {
  const rows = (await dataSource.query(
    `SELECT registered_on::text AS "registeredOn" FROM tax_registration
      WHERE workspace_id = $1 AND state = $2`,
    [workspaceId, state],
  )) as Array<{ registeredOn: string }>;
  return rows[0] ?? null;
}

export async function readSaleGroups(
  dataSource: DataSource,
  workspaceId: string,
  state: string,
  start: string,
  end: string,
): Promise<SaleGroup[]> {
  const rows = (await dataSource.query(
    `SELECT s.sold_on::text AS "soldOn", s.channel, s.tax_treatment AS "taxTreatment",
            s.ship_to_postal_code AS "shipToPostalCode",
            l.name AS "locationName", l.line1, l.city, l.state AS "locationState",
            l.postal_code AS "locationPostalCode",
            SUM(s.order_count)::int AS "orderCount", SUM(s.goods_cents)::text AS "goodsCents",
            SUM(s.shipping_cents)::text AS "shippingCents",
            SUM(s.tax_collected_cents)::text AS "taxCollectedCents"
       FROM sale s LEFT JOIN business_location l ON l.id = s.business_location_id
      WHERE s.workspace_id = $1 AND s.ship_to_state = $2 AND s.sold_on BETWEEN $3::date AND $4::date
      GROUP BY s.sold_on, s.channel, s.tax_treatment, s.ship_to_postal_code,
               l.name, l.line1, l.city, l.state, l.postal_code
      ORDER BY s.sold_on, s.channel, s.ship_to_postal_code`,
    [workspaceId, state, start, end],
  )) as Array<Record<string, string | number | null>>;
  return rows.map((r) => ({
    soldOn: r.soldOn as string,
    channel: r.channel as string,
    taxTreatment: r.taxTreatment as SaleGroup['taxTreatment'],
    shipToPostalCode: (r.shipToPostalCode as string | null) ?? null,
    location:
      r.locationName == null
        ? null
        : {
            name: r.locationName as string,
            line1: r.line1 as string,
            city: r.city as string,
            state: r.locationState as string,
            postalCode: r.locationPostalCode as string,
          },
    orderCount: Number(r.orderCount),
    goodsCents: Number(r.goodsCents),
    shippingCents: Number(r.shippingCents),
    taxCollectedCents: Number(r.taxCollectedCents),
  }));
}

/**
 * Every journal entry dated in the period with a credit to 2200 Sales tax payable, with the tax
 * its sales rows record by state: 2200 is one account for every state, so a state's share of an
 * entry's credit is told by the rows that split that entry.
 */
export async function readLedgerTax(
  dataSource: DataSource,
  workspaceId: string,
  start: string,
  end: string,
): Promise<LedgerTaxEntry[]> {
  const credits = (await dataSource.query(
    `SELECT e.id AS "entryId", SUM(l.credit_cents)::text AS "credit"
       FROM journal_entry e
       JOIN journal_line l ON l.entry_id = e.id
       JOIN ledger_account a ON a.id = l.account_id
      WHERE e.workspace_id = $1 AND a.code = '2200' AND l.credit_cents > 0
        AND e.occurred_on BETWEEN $2::date AND $3::date
      GROUP BY e.id`,
    [workspaceId, start, end],
  )) as Array<{ entryId: string; credit: string }>;
  if (credits.length === 0) return [];
  const split = (await dataSource.query(
    `SELECT journal_entry_id AS "entryId", ship_to_state AS state,
            SUM(tax_collected_cents)::text AS "collected"
       FROM sale WHERE workspace_id = $1 AND journal_entry_id = ANY($2::uuid[])
      GROUP BY journal_entry_id, ship_to_state`,
    [workspaceId, credits.map((c) => c.entryId)],
  )) as Array<{ entryId: string; state: string; collected: string }>;
  const byEntry = new Map<string, Record<string, number>>();
  for (const row of split) {
    const states = byEntry.get(row.entryId) ?? {};
    states[row.state] = Number(row.collected);
    byEntry.set(row.entryId, states);
  }
  return credits.map((c) => ({
    entryId: c.entryId,
    credit2200Cents: Number(c.credit),
    collectedByState: byEntry.get(c.entryId) ?? {},
  }));
}
