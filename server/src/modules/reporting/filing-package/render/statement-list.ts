import type { FinancialStatement } from '../../statements.service.js';
import type { FilingPackageContent } from '../filing-package-content.js';

/** The three statements in the order every document shows them. */
export function statementList(content: FilingPackageContent): FinancialStatement[] {
  const { income, balance, cashFlow } = content.statements;
  return [income, balance, cashFlow];
}
