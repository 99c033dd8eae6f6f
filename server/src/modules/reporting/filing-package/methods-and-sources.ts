import type { ReportingPeriod } from '../../../engines/accounting/periods.js';
import type { SourceNote } from './filing-package-content.js';

/**
 * The Schedule C mapping's source, as cited by the demo chart of accounts
 * (db/src/seed/chart-of-accounts.ts, SCHEDULE_C_LINES).
 */
const SCHEDULE_C_CITATION =
  'Internal Revenue Service, 2025 Instructions for Schedule C (Form 1040), Profit or Loss From ' +
  'Business, https://www.irs.gov/instructions/i1040sc: Part II (lines 8-27a) and Part III ' +
  '(line 4, cost of goods sold). Each expense and cost-of-goods-sold account names its line in ' +
  'the chart of accounts; Appendix B lists them.';

/** The methods and sources appendix: how each part of the document was produced, cited. */
export function methodNotes(args: {
  period: ReportingPeriod;
  prior: ReportingPeriod | null;
  lastYear: ReportingPeriod | null;
  benchmarkCitation: string | null;
  /** The forecast's method, models and assumptions; null without a forecast. */
  forecast: string[] | null;
}): SourceNote[] {
  const periods = [
    `current ${args.period.label} (${args.period.from} to ${args.period.to})`,
    args.prior ? `prior ${args.prior.label} (${args.prior.from} to ${args.prior.to})` : null,
    args.lastYear
      ? `last year ${args.lastYear.label} (${args.lastYear.from} to ${args.lastYear.to})`
      : null,
  ].filter((p) => p !== null);
  const notes: SourceNote[] = [
    {
      topic: 'Periods',
      text: `Columns: ${periods.join('; ')}. Dates are whole days, both ends included.`,
    },
    {
      topic: 'Statements',
      text:
        "Every figure is aggregated in SQL from the ledger's journal lines (one aggregate per " +
        'period by account). The income statement reads the lines within the period; the balance ' +
        'sheet the balances at the end of its last day; the cash flow statement uses the indirect ' +
        'method (net income adjusted by the change in every balance-sheet account, each in exactly ' +
        'one line), reconciled to the change in cash. Each statement line names its accounts ' +
        '(Appendix B); totals are sums of the lines above them.',
    },
    {
      topic: 'Rounding',
      text:
        'Amounts are exact to the cent (integer cents throughout). Variance = current - prior; ' +
        'variance % = variance / |prior|, rounded half up to one decimal, and n/a when the prior ' +
        'figure is zero. Chart axes are labelled in rounded dollars; the tables hold the exact figures.',
    },
    {
      topic: 'Management commentary',
      text:
        "Written from the statements' computed figures and variances by deterministic templates; " +
        'every number it quotes appears in the statements. No figure is computed by a language model.',
    },
    { topic: 'Schedule C line mapping', text: SCHEDULE_C_CITATION },
  ];
  if (args.benchmarkCitation) {
    notes.push({ topic: 'Industry benchmarks', text: args.benchmarkCitation });
  }
  // The forecast's method, its models and assumptions: one paragraph each.
  if (args.forecast) notes.push({ topic: 'Forecast', text: args.forecast.join('\n') });
  return notes;
}
