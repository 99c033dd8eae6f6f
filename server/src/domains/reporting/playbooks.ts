import type { FinancialStatement } from '../../modules/reporting/statements.service.js';
import { type Playbook } from '../../runtime/playbook.js';
import {
  lastDayOfPreviousMonth,
  previousMonth,
  previousQuarter,
  yearOfDate,
} from '../../engines/automation/tick-dates.js';
import type { FinancialRatiosReport } from '../../modules/reporting/ratios.service.js';
import { filingAnswer, incomeStatementAnswer, ratiosAnswer } from './answers.js';
import { quarterInput, yearInput, type FilingToolOutput } from './tools/filing-package.tool.js';
import { asOfInput } from './tools/financial-ratios.tool.js';
import { monthInput } from './tools/income-statement.tool.js';

/** The month's income statement, told in words from its own figures. */
const monthlyPnl: Playbook<{ month: string }> = {
  agentKey: 'reporting',
  scenarioKey: 'monthly-pnl',
  input: monthInput,
  // Scheduled early in a month, it reports the month that just closed.
  scheduledInput: (tick) => ({ month: previousMonth(tick.date) }),
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'build_income_statement', input }] : [],
  respond: (_input, results) =>
    incomeStatementAnswer(
      results.find((r) => r.name === 'build_income_statement' && r.ok)?.output as
        FinancialStatement | undefined,
    ),
  // Only an explicit YYYY-MM: "last month" depends on a clock the playbook does not have.
  fromMessage: (message) => {
    const month = /\b\d{4}-(0[1-9]|1[0-2])\b/.exec(message)?.[0];
    return month ? { month } : null;
  },
};

/** The ratios at a date against the industry, told from the engine's own figures and alerts. */
const ratioAnalysis: Playbook<{ asOf: string }> = {
  agentKey: 'reporting',
  scenarioKey: 'ratio-analysis',
  input: asOfInput,
  // As of the last closed month's end: a balance sheet mid-month mixes open and closed books.
  scheduledInput: (tick) => ({ asOf: lastDayOfPreviousMonth(tick.date) }),
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'compute_financial_ratios', input }] : [],
  respond: (_input, results) =>
    ratiosAnswer(
      results.find((r) => r.name === 'compute_financial_ratios' && r.ok)?.output as
        FinancialRatiosReport | undefined,
    ),
  fromMessage: (message) => {
    const asOf = /\b\d{4}-\d{2}-\d{2}\b/.exec(message)?.[0];
    return asOf ? { asOf } : null;
  },
};

/** A closed quarter's filing package, stored, told from its own commentary. */
const quarterlyFiling: Playbook<{ quarter: string }> = {
  agentKey: 'reporting',
  scenarioKey: 'quarterly-filing',
  input: quarterInput,
  scheduledInput: (tick) => ({ quarter: previousQuarter(tick.date) }),
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'prepare_quarterly_filing', input }] : [],
  respond: (_input, results) =>
    filingAnswer(
      results.find((r) => r.name === 'prepare_quarterly_filing' && r.ok)?.output as
        FilingToolOutput | undefined,
      'QUARTERLY',
    ),
  fromMessage: (message) => {
    const quarter = /\b\d{4}-Q[1-4]\b/.exec(message)?.[0];
    return quarter ? { quarter } : null;
  },
};

/** A closed year's annual report, with the outlook from its projections. */
const annualReport: Playbook<{ year: number }> = {
  agentKey: 'reporting',
  scenarioKey: 'annual-report',
  input: yearInput,
  scheduledInput: (tick) => ({ year: yearOfDate(tick.date) - 1 }),
  plan: (input, previous) =>
    previous.length === 0 ? [{ name: 'compile_annual_report', input }] : [],
  respond: (_input, results) =>
    filingAnswer(
      results.find((r) => r.name === 'compile_annual_report' && r.ok)?.output as
        FilingToolOutput | undefined,
      'ANNUAL',
    ),
  fromMessage: (message) => {
    const year = /\b(20\d\d)\b/.exec(message)?.[1];
    return year ? { year: Number(year) } : null;
  },
};

export const REPORTING_PLAYBOOKS: Playbook[] = [
  monthlyPnl,
  quarterlyFiling,
  ratioAnalysis,
  annualReport,
] as Playbook[];
