import {
  addDays,
  isoDate,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  weekday,
  yearOf,
} from './iso-date.js';
import type { HolidayRule, RuleSet } from './types.js';

/**
 * Deadlines under IRC § 7503: a deadline on a Saturday, Sunday or DC legal holiday is met on the
 * next day that is none of them. Holidays come from the rule set's data, each with the day it is
 * observed when it falls on a weekend (D.C. Code § 28-2701).
 */

export interface ObservedHoliday {
  /** The day that is a legal holiday (after the weekend shift). */
  date: string;
  /** The calendar date the holiday names, when different ("April 16" observed on April 15). */
  actualDate: string;
  name: string;
  holidayId: string;
}

function actualDate(rule: HolidayRule, year: number): string | null {
  const { date } = rule;
  switch (date.kind) {
    case 'fixed':
      return isoDate(year, date.month, date.day);
    case 'nthWeekday':
      return nthWeekdayOfMonth(year, date.month, date.weekday, date.n);
    case 'lastWeekday':
      return lastWeekdayOfMonth(year, date.month, date.weekday);
    case 'everyFourthYear':
      return year >= date.firstYear && (year - date.firstYear) % 4 === 0
        ? isoDate(year, date.month, date.day)
        : null;
  }
}

function observed(rule: HolidayRule, actual: string): string {
  const day = weekday(actual);
  if (day === 6 && rule.observed.saturday === 'precedingFriday') return addDays(actual, -1);
  if (day === 0) return addDays(actual, 1);
  return actual;
}

/**
 * The DC legal holidays observed in a calendar year (a holiday of the next year observed on
 * December 31 is included, New Year's Day on a Saturday being the case).
 */
export function dcLegalHolidays(ruleSet: RuleSet, year: number): ObservedHoliday[] {
  const found: ObservedHoliday[] = [];
  for (const rule of ruleSet.holidays) {
    for (const candidateYear of [year, year + 1]) {
      if (
        candidateYear < rule.years.from ||
        (rule.years.to !== null && candidateYear > rule.years.to)
      )
        continue;
      const actual = actualDate(rule, candidateYear);
      if (actual === null) continue;
      const date = observed(rule, actual);
      if (yearOf(date) === year)
        found.push({ date, actualDate: actual, name: rule.name, holidayId: rule.id });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

export interface BusinessDayShift {
  /** The deadline as written (April 15). */
  nominal: string;
  /** The day it is met on. */
  due: string;
  /** Why it moved, day by day: "2016-04-15 District of Columbia Emancipation Day (observed)". */
  skipped: { date: string; reason: string; holidayId?: string }[];
}

/** The first day on or after `date` that is not a Saturday, Sunday or DC legal holiday. */
export function nextBusinessDay(ruleSet: RuleSet, date: string): BusinessDayShift {
  const skipped: BusinessDayShift['skipped'] = [];
  let day = date;
  for (;;) {
    const dow = weekday(day);
    if (dow === 6 || dow === 0) {
      skipped.push({ date: day, reason: dow === 6 ? 'Saturday' : 'Sunday' });
    } else {
      const holiday = dcLegalHolidays(ruleSet, yearOf(day)).find((h) => h.date === day);
      if (!holiday) return { nominal: date, due: day, skipped };
      skipped.push({
        date: day,
        reason: holiday.actualDate === day ? holiday.name : `${holiday.name} (observed)`,
        holidayId: holiday.holidayId,
      });
    }
    day = addDays(day, 1);
  }
}
