import { SalesTaxInputError, type SalesTaxQuote, type SalesTaxQuoteInput } from './types.js';

export const SALES_TAX_RULE_SET_VERSION = 'us-sales-tax/2026-12-03.1';

/** Placeholder signature (implementation follows in the next commit). */
export function quoteSalesTax(input: SalesTaxQuoteInput): SalesTaxQuote {
  throw new SalesTaxInputError('NO_LINES', `not implemented yet (${input.date})`);
}
