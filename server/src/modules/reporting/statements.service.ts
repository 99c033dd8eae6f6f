import {
  balanceSheet,
  cashFlowStatement,
  compareSections,
  formatCents,
  incomeStatement,
  percentOneDecimal,
  type BalanceSheet,
  type CashFlowStatement,
  type ComparativeLine,
  type IncomeStatement,
  type PeriodBalance,
  type StatementSection,
} from '../../engines/accounting/index.js';
import {
  priorPeriod,
  reportingPeriod,
  samePeriodLastYear,
  type ReportingPeriod,
} from '../../engines/accounting/periods.js';
import { DomainError } from '../../errors.js';
import type { LedgerService } from '../ledger/ledger.service.js';

/** A statement row as the console and the API show it: the figure, its comparisons, its sources. */
export interface StatementRow extends ComparativeLine {
  /** A subtotal or total (gross profit, net income...), not an account's own line. */
  isTotal: boolean;
}

export interface StatementCheck {
  name: string;
  holds: boolean;
  detail: string;
}

/** One financial statement with its comparative columns. */
export interface FinancialStatement {
  kind: 'INCOME_STATEMENT' | 'BALANCE_SHEET' | 'CASH_FLOW';
  title: string;
  period: ReportingPeriod;
  priorPeriod: ReportingPeriod | null;
  lastYearPeriod: ReportingPeriod | null;
  sections: Array<{ key: string; label: string; rows: StatementRow[] }>;
  /** The identities the statement must satisfy, computed (never assumed) and shown. */
  checks: StatementCheck[];
  /** Caveats about coverage: a period wholly or partly outside the books' first and last entry. */
  notes: string[];
  /**
   * Keys of the periods shown that the books do not wholly cover (before the first entry or
   * past the last): a change against one of them is no trend, and commentary does not quote it.
   */
  incompletePeriods: string[];
}

export interface Comparisons {
  prior: boolean;
  lastYear: boolean;
}

type Triple<T> = { current: T; prior: T | null; lastYear: T | null };

/**
 * The three financial statements for any month, quarter or year, with the prior period and the
 * same period last year side by side. Balances are aggregated in SQL by the ledger (one query per
 * period); the accounting engine turns them into statement lines, each naming the accounts and
 * period that produced it.
 */
export class StatementsService {
  constructor(private readonly ledger: LedgerService) {}

  async incomeStatement(
    workspaceId: string,
    periodKey: string,
    compare: Comparisons,
  ): Promise<FinancialStatement> {
    const periods = this.periods(periodKey, compare);
    const built = await this.each(periods, async (p) =>
      incomeStatement(
        p,
        await this.ledger.accountBalances(workspaceId, {
          from: p.from,
          asOf: p.to,
          activityOnly: true,
        }),
      ),
    );
    const total = (key: string, label: string, pick: (s: IncomeStatement) => number) =>
      totalRow(key, label, built, pick);
    return {
      kind: 'INCOME_STATEMENT',
      title: `Income statement, ${periods.current.label}`,
      ...periodsOf(periods),
      ...(await this.coverage(workspaceId, periods)),
      sections: [
        section(built, (s) => s.revenue, [
          total('revenue-total', 'Total revenue', (s) => s.revenue.totalCents),
        ]),
        section(built, (s) => s.costOfGoodsSold, [
          total('cogs-total', 'Total cost of goods sold', (s) => s.costOfGoodsSold.totalCents),
          total('gross-profit', 'Gross profit', (s) => s.grossProfitCents),
        ]),
        departmentSection(built, [
          total('opex-total', 'Total operating expenses', (s) => s.operatingExpenses.totalCents),
          total('operating-income', 'Operating income', (s) => s.operatingIncomeCents),
          total('interest', 'Interest expense', (s) => s.interestExpenseCents),
          total('net-income', 'Net income', (s) => s.netIncomeCents),
        ]),
      ],
      checks: [
        {
          name: 'Net income = revenue - COGS - operating expenses - interest',
          holds:
            built.current.netIncomeCents ===
            built.current.revenue.totalCents -
              built.current.costOfGoodsSold.totalCents -
              built.current.operatingExpenses.totalCents -
              built.current.interestExpenseCents,
          detail: `Net income ${formatCents(built.current.netIncomeCents)}.`,
        },
      ],
    };
  }

