import type { ReportKind } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { reportingPeriod, type ReportingPeriod } from '../../../engines/accounting/periods.js';
import { DomainError } from '../../../errors.js';
import type { LedgerService } from '../../ledger/ledger.service.js';
import { managementCommentary } from '../commentary.js';
import type { FinancialStatement, StatementsService } from '../statements.service.js';
import type {
  FilingPackageContent,
  ForecastSection,
  LineSource,
  MonthlyFigures,
  RatioSection,
  SourceNote,
} from './filing-package-content.js';
import { methodNotes } from './methods-and-sources.js';
import { shortMonthLabel } from './short-month.js';

/** Where the ratio and forecast sections come from (adapters over their services). */
export interface RatioSectionSource {
  section(workspaceId: string, asOf: string): Promise<RatioSection>;
}
export interface ForecastSectionSource {
  section(workspaceId: string): Promise<ForecastSection>;
}

/**
 * A quarter or month is compared with the prior period and the same period last year; a year's
 * prior period is last year, so it gets that one column.
 */
const comparisonsFor = (period: ReportingPeriod) =>
  kindOf(period) === 'ANNUAL_REPORT'
    ? { prior: true, lastYear: false }
    : { prior: true, lastYear: true };
const NO_COMPARISON = { prior: false, lastYear: false };

/**
 * Gathers what a filing package or annual report says: the three statements with the prior
 * period and last year, the commentary written from them, twelve months of figures for the
 * charts, ratios and forecast when their services are wired, and the appendices (trial balance
 * at the period end, the accounts behind each line, methods and sources). Rendering is elsewhere.
 */
export class FilingPackageContentBuilder {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      statements: StatementsService;
      ledger: LedgerService;
      ratios?: RatioSectionSource | undefined;
      forecast?: ForecastSectionSource | undefined;
    },
  ) {}

  async build(args: {
    workspaceId: string;
    actor: string;
    periodKey: string;
    now: Date;
  }): Promise<FilingPackageContent> {
    const { workspaceId } = args;
    const period = closedPeriod(
      args.periodKey,
      await this.deps.ledger.today(workspaceId, args.now),
    );
    await this.refuseBeforeTheBooks(workspaceId, period);
    const { statements, ledger } = this.deps;
    const compare = comparisonsFor(period);
    const income = await statements.incomeStatement(workspaceId, period.key, compare);
    const balance = await statements.balanceSheet(workspaceId, period.key, compare);
    const cashFlow = await statements.cashFlowStatement(workspaceId, period.key, compare);
    const trial = await ledger.trialBalance(workspaceId, period.to);
    const ratios = this.deps.ratios ? await this.deps.ratios.section(workspaceId, period.to) : null;
    const forecast = this.deps.forecast ? await this.deps.forecast.section(workspaceId) : null;
    const kind = kindOf(period);
    return {
      kind,
      title: titleOf(kind, period),
      workspaceName: await this.workspaceName(workspaceId),
      period,
      preparedAt: args.now,
      preparedBy: args.actor,
      statements: { income, balance, cashFlow },
      commentary: managementCommentary({ income, balance, cashFlow }),
      monthly: await this.monthly(workspaceId, period),
      ratios,
      forecast,
      appendices: {
        trialBalance: {
          asOf: trial.asOf,
          rows: trial.rows.map((row) => ({
            code: row.code,
            name: row.name,
            type: row.type,
            debitCents: row.debitBalanceCents,
            creditCents: row.creditBalanceCents,
          })),
          totalDebitCents: trial.totalDebitCents,
          totalCreditCents: trial.totalCreditCents,
          balanced: trial.balanced,
        },
        lineSources: await this.lineSources(workspaceId, [income, balance, cashFlow]),
        sources: sourceNotes(income, ratios, forecast),
      },
    };
  }

  /** The twelve months ending with the period's last month: revenue, net income, closing cash. */
  private async monthly(workspaceId: string, period: ReportingPeriod): Promise<MonthlyFigures[]> {
    const last = Number(period.to.slice(0, 4)) * 12 + Number(period.to.slice(5, 7)) - 1;
    const figures: MonthlyFigures[] = [];
    for (let index = last - 11; index <= last; index++) {
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const { statements } = this.deps;
      const income = await statements.incomeStatement(workspaceId, key, NO_COMPARISON);
      const flow = await statements.cashFlowStatement(workspaceId, key, NO_COMPARISON);
      figures.push({
        key,
        shortLabel: shortMonthLabel(key),
        revenueCents: current(income, 'revenue-total'),
        netIncomeCents: current(income, 'net-income'),
        closingCashCents: current(flow, 'closing-cash'),
      });
    }
    return figures;
  }

  /** Each account line of the statements with its accounts' names and Schedule C lines. */
  private async lineSources(
    workspaceId: string,
    statements: FinancialStatement[],
  ): Promise<LineSource[]> {
    const accounts = new Map(
      (await this.deps.ledger.accounts(workspaceId)).map((a) => [a.code, a] as const),
    );
    return statements.flatMap((statement) =>
      statement.sections.flatMap((section) =>
        section.rows
          .filter((row) => row.accounts.length > 0)
          .map((row) => ({
            statement: STATEMENT_NAMES[statement.kind],
            lineKey: row.key,
            lineLabel: row.label,
            accounts: row.accounts.map((code) => ({
              code,
              name: accounts.get(code)?.name ?? '(unknown account)',
              scheduleCLine: accounts.get(code)?.scheduleCLineLabel ?? null,
            })),
          })),
      ),
    );
  }

  /** A period that ends before the first entry has nothing to file. */
  private async refuseBeforeTheBooks(workspaceId: string, period: ReportingPeriod): Promise<void> {
    const span = await this.deps.ledger.booksSpan(workspaceId);
    if (!span || period.to < span.first) {
      throw new DomainError(
        'INVALID_INPUT',
        span
          ? `${period.label} ends before the books begin (${span.first}): there is nothing to file.`
          : 'The books hold no entries yet: there is nothing to file.',
        { field: 'period' },
      );
    }
  }

  private async workspaceName(workspaceId: string): Promise<string> {
    const [workspace] = (await this.deps.dataSource.query(
      'SELECT name FROM workspace WHERE id = $1',
      [workspaceId],
    )) as Array<{ name: string }>;
    return workspace?.name ?? 'Workspace';
  }
}

