import { addDays, isIsoDate, isoDate, weekday } from '../../tax-rules/iso-date.js';
import type { EditorialState } from './editorial-states.js';

/** What the calendar needs of a content item; the rest of the item rides along untouched. */
export interface CalendarItem {
  state: EditorialState;
  /** The day it is planned for (YYYY-MM-DD), when it has one. */
  plannedFor: string | null;
  scheduledFor: Date | null;
  publishedAt: Date | null;
}

/**
 * Which date puts an item on the calendar: the day it went out, else the day it is scheduled
 * for, else the day it is planned for.
 */
export type CalendarBasis = 'PUBLISHED' | 'SCHEDULED' | 'PLANNED';

export interface CalendarPlacement {
  /** The shop's calendar day (YYYY-MM-DD). */
  date: string;
  basis: CalendarBasis;
  /** The instant for a published or scheduled item; null for a day planned without a time. */
  at: Date | null;
}

export interface CalendarEntry<T extends CalendarItem> extends CalendarPlacement {
  item: T;
}

export interface CalendarDay<T extends CalendarItem> {
  date: string;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
  entries: CalendarEntry<T>[];
}

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone` (the shop's, not the server's). */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Where an item sits on the calendar, or null when it has no date at all (an unplanned idea). */
export function calendarPlacement(item: CalendarItem, timeZone: string): CalendarPlacement | null {
  if (item.publishedAt) {
    return { date: dayIn(item.publishedAt, timeZone), basis: 'PUBLISHED', at: item.publishedAt };
  }
  if (item.scheduledFor) {
    return { date: dayIn(item.scheduledFor, timeZone), basis: 'SCHEDULED', at: item.scheduledFor };
  }
  if (item.plannedFor) return { date: item.plannedFor, basis: 'PLANNED', at: null };
  return null;
}

/**
 * Every day from `from` to `to` (inclusive, YYYY-MM-DD) with the items placed on it: days
 * without items are kept, so a month view draws its grid straight from the list. On a day,
 * planned items (no time) come first, then the timed ones in time order; otherwise the order
 * given is kept. Items without a date, or placed outside the range, are left out.
 */
export function groupByDay<T extends CalendarItem>(
  items: readonly T[],
  range: { from: string; to: string; timeZone: string },
): CalendarDay<T>[] {
  const { from, to, timeZone } = range;
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new RangeError(`"${from}" to "${to}" is not a range of calendar dates (YYYY-MM-DD)`);
  }
  if (to < from) throw new RangeError(`the range ends (${to}) before it starts (${from})`);
  const days = new Map<string, CalendarEntry<T>[]>();
  for (let date = from; date <= to; date = addDays(date, 1)) days.set(date, []);
  for (const item of items) {
    const placement = calendarPlacement(item, timeZone);
    if (placement) days.get(placement.date)?.push({ ...placement, item });
  }
  return [...days].map(([date, entries]) => ({
    date,
    weekday: ((weekday(date) + 6) % 7) + 1,
    entries: entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => timeOf(a.entry) - timeOf(b.entry) || a.index - b.index)
      .map(({ entry }) => entry),
  }));
}

/** Planned days (no time) sort before any instant of the day. */
function timeOf(entry: CalendarPlacement): number {
  return entry.at ? entry.at.getTime() : -Infinity;
}

/**
 * The days a month view shows for `month` (YYYY-MM): whole weeks, Monday to Sunday, from the
 * week holding the 1st to the week holding the last day (35 or 42 days, 28 for a February that
 * starts on a Monday in a common year).
 */
export function monthGridRange(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(match?.[1]);
  const monthNumber = Number(match?.[2]);
  if (!match || monthNumber < 1 || monthNumber > 12) {
    throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
  }
  const first = isoDate(year, monthNumber, 1);
  const last = addDays(
    monthNumber === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, monthNumber + 1, 1),
    -1,
  );
  // weekday(): Sunday 0 … Saturday 6; step back to Monday and forward to Sunday.
  return {
    from: addDays(first, -((weekday(first) + 6) % 7)),
    to: addDays(last, (7 - weekday(last)) % 7),
  };
}
