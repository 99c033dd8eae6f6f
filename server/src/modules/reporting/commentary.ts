import { formatCents, percentOneDecimal } from '../../engines/accounting/index.js';
import type { FinancialStatement, StatementRow } from './statements.service.js';

/** One paragraph of management commentary: what it is about, its heading and its text. */
export interface CommentaryParagraph {
  topic: 'RESULTS' | 'VARIANCES' | 'DEPARTMENTS' | 'CASH' | 'FINANCIAL_POSITION';
  heading: string;
  text: string;
}

/** The account lines worth a sentence each: the largest changes against the prior period. */
const VARIANCES_EXPLAINED = 3;

/**
 * Management commentary written offline from the statements' own figures: deterministic
 * templates over the computed totals and variances, so every number in it is one the statements
 * show (quoted, never recomputed beyond a margin from two of their totals). A paragraph whose
 * comparison is absent (no prior period asked for) is left out rather than padded.
 */
export function managementCommentary(statements: {
  income: FinancialStatement;
  balance: FinancialStatement;
  cashFlow: FinancialStatement;
}): CommentaryParagraph[] {
  return [
    results(statements.income),
    variances(statements.income),
    departments(statements.income),
    cash(statements.cashFlow),
    financialPosition(statements.balance),
  ].filter((paragraph): paragraph is CommentaryParagraph => paragraph !== null);
}

function rows(statement: FinancialStatement): StatementRow[] {
  return statement.sections.flatMap((section) => section.rows);
}

function row(statement: FinancialStatement, key: string): StatementRow | undefined {
  return rows(statement).find((r) => r.key === key);
}

/** "up $1,234.56 (12.3%)", "down $50.00", "unchanged". */
function movement(varianceCents: number, variancePercent: number | null): string {
  if (varianceCents === 0) return 'unchanged';
  const direction = varianceCents > 0 ? 'up' : 'down';
  const percent = variancePercent === null ? '' : ` (${Math.abs(variancePercent)}%)`;
  return `${direction} ${formatCents(Math.abs(varianceCents))}${percent}`;
}

/**
 * Whether a change between the statement's period and another is worth quoting: not when either
 * lies partly outside the books (a year against the two months the books hold of it is no
 * trend). A balance sheet compares balances at two dates, which the books state either way.
 */
function comparable(statement: FinancialStatement, other: { key: string } | null): boolean {
  if (!other) return false;
  if (statement.kind === 'BALANCE_SHEET') return true;
  const incomplete = new Set(statement.incompletePeriods);
  return !incomplete.has(statement.period.key) && !incomplete.has(other.key);
}

/** The line against the prior period and the same period last year, where they compare. */
function against(statement: FinancialStatement, line: StatementRow): string {
  const parts: string[] = [];
  const prior = statement.priorPeriod;
  if (line.varianceCents !== null && prior && comparable(statement, prior)) {
    parts.push(`${movement(line.varianceCents, line.variancePercent)} on ${prior.label}`);
  }
  if (
    line.lastYearCents !== null &&
    statement.lastYearPeriod &&
    statement.lastYearPeriod.key !== statement.priorPeriod?.key &&
    comparable(statement, statement.lastYearPeriod)
  ) {
    const change = line.currentCents - line.lastYearCents;
    const percent = percentOneDecimal(change, Math.abs(line.lastYearCents));
    parts.push(`${movement(change, percent)} on ${statement.lastYearPeriod.label}`);
  }
  return parts.length > 0 ? `, ${parts.join(' and ')}` : '';
}

function margin(
  gross: number | null | undefined,
  revenue: number | null | undefined,
): number | null {
  return gross === null || gross === undefined || revenue === null || revenue === undefined
    ? null
    : percentOneDecimal(gross, revenue);
}

function results(income: FinancialStatement): CommentaryParagraph | null {
  const revenue = row(income, 'revenue-total');
  const gross = row(income, 'gross-profit');
  const net = row(income, 'net-income');
  if (!revenue || !gross || !net) return null;
  const currentMargin = margin(gross.currentCents, revenue.currentCents);
  const priorMargin = comparable(income, income.priorPeriod)
    ? margin(gross.priorCents, revenue.priorCents)
    : null;
  const marginText =
    currentMargin === null
      ? ''
      : ` Gross margin was ${currentMargin}%${
          priorMargin === null || !income.priorPeriod
            ? ''
            : ` against ${priorMargin}% in ${income.priorPeriod.label}`
        }.`;
  const netWord = net.currentCents >= 0 ? 'Net income was' : 'The net loss was';
  return {
    topic: 'RESULTS',
    heading: 'Results',
    text:
      `Revenue for ${income.period.label} was ${formatCents(revenue.currentCents)}${against(income, revenue)}.` +
      marginText +
      ` ${netWord} ${formatCents(Math.abs(net.currentCents))}${against(income, net)}.` +
      // A comparison against a period the books only partly cover is no trend: say so.
      income.notes.map((note) => ` ${note}`).join(''),
  };
}

