import type { SalesTaxRuleSet } from './types.js';
import { STATE_RULES } from './states.js';

/**
 * The sales-tax rule set: taxability, shipping, sourcing and rounding for the twelve demo states.
 * The version is named on every quote; change it whenever a rule is added or corrected.
 */
export const SALES_TAX_RULE_SET: SalesTaxRuleSet = {
  version: 'us-sales-tax/2026-12-03.1',
  rules: STATE_RULES,
};