  async balanceSheet(
    workspaceId: string,
    periodKey: string,
    compare: Comparisons,
  ): Promise<FinancialStatement> {
    const periods = this.periods(periodKey, compare);
    const built = await this.each(periods, async (p) =>
      balanceSheet(p.to, await this.ledger.accountBalances(workspaceId, { asOf: p.to })),
    );
    const total = (key: string, label: string, pick: (s: BalanceSheet) => number) =>
      totalRow(key, label, built, pick);
    const current = built.current;
    return {
      kind: 'BALANCE_SHEET',
      title: `Balance sheet, ${periods.current.label} (as of ${periods.current.to})`,
      ...periodsOf(periods),
      ...(await this.coverage(workspaceId, periods)),
      sections: [
        section(built, (s) => s.assets, [
          total('assets-total', 'Total assets', (s) => s.assets.totalCents),
        ]),
        section(built, (s) => s.liabilities, [
          total('liabilities-total', 'Total liabilities', (s) => s.liabilities.totalCents),
        ]),
        section(built, (s) => s.equity, [
          total('equity-total', 'Total equity', (s) => s.equity.totalCents),
          total(
            'liabilities-and-equity',
            'Total liabilities and equity',
            (s) => s.totalLiabilitiesAndEquityCents,
          ),
        ]),
      ],
      checks: [
        {
          name: 'Assets = liabilities + equity',
          holds: current.balanced,
          detail: `Assets ${formatCents(current.assets.totalCents)}; liabilities and equity ${formatCents(current.totalLiabilitiesAndEquityCents)}.`,
        },
      ],
    };
  }

  async cashFlowStatement(
    workspaceId: string,
    periodKey: string,
    compare: Comparisons,
  ): Promise<FinancialStatement> {
    const periods = this.periods(periodKey, compare);
    const built = await this.each(periods, async (p) =>
      cashFlowStatement(p, await this.activity(workspaceId, p)),
    );
    const total = (key: string, label: string, pick: (s: CashFlowStatement) => number) =>
      totalRow(key, label, built, pick);
    const current = built.current;
    return {
      kind: 'CASH_FLOW',
      title: `Cash flow statement (indirect method), ${periods.current.label}`,
      ...periodsOf(periods),
      ...(await this.coverage(workspaceId, periods)),
      sections: [
        section(built, (s) => s.operating, [
          total(
            'operating-total',
            'Net cash from operating activities',
            (s) => s.operating.totalCents,
          ),
        ]),
        section(built, (s) => s.investing, [
          total(
            'investing-total',
            'Net cash from investing activities',
            (s) => s.investing.totalCents,
          ),
        ]),
        section(built, (s) => s.financing, [
          total(
            'financing-total',
            'Net cash from financing activities',
            (s) => s.financing.totalCents,
          ),
          total('net-change', 'Net change in cash', (s) => s.netChangeCents),
          total('opening-cash', 'Cash at the start', (s) => s.openingCashCents),
          total('closing-cash', 'Cash at the end', (s) => s.closingCashCents),
        ]),
      ],
      checks: [
        {
          name: 'Opening cash + net change = closing cash',
          holds: current.reconciles,
          detail: `${formatCents(current.openingCashCents)} + ${formatCents(current.netChangeCents)} = ${formatCents(current.closingCashCents)}.`,
        },
      ],
    };
  }

  /**
   * What a reader must know before comparing: a period that lies wholly or partly before the
   * books' first entry (its figures are zeros or partial, so a variance against it is not a
   * trend), or that runs past the last entry (a period not over yet).
   */
  private async coverage(
    workspaceId: string,
    periods: Triple<ReportingPeriod>,
  ): Promise<{ notes: string[]; incompletePeriods: string[] }> {
    const span = await this.ledger.booksSpan(workspaceId);
    const all = [periods.current, periods.prior, periods.lastYear];
    if (!span) {
      return {
        notes: ['The books hold no entries yet.'],
        incompletePeriods: all.flatMap((p) => (p ? [p.key] : [])),
      };
    }
    const notes: string[] = [];
    const incompletePeriods: string[] = [];
    // A year's prior period is last year: one period, one note.
    const distinct = all.filter(
      (period, index, all): period is ReportingPeriod =>
        period !== null && all.findIndex((other) => other?.key === period.key) === index,
    );
    for (const period of distinct) {
      if (period.from < span.first || period.to > span.last) incompletePeriods.push(period.key);
      if (period.to < span.first) {
        notes.push(
          `${period.label} is before the books begin (${span.first}): its figures are zero.`,
        );
      } else if (period.from < span.first) {
        notes.push(`${period.label} is only partly in the books, which begin on ${span.first}.`);
      }
      if (period.to > span.last && period.from <= span.last) {
        notes.push(`${period.label} runs past the last entry in the books (${span.last}).`);
      }
    }
    return { notes, incompletePeriods };
  }