const STATEMENT_NAMES: Record<FinancialStatement['kind'], string> = {
  INCOME_STATEMENT: 'Income statement',
  BALANCE_SHEET: 'Balance sheet',
  CASH_FLOW: 'Cash flow',
};

/**
 * The period a key names, refused unless it has ended on the shop's calendar: a filing covers a
 * closed period, and a package for one still running would be stale the next day.
 */
export function closedPeriod(key: string, today: string): ReportingPeriod {
  const period = reportingPeriod(key);
  if (!period) {
    throw new DomainError(
      'INVALID_INPUT',
      'period must be a quarter (2026-Q3) for a filing package, a year (2025) for an annual report, or a month (2026-10).',
      { field: 'period' },
    );
  }
  if (period.to >= today) {
    throw new DomainError(
      'INVALID_INPUT',
      `${period.label} has not ended yet (it ends ${period.to}; today is ${today}): a filing package covers a closed period.`,
      { field: 'period' },
    );
  }
  return period;
}

/** A year is an annual report; a quarter (or a month) a filing package. */
export function kindOf(period: ReportingPeriod): ReportKind {
  return /^\d{4}$/.test(period.key) ? 'ANNUAL_REPORT' : 'FILING_PACKAGE';
}

function titleOf(kind: ReportKind, period: ReportingPeriod): string {
  if (kind === 'ANNUAL_REPORT') return `Annual report ${period.label}`;
  return period.key.includes('Q')
    ? `Quarterly filing package, ${period.label}`
    : `Monthly filing package, ${period.label}`;
}

function current(statement: FinancialStatement, key: string): number {
  const row = statement.sections.flatMap((s) => s.rows).find((r) => r.key === key);
  if (!row) throw new Error(`${statement.kind} has no ${key} line`);
  return row.currentCents;
}

function sourceNotes(
  income: FinancialStatement,
  ratios: RatioSection | null,
  forecast: ForecastSection | null,
): SourceNote[] {
  return methodNotes({
    period: income.period,
    prior: income.priorPeriod,
    lastYear: income.lastYearPeriod,
    benchmarkCitation: ratios?.citation ?? null,
    forecast: forecast ? [forecast.method, ...forecast.notes] : null,
  });
}
