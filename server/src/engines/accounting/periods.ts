import { isIsoDate } from './journal.js';

/** A reporting period: whole days, both ends included. */
export interface ReportingPeriod {
  /** As written: `2026-10` (a month), `2026-Q3` (a quarter) or `2026` (a year). */
  key: string;
  label: string;
  from: string;
  to: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** The period a key names, or null for anything else (`2026-13`, `2026-Q5`, `last month`). */
export function reportingPeriod(key: string): ReportingPeriod | null {
  const match = PERIOD.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2])
    return monthsOf(key, year, Number(match[2]), 1, `${MONTHS[Number(match[2]) - 1]} ${year}`);
  if (match[3]) {
    const quarter = Number(match[3]);
    return monthsOf(key, year, quarter * 3 - 2, 3, `Q${quarter} ${year}`);
  }
  return monthsOf(key, year, 1, 12, String(year));
}

/** The period just before: the previous month, quarter or year. */
export function priorPeriod(period: ReportingPeriod): ReportingPeriod {
  return shifted(period, -1);
}

/** The same period a year earlier. */
export function samePeriodLastYear(period: ReportingPeriod): ReportingPeriod {
  const [year, rest] = [Number(period.key.slice(0, 4)), period.key.slice(4)];
  return reportingPeriod(`${year - 1}${rest}`) as ReportingPeriod;
}

/** The day before an ISO date (the closing date of the period before it). */
export function dayBefore(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`${iso} is not a calendar date`);
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function shifted(period: ReportingPeriod, by: number): ReportingPeriod {
  const match = PERIOD.exec(period.key) as RegExpExecArray;
  const year = Number(match[1]);
  if (match[2]) {
    const index = year * 12 + Number(match[2]) - 1 + by;
    const month = (index % 12) + 1;
    return reportingPeriod(
      `${Math.floor(index / 12)}-${String(month).padStart(2, '0')}`,
    ) as ReportingPeriod;
  }
  if (match[3]) {
    const index = year * 4 + Number(match[3]) - 1 + by;
    return reportingPeriod(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`) as ReportingPeriod;
  }
  return reportingPeriod(String(year + by)) as ReportingPeriod;
}

function monthsOf(key: string, year: number, firstMonth: number, months: number, label: string) {
  const from = new Date(Date.UTC(year, firstMonth - 1, 1));
  const to = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return { key, label, from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}
