import type { IsoDate, ResolvedAddress } from './jurisdictions/types.js';

/**
 * The quote engine's public types: what a caller sends (an order's lines, where it ships from and
 * to, the date) and the breakdown it gets back (per jurisdiction, per line, shipping, totals, the
 * rules and their citations). Amounts are integer cents; rates are exact decimals as text.
 */

export type { IsoDate, ResolvedAddress };

/**
 * What a line sells, for taxability: `general` tangible goods (mugs, candles), `clothing`,
 * `grocery` (food for home consumption: the shop's loose-leaf tea), `digital` (specified digital
 * products delivered electronically), `gift-card` (stored value: not a sale of goods; taxed when
 * redeemed, never when sold).
 */
export type SalesTaxCategory = 'general' | 'clothing' | 'grocery' | 'digital' | 'gift-card';

export const SALES_TAX_CATEGORIES: readonly SalesTaxCategory[] = [
  'general',
  'clothing',
  'grocery',
  'digital',
  'gift-card',
];

export interface SalesTaxAddress {
  line1?: string | null;
  city?: string | null;
  state: string;
  postalCode: string;
}

export interface SalesTaxLineInput {
  id: string;
  description?: string;
  category: SalesTaxCategory;
  /** Whole units; each unit is one "item" for per-item thresholds and caps. */
  quantity: number;
  unitPriceCents: number;
}

/**
 * `PER_INVOICE`: tax on the invoice total, rounded once (every state's default here).
 * `PER_LINE`: each line's tax rounded, then added (allowed only where the state's rounding rule
 * lets the seller choose; the Streamlined states do).
 */
export type RoundingMode = 'PER_INVOICE' | 'PER_LINE';

export interface SalesTaxQuoteInput {
  /** The date of the sale: rates and rules in force that day apply. */
  date: IsoDate;
  shipFrom: SalesTaxAddress;
  shipTo: SalesTaxAddress;
  lines: SalesTaxLineInput[];
  /** Separately stated delivery charge (common carrier), 0 if none. */
  shippingCents: number;
  /** Defaults to the state's rule; a mode the state does not allow is a SalesTaxInputError. */
  roundingMode?: RoundingMode;
}

export type QuoteJurisdictionLevel = 'STATE' | 'COUNTY' | 'CITY' | 'SPECIAL';

export interface QuoteJurisdiction {
  level: QuoteJurisdictionLevel;
  code: string;
  name: string;
  /** Exact decimal, e.g. "0.0625". */
  rate: string;
  /** Goods and shipping this jurisdiction taxes, in cents (a prorated shipping share rounded). */
  taxableCents: number;
  taxCents: number;
  ruleIds: string[];
}

export type LineTreatment = 'TAXABLE' | 'EXEMPT' | 'PARTIAL' | 'REDUCED_RATE';

export interface QuoteLine {
  id: string;
  /** The input line's description, when it had one (what a person reads instead of the id). */
  description?: string;
  category: SalesTaxCategory;
  amountCents: number;
  /** The part of the amount taxed by at least one jurisdiction. */
  taxableCents: number;
  exemptCents: number;
  taxCents: number;
  treatment: LineTreatment;
  reason: string;
  ruleIds: string[];
}

export interface QuoteRuleUsed {
  id: string;
  concept: string;
  citation: { title: string; url: string; published: string };
}

export interface SalesTaxQuote {
  state: string;
  date: IsoDate;
  sourcing: 'ORIGIN' | 'DESTINATION' | 'MIXED';
  sourcingReason: string;
  /**
   * The buyer's (ship-to) address, resolved. Its jurisdictions are the ones applied for
   * DESTINATION and MIXED (California's districts follow the buyer).
   */
  address: ResolvedAddress;
  /**
   * The seller's (ship-from) address, resolved, when sourcing involves it: ORIGIN (its
   * jurisdictions are the ones applied) and MIXED (where California's Bradley-Burns 1% is
   * allocated); null for DESTINATION.
   */
  originAddress: ResolvedAddress | null;
  jurisdictions: QuoteJurisdiction[];
  lines: QuoteLine[];
  shipping: { amountCents: number; taxableCents: number; taxCents: number; reason: string };
  subtotalCents: number;
  taxableCents: number;
  totalTaxCents: number;
  totalCents: number;
  /** Sum of the applied jurisdictions' rates, exact decimal. */
  combinedRate: string;
  rounding: { method: string; mode: RoundingMode; reason: string };
  ruleSetVersion: string;
  rulesUsed: QuoteRuleUsed[];
}

export type SalesTaxInputErrorCode =
  | 'UNSUPPORTED_STATE'
  | 'UNKNOWN_POSTAL_CODE'
  | 'POSTAL_CODE_STATE_MISMATCH'
  | 'BAD_POSTAL_CODE'
  | 'NO_RATE_ON_DATE'
  | 'BAD_DATE'
  | 'NO_LINES'
  | 'BAD_AMOUNT'
  | 'BAD_QUANTITY'
  | 'BAD_CATEGORY'
  | 'DUPLICATE_LINE_ID'
  | 'ROUNDING_MODE_NOT_ALLOWED'
  | 'NO_RULE_ON_DATE';

/** Bad input to a quote: wraps the resolver's JurisdictionError codes, bad amounts, empty lines. */
export class SalesTaxInputError extends Error {
  constructor(
    readonly code: SalesTaxInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SalesTaxInputError';
  }
}
