import type { AccountType, NormalBalance } from './journal.js';

/**
 * The three financial statements (income statement, balance sheet, cash flow statement by the
 * indirect method) and their comparative columns, built from per-account figures the database
 * summed (LedgerService.accountBalances): nothing here reads journal lines, so a statement over a
 * million lines costs one SQL aggregate plus a pass over a few dozen accounts. Every line carries
 * the account codes that produced it. Sums are exact (bigint) and refused if they leave safe
 * integers; only percentages are rounded, and only for display.
 *
 * Signs: a line is positive on its section's natural side (assets and expenses debit, liabilities,
 * equity and revenue credit), so a contra account (accumulated depreciation, owner's draws,
 * returns) shows negative in its section and every section total is a plain sum of its lines.
 */

/** One account's figures for a period, as LedgerService.accountBalances returns them. */
export interface PeriodBalance {
  code: string;
  name: string;
  type: AccountType;
  normalBalance: NormalBalance;
  /** Balance at the start of the period, positive on the normal side (0 when the period starts at the beginning). */
  openingCents: number;
  /** Activity within the period. */
  debitCents: number;
  creditCents: number;
  /** Balance at the end of the period, positive on the normal side. */
  closingCents: number;
  /** Operating expenses: the department the income statement groups the account under. */
  department?: string | null;
}

/** ISO dates 'YYYY-MM-DD', both inclusive. */
export interface StatementPeriod {
  from: string;
  to: string;
}

export interface StatementLine {
  key: string;
  label: string;
  amountCents: number;
  /** The account codes that produced it. */
  accounts: string[];
  /** The heading the line is grouped under (an operating expense's department). */
  group?: string;
}

export interface StatementSection {
  key: string;
  label: string;
  lines: StatementLine[];
  totalCents: number;
}

// ---------------------------------------------------------------------------------------------
// Classification of the demo chart (db/src/seed/chart-of-accounts.ts) by account type and code.
// ---------------------------------------------------------------------------------------------

/** An inclusive range of numeric account codes. */
export interface CodeRange {
  from: number;
  to: number;
}

/** Current assets (cash, clearing, receivables, inventory, prepaid): 1000-1499. */
export const CURRENT_ASSET_CODES: CodeRange = { from: 1000, to: 1499 };
/**
 * Non-current assets (equipment and its accumulated depreciation): 1500-1999. An ASSET account
 * outside both asset ranges is treated as current, so every asset falls in exactly one class.
 */
export const NON_CURRENT_ASSET_CODES: CodeRange = { from: 1500, to: 1999 };
/** Current liabilities (payables, credit card, sales tax, payroll): 2000-2499. */
export const CURRENT_LIABILITY_CODES: CodeRange = { from: 2000, to: 2499 };
/**
 * Long-term liabilities (the equipment loan): 2500-2999. A LIABILITY account outside both ranges
 * is treated as current.
 */
export const LONG_TERM_LIABILITY_CODES: CodeRange = { from: 2500, to: 2999 };
/** Equity (contributions, draws, retained earnings): 3000-3999; classified by type EQUITY. */
export const EQUITY_CODES: CodeRange = { from: 3000, to: 3999 };
/** Interest expense (6070), shown below operating income rather than among operating expenses. */
export const INTEREST_EXPENSE_CODES: readonly string[] = ['6070'];
/** Cash and cash equivalents for the cash flow statement: operating checking and savings. */
export const DEFAULT_CASH_CODES: readonly string[] = ['1010', '1020'];

function inRange(code: string, range: CodeRange): boolean {
  if (!/^\d+$/.test(code)) return false;
  const n = Number(code);
  return n >= range.from && n <= range.to;
}

/** The side a type's ordinary (non-contra) accounts sit on. */
const NATURAL_SIDE: Record<AccountType, NormalBalance> = {
  ASSET: 'DEBIT',
  LIABILITY: 'CREDIT',
  EQUITY: 'CREDIT',
  REVENUE: 'CREDIT',
  COGS: 'DEBIT',
  EXPENSE: 'DEBIT',
};

