import type { Rational } from '../../tax-rules/rational.js';
import type { Citation, SourceRead } from '../../tax-rules/types.js';
import type { IsoDate } from '../jurisdictions/types.js';
import type { RoundingMode, SalesTaxCategory } from '../types.js';

/**
 * Sales-tax rules as data, in the style of the federal rule set (../../tax-rules/types.ts): each
 * rule is one state's treatment of one thing for one span of dates, with the document that says so
 * and where it was read. A change (Illinois' grocery rate on 2026-01-01) is a new rule with its own
 * range, never an edit, so a past quote can be reproduced.
 */

/**
 * How a jurisdiction taxes a line:
 * - TAXABLE: the whole price at the jurisdiction's rate.
 * - EXEMPT: nothing.
 * - REDUCED_RATE: the whole price at `rate` instead of the jurisdiction's rate (Illinois' 1% on
 *   groceries until 2025; North Carolina's 2% local rate on food, charged once on the county line).
 * - EXEMPT_BELOW_PER_ITEM: an item (one unit) priced under the threshold is exempt, at or over it
 *   the whole price is taxable (New York clothing and footwear under $110).
 * - TAX_ONLY_EXCESS_OVER: only the part of each item's price over the threshold is taxable
 *   (Massachusetts clothing over $175).
 */
export type Treatment =
  | { kind: 'TAXABLE' }
  | { kind: 'EXEMPT' }
  | { kind: 'REDUCED_RATE'; rate: Rational }
  | { kind: 'EXEMPT_BELOW_PER_ITEM'; thresholdCents: number }
  | { kind: 'TAX_ONLY_EXCESS_OVER'; thresholdCents: number };

export type LocalLevel = 'COUNTY' | 'CITY' | 'SPECIAL';

/**
 * Separately stated delivery by common carrier:
 * - EXEMPT: never taxed.
 * - TAXABLE: always taxed at every jurisdiction's rate.
 * - FOLLOWS_GOODS: taxed in the proportion of the goods each jurisdiction taxes (by price), at the
 *   rate those goods bear: all of it when every item is taxable, none when none is.
 * - ALL_IF_ANY_TAXABLE: taxed in full by each jurisdiction that taxes any of the goods, not at all
 *   by one that taxes none (New York: one shipping charge on a bill with taxable and exempt items
 *   is taxable in full, TB-ST-838).
 */
export type ShippingTreatment = 'EXEMPT' | 'TAXABLE' | 'FOLLOWS_GOODS' | 'ALL_IF_ANY_TAXABLE';

export type SourcingMethod = 'ORIGIN' | 'DESTINATION' | 'MIXED';

interface RuleBase {
  /** Unique and stable: "sales-tax/NY/clothing/2012-04-01". */
  id: string;
  state: string;
  /** Both ends included; to: null = until further notice. Matched against the date of the sale. */
  effective: { from: IsoDate; to: IsoDate | null };
  /** One sentence a quote shows as the reason. */
  summary: string;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

export interface TaxabilityRule extends RuleBase {
  concept: 'taxability';
  category: SalesTaxCategory;
  /** The state's own rate. */
  stateTreatment: Treatment;
  /** Every local jurisdiction (county, city, special district) unless refined below. */
  localTreatment: Treatment;
  /** Refinements by level (North Carolina food: the county line at 2%, transit exempt). */
  localByLevel?: Partial<Record<LocalLevel, Treatment>>;
  /**
   * A local option some localities elected (New York's clothing exemption): when the address is in
   * one of `localities`, every local jurisdiction takes `treatment` (the MCTD rate follows the
   * county or city, Pub 718-C).
   */
  localElection?: { localities: readonly Locality[]; treatment: Treatment; citation: Citation };
}

/**
 * A county matches a COUNTY jurisdiction of that name ("Putnam" or "Putnam County"); a city matches
 * the address's region, its city, or a CITY jurisdiction. Whole names, case and punctuation ignored.
 */
export interface Locality {
  level: 'COUNTY' | 'CITY';
  name: string;
}

export interface ShippingRule extends RuleBase {
  concept: 'shipping';
  treatment: ShippingTreatment;
}

export interface SourcingRule extends RuleBase {
  concept: 'sourcing';
  /** A seller shipping from inside the state; a seller shipping from elsewhere is always DESTINATION. */
  inState: SourcingMethod;
}

export interface RoundingRule extends RuleBase {
  concept: 'rounding';
  /** What a quote uses when the caller does not choose. */
  defaultMode: RoundingMode;
  /** The modes the state lets a seller use (the Streamlined states allow both, SSUTA § 324). */
  allowedModes: readonly RoundingMode[];
}

export type SalesTaxRule = TaxabilityRule | ShippingRule | SourcingRule | RoundingRule;

export interface SalesTaxRuleSet {
  /** Recorded on every quote: "us-sales-tax/2026-12-03.1". */
  version: string;
  rules: readonly SalesTaxRule[];
}
