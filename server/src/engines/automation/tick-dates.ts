/**
 * Calendar arithmetic on a tick's date (YYYY-MM-DD in the schedule's zone), for the input a
 * scheduled run derives from it: "last month's P&L", "the quarter that just closed".
 */

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The month before the date's, as YYYY-MM (2026-01-02 -> 2025-12). */
export function previousMonth(date: string): string {
  const { year, month } = parts(date);
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The quarter before the date's, as YYYY-Qn (2026-04-01 -> 2026-Q1, 2026-02-10 -> 2025-Q4). */
export function previousQuarter(date: string): string {
  const { year, month } = parts(date);
  const quarter = Math.ceil(month / 3);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The date's year. */
export function yearOfDate(date: string): number {
  return parts(date).year;
}

/** The last day of the month before the date's (2026-03-02 -> 2026-02-28). */
export function lastDayOfPreviousMonth(date: string): string {
  const { year, month } = parts(date);
  return isoOf(new Date(Date.UTC(year, month - 1, 0)));
}

/** The day before (2026-03-01 -> 2026-02-28). */
export function dayBefore(date: string): string {
  const { year, month, day } = parts(date);
  return isoOf(new Date(Date.UTC(year, month - 1, day - 1)));
}

function parts(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function isoOf(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
