import { isIsoDate } from './journal.js';
import { ratioValue, type RatioUnit } from './ratio-arithmetic.js';
import {
  balanceSheet,
  DEFAULT_CASH_CODES,
  incomeStatement,
  type BalanceSheet,
  type IncomeStatement,
  type PeriodBalance,
  type StatementLine,
} from './statements.js';

/**
 * Financial ratios of a shop from its statements: flow figures (revenue, COGS, income, interest)
 * over the trailing twelve complete months ending at asOf, stock figures (current assets and
 * liabilities, liabilities, equity) at asOf, and the average of the window's opening and closing
 * balances where the textbook ratio uses an average (ROA, ROE, inventory turnover, DSO, DPO, DIO).
 * Every ratio keeps its numerator and denominator in cents with the statement lines, accounts and
 * dates they came from; values are computed from those integers and rounded only for display
 * (percent 1 decimal, times 2, days 1; half away from zero).
 */

// The demo chart's codes (db/src/seed/chart-of-accounts.ts) the ratios single out.
/** Cash for the cash ratio: the same accounts the cash flow statement counts as cash. */
export const RATIO_CASH_CODES: readonly string[] = DEFAULT_CASH_CODES;
/** Quick assets besides cash: processor clearing (1050, card sales on their way to the bank) and receivables (1100). */
export const QUICK_NON_CASH_CODES: readonly string[] = ['1050', '1100'];
export const RECEIVABLE_CODES: readonly string[] = ['1100'];
export const INVENTORY_CODES: readonly string[] = ['1200'];
export const PAYABLE_CODES: readonly string[] = ['2010'];

export type RatioKey =
  | 'gross-margin'
  | 'operating-margin'
  | 'net-margin'
  | 'return-on-assets'
  | 'return-on-equity'
  | 'current-ratio'
  | 'quick-ratio'
  | 'cash-ratio'
  | 'days-sales-outstanding'
  | 'days-payable-outstanding'
  | 'days-inventory-outstanding'
  | 'inventory-turnover'
  | 'debt-to-equity'
  | 'interest-coverage';

/** The order ratios are listed in. */
export const RATIO_KEYS: readonly RatioKey[] = [
  'gross-margin',
  'operating-margin',
  'net-margin',
  'return-on-assets',
  'return-on-equity',
  'current-ratio',
  'quick-ratio',
  'cash-ratio',
  'days-sales-outstanding',
  'days-payable-outstanding',
  'days-inventory-outstanding',
  'inventory-turnover',
  'debt-to-equity',
  'interest-coverage',
];

/** What a ratio is, in words, the same for the shop and for its industry benchmark. */
export interface RatioDefinition {
  key: RatioKey;
  label: string;
  unit: RatioUnit;
  /** The formula in words, as the shop's books compute it. */
  formula: string;
  /** true: higher is healthier; false: lower is; null: neither (a trade-off). */
  higherIsBetter: boolean | null;
}

