/**
 * Sales tax quotes: a pure, deterministic engine. `quoteSalesTax(input)` resolves where the sale
 * is taxed (sourcing), which lines and how much of shipping each jurisdiction taxes (taxability
 * rules as cited, dated data per state), and rounds under the state's rule, returning the
 * breakdown per jurisdiction and per line with the rule-set version and citations.
 * Rates come from ./jurisdictions (ZIP tables and state rates).
 */
export * from './types.js';
export { quoteSalesTax, computeQuote, SALES_TAX_RULE_SET_VERSION } from './quote.js';
export type { JurisdictionResolver } from './quote.js';
export { SALES_TAX_RULE_SET } from './rules/rule-set.js';
export { findSalesTaxRule } from './rules/find.js';
export type * from './rules/types.js';
export * from './jurisdictions/index.js';
