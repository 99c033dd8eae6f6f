import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteSalesTax } from '../../../engines/sales-tax/index.js';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { NexusService } from '../nexus.service.js';
import type { SalesTaxLiability } from './sales-tax-liability.js';
import { SalesTaxService } from './sales-tax.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const SHOP = {
  name: 'Juniper Lane Goods studio',
  line1: '1208 S Lamar Blvd',
  city: 'Austin',
  state: 'TX',
  postalCode: '78704',
};

let seeded: SeededServices;
let salesTax: SalesTaxService;
let workspaceId: string;
let texasQ3: SalesTaxLiability;

async function sql<T>(text: string, params: unknown[]): Promise<T[]> {
  return (await seeded.db.dataSource.query(text, params)) as T[];
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  seeded = await openSeededServices({ now: NOW, actor: 'sales-tax-spec' });
  const clock = { now: () => NOW };
  salesTax = new SalesTaxService(
    seeded.db.dataSource,
    clock,
    new NexusService(seeded.db.dataSource, clock),
  );
  workspaceId = seeded.ctx.workspaceId;
  texasQ3 = await salesTax.liability(workspaceId, 'TX', '2026-Q3');
}, 90_000);

afterAll(async () => {
  await seeded?.close();
});

describe('SalesTaxService.quoteOrder', () => {
  it('quotes JL-1042 (Los Angeles 90026) exactly as the engine does from the stored order, and the shop does not collect in California', async () => {
    const result = await salesTax.quoteOrder(workspaceId, 'JL-1042');
    const [order] = await sql<{ placedOn: string }>(
      `SELECT (placed_at AT TIME ZONE 'America/Chicago')::date::text AS "placedOn"
         FROM customer_order WHERE workspace_id = $1 AND number = 'JL-1042'`,
      [workspaceId],
    );
    const engine = quoteSalesTax({
      date: order?.placedOn ?? '',
      shipFrom: SHOP,
      shipTo: {
        line1: '1650 Echo Park Ave',
        city: 'Los Angeles',
        state: 'CA',
        postalCode: '90026',
      },
      lines: [
        {
          id: 'MUG-SPK-12',
          description: 'Speckled Stoneware Mug, 12 oz',
          category: 'general',
          quantity: 2,
          unitPriceCents: 3400,
        },
        {
          id: 'CDL-FIG-8',
          description: 'Fig & Black Tea Soy Candle, 8 oz',
          category: 'general',
          quantity: 1,
          unitPriceCents: 2600,
        },
        {
          id: 'TEA-EGC-50',
          description: 'Earl Grey Cream Loose-Leaf Tea, 50 g',
          category: 'grocery',
          quantity: 1,
          unitPriceCents: 1400,
        },
      ],
      shippingCents: 0,
    });
    expect(result.quote).toEqual(engine);
    expect(result.quote.subtotalCents).toBe(10_800);
    // The tea ($14, grocery) is exempt; $94 taxed at Los Angeles's 9.75%: $9.165 -> $9.17.
    expect(result.quote.taxableCents).toBe(9_400);
    expect(result.quote.combinedRate).toBe('0.0975');
    expect(result.quote.totalTaxCents).toBe(917);
    expect(result.quote.lines.find((l) => l.id === 'TEA-EGC-50')?.treatment).toBe('EXEMPT');
    expect(result.quote.jurisdictions.reduce((s, j) => s + j.taxCents, 0)).toBe(
      result.quote.totalTaxCents,
    );
    expect(result.collection).toBe('NOT_REQUIRED');
    expect(result.mustCollect).toBe(false);
    expect(result.taxDueCents).toBe(0);
    expect(result.summary).toContain('what would apply');
  });

  it('sources a Texas order (Houston 77098) to the Austin shop and charges it: the shop is registered in Texas', async () => {
    const result = await salesTax.quoteOrder(workspaceId, 'JL-1044');
    expect(result.quote.sourcing).toBe('ORIGIN');
    expect(result.quote.combinedRate).toBe('0.0825');
    expect(result.collection).toBe('REGISTERED');
    // The gift set ($68, general as a bundle) is taxed; two Earl Grey tins ($28, grocery) are not.
    expect(result.quote.taxableCents).toBe(6_800);
    expect(result.quote.totalTaxCents).toBe(561);
    expect(result.taxDueCents).toBe(561);
  });

  it('charges nothing on a wholesale order sold for resale, and says what it would have been', async () => {
    const result = await salesTax.quoteOrder(workspaceId, 'JL-1036');
    expect(result.taxTreatment).toBe('resale');
    expect(result.taxDueCents).toBe(0);
    expect(result.quote.totalTaxCents).toBeGreaterThan(0);
    expect(result.summary).toContain('resale');
  });

  it('refuses an unknown order by name, and another workspace cannot see this one', async () => {
    const unknown = await refusal(salesTax.quoteOrder(workspaceId, 'JL-9999'));
    expect(unknown.errorCode).toBe('NOT_FOUND');
    expect(unknown.message).toContain('JL-9999');
    expect(unknown.details).toMatchObject({ reason: 'UNKNOWN_ORDER', orderNumber: 'JL-9999' });

    const [other] = await sql<{ id: string }>(
      `INSERT INTO workspace (slug, name, time_zone, widget_identity_secret, visitor_token_secret)
       VALUES ('other-shop', 'Other Shop', 'America/Chicago', 'x', 'y') RETURNING id`,
      [],
    );
    const foreign = await refusal(salesTax.quoteOrder(other?.id ?? '', 'JL-1042'));
    expect(foreign.errorCode).toBe('NOT_FOUND');
    expect(foreign.details).toMatchObject({ reason: 'UNKNOWN_ORDER' });
  });
});

