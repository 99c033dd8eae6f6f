import { formatCents } from '../../engines/accounting/index.js';
import { formatRatio } from '../../engines/accounting/ratio-arithmetic.js';
import type { RatioKey } from '../../engines/accounting/ratios.js';
import type { FinancialRatiosReport } from '../../modules/reporting/ratios.service.js';
import type { FilingToolOutput } from './tools/filing-package.tool.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type {
  FinancialStatement,
  StatementRow,
} from '../../modules/reporting/statements.service.js';

/** The variances worth a sentence: the largest account lines against the prior period. */
const VARIANCES_TOLD = 3;

function change(row: StatementRow): string {
  if (row.varianceCents === null) return '';
  const direction = row.varianceCents >= 0 ? 'up' : 'down';
  const percent = row.variancePercent === null ? '' : `, ${Math.abs(row.variancePercent)}%`;
  return ` (${direction} ${formatCents(Math.abs(row.varianceCents))}${percent})`;
}

/**
 * The monthly P&L in words, offline: the totals and the largest variances, each quoted from the
 * statement (integer cents, formatted). With a model configured the model writes the commentary
 * from the same statement; it never computes a figure.
 */
export function incomeStatementAnswer(statement: FinancialStatement | undefined): FinalAnswer {
  if (!statement) {
    return {
      text: 'The income statement could not be built.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const rows = statement.sections.flatMap((s) => s.rows);
  const row = (key: string) => rows.find((r) => r.key === key);
  const told = (key: string, label: string) => {
    const found = row(key);
    return found ? `${label} ${formatCents(found.currentCents)}${change(found)}` : '';
  };
  const largest = rows
    .filter((r) => !r.isTotal && r.varianceCents !== null && r.varianceCents !== 0)
    .sort((a, b) => Math.abs(b.varianceCents ?? 0) - Math.abs(a.varianceCents ?? 0))
    .slice(0, VARIANCES_TOLD)
    .map(
      (r) =>
        `${r.label} ${(r.varianceCents ?? 0) >= 0 ? '+' : '-'}${formatCents(Math.abs(r.varianceCents ?? 0))}`,
    );
  const text = [
    `${statement.title}${statement.priorPeriod ? `, changes on ${statement.priorPeriod.label} in brackets` : ''}: ${told('revenue-total', 'revenue')}; ${told('gross-profit', 'gross profit')}; ${told('operating-income', 'operating income')}; ${told('net-income', 'net income')}.`,
    largest.length > 0
      ? `Largest changes on ${statement.priorPeriod?.label ?? 'the prior period'}: ${largest.join('; ')}.`
      : '',
    statement.checks.every((c) => c.holds) ? '' : 'A statement check failed: see the checks.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { statement },
  };
}

/** The ratios an owner reads first, quoted in the answer; the rest are in its data. */
const HEADLINE_RATIOS: readonly RatioKey[] = [
  'gross-margin',
  'net-margin',
  'current-ratio',
  'quick-ratio',
  'days-sales-outstanding',
  'debt-to-equity',
];
/** Alerts quoted in full; the others are counted and kept in the data. */
const ALERTS_TOLD = 3;

/**
 * The ratio analysis in words, offline: the headline ratios with their industry ranges, then
 * the alerts as the engine wrote them. Every figure is the ratio engine's, rounded as it rounds.
 */
export function ratiosAnswer(report: FinancialRatiosReport | undefined): FinalAnswer {
  if (!report) {
    return {
      text: 'The ratios could not be computed.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const headline = HEADLINE_RATIOS.flatMap((key) => {
    const ratio = report.ratios.find((r) => r.key === key);
    if (!ratio || ratio.value === null) return [];
    const range = ratio.benchmark
      ? ` (industry ${formatRatio(ratio.unit, ratio.benchmark.low)} to ${formatRatio(ratio.unit, ratio.benchmark.high)})`
      : '';
    return [`${ratio.label.toLowerCase()} ${formatRatio(ratio.unit, ratio.value)}${range}`];
  });
  const against = report.benchmark
    ? `, against ${report.benchmark.industryLabel} (${report.benchmark.shortCitation})`
    : '';
  const told = report.alerts.slice(0, ALERTS_TOLD).map((alert) => alert.text);
  const more = report.alerts.length - told.length;
  const text = [
    `Ratios as of ${report.asOf} over the twelve months ${report.window.from} to ${report.window.to}${against}: ${headline.join('; ')}.`,
    report.alerts.length === 0
      ? report.benchmark
        ? 'Every ratio with a benchmark is within its industry range.'
        : ''
      : `${report.alerts.length} outside the industry range: ${told.join(' ')}${more > 0 ? ` And ${more} more, in the full list.` : ''}`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { ratios: report },
  };
}

function paragraph(output: FilingToolOutput, topic: string): string {
  return output.commentary.find((p) => p.topic === topic)?.text ?? '';
}

function filesLine(output: FilingToolOutput): string {
  const files = output.package.files.map(
    (file) => `${file.format} (${Math.max(1, Math.round(file.bytes / 1024))} KB)`,
  );
  const until = output.package.files[0]?.expiresAt;
  const last = files.pop();
  const list = files.length > 0 ? `${files.join(', ')} and ${last}` : (last ?? 'no files');
  return `${output.package.title} is ready: ${list}${
    // A Date here, or its JSON string when the run's results were read back after a restart.
    until
      ? `, downloadable until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : ''
  }.`;
}

function alertsLine(output: FilingToolOutput): string {
  if (output.ratioAlerts.length === 0) return '';
  const warnings = output.ratioAlerts.filter((a) => a.status === 'WARNING').length;
  return `${output.ratioAlerts.length} ratios are outside the industry range (${warnings} of them on the unhealthy side); the package explains each.`;
}

function outlookLine(output: FilingToolOutput): string {
  const outlook = output.outlook;
  if (!outlook) return '';
  const { revenue, closingCash } = outlook;
  return (
    `Outlook ${outlook.from} to ${outlook.to} (a forecast, not a figure of the books): revenue ` +
    `${formatCents(revenue.baseCents)} in the base case, ${formatCents(revenue.conservativeCents)} ` +
    `conservative and ${formatCents(revenue.aggressiveCents)} aggressive; cash at the end ` +
    `${formatCents(closingCash.baseCents)} (${formatCents(closingCash.conservativeCents)} to ` +
    `${formatCents(closingCash.aggressiveCents)}).`
  );
}

/**
 * A filing package or annual report in words, offline: where the files are, the results and the
 * cash as the package's own commentary tells them, the ratio alerts counted, and (for the annual
 * report) the outlook from its projections.
 */
export function filingAnswer(
  output: FilingToolOutput | undefined,
  kind: 'QUARTERLY' | 'ANNUAL',
): FinalAnswer {
  if (!output) {
    return {
      text: `The ${kind === 'ANNUAL' ? 'annual report' : 'filing package'} could not be prepared.`,
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const text = [
    filesLine(output),
    paragraph(output, 'RESULTS'),
    kind === 'ANNUAL' ? paragraph(output, 'VARIANCES') : '',
    paragraph(output, 'CASH'),
    alertsLine(output),
    kind === 'ANNUAL' ? outlookLine(output) : '',
    output.checksHold ? '' : "A statement check failed: see the package's checks.",
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { filing: output },
  };
}
