/**
 * DEMO DATA: the demo shop's sales by destination state, split from the revenue the demo books
 * have just posted (demo-books.ts), so the two always agree: per month and channel, the rows'
 * goods add up to the books' revenue account to the cent (4010 online store, 4020 wholesale,
 * 4030 markets), online shipping to 4040 and the tax collected to the credits of 2200.
 *
 * - Online store (Shopify summaries, one entry per week split at month ends): the summary's orders
 *   (its memo's "(N orders)") are dealt to twelve states by fixed weights with seeded noise; its
 *   goods and shipping follow the orders. Texas, where the shop collects, is 30% of the orders and
 *   carries the summary's whole tax (the books charge 8.25% on 30% of online sales). One row per
 *   summary and state, dated the summary's last day.
 * - Markets (Square, Saturdays in and around Austin): Texas, taxable, the day's sales as orders.
 * - Wholesale invoices: one order to the buyer's state, for resale (certificate on file).
 * The weights are chosen so that, over the two years of books, Georgia passes its 200-transaction
 * test (MET), New Jersey is near its own (APPROACHING) and the other states stay BELOW.
 * Registered to collect in Texas only, from the first day the books record a sale.
 *
 * Where (for local sales tax): online and wholesale rows are sold from the shop (Austin 78704) and
 * carry a representative ship-to ZIP of their state (rows aggregate many orders; the ZIPs rotate
 * by week so a state's period spans a few jurisdictions); market rows are sold at that Saturday's
 * market (demo-sales-tax.ts: Austin, Lakeway, Austin, Pflugerville in turn), handed over there.
 * Every Texas location is 8.25% combined, so the books' 8.25% is the rate wherever it is sourced.
 * Choosing ZIPs draws no random numbers: the state split above is unchanged by them.
 */
import type { EntityManager } from 'typeorm';
import { DEMO_MARKET_LOCATIONS, DEMO_SHOP_LOCATION } from './demo-sales-tax.js';
import { mulberry32 } from './seeded-random.js';

/** Online orders by ship-to state (Texas is fixed at 30%, see above); the rest share 70%. */
const ONLINE_STATE_WEIGHTS: ReadonlyArray<readonly [state: string, weight: number]> = [
  ['CA', 0.22],
  ['NY', 0.13],
  ['FL', 0.1],
  ['GA', 0.09],
  ['CO', 0.08],
  ['WA', 0.08],
  ['AZ', 0.07],
  ['NC', 0.07],
  ['NJ', 0.06],
  ['IL', 0.05],
  ['OK', 0.05],
];
const TEXAS_ONLINE_ORDER_SHARE = 0.3;
const HOME_STATE = 'TX';

/** The wholesale buyers' states (stores named in the books' invoice memos); others are Texan. */
const WHOLESALE_BUYER_STATES: Readonly<Record<string, string>> = {
  'Prairie Lark Home': 'OK',
  'Cedar & Sage Boutique': 'CO',
  'Sunday Market Provisions': 'AZ',
};

/** Ship-to ZIPs a state's online rows rotate through, week by week (real ZIPs, demo use). */
const ONLINE_POSTAL_CODES: Readonly<Record<string, readonly string[]>> = {
  TX: ['78701', '77098', '75204', '78209', '76104'],
  CA: ['90026', '94110'],
  NY: ['11215', '14607'],
  FL: ['32801', '33131'],
  GA: ['30307', '31401'],
  CO: ['80206', '80302'],
  WA: ['98103', '98402'],
  AZ: ['85004', '85701'],
  NC: ['27601', '28202'],
  NJ: ['07030', '08540'],
  IL: ['60614', '62701'],
  OK: ['73103', '74103'],
};

/** The wholesale buyers' ZIPs by state (one store each; Texan buyers are in San Antonio). */
const WHOLESALE_POSTAL_CODES: Readonly<Record<string, string>> = {
  OK: '74103',
  CO: '80524',
  AZ: '85701',
  TX: '78210',
};

/** Whole weeks since 1970-01-01 (a Thursday) of an ISO date: a stable rotation index. */
function weekIndex(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / (7 * 24 * 60 * 60 * 1000));
}

function onlinePostalCode(state: string, soldOn: string): string | null {
  const codes = ONLINE_POSTAL_CODES[state];
  return codes ? (codes[weekIndex(soldOn) % codes.length] ?? null) : null;
}

/** The market a Saturday's sales were made at. */
export function marketOf(soldOn: string): (typeof DEMO_MARKET_LOCATIONS)[number] {
  const market = DEMO_MARKET_LOCATIONS[weekIndex(soldOn) % DEMO_MARKET_LOCATIONS.length];
  if (!market) throw new Error('demo data: no market locations');
  return market;
}

