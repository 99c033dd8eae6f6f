import type { DataSource } from 'typeorm';
import {
  STATE_CODES,
  type NexusSale,
  type StateCode,
} from '../../engines/tax-rules/nexus/index.js';

/**
 * The shop's sales by state as the nexus engine counts them. The `sale` table is aggregated in SQL
 * per state, day, marketplace flag and tax treatment (goods cents, orders); each aggregate is then
 * handed to the engine as its orders, one NexusSale per order (each is one transaction), the
 * cents split evenly with the odd cents on the first orders, so the state's dollars and
 * transactions are exactly the table's. Shipping and tax collected are not sales here (goods only).
 */

/**
 * Every window a rule measures ends on the evaluation date and starts no earlier than January 1
 * two years before it (Pennsylvania's collection year starting in April reaches back to the
 * calendar year before it began), so sales before that are not read.
 */
export function earliestWindowStart(onDate: string): string {
  return `${Number(onDate.slice(0, 4)) - 2}-01-01`;
}

export interface DailyStateSales {
  state: string;
  soldOn: string;
  marketplaceFacilitated: boolean;
  taxTreatment: NexusSale['kind'];
  goodsCents: number;
  orders: number;
}

export const DAILY_STATE_SALES_SQL = `
  SELECT ship_to_state AS state, sold_on::text AS "soldOn",
         marketplace_facilitated AS "marketplaceFacilitated", tax_treatment AS "taxTreatment",
         SUM(goods_cents)::text AS "goodsCents", SUM(order_count)::int AS orders
    FROM sale
   WHERE workspace_id = $1 AND sold_on BETWEEN $2::date AND $3::date
   GROUP BY ship_to_state, sold_on, marketplace_facilitated, tax_treatment
   ORDER BY ship_to_state, sold_on`;

/** One day's aggregate as its orders: the cents split evenly, odd cents on the first. */
export function ordersOf(day: DailyStateSales): NexusSale[] {
  const base = Math.floor(day.goodsCents / day.orders);
  const odd = day.goodsCents - base * day.orders;
  return Array.from({ length: day.orders }, (_, i) => ({
    date: day.soldOn,
    amountCents: base + (i < odd ? 1 : 0),
    marketplaceFacilitated: day.marketplaceFacilitated,
    kind: day.taxTreatment,
  }));
}

const KNOWN_STATES = new Set<string>(STATE_CODES);

export async function readNexusSales(
  dataSource: DataSource,
  workspaceId: string,
  onDate: string,
): Promise<Partial<Record<StateCode, NexusSale[]>>> {
  const rows = (await dataSource.query(DAILY_STATE_SALES_SQL, [
    workspaceId,
    earliestWindowStart(onDate),
    onDate,
  ])) as Array<Omit<DailyStateSales, 'goodsCents'> & { goodsCents: string }>;
  const byState: Partial<Record<StateCode, NexusSale[]>> = {};
  for (const row of rows) {
    // A territory or military address (PR, AE) has no state rule in the data: not counted.
    if (!KNOWN_STATES.has(row.state)) continue;
    const state = row.state as StateCode;
    (byState[state] ??= []).push(...ordersOf({ ...row, goodsCents: Number(row.goodsCents) }));
  }
  return byState;
}

export interface StateRegistration {
  state: StateCode;
  registeredOn: string;
}

export async function readRegistrations(
  dataSource: DataSource,
  workspaceId: string,
): Promise<StateRegistration[]> {
  const rows = (await dataSource.query(
    `SELECT state, registered_on::text AS "registeredOn" FROM tax_registration
      WHERE workspace_id = $1 ORDER BY state`,
    [workspaceId],
  )) as Array<{ state: string; registeredOn: string }>;
  return rows.filter((r): r is StateRegistration => KNOWN_STATES.has(r.state));
}