const PROFIT_AND_LOSS_TYPES: ReadonlySet<AccountType> = new Set(['REVENUE', 'COGS', 'EXPENSE']);

function isProfitAndLoss(b: PeriodBalance): boolean {
  return PROFIT_AND_LOSS_TYPES.has(b.type);
}

/** A non-current asset on the credit side: accumulated depreciation (1510). */
function isAccumulatedDepreciation(b: PeriodBalance): boolean {
  return (
    b.type === 'ASSET' && b.normalBalance === 'CREDIT' && inRange(b.code, NON_CURRENT_ASSET_CODES)
  );
}

function isNonCurrentAsset(b: PeriodBalance): boolean {
  return b.type === 'ASSET' && inRange(b.code, NON_CURRENT_ASSET_CODES);
}

function isLongTermLiability(b: PeriodBalance): boolean {
  return b.type === 'LIABILITY' && inRange(b.code, LONG_TERM_LIABILITY_CODES);
}

// ---------------------------------------------------------------------------------------------
// Exact arithmetic.
// ---------------------------------------------------------------------------------------------

function checkCents(b: PeriodBalance): void {
  for (const [field, value] of [
    ['openingCents', b.openingCents],
    ['debitCents', b.debitCents],
    ['creditCents', b.creditCents],
    ['closingCents', b.closingCents],
  ] as const) {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`account ${b.code}: ${field} ${value} is not a whole number of cents`);
    }
  }
  if (b.debitCents < 0 || b.creditCents < 0) {
    throw new RangeError(`account ${b.code}: debits and credits must not be negative`);
  }
}

function checkAll(balances: readonly PeriodBalance[]): PeriodBalance[] {
  for (const b of balances) checkCents(b);
  return [...balances].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function toSafe(cents: bigint): number {
  if (cents > BigInt(Number.MAX_SAFE_INTEGER) || cents < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`a total of ${cents} cents is too large to count exactly`);
  }
  return Number(cents);
}

function sum(values: readonly number[]): number {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  return toSafe(total);
}

/** A balance positive on the normal side, turned debit-positive. */
function debitSide(normalBalance: NormalBalance, cents: number): bigint {
  return normalBalance === 'DEBIT' ? BigInt(cents) : -BigInt(cents);
}

/** A debit-positive amount, shown positive on the natural side of the account's type. */
function onNaturalSide(type: AccountType, debitPositive: bigint): number {
  return toSafe(NATURAL_SIDE[type] === 'DEBIT' ? debitPositive : -debitPositive);
}

/** The period's activity, positive on the natural side of the type (returns: negative revenue). */
function activity(b: PeriodBalance): number {
  return onNaturalSide(b.type, BigInt(b.debitCents) - BigInt(b.creditCents));
}

/** The closing balance, positive on the natural side of the type (accumulated depreciation: negative). */
function closing(b: PeriodBalance): number {
  return onNaturalSide(b.type, debitSide(b.normalBalance, b.closingCents));
}

/**
 * What the change of a balance-sheet account over the period did to cash: the opposite of the
 * change of its debit-side balance (receivables up 600.00: -600.00; payables up: +; loan repaid: -).
 */
function cashEffect(b: PeriodBalance): number {
  return toSafe(
    debitSide(b.normalBalance, b.openingCents) - debitSide(b.normalBalance, b.closingCents),
  );
}

/**
 * A ratio in percent, rounded half away from zero to one decimal (1/16 -> 6.3, -1/16 -> -6.3),
 * computed on integers so no binary fraction decides a rounding. Null when the denominator is 0.
 */
export function percentOneDecimal(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator) * 1000n;
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n && n !== 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const tenths = (2n * an + ad) / (2n * ad);
  const value = Number(tenths) / 10;
  return negative ? -value : value;
}

function section(key: string, label: string, lines: StatementLine[]): StatementSection {
  return { key, label, lines, totalCents: sum(lines.map((l) => l.amountCents)) };
}

function hadActivity(b: PeriodBalance): boolean {
  return b.debitCents !== 0 || b.creditCents !== 0;
}