function variances(income: FinancialStatement): CommentaryParagraph | null {
  if (!income.priorPeriod || !comparable(income, income.priorPeriod)) return null;
  const revenueKeys = new Set(
    income.sections.find((s) => s.key === 'revenue')?.rows.map((r) => r.key) ?? [],
  );
  const largest = rows(income)
    .filter((r) => !r.isTotal && r.varianceCents !== null && r.varianceCents !== 0)
    .sort((a, b) => Math.abs(b.varianceCents ?? 0) - Math.abs(a.varianceCents ?? 0))
    .slice(0, VARIANCES_EXPLAINED);
  if (largest.length === 0) return null;
  const sentences = largest.map((r) => {
    const variance = r.varianceCents ?? 0;
    // A revenue line moves net income the same way; a cost line the opposite way.
    const raisesIncome = revenueKeys.has(r.key) ? variance > 0 : variance < 0;
    return (
      `${r.label} (account ${r.accounts.join(', ')}) was ${movement(variance, r.variancePercent)} ` +
      `at ${formatCents(r.currentCents)}, ${raisesIncome ? 'adding' : 'taking'} ` +
      `${formatCents(Math.abs(variance))} ${raisesIncome ? 'to' : 'from'} net income.`
    );
  });
  return {
    topic: 'VARIANCES',
    heading: `Largest changes on ${income.priorPeriod.label}`,
    text: sentences.join(' '),
  };
}

function departments(income: FinancialStatement): CommentaryParagraph | null {
  const subtotals = rows(income).filter((r) => r.key.startsWith('department:'));
  const total = row(income, 'opex-total');
  if (subtotals.length === 0 || !total || total.currentCents === 0) return null;
  const shares = [...subtotals]
    .sort((a, b) => b.currentCents - a.currentCents)
    .map((r) => {
      const share = percentOneDecimal(r.currentCents, total.currentCents);
      return `${r.group ?? r.label} ${formatCents(r.currentCents)} (${share}%)`;
    });
  const moved = subtotals
    .filter((r) => r.varianceCents !== null && r.varianceCents !== 0)
    .sort((a, b) => Math.abs(b.varianceCents ?? 0) - Math.abs(a.varianceCents ?? 0))[0];
  return {
    topic: 'DEPARTMENTS',
    heading: 'Operating expenses by department',
    text:
      `Operating expenses were ${formatCents(total.currentCents)}: ${shares.join(', ')}.` +
      (moved && income.priorPeriod && comparable(income, income.priorPeriod)
        ? ` The largest change was in ${(moved.group ?? moved.label).toLowerCase()}, ${movement(moved.varianceCents ?? 0, moved.variancePercent)} on ${income.priorPeriod.label}.`
        : ''),
  };
}

function cash(cashFlow: FinancialStatement): CommentaryParagraph | null {
  const opening = row(cashFlow, 'opening-cash');
  const closing = row(cashFlow, 'closing-cash');
  const change = row(cashFlow, 'net-change');
  const operating = row(cashFlow, 'operating-total');
  const investing = row(cashFlow, 'investing-total');
  const financing = row(cashFlow, 'financing-total');
  if (!opening || !closing || !change || !operating || !investing || !financing) return null;
  const flow = (label: string, r: StatementRow) =>
    r.currentCents === 0
      ? `${label} moved no cash`
      : `${label} ${r.currentCents > 0 ? 'brought in' : 'used'} ${formatCents(Math.abs(r.currentCents))}`;
  const verb = change.currentCents >= 0 ? 'rose' : 'fell';
  return {
    topic: 'CASH',
    heading: 'Cash',
    text:
      `Cash ${verb} ${formatCents(Math.abs(change.currentCents))} over ${cashFlow.period.label}, ` +
      `from ${formatCents(opening.currentCents)} to ${formatCents(closing.currentCents)}: ` +
      `${flow('operations', operating)}, ${flow('investing', investing)} and ${flow('financing', financing)}.`,
  };
}

function financialPosition(balance: FinancialStatement): CommentaryParagraph | null {
  const assets = row(balance, 'assets-total');
  const liabilities = row(balance, 'liabilities-total');
  const equity = row(balance, 'equity-total');
  if (!assets || !liabilities || !equity) return null;
  const identity = balance.checks.every((check) => check.holds)
    ? 'The balance sheet balances.'
    : 'The balance sheet does not balance: see its check.';
  return {
    topic: 'FINANCIAL_POSITION',
    heading: 'Financial position',
    text:
      `At ${balance.period.to} the business held ${formatCents(assets.currentCents)} of assets` +
      `${against(balance, assets)}, against ${formatCents(liabilities.currentCents)} of liabilities ` +
      `and ${formatCents(equity.currentCents)} of equity. ${identity}`,
  };
}
