import { stringify } from 'csv-stringify/sync';
import { decimalDollars } from '../money-format.js';
import type { FilingPackageContent } from '../filing-package-content.js';
import { statementList } from './statement-list.js';

/**
 * The CSV: one row per statement line of the three statements, amounts in decimal dollars with
 * two decimals (the column names say so), written exactly from the cents. Comparisons that were
 * not asked for, and a variance percent against a zero prior, are empty cells.
 */
export function renderCsv(content: FilingPackageContent): Buffer {
  const header = [
    'statement',
    'section',
    'group',
    'line_key',
    'label',
    'is_total',
    'accounts',
    'period',
    'period_from',
    'period_to',
    'prior_period',
    'last_year_period',
    'current_usd',
    'prior_usd',
    'last_year_usd',
    'variance_usd',
    'variance_percent',
  ];
  const rows: string[][] = [];
  for (const statement of statementList(content)) {
    for (const section of statement.sections) {
      for (const row of section.rows) {
        rows.push([
          statement.kind,
          section.label,
          row.group ?? '',
          row.key,
          row.label,
          row.isTotal ? 'yes' : 'no',
          row.accounts.join(' '),
          statement.period.key,
          statement.period.from,
          statement.period.to,
          statement.priorPeriod?.key ?? '',
          statement.lastYearPeriod?.key ?? '',
          decimalDollars(row.currentCents),
          optional(row.priorCents),
          optional(row.lastYearCents),
          optional(row.varianceCents),
          row.variancePercent === null ? '' : row.variancePercent.toFixed(1),
        ]);
      }
    }
  }
  return Buffer.from(stringify([header, ...rows], { record_delimiter: 'unix' }), 'utf8');
}

function optional(cents: number | null): string {
  return cents === null ? '' : decimalDollars(cents);
}
