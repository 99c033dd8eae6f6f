import { addDays, isoDate, yearOf } from '../iso-date.js';
import type { MeasurementPeriod } from './types.js';

/**
 * The windows of sales a measurement period covers on an evaluation date, as closed ranges of
 * ISO dates. Pure calendar arithmetic in UTC (iso-date.ts), so no time zone moves a sale across
 * a window's edge.
 */

export interface MeasurementWindow {
  from: string;
  to: string;
  label: string;
}

function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

function lastDayOfMonth(year: number, month: number): string {
  return addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
}

/** The day after the same date twelve months earlier: the start of a twelve-month window ending on `end`. */
function twelveMonthsEndingOn(end: string): string {
  const year = yearOf(end) - 1;
  const month = monthOf(end);
  const day = Math.min(Number(end.slice(8, 10)), Number(lastDayOfMonth(year, month).slice(8, 10)));
  return addDays(isoDate(year, month, day), 1);
}

function calendarYear(year: number, label: string): MeasurementWindow {
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31), label };
}

/** The latest date with the given month and day that falls strictly before `onDate`. */
function lastMonthDayBefore(onDate: string, month: number, day: number): string {
  const thisYear = isoDate(yearOf(onDate), month, day);
  return thisYear < onDate ? thisYear : isoDate(yearOf(onDate) - 1, month, day);
}

export function measurementWindows(period: MeasurementPeriod, onDate: string): MeasurementWindow[] {
  const year = yearOf(onDate);
  switch (period.kind) {
    case 'previousCalendarYear':
      return [calendarYear(year - 1, `calendar year ${year - 1}`)];
    case 'previousOrCurrentCalendarYear':
      return [
        calendarYear(year - 1, `calendar year ${year - 1}`),
        { from: isoDate(year, 1, 1), to: onDate, label: `calendar year ${year} to date` },
      ];
    case 'trailingTwelveMonths':
      return [
        { from: twelveMonthsEndingOn(onDate), to: onDate, label: 'the twelve months to date' },
      ];
    case 'precedingTwelveCalendarMonths': {
      const to = addDays(isoDate(year, monthOf(onDate), 1), -1);
      return [
        {
          from: twelveMonthsEndingOn(to),
          to,
          label: 'the twelve calendar months before this month',
        },
      ];
    }
    case 'fourQuartersEndedBefore': {
      const ends = [year, year - 1].flatMap((y) =>
        period.quarterEndMonths.map((month) => lastDayOfMonth(y, month)),
      );
      const to = ends
        .filter((end) => end < onDate)
        .sort()
        .at(-1);
      if (!to) throw new Error(`no quarter end before ${onDate}`);
      return [{ from: twelveMonthsEndingOn(to), to, label: `the four quarters ended ${to}` }];
    }
    case 'twelveMonthsEndedBefore': {
      const to = lastMonthDayBefore(onDate, period.month, period.day);
      return [{ from: twelveMonthsEndingOn(to), to, label: `the twelve months ended ${to}` }];
    }
    case 'calendarYearForCollectionYear': {
      const collectionStart = isoDate(year, period.collectionYearStartsMonth, 1);
      const measured = onDate >= collectionStart ? year - 1 : year - 2;
      return [
        calendarYear(
          measured,
          `calendar year ${measured} (for the collection year from ${measured + 1}-${String(
            period.collectionYearStartsMonth,
          ).padStart(2, '0')}-01)`,
        ),
      ];
    }
  }
}

export function describePeriod(period: MeasurementPeriod): string {
  switch (period.kind) {
    case 'previousCalendarYear':
      return 'in the previous calendar year';
    case 'previousOrCurrentCalendarYear':
      return 'in the previous or the current calendar year';
    case 'trailingTwelveMonths':
      return 'in the twelve months to the date evaluated';
    case 'precedingTwelveCalendarMonths':
      return 'in the twelve calendar months before the month evaluated';
    case 'fourQuartersEndedBefore':
      return `in the four quarters (ending in months ${period.quarterEndMonths.join(', ')}) before the date evaluated`;
    case 'twelveMonthsEndedBefore':
      return `in the twelve months ended on the last ${period.month}/${period.day} before the date evaluated`;
    case 'calendarYearForCollectionYear':
      return `in the calendar year before the collection year (collection years start in month ${period.collectionYearStartsMonth})`;
  }
}