/** One posted revenue entry, as read back from the journal. */
export interface RevenueEntry {
  entryId: string;
  occurredOn: string;
  memo: string;
  onlineCents: number;
  wholesaleCents: number;
  marketCents: number;
  shippingCents: number;
  taxCents: number;
}

export interface DemoSaleRow {
  soldOn: string;
  shipToState: string;
  channel: 'ONLINE' | 'WHOLESALE' | 'MARKET';
  orderCount: number;
  goodsCents: number;
  shippingCents: number;
  taxCollectedCents: number;
  marketplaceFacilitated: boolean;
  taxTreatment: 'taxable' | 'exempt' | 'resale';
  journalEntryId: string;
  /** The wholesale buyer (matched to its resale certificate); null for retail rows. */
  buyerName?: string | null;
  shipToPostalCode: string | null;
  /** The business_location's name (demo-sales-tax.ts) the row was sold from. */
  locationName: string;
}

/**
 * Whole units of `total` in proportion to `weights` (largest remainder, ties to the earlier
 * weight): the parts always add up to `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

function countInMemo(memo: string): number {
  const match = /\((\d+) (?:orders?|sales?)\)/.exec(memo);
  return match ? Math.max(1, Number(match[1])) : 1;
}

function onlineRows(entry: RevenueEntry, random: () => number): DemoSaleRow[] {
  const orders = countInMemo(entry.memo);
  const texasOrders = Math.max(1, Math.round(orders * TEXAS_ONLINE_ORDER_SHARE));
  const otherOrders = apportion(
    orders - texasOrders,
    ONLINE_STATE_WEIGHTS.map(([, weight]) => weight * (0.85 + random() * 0.3)),
  );
  const states = [HOME_STATE, ...ONLINE_STATE_WEIGHTS.map(([state]) => state)];
  const orderCounts = [texasOrders, ...otherOrders];
  const goods = apportion(entry.onlineCents, orderCounts);
  const shipping = apportion(entry.shippingCents, goods);
  return states.flatMap((shipToState, i) =>
    (orderCounts[i] ?? 0) === 0
      ? []
      : [
          {
            soldOn: entry.occurredOn,
            shipToState,
            channel: 'ONLINE' as const,
            orderCount: orderCounts[i] ?? 0,
            goodsCents: goods[i] ?? 0,
            shippingCents: shipping[i] ?? 0,
            taxCollectedCents: shipToState === HOME_STATE ? entry.taxCents : 0,
            marketplaceFacilitated: false,
            taxTreatment: 'taxable' as const,
            journalEntryId: entry.entryId,
            shipToPostalCode: onlinePostalCode(shipToState, entry.occurredOn),
            locationName: DEMO_SHOP_LOCATION.name,
          },
        ],
  );
}

function buyerOf(memo: string): string {
  return /^Wholesale invoice \S+ to (.+)$/.exec(memo)?.[1] ?? '';
}

function buyerState(memo: string): string {
  return WHOLESALE_BUYER_STATES[buyerOf(memo)] ?? HOME_STATE;
}

/** The rows for the books' revenue entries: pure and deterministic (mulberry32). */
export function buildDemoSalesByState(entries: readonly RevenueEntry[]): DemoSaleRow[] {
  const random = mulberry32(0x57a7e5);
  const rows: DemoSaleRow[] = [];
  for (const entry of entries) {
    if (entry.onlineCents > 0) rows.push(...onlineRows(entry, random));
    if (entry.marketCents > 0) {
      rows.push({
        soldOn: entry.occurredOn,
        shipToState: HOME_STATE,
        channel: 'MARKET',
        orderCount: countInMemo(entry.memo),
        goodsCents: entry.marketCents,
        shippingCents: 0,
        taxCollectedCents: entry.taxCents,
        marketplaceFacilitated: false,
        taxTreatment: 'taxable',
        journalEntryId: entry.entryId,
        shipToPostalCode: marketOf(entry.occurredOn).postalCode,
        locationName: marketOf(entry.occurredOn).name,
      });
    }
    if (entry.wholesaleCents > 0) {
      const shipToState = buyerState(entry.memo);
      rows.push({
        soldOn: entry.occurredOn,
        shipToState,
        channel: 'WHOLESALE',
        orderCount: 1,
        goodsCents: entry.wholesaleCents,
        shippingCents: 0,
        taxCollectedCents: 0,
        marketplaceFacilitated: false,
        taxTreatment: 'resale',
        journalEntryId: entry.entryId,
        buyerName: buyerOf(entry.memo) || null,
        shipToPostalCode: WHOLESALE_POSTAL_CODES[shipToState] ?? null,
        locationName: DEMO_SHOP_LOCATION.name,
      });
    }
  }
  return rows;
}