  /** Every account's opening balance, activity and closing balance over a period. */
  private activity(workspaceId: string, period: ReportingPeriod): Promise<PeriodBalance[]> {
    return this.ledger.accountBalances(workspaceId, { from: period.from, asOf: period.to });
  }

  private periods(key: string, compare: Comparisons): Triple<ReportingPeriod> {
    const current = reportingPeriod(key);
    if (!current) {
      throw new DomainError(
        'INVALID_INPUT',
        'period must be a month (2026-10), a quarter (2026-Q3) or a year (2026).',
        { field: 'period' },
      );
    }
    return {
      current,
      prior: compare.prior ? priorPeriod(current) : null,
      lastYear: compare.lastYear ? samePeriodLastYear(current) : null,
    };
  }

  private async each<T>(
    periods: Triple<ReportingPeriod>,
    build: (period: ReportingPeriod) => Promise<T>,
  ): Promise<Triple<T>> {
    return {
      current: await build(periods.current),
      prior: periods.prior ? await build(periods.prior) : null,
      lastYear: periods.lastYear ? await build(periods.lastYear) : null,
    };
  }
}

function periodsOf(periods: Triple<ReportingPeriod>) {
  return { period: periods.current, priorPeriod: periods.prior, lastYearPeriod: periods.lastYear };
}

/** A section's account lines side by side, then its totals. */
function section<S>(
  built: Triple<S>,
  pick: (statement: S) => StatementSection,
  totals: StatementRow[],
): { key: string; label: string; rows: StatementRow[] } {
  const current = pick(built.current);
  const lines = compareSections(
    current,
    built.prior ? pick(built.prior) : undefined,
    built.lastYear ? pick(built.lastYear) : undefined,
  );
  return {
    key: current.key,
    label: current.label,
    rows: [...lines.map((line) => ({ ...line, isTotal: false })), ...totals],
  };
}

/**
 * Operating expenses by department: each department's account lines, then its subtotal (a total
 * row keyed 'department:<slug>', with its comparisons), departments in the current period's order
 * and then those only an earlier period had.
 */
function departmentSection(
  built: Triple<IncomeStatement>,
  totals: StatementRow[],
): { key: string; label: string; rows: StatementRow[] } {
  const pick = (s: IncomeStatement | null) => s ?? undefined;
  const accounts = compareSections(
    built.current.operatingExpenses,
    pick(built.prior)?.operatingExpenses,
    pick(built.lastYear)?.operatingExpenses,
  );
  const departments = compareSections(
    built.current.operatingExpensesByDepartment,
    pick(built.prior)?.operatingExpensesByDepartment,
    pick(built.lastYear)?.operatingExpensesByDepartment,
  );
  return {
    key: built.current.operatingExpenses.key,
    label: built.current.operatingExpenses.label,
    rows: [
      ...departments.flatMap((department) => [
        ...accounts
          .filter((line) => line.group === department.group)
          .map((line) => ({ ...line, isTotal: false })),
        { ...department, label: `Total ${department.label.toLowerCase()}`, isTotal: true },
      ]),
      ...totals,
    ],
  };
}

/** A total row across the periods, with its variance against the prior period. */
function totalRow<S>(
  key: string,
  label: string,
  built: Triple<S>,
  pick: (statement: S) => number,
): StatementRow {
  const currentCents = pick(built.current);
  const priorCents = built.prior ? pick(built.prior) : null;
  const varianceCents = priorCents === null ? null : currentCents - priorCents;
  return {
    key,
    label,
    accounts: [],
    group: null,
    currentCents,
    priorCents,
    lastYearCents: built.lastYear ? pick(built.lastYear) : null,
    varianceCents,
    variancePercent:
      priorCents === null || varianceCents === null
        ? null
        : percentOneDecimal(varianceCents, Math.abs(priorCents)),
    isTotal: true,
  };
}
