import type { DateOrder } from './types.js';

/**
 * Statement dates to YYYY-MM-DD. Year-first dates (2026-03-04, 2026/03/04, 20260304) are read as
 * they are; day-month dates (03/04/2026, 3/4/26, 04.03.2026) need an order, MDY or DMY, which
 * detectDateOrder finds from the whole file. A time after the date ("03/04/2026 12:00:00",
 * "2026-03-04T10:00:00") is ignored. Two-digit years are 2000-2069 or 1970-1999.
 */

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/;
const DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?:\s.*)?$/;

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** The two leading numbers of a day-month date, or null for a year-first or unreadable one. */
function dayMonthParts(text: string): [number, number] | null {
  const match = DAY_MONTH.exec(text.trim());
  return match ? [Number(match[1]), Number(match[3])] : null;
}

/**
 * The date as YYYY-MM-DD under the given order for day-month dates, or null when it is not a date
 * (or not a real calendar day, like 02/30/2026). Year-first dates are accepted under any order.
 */
export function parseStatementDate(text: string, order: DateOrder): string | null {
  const value = text.trim();
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const compact = COMPACT.exec(value);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const match = DAY_MONTH.exec(value);
  if (!match || order === 'YMD') return null;
  const [first, second] = [Number(match[1]), Number(match[3])];
  const [month, day] = order === 'MDY' ? [first, second] : [second, first];
  return isoDate(fullYear(match[4] ?? ''), month, day);
}

export type DateOrderDetection =
  | { order: DateOrder; ambiguous: boolean }
  /** Some dates only read as MDY and others only as DMY: the file contradicts itself. */
  | { conflict: { mdyOnly: number; dmyOnly: number } };

/**
 * The day-month order the file's dates use, decided by any date whose first number is over 12
 * (DMY) or whose second is (MDY). When no date decides (every day is 12 or less), MDY, the US
 * banks' order, with ambiguous: true. A file with only year-first dates is YMD. Values given are
 * the dates' texts with their indexes (used to report a conflict's rows).
 */
export function detectDateOrder(values: readonly string[]): DateOrderDetection {
  let mdyOnly = -1;
  let dmyOnly = -1;
  let dayMonthSeen = false;
  values.forEach((value, index) => {
    const parts = dayMonthParts(value);
    if (!parts) return;
    dayMonthSeen = true;
    const [first, second] = parts;
    if (first > 12 && second <= 12 && dmyOnly < 0) dmyOnly = index;
    if (second > 12 && first <= 12 && mdyOnly < 0) mdyOnly = index;
  });
  if (mdyOnly >= 0 && dmyOnly >= 0) return { conflict: { mdyOnly, dmyOnly } };
  if (dmyOnly >= 0) return { order: 'DMY', ambiguous: false };
  if (mdyOnly >= 0) return { order: 'MDY', ambiguous: false };
  if (!dayMonthSeen) return { order: 'YMD', ambiguous: false };
  return { order: 'MDY', ambiguous: true };
}