describe('SalesTaxService.quote', () => {
  const line = { category: 'general', quantity: 1, unitPriceCents: 10_000 };

  it('quotes an address from the shop on a date, with the rule-set version and citations', async () => {
    const quote = await salesTax.quote(workspaceId, {
      shipTo: { state: 'TX', postalCode: '78701' },
      date: '2026-08-01',
      lines: [line],
      shippingCents: 0,
    });
    expect(quote.totalTaxCents).toBe(825);
    expect(quote.ruleSetVersion).toMatch(/^us-sales-tax\//);
    expect(quote.rulesUsed.length).toBeGreaterThan(0);
  });

  it.each([
    ['a malformed ZIP', { state: 'TX', postalCode: '7870' }, [line], 'BAD_POSTAL_CODE'],
    [
      'a state the hub does not cover',
      { state: 'OR', postalCode: '97201' },
      [line],
      'UNSUPPORTED_STATE',
    ],
    ['no lines', { state: 'TX', postalCode: '78701' }, [], 'NO_LINES'],
    [
      'a negative price',
      { state: 'TX', postalCode: '78701' },
      [{ ...line, unitPriceCents: -1 }],
      'BAD_AMOUNT',
    ],
  ])('refuses %s as INVALID_INPUT with its reason', async (_name, shipTo, lines, reason) => {
    const error = await refusal(
      salesTax.quote(workspaceId, { shipTo, date: '2026-08-01', lines, shippingCents: 0 }),
    );
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ reason });
  });
});

