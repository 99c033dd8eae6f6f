/**
 * Calendar dates as ISO text (YYYY-MM-DD) computed in UTC, so a due date never shifts with the
 * server's time zone. Only what the rules engine needs: parse, weekday, add days, build.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function toUtc(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`"${iso}" is not a calendar date (YYYY-MM-DD)`);
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return toUtc(iso).getUTCFullYear();
}

/** The n-th given weekday of a month (n = 1 … 5): the third Monday of January 2024 is 2024-01-15. */
export function nthWeekdayOfMonth(year: number, month: number, day: number, n: number): string {
  const first = isoDate(year, month, 1);
  const offset = (day - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last given weekday of a month: the last Monday of May 2026 is 2026-05-25. */
export function lastWeekdayOfMonth(year: number, month: number, day: number): string {
  const last = addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
  return addDays(last, -((weekday(last) - day + 7) % 7));
}