/** The revenue the books posted, one row per entry with its credits by revenue account. */
const REVENUE_ENTRIES_SQL = `
  SELECT e.id AS "entryId", e.occurred_on::text AS "occurredOn", e.memo,
         SUM(CASE WHEN a.code = '4010' THEN l.credit_cents - l.debit_cents ELSE 0 END)::bigint AS "onlineCents",
         SUM(CASE WHEN a.code = '4020' THEN l.credit_cents - l.debit_cents ELSE 0 END)::bigint AS "wholesaleCents",
         SUM(CASE WHEN a.code = '4030' THEN l.credit_cents - l.debit_cents ELSE 0 END)::bigint AS "marketCents",
         SUM(CASE WHEN a.code = '4040' THEN l.credit_cents - l.debit_cents ELSE 0 END)::bigint AS "shippingCents",
         SUM(CASE WHEN a.code = '2200' THEN l.credit_cents - l.debit_cents ELSE 0 END)::bigint AS "taxCents"
    FROM journal_entry e
    JOIN journal_line l ON l.entry_id = e.id
    JOIN ledger_account a ON a.id = l.account_id
   WHERE e.workspace_id = $1 AND a.code IN ('4010', '4020', '4030', '4040', '2200')
   GROUP BY e.id, e.occurred_on, e.memo
  HAVING SUM(CASE WHEN a.code IN ('4010', '4020', '4030') THEN l.credit_cents ELSE 0 END) > 0
   ORDER BY e.occurred_on, e.id`;

const CHUNK = 2_000;

/**
 * Writes the demo's sales by state (from the journal the books just wrote) and its one
 * registration, Texas, in bulk within the seed's transaction.
 */
export async function seedDemoSalesByState(tx: EntityManager, workspaceId: string): Promise<void> {
  const raw = (await tx.query(REVENUE_ENTRIES_SQL, [workspaceId])) as Array<
    Record<keyof RevenueEntry, string>
  >;
  const entries: RevenueEntry[] = raw.map((r) => ({
    entryId: r.entryId,
    occurredOn: r.occurredOn,
    memo: r.memo,
    onlineCents: Number(r.onlineCents),
    wholesaleCents: Number(r.wholesaleCents),
    marketCents: Number(r.marketCents),
    shippingCents: Number(r.shippingCents),
    taxCents: Number(r.taxCents),
  }));
  const locations = (await tx.query(
    'SELECT id, name FROM business_location WHERE workspace_id = $1',
    [workspaceId],
  )) as Array<{ id: string; name: string }>;
  const locationId = new Map(locations.map((l) => [l.name, l.id]));
  const rows = buildDemoSalesByState(entries).map((row) => ({
    workspace_id: workspaceId,
    sold_on: row.soldOn,
    ship_to_state: row.shipToState,
    channel: row.channel,
    order_count: row.orderCount,
    goods_cents: row.goodsCents,
    shipping_cents: row.shippingCents,
    tax_collected_cents: row.taxCollectedCents,
    marketplace_facilitated: row.marketplaceFacilitated,
    tax_treatment: row.taxTreatment,
    journal_entry_id: row.journalEntryId,
    buyer_name: row.buyerName ?? null,
    ship_to_postal_code: row.shipToPostalCode,
    business_location_id: locationId.get(row.locationName) ?? null,
  }));
  const columns =
    'workspace_id, sold_on, ship_to_state, channel, order_count, goods_cents, shipping_cents, tax_collected_cents, marketplace_facilitated, tax_treatment, journal_entry_id, buyer_name, ship_to_postal_code, business_location_id';
  const types =
    'workspace_id uuid, sold_on date, ship_to_state text, channel text, order_count integer, goods_cents bigint, shipping_cents bigint, tax_collected_cents bigint, marketplace_facilitated boolean, tax_treatment text, journal_entry_id uuid, buyer_name text, ship_to_postal_code text, business_location_id uuid';
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO sale (${columns}) SELECT ${columns} FROM json_to_recordset($1::json) AS r(${types})`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
  const firstDay = entries[0]?.occurredOn;
  if (firstDay) {
    await tx.query(
      `INSERT INTO tax_registration (workspace_id, state, registered_on, account_number, note)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        workspaceId,
        HOME_STATE,
        firstDay,
        '3-20812-3456-7',
        'Demo data: Texas sales and use tax permit, the shop’s home state.',
      ],
    );
  }
}