export const RATIO_DEFINITIONS: Record<RatioKey, RatioDefinition> = {
  'gross-margin': {
    key: 'gross-margin',
    label: 'Gross margin',
    unit: 'PERCENT',
    formula: 'Gross profit (revenue - cost of goods sold) / revenue x 100, trailing twelve months.',
    higherIsBetter: true,
  },
  'operating-margin': {
    key: 'operating-margin',
    label: 'Operating margin',
    unit: 'PERCENT',
    formula:
      'Operating income (gross profit - operating expenses, before interest) / revenue x 100, trailing twelve months.',
    higherIsBetter: true,
  },
  'net-margin': {
    key: 'net-margin',
    label: 'Net margin',
    unit: 'PERCENT',
    formula:
      'Net income / revenue x 100, trailing twelve months (the books carry no income tax: net income is before tax).',
    higherIsBetter: true,
  },
  'return-on-assets': {
    key: 'return-on-assets',
    label: 'Return on assets',
    unit: 'PERCENT',
    formula:
      'Net income (trailing twelve months) / average total assets ((opening + closing of the window) / 2) x 100.',
    higherIsBetter: true,
  },
  'return-on-equity': {
    key: 'return-on-equity',
    label: 'Return on equity',
    unit: 'PERCENT',
    formula:
      'Net income (trailing twelve months) / average total equity ((opening + closing of the window) / 2) x 100; none when the average equity is zero or negative.',
    higherIsBetter: true,
  },
  'current-ratio': {
    key: 'current-ratio',
    label: 'Current ratio',
    unit: 'TIMES',
    formula: 'Current assets / current liabilities, at asOf.',
    higherIsBetter: true,
  },
  'quick-ratio': {
    key: 'quick-ratio',
    label: 'Quick ratio',
    unit: 'TIMES',
    formula:
      'Quick assets (cash 1010/1020, processor clearing 1050, accounts receivable 1100: current assets except inventory and prepaid) / current liabilities, at asOf.',
    higherIsBetter: true,
  },
  'cash-ratio': {
    key: 'cash-ratio',
    label: 'Cash ratio',
    unit: 'TIMES',
    formula: 'Cash (1010, 1020) / current liabilities, at asOf.',
    higherIsBetter: true,
  },
  'days-sales-outstanding': {
    key: 'days-sales-outstanding',
    label: 'Days sales outstanding',
    unit: 'DAYS',
    formula:
      'Average accounts receivable (1100, opening and closing of the window) / revenue (trailing twelve months) x days in the window. All revenue is used, cash sales included.',
    higherIsBetter: false,
  },
  'days-payable-outstanding': {
    key: 'days-payable-outstanding',
    label: 'Days payable outstanding',
    unit: 'DAYS',
    formula:
      'Average accounts payable (2010, opening and closing of the window) / cost of goods sold (trailing twelve months) x days in the window.',
    higherIsBetter: null,
  },
  'days-inventory-outstanding': {
    key: 'days-inventory-outstanding',
    label: 'Days inventory outstanding',
    unit: 'DAYS',
    formula:
      'Average inventory (1200, opening and closing of the window) / cost of goods sold (trailing twelve months) x days in the window.',
    higherIsBetter: false,
  },
  'inventory-turnover': {
    key: 'inventory-turnover',
    label: 'Inventory turnover',
    unit: 'TIMES',
    formula:
      'Cost of goods sold (trailing twelve months) / average inventory (1200, opening and closing of the window).',
    higherIsBetter: true,
  },
  'debt-to-equity': {
    key: 'debt-to-equity',
    label: 'Debt to equity',
    unit: 'TIMES',
    formula: 'Total liabilities / total equity, at asOf; none when equity is zero or negative.',
    higherIsBetter: false,
  },
  'interest-coverage': {
    key: 'interest-coverage',
    label: 'Interest coverage',
    unit: 'TIMES',
    formula:
      'Operating income (earnings before interest; the books carry no income tax) / interest expense (6070), trailing twelve months.',
    higherIsBetter: true,
  },
};

/** ISO dates, both inclusive. */
export interface RatioWindow {
  from: string;
  to: string;
  /** Days from `from` to `to` inclusive (365, or 366 across a 29 February). */
  days: number;
}

/** One figure a ratio's numerator or denominator is made of. */
export interface RatioSource {
  statement: 'INCOME_STATEMENT' | 'BALANCE_SHEET';
  /** The statement line's key ('gross-profit', 'current:2100', 'assets-total'...). */
  line: string;
  label: string;
  accounts: string[];
  /** Income statement: the window; balance sheet: null and `to` is the balance date. */
  from: string | null;
  to: string;
  cents: number;
}

/** A numerator or denominator: its cents and the figures it sums. */
export interface RatioTerm {
  label: string;
  /** Exact cents; for an average, the average rounded half away from zero (the ratio uses the exact half). */
  cents: number;
  /** True when `cents` is the average of the two balances in `sources` (opening and closing). */
  isAverage: boolean;
  sources: RatioSource[];
}

export interface FinancialRatio {
  key: RatioKey;
  label: string;
  unit: RatioUnit;
  formula: string;
  higherIsBetter: boolean | null;
  /** Rounded for display (percent 1 decimal, times 2, days 1); null with `nullReason`. */
  value: number | null;
  nullReason: string | null;
  numerator: RatioTerm;
  denominator: RatioTerm;
}

export interface RatioInputs {
  asOf: string;
  window: RatioWindow;
  /**
   * Every account over the window (LedgerService.accountBalances with from = window.from and
   * asOf = window.to, not activityOnly): opening balances at the window's start, activity, and
   * closing balances at its end.
   */
  windowBalances: readonly PeriodBalance[];
  /** Closing balances at asOf when asOf is after the window's end (mid-month); else omitted. */
  asOfBalances?: readonly PeriodBalance[];
}

export interface RatioStatements {
  income: IncomeStatement;
  /** The day before the window starts. */
  opening: BalanceSheet;
  /** The window's last day. */
  closing: BalanceSheet;
  /** asOf (the same as `closing` when asOf ends the window). */
  atAsOf: BalanceSheet;
}