// ---------------------------------------------------------------------------------------------
// Income statement.
// ---------------------------------------------------------------------------------------------

export interface IncomeStatement {
  period: StatementPeriod;
  /** One line per revenue account ("segment"); a contra account (returns) is negative. */
  revenue: StatementSection;
  /** COGS accounts. */
  costOfGoodsSold: StatementSection;
  grossProfitCents: number;
  /**
   * EXPENSE accounts except interest (6070), one line per account, grouped by department
   * (`group`; OTHER_DEPARTMENT when the account has none), departments in the order of their
   * lowest account code, with or without activity.
   */
  operatingExpenses: StatementSection;
  /** One line per department, keyed 'department:<slug>', summing its accounts' lines. */
  operatingExpensesByDepartment: StatementSection;
  operatingIncomeCents: number;
  /** 6070's activity; its accounts are in `interestExpense`. */
  interestExpenseCents: number;
  /** The interest accounts as a section (one line per account), for the accounts and comparisons. */
  interestExpense: StatementSection;
  netIncomeCents: number;
  /** Margins in percent, 1 decimal, for display; null when revenue is 0. */
  grossMarginPercent: number | null;
  operatingMarginPercent: number | null;
  netMarginPercent: number | null;
}

function activityLines(accounts: readonly PeriodBalance[]): StatementLine[] {
  return accounts.filter(hadActivity).map((b) => ({
    key: b.code,
    label: b.name,
    amountCents: activity(b),
    accounts: [b.code],
  }));
}

/** The heading of operating expenses whose account names no department. */
export const OTHER_DEPARTMENT = 'Other operating expenses';

