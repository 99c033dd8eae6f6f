// Reporting periods as the API names them: a month (2026-10), a quarter (2026-Q3) or a year
// (2026). The console only builds and steps keys; the hub validates them and names the dates.

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface PeriodKey {
  kind: PeriodKind;
  year: number;
  /** 1-12 for a month, 1-4 for a quarter, 0 for a year. */
  index: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})$/;

/** Reads "2026-10", "2026-Q3" or "2026" (surrounding spaces ignored); null for anything else. */
export function parsePeriod(text: string): PeriodKey | null {
  const value = text.trim();
  const month = MONTH.exec(value);
  if (month) return { kind: 'month', year: Number(month[1]), index: Number(month[2]) };
  const quarter = QUARTER.exec(value);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), index: Number(quarter[2]) };
  const year = YEAR.exec(value);
  if (year) return { kind: 'year', year: Number(year[1]), index: 0 };
  return null;
}

export function formatPeriod(period: PeriodKey): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${String(period.index).padStart(2, '0')}`;
    case 'quarter':
      return `${period.year}-Q${period.index}`;
    case 'year':
      return String(period.year);
  }
}

/**
 * The last complete month before `today` (a calendar day, YYYY-MM-DD): on 2026-12-03 that is
 * 2026-11. The default because the current month's books are still open.
 */
export function lastCompleteMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1
    ? formatPeriod({ kind: 'month', year: year - 1, index: 12 })
    : formatPeriod({ kind: 'month', year, index: month - 1 });
}

/** The last period of `kind` wholly before `today`: on 2026-12-03, 2026-11, 2026-Q3 or 2025. */
export function lastClosedPeriod(today: string, kind: PeriodKind): string {
  const month = parsePeriod(lastCompleteMonth(today)) as PeriodKey;
  const containing = convertPeriod(month, kind);
  // The month's quarter or year is closed only when the month ends it.
  const closes = kind === 'month' || convertPeriod(containing, 'month').index === month.index;
  return formatPeriod(closes ? containing : shiftPeriod(containing, -1));
}

/** The browser's calendar day, YYYY-MM-DD (local time: the person's own today). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The period of `kind` that holds the period's last month: 2026-10 as a quarter is 2026-Q4. */
export function convertPeriod(period: PeriodKey, kind: PeriodKind): PeriodKey {
  const lastMonth =
    period.kind === 'month' ? period.index : period.kind === 'quarter' ? period.index * 3 : 12;
  switch (kind) {
    case 'month':
      return { kind, year: period.year, index: lastMonth };
    case 'quarter':
      return { kind, year: period.year, index: Math.ceil(lastMonth / 3) };
    case 'year':
      return { kind, year: period.year, index: 0 };
  }
}

/** The period `steps` periods later (earlier when negative), across year ends. */
export function shiftPeriod(period: PeriodKey, steps: number): PeriodKey {
  if (period.kind === 'year') return { ...period, year: period.year + steps };
  const perYear = period.kind === 'month' ? 12 : 4;
  const ordinal = period.year * perYear + (period.index - 1) + steps;
  return {
    kind: period.kind,
    year: Math.floor(ordinal / perYear),
    index: (((ordinal % perYear) + perYear) % perYear) + 1,
  };
}
