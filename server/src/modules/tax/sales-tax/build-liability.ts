import {
  JURISDICTION_TABLE_VERSION,
  SALES_TAX_RULE_SET_VERSION,
  stateRateRule,
  type SalesTaxQuote,
  type SalesTaxQuoteInput,
} from '../../../engines/sales-tax/index.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import {
  formatExact,
  multiplyCents,
  prorateCents,
  type Rational,
} from '../../../engines/tax-rules/rational.js';
import type { LedgerTaxEntry, SaleGroup, ShopLocation } from './sales-tax-data.js';
import type {
  SalesTaxExemptAmount,
  SalesTaxExemptReasonCode,
  SalesTaxLiability,
  SalesTaxLiabilityJurisdiction,
  SalesTaxLiabilityLocation,
  SalesTaxPeriod,
  SalesTaxRuleUsed,
} from './sales-tax-liability.js';

export interface LiabilityInput {
  state: string;
  period: SalesTaxPeriod;
  registration: { registeredOn: string } | null;
  shop: ShopLocation;
  groups: readonly SaleGroup[];
  ledger: readonly LedgerTaxEntry[];
  /** Today on the shop's calendar: a period not ended yet is said to be so. */
  today: string;
  quote: (input: SalesTaxQuoteInput) => SalesTaxQuote;
}

/** "0.0625" -> 625/10000, exactly. */
export function parseDecimalRate(rate: string): Rational {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) throw new RangeError(`rate "${rate}" is not a decimal`);
  const decimals = match[2] ?? '';
  return {
    numerator: Number(`${match[1]}${decimals}`),
    denominator: 10 ** decimals.length,
  };
}

const LEVEL_ORDER = { STATE: 0, COUNTY: 1, CITY: 2, SPECIAL: 3 } as const;

interface JurisdictionSum {
  level: SalesTaxLiabilityJurisdiction['level'];
  code: string;
  name: string;
  rate: string;
  taxableSalesCents: number;
  ruleIds: Set<string>;
}

interface LocationSum extends SalesTaxLiabilityLocation {
  key: string;
}

function add<K>(map: Map<K, number>, key: K, cents: number): void {
  map.set(key, (map.get(key) ?? 0) + cents);
}

/**
 * The liability for one state and period from its sales rows: each taxable group of rows (a
 * day's sales through one channel to one ZIP from one location) is quoted by the engine as one
 * line of general merchandise plus its shipping, which decides sourcing, the jurisdictions and
 * the taxable part of goods and shipping; the taxable amounts are then summed per jurisdiction
 * and each jurisdiction's tax is its period total × its rate, rounded once, as a return computes
 * it. So the jurisdictions add up to the total by construction.
 */
