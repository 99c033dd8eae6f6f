import { DomainError } from '../../../errors.js';
import type { SalesTaxPeriod } from './sales-tax-liability.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function firstDayOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * A filing period from its key: `2026-Q3` is July 1 to September 30, `2026-07` is July. Anything
 * else is INVALID_INPUT naming the field, so a caller learns the two accepted forms.
 */
export function parseSalesTaxPeriod(key: string): SalesTaxPeriod {
  const trimmed = key.trim();
  const quarter = QUARTER.exec(trimmed);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    return {
      key: trimmed,
      kind: 'QUARTER',
      start: firstDayOf(year, q * 3 - 2),
      end: lastDayOf(year, q * 3),
    };
  }
  const month = MONTH.exec(trimmed);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { key: trimmed, kind: 'MONTH', start: firstDayOf(year, m), end: lastDayOf(year, m) };
  }
  throw new DomainError(
    'INVALID_INPUT',
    `Period "${key}" is neither a quarter (YYYY-Qn, e.g. 2026-Q3) nor a month (YYYY-MM, e.g. 2026-07).`,
    { field: 'period', reason: 'BAD_PERIOD' },
  );
}
