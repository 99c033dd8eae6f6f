import { addDays, isoDate, isIsoDate } from '../tax-rules/iso-date.js';

/** Calendar arithmetic the compliance rules need beyond the tax engine's iso-date. */

export class ComplianceInputError extends RangeError {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ComplianceInputError';
  }
}

export function requireDate(text: string, field: string): string {
  if (!isIsoDate(text))
    throw new ComplianceInputError(
      `${field} "${text}" is not a calendar date (YYYY-MM-DD).`,
      field,
    );
  return text;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function lastDayOfMonth(year: number, month: number): string {
  return addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
}

/** The month after (year, month), as [year, month]. */
export function nextMonth(year: number, month: number): [number, number] {
  return month === 12 ? [year + 1, 1] : [year, month + 1];
}

/** The first day of a month on or after `date`. */
export function firstOfMonthOnOrAfter(date: string): string {
  if (date.endsWith('-01')) return date;
  const [y, m] = nextMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return isoDate(y, m, 1);
}

export { addDays };