/** 'Sales and marketing' -> 'department:sales-and-marketing'. */
export function departmentKey(department: string): string {
  return `department:${department
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Operating expense lines grouped by department (accounts sorted by code, so departments come in
 * the order of their lowest code in the chart), and one subtotal line per department that had
 * activity.
 */
function byDepartment(accounts: readonly PeriodBalance[]): {
  lines: StatementLine[];
  departments: StatementLine[];
} {
  // Every account (with activity or not) places its department, so the order is the chart's,
  // the same in every period.
  const groups = new Map<string, StatementLine[]>();
  for (const b of accounts) {
    const department = b.department ?? OTHER_DEPARTMENT;
    const lines = groups.get(department) ?? [];
    groups.set(department, lines);
    if (!hadActivity(b)) continue;
    lines.push({
      key: b.code,
      label: b.name,
      amountCents: activity(b),
      accounts: [b.code],
      group: department,
    });
  }
  const entries = [...groups.entries()].filter(([, lines]) => lines.length > 0);
  return {
    lines: entries.flatMap(([, lines]) => lines),
    departments: entries.map(([department, lines]) => ({
      key: departmentKey(department),
      label: department,
      amountCents: sum(lines.map((l) => l.amountCents)),
      accounts: lines.flatMap((l) => l.accounts),
      group: department,
    })),
  };
}

/**
 * The income statement of a period from the activity (debits and credits within the period) of
 * the revenue, COGS and expense accounts; balance-sheet accounts are ignored. An account with no
 * activity in the period has no line. Line keys are account codes, so periods compare by key.
 */
export function incomeStatement(
  period: StatementPeriod,
  balances: readonly PeriodBalance[],
): IncomeStatement {
  const sorted = checkAll(balances);
  const revenue = section(
    'revenue',
    'Revenue',
    activityLines(sorted.filter((b) => b.type === 'REVENUE')),
  );
  const costOfGoodsSold = section(
    'cost-of-goods-sold',
    'Cost of goods sold',
    activityLines(sorted.filter((b) => b.type === 'COGS')),
  );
  const expenses = sorted.filter((b) => b.type === 'EXPENSE');
  const opex = byDepartment(expenses.filter((b) => !INTEREST_EXPENSE_CODES.includes(b.code)));
  const operatingExpenses = section('operating-expenses', 'Operating expenses', opex.lines);
  const operatingExpensesByDepartment = section(
    'operating-expenses-by-department',
    'Operating expenses by department',
    opex.departments,
  );
  const interestExpense = section(
    'interest-expense',
    'Interest expense',
    activityLines(expenses.filter((b) => INTEREST_EXPENSE_CODES.includes(b.code))),
  );
  const grossProfitCents = sum([revenue.totalCents, -costOfGoodsSold.totalCents]);
  const operatingIncomeCents = sum([grossProfitCents, -operatingExpenses.totalCents]);
  const netIncomeCents = sum([operatingIncomeCents, -interestExpense.totalCents]);
  return {
    period: { from: period.from, to: period.to },
    revenue,
    costOfGoodsSold,
    grossProfitCents,
    operatingExpenses,
    operatingExpensesByDepartment,
    operatingIncomeCents,
    interestExpenseCents: interestExpense.totalCents,
    interestExpense,
    netIncomeCents,
    grossMarginPercent: percentOneDecimal(grossProfitCents, revenue.totalCents),
    operatingMarginPercent: percentOneDecimal(operatingIncomeCents, revenue.totalCents),
    netMarginPercent: percentOneDecimal(netIncomeCents, revenue.totalCents),
  };
}

// ---------------------------------------------------------------------------------------------
// Balance sheet.
// ---------------------------------------------------------------------------------------------

export interface BalanceSheet {
  asOf: string;
  /**
   * One line per asset account, keyed 'current:<code>' or 'noncurrent:<code>' (accumulated
   * depreciation negative).
   */
  assets: StatementSection;
  /** One line per liability account, keyed 'current:<code>' or 'longterm:<code>'. */
  liabilities: StatementSection;
  /**
   * Contributions, draws (negative) and retained earnings keyed by code, then 'current-earnings':
   * revenue - COGS - expenses up to asOf not closed into retained earnings.
   */
  equity: StatementSection;
  totalLiabilitiesAndEquityCents: number;
  /** assets = liabilities + equity: always true for balanced books; computed, not assumed. */
  balanced: boolean;
}

/** The key prefix of an asset's line: 'current' or 'noncurrent'. */
export function assetClass(code: string): 'current' | 'noncurrent' {
  return inRange(code, NON_CURRENT_ASSET_CODES) ? 'noncurrent' : 'current';
}

/** The key prefix of a liability's line: 'current' or 'longterm'. */
export function liabilityClass(code: string): 'current' | 'longterm' {
  return inRange(code, LONG_TERM_LIABILITY_CODES) ? 'longterm' : 'current';
}

/**
 * The balance sheet at `asOf` from closing balances (the balances of a period ending at asOf). An
 * account at zero is left out. Current earnings are the closing balances of every revenue, COGS
 * and expense account, so they are the cumulative net income as long as the books are never
 * closed (closing entries would move them into retained earnings and the identity still holds).
 */
export function balanceSheet(asOf: string, balances: readonly PeriodBalance[]): BalanceSheet {
  const sorted = checkAll(balances);
  const line = (prefix: string | null, b: PeriodBalance): StatementLine => ({
    key: prefix === null ? b.code : `${prefix}:${b.code}`,
    label: b.name,
    amountCents: closing(b),
    accounts: [b.code],
  });
  const open = sorted.filter((b) => b.closingCents !== 0);
  const assets = section(
    'assets',
    'Assets',
    open.filter((b) => b.type === 'ASSET').map((b) => line(assetClass(b.code), b)),
  );
  const liabilities = section(
    'liabilities',
    'Liabilities',
    open.filter((b) => b.type === 'LIABILITY').map((b) => line(liabilityClass(b.code), b)),
  );
  const profitAndLoss = sorted.filter(isProfitAndLoss);
  let earnings = 0n;
  for (const b of profitAndLoss) earnings -= debitSide(b.normalBalance, b.closingCents);
  const equity = section('equity', 'Equity', [
    ...open.filter((b) => b.type === 'EQUITY').map((b) => line(null, b)),
    {
      key: 'current-earnings',
      label: 'Current earnings',
      amountCents: toSafe(earnings),
      accounts: profitAndLoss.map((b) => b.code),
    },
  ]);
  const totalLiabilitiesAndEquityCents = sum([liabilities.totalCents, equity.totalCents]);
  return {
    asOf,
    assets,
    liabilities,
    equity,
    totalLiabilitiesAndEquityCents,
    balanced: assets.totalCents === totalLiabilitiesAndEquityCents,
  };
}

// ---------------------------------------------------------------------------------------------
// Cash flow statement (indirect method).
// ---------------------------------------------------------------------------------------------

export interface CashFlowStatement {
  period: StatementPeriod;
  /**
   * 'net-income' (accounts: every P&L account), 'depreciation' (the increase of accumulated
   * depreciation, non-cash), then one line per other current asset and current liability whose
   * balance changed, keyed by code (an asset up takes cash, a liability up brings it).
   */
  operating: StatementSection;
  /** Non-current assets other than accumulated depreciation, keyed by code (purchases negative). */
  investing: StatementSection;
  /** Long-term liabilities and equity accounts (loan, contributions, draws), keyed by code. */
  financing: StatementSection;
  /** operating + investing + financing. */
  netChangeCents: number;
  openingCashCents: number;
  closingCashCents: number;
  /** openingCash + netChange = closingCash: computed, not assumed. */
  reconciles: boolean;
}

/**
 * The cash flow statement of a period by the indirect method: net income from the period's
 * activity of the P&L accounts, then the change (opening to closing) of every balance-sheet
 * account other than cash, each in exactly one line:
 * - accumulated depreciation (a credit-side non-current asset): the 'depreciation' add-back;
 * - other current assets and current liabilities: operating (working capital);
 * - other non-current assets: investing;
 * - long-term liabilities and every equity account: financing (retained earnings too: it moves
 *   only when books are closed, and then the P&L activity carries the closing entries' opposite).
 * Because every account is in one line and a balanced ledger's changes sum to zero, the net change
 * equals the change in cash for any balanced books, however odd (a loan drawn straight into
 * inventory shows as inventory -X in operating and loan +X in financing); `reconciles` checks it.
 * An account whose balance did not change has no line; net income and depreciation always do.
 */
export function cashFlowStatement(
  period: StatementPeriod,
  balances: readonly PeriodBalance[],
  options: { cashCodes?: readonly string[] } = {},
): CashFlowStatement {
  const cashCodes = new Set(options.cashCodes ?? DEFAULT_CASH_CODES);
  const sorted = checkAll(balances);
  const cash = sorted.filter((b) => cashCodes.has(b.code));
  const profitAndLoss = sorted.filter((b) => !cashCodes.has(b.code) && isProfitAndLoss(b));
  const balanceSheetAccounts = sorted.filter((b) => !cashCodes.has(b.code) && !isProfitAndLoss(b));

  let netIncome = 0n;
  for (const b of profitAndLoss) netIncome += BigInt(b.creditCents) - BigInt(b.debitCents);
  const depreciationAccounts = balanceSheetAccounts.filter(isAccumulatedDepreciation);
  const changeLine = (b: PeriodBalance): StatementLine => ({
    key: b.code,
    label: `Change in ${b.name}`,
    amountCents: cashEffect(b),
    accounts: [b.code],
  });
  const changed = (b: PeriodBalance): boolean => b.openingCents !== b.closingCents;
  const rest = balanceSheetAccounts.filter((b) => !isAccumulatedDepreciation(b));
  const isFinancing = (b: PeriodBalance): boolean => isLongTermLiability(b) || b.type === 'EQUITY';
  const isInvesting = (b: PeriodBalance): boolean => isNonCurrentAsset(b);

  const operating = section('operating', 'Operating activities', [
    {
      key: 'net-income',
      label: 'Net income',
      amountCents: toSafe(netIncome),
      accounts: profitAndLoss.map((b) => b.code),
    },
    {
      key: 'depreciation',
      label: 'Depreciation (non-cash)',
      amountCents: sum(depreciationAccounts.map(cashEffect)),
      accounts: depreciationAccounts.map((b) => b.code),
    },
    ...rest.filter((b) => !isInvesting(b) && !isFinancing(b) && changed(b)).map(changeLine),
  ]);
  const investing = section(
    'investing',
    'Investing activities',
    rest.filter((b) => isInvesting(b) && changed(b)).map(changeLine),
  );
  const financing = section(
    'financing',
    'Financing activities',
    rest.filter((b) => isFinancing(b) && changed(b)).map(changeLine),
  );
  const netChangeCents = sum([operating.totalCents, investing.totalCents, financing.totalCents]);
  let opening = 0n;
  let closingCash = 0n;
  for (const b of cash) {
    opening += debitSide(b.normalBalance, b.openingCents);
    closingCash += debitSide(b.normalBalance, b.closingCents);
  }
  const openingCashCents = toSafe(opening);
  const closingCashCents = toSafe(closingCash);
  return {
    period: { from: period.from, to: period.to },
    operating,
    investing,
    financing,
    netChangeCents,
    openingCashCents,
    closingCashCents,
    reconciles: opening + BigInt(netChangeCents) === closingCash,
  };
}

// ---------------------------------------------------------------------------------------------
// Comparative columns.
// ---------------------------------------------------------------------------------------------

export interface ComparativeLine {
  key: string;
  label: string;
  accounts: string[];
  /** The heading the line is grouped under (an operating expense's department); null if none. */
  group: string | null;
  currentCents: number;
  /** Null when no prior statement was given. */
  priorCents: number | null;
  /** Null when no last-year statement was given. */
  lastYearCents: number | null;
  /** current - prior; null when no prior statement was given. */
  varianceCents: number | null;
  /** variance / |prior| in percent, 1 decimal; null when prior is 0 or absent. */
  variancePercent: number | null;
}

/**
 * One figure in the comparative columns (a total, net income): variance is current - prior, its
 * percent relative to the prior figure's size (so a cost going from -100 to -150 is -50.0%).
 */
export function comparativeLine(
  line: { key: string; label: string; accounts: string[]; group?: string | null },
  currentCents: number,
  priorCents: number | null = null,
  lastYearCents: number | null = null,
): ComparativeLine {
  const varianceCents = priorCents === null ? null : sum([currentCents, -priorCents]);
  return {
    key: line.key,
    label: line.label,
    accounts: [...line.accounts],
    group: line.group ?? null,
    currentCents,
    priorCents,
    lastYearCents,
    varianceCents,
    variancePercent:
      varianceCents === null || priorCents === null
        ? null
        : percentOneDecimal(varianceCents, Math.abs(priorCents)),
  };
}

/**
 * Lines of two or three statements of the same kind side by side, by line key (a line missing in
 * one is 0 there): the current statement's lines in order, then lines only the prior period had,
 * then lines only last year had. Accounts are the union, in order of first appearance.
 */
export function compareSections(
  current: StatementSection,
  prior?: StatementSection,
  lastYear?: StatementSection,
): ComparativeLine[] {
  const order: string[] = [];
  const meta = new Map<string, { label: string; accounts: string[]; group: string | null }>();
  for (const s of [current, prior, lastYear]) {
    for (const line of s?.lines ?? []) {
      const seen = meta.get(line.key);
      if (!seen) {
        order.push(line.key);
        meta.set(line.key, {
          label: line.label,
          accounts: [...line.accounts],
          group: line.group ?? null,
        });
      } else {
        for (const a of line.accounts) if (!seen.accounts.includes(a)) seen.accounts.push(a);
      }
    }
  }
  const amountIn = (s: StatementSection | undefined, key: string): number | null => {
    if (!s) return null;
    return sum(s.lines.filter((l) => l.key === key).map((l) => l.amountCents));
  };
  return order.map((key) => {
    const m = meta.get(key) as { label: string; accounts: string[]; group: string | null };
    return comparativeLine(
      { key, label: m.label, accounts: m.accounts, group: m.group },
      amountIn(current, key) ?? 0,
      amountIn(prior, key),
      amountIn(lastYear, key),
    );
  });
}
