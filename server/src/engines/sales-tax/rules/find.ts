import type { SalesTaxRule, SalesTaxRuleSet } from './types.js';

/**
 * The rule for a state, concept (and category, for taxability) in force on a date, or undefined.
 * Two rules governing the same day are a data error (rule-set.spec.ts checks none ship).
 */
export function findSalesTaxRule(
  ruleSet: SalesTaxRuleSet,
  state: string,
  concept: SalesTaxRule['concept'],
  onDate: string,
  category?: string,
): SalesTaxRule | undefined {
  return ruleSet.rules.find(
    (rule) =>
      rule.state === state &&
      rule.concept === concept &&
      (rule.concept !== 'taxability' || rule.category === category) &&
      rule.effective.from <= onDate &&
      (rule.effective.to === null || onDate <= rule.effective.to),
  );
}
