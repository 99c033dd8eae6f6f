import { formatCents } from '../../engines/accounting/index.js';
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
