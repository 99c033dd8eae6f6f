import type { ReportKind } from '@zactonics/db';
import type { ReportingPeriod } from '../../../engines/accounting/periods.js';
import type { FinancialStatement } from '../statements.service.js';

/**
 * Everything a filing package or annual report says, computed before any rendering: the three
 * renderers (PDF, XLSX, CSV) only lay it out, so the three files always agree with each other
 * and with the API's statements.
 */
export interface FilingPackageContent {
  kind: ReportKind;
  /** "Quarterly filing package, Q3 2026" or "Annual report 2025". */
  title: string;
  workspaceName: string;
  period: ReportingPeriod;
  preparedAt: Date;
  preparedBy: string;
  statements: {
    income: FinancialStatement;
    balance: FinancialStatement;
    cashFlow: FinancialStatement;
  };
  /** Management commentary (reporting/commentary.ts), from the computed variances. */
  commentary: Array<{ topic: string; heading: string; text: string }>;
  /** The twelve months ending with the period's last month, for the charts. */
  monthly: MonthlyFigures[];
  /** Null when the ratio analysis is not available; the section is then left out. */
  ratios: RatioSection | null;
  /** Null when no forecast is available; the section is then left out. */
  forecast: ForecastSection | null;
  appendices: {
    trialBalance: TrialBalanceAppendix;
    lineSources: LineSource[];
    sources: SourceNote[];
  };
}

/** One month's figures from the statements (income statement and cash flow for that month). */
export interface MonthlyFigures {
  key: string;
  /** "Oct 2026" */
  shortLabel: string;
  revenueCents: number;
  netIncomeCents: number;
  closingCashCents: number;
}

export interface RatioSection {
  asOf: string;
  /** e.g. "NAICS 459420: Miscellaneous Store Retailers (SOI industry 453, ...)"; null without one. */
  industry: string | null;
  /** The benchmark table's source, cited in full; null without a benchmark industry. */
  citation: string | null;
  rows: RatioRow[];
}

export interface RatioRow {
  key: string;
  name: string;
  /** As the ratio engine writes it (formatRatio: its rounding), e.g. "42.3%", "1.85", "38.0 days". */
  value: string;
  /** The benchmark range written the same way, e.g. "35.0% - 50.0%"; null without a benchmark. */
  benchmark: string | null;
  /** WARNING: outside on the unhealthy side; INFO: outside on the healthy side or a trade-off. */
  status: 'WITHIN' | 'WARNING' | 'INFO' | 'NO_BENCHMARK';
  /** The alert in words, or why there is no value or benchmark, or the formula. */
  note: string;
}

export interface ForecastSection {
  /** One line: the method and its data, e.g. "ETS forecast made 2026-11-26 from 23 complete months". */
  method: string;
  /** The models per series and the assumptions, in words (the sources appendix). */
  notes: string[];
  /** The interval's coverage in percent (80). */
  intervalPercent: number;
  /** The last twelve complete months the forecast starts from (the charts' solid line). */
  history: Array<{ key: string; shortLabel: string; revenueCents: number; cashCents: number }>;
  months: ForecastMonth[];
}

export interface ForecastMonth {
  key: string;
  shortLabel: string;
  revenue: ForecastBand;
  expenses: ForecastBand;
  cash: ForecastBand;
}

/** A forecast in cents: base with its interval (low <= base <= high) and the two scenarios. */
export interface ForecastBand {
  baseCents: number;
  lowCents: number;
  highCents: number;
  conservativeCents: number;
  aggressiveCents: number;
}

export interface TrialBalanceAppendix {
  asOf: string;
  rows: Array<{
    code: string;
    name: string;
    type: string;
    debitCents: number;
    creditCents: number;
  }>;
  totalDebitCents: number;
  totalCreditCents: number;
  balanced: boolean;
}

/** Which accounts a statement line came from (the line-to-account map). */
export interface LineSource {
  statement: string;
  lineKey: string;
  lineLabel: string;
  accounts: Array<{ code: string; name: string; scheduleCLine: string | null }>;
}

/** A method or a source the document relies on, cited. */
export interface SourceNote {
  topic: string;
  text: string;
}