const DAY_MS = 86_400_000;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The trailing twelve complete months ending at asOf: when asOf is the last day of its month the
 * window ends there, otherwise it ends with the previous month (the current month is incomplete).
 * 2026-10-31 -> 2025-11-01..2026-10-31; 2026-11-26 -> 2025-11-01..2026-10-31.
 */
export function trailingTwelveMonths(asOf: string): RatioWindow {
  if (!isIsoDate(asOf)) throw new RangeError(`${asOf} is not a calendar date`);
  const date = utc(asOf);
  const next = new Date(date.getTime() + DAY_MS);
  const monthEnds = next.getUTCMonth() !== date.getUTCMonth();
  const end = monthEnds ? date : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1));
  return {
    from: iso(start),
    to: iso(end),
    days: Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1,
  };
}

/** The day before an ISO date. */
function dayBefore(isoDate: string): string {
  return iso(new Date(utc(isoDate).getTime() - DAY_MS));
}

/** Balances as they stood before the window: the opening balances taken as closing ones. */
function openingAsClosing(balances: readonly PeriodBalance[]): PeriodBalance[] {
  return balances.map((b) => ({
    ...b,
    openingCents: 0,
    debitCents: 0,
    creditCents: 0,
    closingCents: b.openingCents,
  }));
}

/** The statements the ratios read: the window's income statement and three balance sheets. */
export function ratioStatements(inputs: RatioInputs): RatioStatements {
  const { window } = inputs;
  const income = incomeStatement(window, inputs.windowBalances);
  const opening = balanceSheet(dayBefore(window.from), openingAsClosing(inputs.windowBalances));
  const closing = balanceSheet(window.to, inputs.windowBalances);
  const atAsOf = inputs.asOfBalances ? balanceSheet(inputs.asOf, inputs.asOfBalances) : closing;
  return { income, opening, closing, atAsOf };
}

// ---------------------------------------------------------------------------------------------
// Terms: sums of statement lines, each remembered as a source.
// ---------------------------------------------------------------------------------------------

function sumCents(values: readonly number[]): number {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`a total of ${total} cents is too large to count exactly`);
  }
  return Number(total);
}

function incomeSource(
  income: IncomeStatement,
  line: string,
  label: string,
  cents: number,
  accounts: string[],
): RatioSource {
  return {
    statement: 'INCOME_STATEMENT',
    line,
    label,
    accounts,
    from: income.period.from,
    to: income.period.to,
    cents,
  };
}

function codesOf(lines: readonly StatementLine[]): string[] {
  return lines.flatMap((l) => l.accounts);
}

function term(label: string, sources: RatioSource[]): RatioTerm {
  return { label, cents: sumCents(sources.map((s) => s.cents)), isAverage: false, sources };
}

/** Revenue as one source (the revenue section's total). */
function revenueTerm(income: IncomeStatement): RatioTerm {
  return term('Revenue', [
    incomeSource(
      income,
      'revenue-total',
      'Total revenue',
      income.revenue.totalCents,
      codesOf(income.revenue.lines),
    ),
  ]);
}

function cogsTerm(income: IncomeStatement): RatioTerm {
  return term('Cost of goods sold', [
    incomeSource(
      income,
      'cogs-total',
      'Total cost of goods sold',
      income.costOfGoodsSold.totalCents,
      codesOf(income.costOfGoodsSold.lines),
    ),
  ]);
}

/** Revenue minus each COGS line, so the largest cost is visible. */
function grossProfitTerm(income: IncomeStatement): RatioTerm {
  return term('Gross profit', [
    revenueTerm(income).sources[0] as RatioSource,
    ...income.costOfGoodsSold.lines.map((l) =>
      incomeSource(income, l.key, l.label, -l.amountCents, l.accounts),
    ),
  ]);
}

/** Gross profit minus each operating expense department's subtotal. */
function operatingIncomeTerm(income: IncomeStatement): RatioTerm {
  return term('Operating income', [
    incomeSource(income, 'gross-profit', 'Gross profit', income.grossProfitCents, [
      ...codesOf(income.revenue.lines),
      ...codesOf(income.costOfGoodsSold.lines),
    ]),
    ...income.operatingExpensesByDepartment.lines.map((l) =>
      incomeSource(income, l.key, l.label, -l.amountCents, l.accounts),
    ),
  ]);
}