describe('SalesTaxService.quoteAmount', () => {
  it("without a ZIP applies the state's own rate only and says local rates need one", async () => {
    const result = await salesTax.quoteAmount(workspaceId, { state: 'TX', amountCents: 10_000 });
    expect(result.quote).toBeNull();
    expect(result.stateOnly).toMatchObject({ rate: '0.0625', taxCents: 625 });
    expect(result.note).toContain('need the ship-to ZIP');
  });

  it('without a ZIP in California applies the 7.25% statewide base, not the 6% state part', async () => {
    const result = await salesTax.quoteAmount(workspaceId, { state: 'CA', amountCents: 10_000 });
    expect(result.quote).toBeNull();
    expect(result.stateOnly).toMatchObject({ rate: '0.0725', taxCents: 725 });
    expect(result.stateOnly?.ruleId).toMatch(/^sales-tax\/CA\/state-rate\//);
    expect(result.registered).toBe(false);
    expect(result.note).toContain('need the ship-to ZIP');
  });

  it('with a ZIP quotes in full: $100.00 in Austin 78701 is $8.25, and Texas collects', async () => {
    const result = await salesTax.quoteAmount(workspaceId, {
      state: 'TX',
      amountCents: 10_000,
      postalCode: '78701',
      date: '2026-08-01',
    });
    expect(result.quote?.totalTaxCents).toBe(825);
    expect(result.registered).toBe(true);
  });
});

describe('SalesTaxService.liability', () => {
  it('adds the jurisdictions up to the total, and gross to exempt + resale + taxable', () => {
    expect(texasQ3.period).toEqual({
      key: '2026-Q3',
      kind: 'QUARTER',
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(texasQ3.registered).toBe(true);
    expect(texasQ3.jurisdictions.reduce((s, j) => s + j.taxOwedCents, 0)).toBe(
      texasQ3.taxOwedCents,
    );
    expect(texasQ3.stateTaxOwedCents + texasQ3.localTaxOwedCents).toBe(texasQ3.taxOwedCents);
    expect(texasQ3.exemptSalesCents + texasQ3.resaleSalesCents + texasQ3.taxableSalesCents).toBe(
      texasQ3.grossSalesCents,
    );
    expect(texasQ3.differenceCents).toBe(texasQ3.taxOwedCents - texasQ3.taxCollectedCents);
  });

  it("reads the period's Texas sales, the tax collected and the 2200 credits to the cent", async () => {
    const [sums] = await sql<{ gross: string; resale: string; collected: string; orders: string }>(
      `SELECT SUM(goods_cents + shipping_cents)::text AS gross,
              SUM(CASE WHEN tax_treatment = 'resale' THEN goods_cents + shipping_cents ELSE 0 END)::text AS resale,
              SUM(tax_collected_cents)::text AS collected, SUM(order_count)::text AS orders
         FROM sale WHERE workspace_id = $1 AND ship_to_state = 'TX'
          AND sold_on BETWEEN '2026-07-01' AND '2026-09-30'`,
      [workspaceId],
    );
    const [ledger] = await sql<{ credits: string }>(
      `SELECT SUM(l.credit_cents)::text AS credits
         FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
         JOIN ledger_account a ON a.id = l.account_id
        WHERE e.workspace_id = $1 AND a.code = '2200'
          AND e.occurred_on BETWEEN '2026-07-01' AND '2026-09-30'`,
      [workspaceId],
    );
    expect(texasQ3.grossSalesCents).toBe(Number(sums?.gross));
    expect(texasQ3.resaleSalesCents).toBe(Number(sums?.resale));
    expect(texasQ3.taxCollectedCents).toBe(Number(sums?.collected));
    expect(texasQ3.orderCount).toBe(Number(sums?.orders));
    // Only Texas collects, so every 2200 credit of the quarter is Texas's, and it is what the
    // sales rows say was collected.
    expect(texasQ3.ledgerCollectedCents).toBe(Number(ledger?.credits));
    expect(texasQ3.ledgerCollectedCents).toBe(texasQ3.taxCollectedCents);
  });

  it('owes $2,434.58 on $29,510.02 of taxable Texas sales in 2026-Q3, per jurisdiction, against $2,374.93 collected', () => {
    expect(texasQ3.grossSalesCents).toBe(4_062_195);
    expect(texasQ3.resaleSalesCents).toBe(1_111_193);
    expect(texasQ3.taxableSalesCents).toBe(2_951_002);
    expect(texasQ3.shippingCents).toBe(71_768);
    expect(texasQ3.taxableShippingCents).toBe(71_768);
    expect(
      texasQ3.jurisdictions.map((j) => [j.code, j.rate, j.taxableSalesCents, j.taxOwedCents]),
    ).toEqual([
      // 2,951,002 × 6.25% = 184,437.625 -> 184,438 (half a cent up, once for the period).
      ['TX-STATE', '0.0625', 2_951_002, 184_438],
      // The shop (online, origin-sourced) and the two Austin markets.
      ['TX-CITY-AUSTIN', '0.01', 2_505_868, 25_059],
      ['TX-78660-CITY', '0.015', 198_560, 2_978],
      ['TX-78734-CITY', '0.0175', 246_574, 4_315],
      ['TX-SPECIAL-AUSTIN-MTA', '0.01', 2_505_868, 25_059],
      ['TX-78660-SPECIAL', '0.005', 198_560, 993],
      ['TX-78734-SPECIAL', '0.0025', 246_574, 616],
    ]);
    expect(texasQ3.stateTaxOwedCents).toBe(184_438);
    expect(texasQ3.localTaxOwedCents).toBe(59_020);
    expect(texasQ3.taxOwedCents).toBe(243_458);
    expect(texasQ3.taxCollectedCents).toBe(237_493);
    expect(texasQ3.differenceCents).toBe(5_965);
    // Every Texas location the demo sells from is 8.25% combined.
    const taxed = texasQ3.locations.filter((l) => l.taxableSalesCents > 0);
    expect(new Set(taxed.map((l) => l.combinedRate))).toEqual(new Set(['0.0825']));
    expect(taxed.map((l) => l.city).sort()).toEqual([
      'Austin',
      'Austin',
      'Austin',
      'Lakeway',
      'Pflugerville',
    ]);
  });

  it('explains owed vs collected: taxable shipping the books charged no tax on, then rounding', () => {
    expect(texasQ3.differenceReasons).toEqual([
      'Shipping: $717.68 of delivery charges are taxable in Texas with the goods, about $59.23 of tax; tax charged at checkout on the goods alone leaves it owed but not collected.',
      "The rest, $0.42, is tax charged at checkout that differs from the rates × the period's taxable sales (rounding per order or payout, or tax charged on amounts other than the goods sold into the state).",
    ]);
  });

  it('says a state the shop is not registered in collects nothing: owed is what would apply', async () => {
    const california = await salesTax.liability(workspaceId, 'CA', '2026-07');
    expect(california.registered).toBe(false);
    expect(california.taxCollectedCents).toBe(0);
    expect(california.ledgerCollectedCents).toBe(0);
    expect(california.taxOwedCents).toBeGreaterThan(0);
    expect(california.differenceCents).toBe(california.taxOwedCents);
    expect(california.notes.join(' ')).toContain('not registered');
  });

  it('taxes sales without a ZIP at the state rate only, and says so', async () => {
    const before = await salesTax.liability(workspaceId, 'WA', '2026-08');
    await sql(
      `INSERT INTO sale (workspace_id, sold_on, ship_to_state, channel, order_count, goods_cents,
                         shipping_cents, tax_collected_cents, tax_treatment)
       VALUES ($1, '2026-08-15', 'WA', 'ONLINE', 1, 10000, 0, 0, 'taxable')`,
      [workspaceId],
    );
    const after = await salesTax.liability(workspaceId, 'WA', '2026-08');
    const stateLine = (l: SalesTaxLiability) => l.jurisdictions.find((j) => j.level === 'STATE');
    expect(
      (stateLine(after)?.taxableSalesCents ?? 0) - (stateLine(before)?.taxableSalesCents ?? 0),
    ).toBe(10_000);
    expect(after.localTaxOwedCents).toBe(before.localTaxOwedCents);
    expect(after.grossSalesCents - before.grossSalesCents).toBe(10_000);
    expect(after.notes.join(' ')).toContain('$100.00 of taxable sales carry no ZIP');
  });

  it('refuses a malformed period and a state it does not cover', async () => {
    const period = await refusal(salesTax.liability(workspaceId, 'TX', '2026-Q5'));
    expect(period.errorCode).toBe('INVALID_INPUT');
    expect(period.details).toMatchObject({ field: 'period', reason: 'BAD_PERIOD' });
    const state = await refusal(salesTax.liability(workspaceId, 'OR', '2026-Q3'));
    expect(state.details).toMatchObject({ field: 'state', reason: 'UNSUPPORTED_STATE' });
  });
});
