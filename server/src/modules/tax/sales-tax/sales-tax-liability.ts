/**
 * The sales tax a shop owes one state for one filing period, per jurisdiction, from its `sale`
 * rows, against what it collected (the rows' tax_collected_cents) and what the ledger credited to
 * 2200 Sales tax payable. Plain data: the filing worksheet and the CPA packet are built on it.
 *
 * Invariants (tested in sales-tax.service.spec.ts):
 * - grossSalesCents = exemptSalesCents + resaleSalesCents + taxableSalesCents;
 * - exemptSalesCents = the sum of exemptByReason;
 * - taxOwedCents = the sum of jurisdictions[].taxOwedCents
 *   (= stateTaxOwedCents + localTaxOwedCents);
 * - differenceCents = taxOwedCents - taxCollectedCents.
 */

export type SalesTaxPeriodKind = 'QUARTER' | 'MONTH';

/** A filing period: `2026-Q3` (July 1 to September 30) or `2026-07`; both ends included. */
export interface SalesTaxPeriod {
  key: string;
  kind: SalesTaxPeriodKind;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export type LiabilityJurisdictionLevel = 'STATE' | 'COUNTY' | 'CITY' | 'SPECIAL';

/** One taxing jurisdiction's line: what a return's local schedule lists. */
export interface SalesTaxLiabilityJurisdiction {
  level: LiabilityJurisdictionLevel;
  /** Stable id from the jurisdiction tables: "TX-CITY-AUSTIN". */
  code: string;
  name: string;
  /** Exact decimal: "0.0625". */
  rate: string;
  /** Sales sourced to the jurisdiction and taxable there, cents. */
  taxableSalesCents: number;
  /** taxableSalesCents × rate, rounded once for the period (half a cent up). */
  taxOwedCents: number;
  ruleIds: string[];
}

/** Why sales were not taxable (besides resale). */
export type SalesTaxExemptReasonCode =
  /** The buyer is exempt (certificate on file). */
  | 'EXEMPT_BUYER'
  /** Goods the state does not tax (groceries, gift cards, ...). */
  | 'EXEMPT_GOODS'
  /** Delivery charges the state does not tax. */
  | 'NONTAXABLE_SHIPPING';

export interface SalesTaxExemptAmount {
  code: SalesTaxExemptReasonCode;
  /** In words, with the rule: "Shipping charges are not taxable in ...". */
  reason: string;
  cents: number;
}

/** Sales at one place the tax is sourced to (the shop, a market, a buyer's ZIP). */
export interface SalesTaxLiabilityLocation {
  /** Where the sales are sourced to: "78704 Austin (origin: the shop)". */
  label: string;
  postalCode: string | null;
  city: string | null;
  channel: string;
  grossSalesCents: number;
  taxableSalesCents: number;
  taxCollectedCents: number;
  /** Combined rate there, exact decimal. */
  combinedRate: string;
}

export interface SalesTaxRuleUsed {
  id: string;
  concept: string;
  citation: { title: string; url: string; published: string };
}

export interface SalesTaxLiability {
  /** Two-letter code. */
  state: string;
  period: SalesTaxPeriod;
  /** Registered to collect in the state on the period's last day. */
  registered: boolean;
  registeredOn: string | null;
  /** Orders (transactions) in the period. */
  orderCount: number;
  /** Goods and shipping charges sold into the state, cents. */
  grossSalesCents: number;
  exemptSalesCents: number;
  exemptByReason: SalesTaxExemptAmount[];
  /** Sales for resale (a reseller's certificate on file). */
  resaleSalesCents: number;
  taxableSalesCents: number;
  /** Shipping charges included in the gross, and the part of them that is taxable. */
  shippingCents: number;
  taxableShippingCents: number;
  jurisdictions: SalesTaxLiabilityJurisdiction[];
  stateTaxOwedCents: number;
  localTaxOwedCents: number;
  taxOwedCents: number;
  /** From the sales rows (tax charged to buyers). */
  taxCollectedCents: number;
  /** Credits to 2200 Sales tax payable in the period attributed to the state. */
  ledgerCollectedCents: number;
  /** taxOwedCents - taxCollectedCents: positive = owed more than collected. */
  differenceCents: number;
  /** Why owed and collected differ, in words with the figures. */
  differenceReasons: string[];
  locations: SalesTaxLiabilityLocation[];
  notes: string[];
  ruleSetVersion: string;
  jurisdictionTableVersion: string;
  rulesUsed: SalesTaxRuleUsed[];
}