/** Operating income minus interest. */
function netIncomeTerm(income: IncomeStatement): RatioTerm {
  const operating = operatingIncomeTerm(income);
  return term('Net income', [
    ...operating.sources,
    ...income.interestExpense.lines.map((l) =>
      incomeSource(income, l.key, l.label, -l.amountCents, l.accounts),
    ),
  ]);
}

function interestTerm(income: IncomeStatement): RatioTerm {
  return term('Interest expense', [
    incomeSource(
      income,
      'interest',
      'Interest expense',
      income.interestExpenseCents,
      codesOf(income.interestExpense.lines),
    ),
  ]);
}

function sheetSource(sheet: BalanceSheet, line: StatementLine): RatioSource {
  return {
    statement: 'BALANCE_SHEET',
    line: line.key,
    label: line.label,
    accounts: line.accounts,
    from: null,
    to: sheet.asOf,
    cents: line.amountCents,
  };
}

function sheetTotal(
  sheet: BalanceSheet,
  line: string,
  label: string,
  lines: readonly StatementLine[],
): RatioSource {
  return {
    statement: 'BALANCE_SHEET',
    line,
    label,
    accounts: codesOf(lines),
    from: null,
    to: sheet.asOf,
    cents: sumCents(lines.map((l) => l.amountCents)),
  };
}

function byCodes(lines: readonly StatementLine[], codes: readonly string[]): StatementLine[] {
  return lines.filter((l) => l.accounts.some((code) => codes.includes(code)));
}

const currentAssetLines = (s: BalanceSheet) =>
  s.assets.lines.filter((l) => l.key.startsWith('current:'));
const currentLiabilityLines = (s: BalanceSheet) =>
  s.liabilities.lines.filter((l) => l.key.startsWith('current:'));

/** Balance-sheet lines at one date, one source per line. */
function linesTerm(label: string, sheet: BalanceSheet, lines: readonly StatementLine[]): RatioTerm {
  return term(
    label,
    lines.map((l) => sheetSource(sheet, l)),
  );
}