export function buildLiability(input: LiabilityInput): SalesTaxLiability {
  const { state, period, shop } = input;
  const jurisdictions = new Map<string, JurisdictionSum>();
  const exempt = new Map<SalesTaxExemptReasonCode, number>();
  const exemptReason = new Map<SalesTaxExemptReasonCode, string>();
  const locations = new Map<string, LocationSum>();
  const rulesUsed = new Map<string, SalesTaxRuleUsed>();
  // One sourcing note per kind: the engine's reason ends with the one order's addresses.
  const sourcingReasons = new Map<string, string>();
  const notes: string[] = [];
  let ruleSetVersion = SALES_TAX_RULE_SET_VERSION;
  let gross = 0;
  let resale = 0;
  let shipping = 0;
  let taxableShipping = 0;
  let shippingTax = 0;
  let orders = 0;
  let collected = 0;
  let uncollectedTaxable = 0;
  let uncollectedOrders = 0;
  let unsourcedCents = 0;

  const location = (key: string, seed: Omit<LocationSum, 'key'>): LocationSum => {
    const existing = locations.get(key);
    if (existing) return existing;
    const created = { key, ...seed };
    locations.set(key, created);
    return created;
  };

  for (const group of input.groups) {
    const groupGross = group.goodsCents + group.shippingCents;
    gross += groupGross;
    shipping += group.shippingCents;
    orders += group.orderCount;
    collected += group.taxCollectedCents;
    const soldFrom = group.location ?? shop;

    if (group.taxTreatment !== 'taxable') {
      if (group.taxTreatment === 'resale') resale += groupGross;
      else {
        add(exempt, 'EXEMPT_BUYER', groupGross);
        exemptReason.set('EXEMPT_BUYER', 'Sold to exempt buyers (exemption certificate on file).');
      }
      const spot = location(`${group.channel}|${group.shipToPostalCode ?? '-'}|untaxed`, {
        label: `${group.shipToPostalCode ?? 'no ZIP'} (${group.taxTreatment})`,
        postalCode: group.shipToPostalCode,
        city: null,
        channel: group.channel,
        grossSalesCents: 0,
        taxableSalesCents: 0,
        taxCollectedCents: 0,
        combinedRate: '0',
      });
      spot.grossSalesCents += groupGross;
      spot.taxCollectedCents += group.taxCollectedCents;
      continue;
    }

    const shipToPostalCode =
      group.shipToPostalCode ?? (soldFrom.state === state ? soldFrom.postalCode : null);
    if (!shipToPostalCode) {
      // No ZIP to source to: the state's own rate only, said in the notes.
      const stateRule = stateRateRule(state, group.soldOn);
      if (!stateRule) throw new RangeError(`no ${state} state rate on ${group.soldOn}`);
      unsourcedCents += groupGross;
      // Keyed as the engine's state line is (code and rate), so the two add up on one line.
      const rate = decimalOf(stateRule.rate);
      const key = `${state}-STATE|${rate}`;
      const sum = jurisdictions.get(key) ?? {
        level: 'STATE' as const,
        code: `${state}-STATE`,
        name: stateRule.name,
        rate,
        taxableSalesCents: 0,
        ruleIds: new Set<string>(),
      };
      sum.taxableSalesCents += groupGross;
      sum.ruleIds.add(stateRule.id);
      jurisdictions.set(key, sum);
      if (group.taxCollectedCents === 0) {
        uncollectedTaxable += groupGross;
        uncollectedOrders += group.orderCount;
      }
      continue;
    }

    const quote = input.quote({
      date: group.soldOn,
      shipFrom: {
        line1: soldFrom.line1,
        city: soldFrom.city,
        state: soldFrom.state,
        postalCode: soldFrom.postalCode,
      },
      shipTo:
        group.shipToPostalCode === null
          ? { line1: soldFrom.line1, city: soldFrom.city, state, postalCode: shipToPostalCode }
          : { state, postalCode: shipToPostalCode },
      lines: [
        {
          id: 'goods',
          description: `${group.channel.toLowerCase()} sales ${group.soldOn}`,
          category: 'general',
          quantity: 1,
          unitPriceCents: group.goodsCents,
        },
      ],
      shippingCents: group.shippingCents,
    });
    ruleSetVersion = quote.ruleSetVersion;
    if (!sourcingReasons.has(quote.sourcing)) {
      sourcingReasons.set(
        quote.sourcing,
        quote.sourcingReason.replace(/\s*The order ships from .*$/, ''),
      );
    }
    for (const rule of quote.rulesUsed) rulesUsed.set(rule.id, rule);
    for (const line of quote.lines) {
      if (line.exemptCents > 0) {
        add(exempt, 'EXEMPT_GOODS', line.exemptCents);
        exemptReason.set('EXEMPT_GOODS', line.reason);
      }
    }
    const untaxedShipping = quote.shipping.amountCents - quote.shipping.taxableCents;
    if (untaxedShipping > 0) {
      add(exempt, 'NONTAXABLE_SHIPPING', untaxedShipping);
      exemptReason.set('NONTAXABLE_SHIPPING', quote.shipping.reason);
    }
    taxableShipping += quote.shipping.taxableCents;
    shippingTax += quote.shipping.taxCents;
    for (const j of quote.jurisdictions) {
      const key = `${j.code}|${j.rate}`;
      const sum = jurisdictions.get(key) ?? {
        level: j.level,
        code: j.code,
        name: j.name,
        rate: j.rate,
        taxableSalesCents: 0,
        ruleIds: new Set<string>(),
      };
      sum.taxableSalesCents += j.taxableCents;
      for (const id of j.ruleIds) sum.ruleIds.add(id);
      jurisdictions.set(key, sum);
    }
    const sourced =
      quote.sourcing === 'DESTINATION' ? quote.address : (quote.originAddress ?? quote.address);
    const why =
      quote.sourcing === 'DESTINATION'
        ? 'destination'
        : group.location && group.location.name !== shop.name
          ? `sold at ${group.location.name}`
          : `origin: ${shop.name}`;
    const spot = location(`${group.channel}|${sourced.postalCode}|${quote.combinedRate}`, {
      label: `${sourced.postalCode} ${sourced.regionName} (${why})`,
      postalCode: sourced.postalCode,
      city:
        sourced.city ??
        (group.location?.postalCode === sourced.postalCode ? group.location.city : null),
      channel: group.channel,
      grossSalesCents: 0,
      taxableSalesCents: 0,
      taxCollectedCents: 0,
      combinedRate: quote.combinedRate,
    });
    const groupExempt = quote.lines.reduce((s, l) => s + l.exemptCents, 0) + untaxedShipping;
    spot.grossSalesCents += groupGross;
    spot.taxableSalesCents += groupGross - groupExempt;
    spot.taxCollectedCents += group.taxCollectedCents;
    if (group.taxCollectedCents === 0 && quote.totalTaxCents > 0) {
      uncollectedTaxable += groupGross - groupExempt;
      uncollectedOrders += group.orderCount;
    }
  }

  const lines: SalesTaxLiabilityJurisdiction[] = [...jurisdictions.values()]
    .map((j) => ({
      level: j.level,
      code: j.code,
      name: j.name,
      rate: j.rate,
      taxableSalesCents: j.taxableSalesCents,
      taxOwedCents: multiplyCents(j.taxableSalesCents, parseDecimalRate(j.rate), 'cent'),
      ruleIds: [...j.ruleIds].sort(),
    }))
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        a.name.localeCompare(b.name) ||
        a.rate.localeCompare(b.rate),
    );
  const exemptByReason: SalesTaxExemptAmount[] = (
    ['EXEMPT_BUYER', 'EXEMPT_GOODS', 'NONTAXABLE_SHIPPING'] as const
  )
    .filter((code) => (exempt.get(code) ?? 0) > 0)
    .map((code) => ({
      code,
      reason: exemptReason.get(code) ?? code,
      cents: exempt.get(code) ?? 0,
    }));
  const exemptTotal = exemptByReason.reduce((s, e) => s + e.cents, 0);
  const stateTax = lines.filter((j) => j.level === 'STATE').reduce((s, j) => s + j.taxOwedCents, 0);
  const owed = lines.reduce((s, j) => s + j.taxOwedCents, 0);
  const difference = owed - collected;

  const { ledgerCents, unattributedCents } = ledgerCollected(input.ledger, state);

  const registered = input.registration !== null && input.registration.registeredOn <= period.end;
  const stateName = stateRateRule(state, period.end)?.name ?? state;
  if (!registered) {
    notes.push(
      `The shop is not registered in ${stateName}: it collects nothing there, and this is the tax the rules put on the period's sales, what would be owed once it must collect (registration or economic nexus).`,
    );
  }
  if (period.end >= input.today) {
    notes.push(`The period has not ended (today is ${input.today}): figures are preliminary.`);
  }
  if (input.groups.length === 0) notes.push(`No sales into ${stateName} in ${period.key}.`);
  notes.push(
    'Each jurisdiction’s tax is its taxable sales for the period × its rate, rounded once to the cent (half a cent up), as the return computes it.',
    'The sales rows carry no product categories: their goods are quoted as general merchandise (food such as the shop’s tea is not split out of them).',
    ...[...sourcingReasons.values()].map((reason) => `Sourcing: ${reason}`),
  );
  if (unsourcedCents > 0) {
    notes.push(
      `${formatDollars(unsourcedCents)} of taxable sales carry no ZIP: taxed at the state rate only (local rates need the ship-to ZIP).`,
    );
  }
  if (unattributedCents > 0) {
    notes.push(
      `${formatDollars(unattributedCents)} of 2200 Sales tax payable credits in the period are on entries no sales row splits: not attributed to any state.`,
    );
  }
  if (ledgerCents !== collected) {
    notes.push(
      `The ledger's 2200 credits for ${stateName} (${formatDollars(ledgerCents)}) differ from the tax the sales rows record (${formatDollars(collected)}) by ${formatDollars(ledgerCents - collected)}.`,
    );
  }

  return {
    state,
    period,
    registered,
    registeredOn: input.registration?.registeredOn ?? null,
    orderCount: orders,
    grossSalesCents: gross,
    exemptSalesCents: exemptTotal,
    exemptByReason,
    resaleSalesCents: resale,
    taxableSalesCents: gross - exemptTotal - resale,
    shippingCents: shipping,
    taxableShippingCents: taxableShipping,
    jurisdictions: lines,
    stateTaxOwedCents: stateTax,
    localTaxOwedCents: owed - stateTax,
    taxOwedCents: owed,
    taxCollectedCents: collected,
    ledgerCollectedCents: ledgerCents,
    differenceCents: difference,
    differenceReasons: differenceReasons({
      difference,
      taxableShipping,
      shippingTax,
      uncollectedTaxable,
      uncollectedOrders,
      uncollectedTax: taxOnUncollected(
        lines,
        uncollectedTaxable,
        gross - exemptTotal - resale,
        owed,
      ),
      stateName,
    }),
    locations: [...locations.values()]
      .map(({ key: _key, ...spot }) => spot)
      .sort((a, b) => b.grossSalesCents - a.grossSalesCents || a.label.localeCompare(b.label)),
    notes,
    ruleSetVersion,
    jurisdictionTableVersion: JURISDICTION_TABLE_VERSION,
    rulesUsed: [...rulesUsed.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function decimalOf(rate: Rational): string {
  // State rates are terminating decimals of at most six places (6.25% = 0.0625).
  return formatExact(rate.numerator, rate.denominator);
}

/** The owed tax's share for sales on which nothing was collected (in proportion, rounded once). */
function taxOnUncollected(
  _lines: readonly SalesTaxLiabilityJurisdiction[],
  uncollectedTaxable: number,
  taxable: number,
  owed: number,
): number {
  if (uncollectedTaxable <= 0 || taxable <= 0) return 0;
  return prorateCents(owed, uncollectedTaxable, taxable, 'cent');
}

function ledgerCollected(
  ledger: readonly LedgerTaxEntry[],
  state: string,
): { ledgerCents: number; unattributedCents: number } {
  let ledgerCents = 0;
  let unattributedCents = 0;
  for (const entry of ledger) {
    const total = Object.values(entry.collectedByState).reduce((s, c) => s + c, 0);
    if (total <= 0) {
      unattributedCents += entry.credit2200Cents;
      continue;
    }
    const mine = entry.collectedByState[state] ?? 0;
    if (mine > 0) ledgerCents += prorateCents(entry.credit2200Cents, mine, total, 'cent');
  }
  return { ledgerCents, unattributedCents };
}

function differenceReasons(f: {
  difference: number;
  taxableShipping: number;
  shippingTax: number;
  uncollectedTaxable: number;
  uncollectedOrders: number;
  uncollectedTax: number;
  stateName: string;
}): string[] {
  if (f.difference === 0) return ['Collected equals owed.'];
  const reasons: string[] = [];
  let explained = 0;
  if (f.uncollectedTax > 0) {
    reasons.push(
      `${formatDollars(f.uncollectedTaxable)} of taxable sales (${f.uncollectedOrders} orders) carried no tax at checkout: about ${formatDollars(f.uncollectedTax)} of the tax owed.`,
    );
    explained += f.uncollectedTax;
  }
  if (f.shippingTax > 0 && f.uncollectedTax === 0) {
    reasons.push(
      `Shipping: ${formatDollars(f.taxableShipping)} of delivery charges are taxable in ${f.stateName} with the goods, about ${formatDollars(f.shippingTax)} of tax; tax charged at checkout on the goods alone leaves it owed but not collected.`,
    );
    explained += f.shippingTax;
  }
  const rest = f.difference - explained;
  if (rest !== 0) {
    reasons.push(
      `The rest, ${formatDollars(rest)}, is tax charged at checkout that differs from the rates × the period's taxable sales (rounding per order or payout, or tax charged on amounts other than the goods sold into the state).`,
    );
  }
  return reasons;
}
