import { ratioValue } from '../ratio-arithmetic.js';
import { RATIO_DEFINITIONS, type RatioKey } from '../ratios.js';
import type { SoiIndustryTotals } from './soi-source-book.js';

/**
 * The shop's ratios computed from an SOI industry's published totals (thousands of dollars), with
 * the same exact arithmetic and rounding as the shop's own. SOI gives one year-end balance sheet,
 * so the ratios that average opening and closing balances for the shop use the year-end figure
 * here, and days are counted over 365. Net income is SOI's "net income (less deficit)", before
 * income tax, as the shop's books (which carry no income tax) have it.
 */

/** How each ratio is computed from SOI items, in words (shown with the benchmark). */
export const SOI_FORMULAS: Record<RatioKey, string | null> = {
  'gross-margin': '(business receipts - cost of goods sold) / business receipts x 100',
  // SOI has no operating income line: its deductions mix operating and other costs.
  'operating-margin': null,
  'net-margin': 'net income (less deficit, before income tax) / total receipts x 100',
  'return-on-assets': 'net income (less deficit) / total assets (year end) x 100',
  'return-on-equity': 'net income (less deficit) / net worth (year end) x 100',
  'current-ratio':
    'current assets (cash + receivables - allowance for bad debts + inventories + U.S. government obligations + tax-exempt securities + other current assets) / current liabilities (accounts payable + mortgages, notes and bonds payable in less than 1 year + other current liabilities)',
  'quick-ratio':
    '(cash + receivables - allowance for bad debts + U.S. government obligations + tax-exempt securities) / current liabilities',
  'cash-ratio': 'cash / current liabilities',
  'days-sales-outstanding':
    '(receivables - allowance for bad debts) / business receipts x 365 (year-end receivables)',
  'days-payable-outstanding': 'accounts payable / cost of goods sold x 365 (year-end payables)',
  'days-inventory-outstanding': 'inventories / cost of goods sold x 365 (year-end inventories)',
  'inventory-turnover': 'cost of goods sold / inventories (year end)',
  'debt-to-equity': 'total liabilities (total assets - net worth) / net worth',
  'interest-coverage': '(net income (less deficit) + interest paid) / interest paid',
};

function add(...values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function currentAssets(t: SoiIndustryTotals): number {
  return add(
    t.cash,
    t.notesAndAccountsReceivable,
    -t.allowanceForBadDebts,
    t.inventories,
    t.governmentObligations,
    t.taxExemptSecurities,
    t.otherCurrentAssets,
  );
}

function quickAssets(t: SoiIndustryTotals): number {
  return add(
    t.cash,
    t.notesAndAccountsReceivable,
    -t.allowanceForBadDebts,
    t.governmentObligations,
    t.taxExemptSecurities,
  );
}

function currentLiabilities(t: SoiIndustryTotals): number {
  return add(t.accountsPayable, t.shortTermDebt, t.otherCurrentLiabilities);
}

/** Numerator and denominator of each ratio in SOI terms; null where SOI has no such figure. */
function terms(t: SoiIndustryTotals): Record<RatioKey, [number, number] | null> {
  const netReceivables = t.notesAndAccountsReceivable - t.allowanceForBadDebts;
  return {
    'gross-margin': [t.businessReceipts - t.costOfGoodsSold, t.businessReceipts],
    'operating-margin': null,
    'net-margin': [t.netIncome, t.totalReceipts],
    'return-on-assets': [t.netIncome, t.totalAssets],
    'return-on-equity': t.netWorth > 0 ? [t.netIncome, t.netWorth] : null,
    'current-ratio': [currentAssets(t), currentLiabilities(t)],
    'quick-ratio': [quickAssets(t), currentLiabilities(t)],
    'cash-ratio': [t.cash, currentLiabilities(t)],
    'days-sales-outstanding': [netReceivables, t.businessReceipts],
    'days-payable-outstanding': [t.accountsPayable, t.costOfGoodsSold],
    'days-inventory-outstanding': [t.inventories, t.costOfGoodsSold],
    'inventory-turnover': [t.costOfGoodsSold, t.inventories],
    'debt-to-equity': t.netWorth > 0 ? [t.totalAssets - t.netWorth, t.netWorth] : null,
    'interest-coverage': [t.netIncome + t.interestPaid, t.interestPaid],
  };
}

/** One ratio of one SOI row, rounded like the shop's; null when SOI cannot give it. */
export function soiRatio(t: SoiIndustryTotals, key: RatioKey): number | null {
  const pair = terms(t)[key];
  if (!pair) return null;
  return ratioValue(RATIO_DEFINITIONS[key].unit, pair[0], pair[1], { days: 365 });
}