/** The average of a figure at the window's opening and closing: two sources, sum halved. */
function averageTerm(
  label: string,
  pick: (sheet: BalanceSheet) => RatioSource,
  statements: RatioStatements,
): ExactTerm {
  const opening = pick(statements.opening);
  const closing = pick(statements.closing);
  const sumOfTwoCents = sumCents([opening.cents, closing.cents]);
  return {
    label: `Average ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    cents: Number(halfAwayFromZero(BigInt(sumOfTwoCents))),
    isAverage: true,
    sources: [
      { ...opening, label: `${opening.label} (opening)` },
      { ...closing, label: `${closing.label} (closing)` },
    ],
    sumOfTwoCents,
  };
}

/** n / 2 rounded half away from zero (for the average's display only). */
function halfAwayFromZero(n: bigint): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const half = (a + 1n) / 2n;
  return negative ? -half : half;
}

// ---------------------------------------------------------------------------------------------
// The ratios.
// ---------------------------------------------------------------------------------------------

/** A term as the ratio needs it: averages keep the exact sum of their two balances. */
type ExactTerm = RatioTerm & { sumOfTwoCents?: number };

function withoutSum(t: ExactTerm): RatioTerm {
  const { sumOfTwoCents: _sum, ...rest } = t;
  return rest;
}

function ratio(
  key: RatioKey,
  numerator: ExactTerm,
  denominator: ExactTerm,
  options: { days?: number; refuseNonPositive?: string; zeroReason: string },
): FinancialRatio {
  const definition = RATIO_DEFINITIONS[key];
  const exactNumerator = numerator.sumOfTwoCents ?? numerator.cents;
  const exactDenominator = denominator.sumOfTwoCents ?? denominator.cents;
  let value: number | null = null;
  let nullReason: string | null = null;
  if (exactDenominator === 0) nullReason = options.zeroReason;
  else if (options.refuseNonPositive && exactDenominator < 0)
    nullReason = options.refuseNonPositive;
  else {
    value = ratioValue(definition.unit, exactNumerator, exactDenominator, {
      days: options.days,
      numeratorIsSumOfTwo: numerator.sumOfTwoCents !== undefined,
      denominatorIsSumOfTwo: denominator.sumOfTwoCents !== undefined,
    });
  }
  return {
    key,
    label: definition.label,
    unit: definition.unit,
    formula: definition.formula,
    higherIsBetter: definition.higherIsBetter,
    value,
    nullReason,
    numerator: withoutSum(numerator),
    denominator: withoutSum(denominator),
  };
}

const NO_REVENUE = 'No revenue in the trailing twelve months.';
const NO_COGS = 'No cost of goods sold in the trailing twelve months.';
const NO_CURRENT_LIABILITIES = 'No current liabilities at this date.';
const NEGATIVE_EQUITY = 'Equity is negative, so the ratio has no meaning.';

/** The fourteen ratios, in RATIO_KEYS order, from the statements of the window. */
export function financialRatios(inputs: RatioInputs): FinancialRatio[] {
  const statements = ratioStatements(inputs);
  const { income, atAsOf } = statements;
  const days = inputs.window.days;
  const revenue = revenueTerm(income);
  const cogs = cogsTerm(income);
  const netIncome = netIncomeTerm(income);
  const operatingIncome = operatingIncomeTerm(income);
  const currentLiabilities = linesTerm(
    'Current liabilities',
    atAsOf,
    currentLiabilityLines(atAsOf),
  );
  const averageOf = (label: string, codes: readonly string[]) =>
    averageTerm(
      label,
      (sheet) =>
        sheetTotal(
          sheet,
          `codes:${codes.join('+')}`,
          label,
          byCodes(sheet.assets.lines.concat(sheet.liabilities.lines), codes),
        ),
      statements,
    );
  const averageReceivables = averageOf('Accounts receivable', RECEIVABLE_CODES);
  const averagePayables = averageOf('Accounts payable', PAYABLE_CODES);
  const averageInventory = averageOf('Inventory', INVENTORY_CODES);
  const averageAssets = averageTerm(
    'Total assets',
    (sheet) => sheetTotal(sheet, 'assets-total', 'Total assets', sheet.assets.lines),
    statements,
  );
  const averageEquity = averageTerm(
    'Total equity',
    (sheet) => sheetTotal(sheet, 'equity-total', 'Total equity', sheet.equity.lines),
    statements,
  );
  const equity = linesTerm('Total equity', atAsOf, atAsOf.equity.lines);
  const zeroEquity = 'Equity is zero.';
  return [
    ratio('gross-margin', grossProfitTerm(income), revenue, { zeroReason: NO_REVENUE }),
    ratio('operating-margin', operatingIncome, revenue, { zeroReason: NO_REVENUE }),
    ratio('net-margin', netIncome, revenue, { zeroReason: NO_REVENUE }),
    ratio('return-on-assets', netIncome, averageAssets, {
      zeroReason: 'No assets over the window.',
    }),
    ratio('return-on-equity', netIncome, averageEquity, {
      zeroReason: 'Average equity is zero.',
      refuseNonPositive: 'Average equity is negative, so the ratio has no meaning.',
    }),
    ratio(
      'current-ratio',
      linesTerm('Current assets', atAsOf, currentAssetLines(atAsOf)),
      currentLiabilities,
      {
        zeroReason: NO_CURRENT_LIABILITIES,
      },
    ),
    ratio(
      'quick-ratio',
      linesTerm(
        'Quick assets',
        atAsOf,
        byCodes(currentAssetLines(atAsOf), [...RATIO_CASH_CODES, ...QUICK_NON_CASH_CODES]),
      ),
      currentLiabilities,
      { zeroReason: NO_CURRENT_LIABILITIES },
    ),
    ratio(
      'cash-ratio',
      linesTerm('Cash', atAsOf, byCodes(currentAssetLines(atAsOf), RATIO_CASH_CODES)),
      currentLiabilities,
      { zeroReason: NO_CURRENT_LIABILITIES },
    ),
    ratio('days-sales-outstanding', averageReceivables, revenue, { days, zeroReason: NO_REVENUE }),
    ratio('days-payable-outstanding', averagePayables, cogs, { days, zeroReason: NO_COGS }),
    ratio('days-inventory-outstanding', averageInventory, cogs, { days, zeroReason: NO_COGS }),
    ratio('inventory-turnover', cogs, averageInventory, {
      zeroReason: 'No inventory over the window.',
    }),
    ratio(
      'debt-to-equity',
      linesTerm('Total liabilities', atAsOf, atAsOf.liabilities.lines),
      equity,
      {
        zeroReason: zeroEquity,
        refuseNonPositive: NEGATIVE_EQUITY,
      },
    ),
    ratio('interest-coverage', operatingIncome, interestTerm(income), {
      zeroReason: 'No interest expense in the trailing twelve months.',
    }),
  ];
}
