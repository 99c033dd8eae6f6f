import { DateTime } from 'luxon';
import type { Weekday, WorkingDay, WorkingHours } from '@zactonics/db';

/** Luxon's weekday numbers 1-7 (Monday first) as working-hours keys. */
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A half-open interval [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export interface SlotMember {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  workingHours: WorkingHours;
  /** Meetings and busy blocks, any order. */
  busy: readonly Interval[];
}

export interface SlotSearch {
  /** Ordered: when several are free at once, the first is offered. */
  members: readonly SlotMember[];
  now: Date;
  durationMinutes: number;
  /** The lead's IANA zone (validated by the caller). */
  leadTimeZone: string;
  /** Search window start; never earlier than `now` plus the notice. Defaults to now. */
  from?: Date;
  days?: number;
  granularityMinutes?: number;
  /** No slot starts sooner than this after `now`: nobody can join a call in five minutes. */
  noticeMinutes?: number;
  /** Hours in the lead's zone a meeting may fall in, "HH:mm". */
  leadHours?: WorkingDay;
  limit?: number;
}

export interface FreeSlot {
  start: Date;
  end: Date;
  /** The member offered for this slot (the first free one in the team's order). */
  memberId: string;
  /** How many members are free then (the booking may fall back to one of them). */
  freeMembers: number;
}

const MINUTE_MS = 60_000;
export const DEFAULT_LEAD_HOURS: WorkingDay = { start: '08:00', end: '18:00' };

/**
 * The free slots across a team, earliest first. A slot is offered when at least one member is
 * inside their working hours (in their own zone) and not busy for the whole meeting, and the
 * meeting falls within sensible hours in the lead's zone. Every local time is resolved with the
 * zone's rules for that date, so a daylight-saving change moves the slots' UTC instants and
 * never the local hours. Candidate starts are on a grid of `granularityMinutes` in UTC, which
 * is also the local grid in every zone whose offset is a multiple of it (all but a few, like
 * Nepal's +05:45, for the default 30).
 */
export function findFreeSlots(search: SlotSearch): FreeSlot[] {
  const granularity = (search.granularityMinutes ?? 30) * MINUTE_MS;
  const duration = search.durationMinutes * MINUTE_MS;
  const earliest = Math.max(
    search.now.getTime() + (search.noticeMinutes ?? 60) * MINUTE_MS,
    search.from?.getTime() ?? -Infinity,
  );
  const windowEnd = earliest + (search.days ?? 7) * 24 * 60 * MINUTE_MS;
  const limit = search.limit ?? 10;
  const leadHours = search.leadHours ?? DEFAULT_LEAD_HOURS;
  const slots: FreeSlot[] = [];
  for (
    let start = Math.ceil(earliest / granularity) * granularity;
    start + duration <= windowEnd && slots.length < limit;
    start += granularity
  ) {
    const meeting = { start, end: start + duration };
    if (!withinDay(meeting, search.leadTimeZone, () => leadHours)) continue;
    const free = search.members.filter(
      (m) =>
        withinDay(meeting, m.timeZone, (weekday) => m.workingHours[weekday]) &&
        !m.busy.some((b) => b.start < meeting.end && meeting.start < b.end),
    );
    const first = free[0];
    if (first) {
      slots.push({
        start: new Date(meeting.start),
        end: new Date(meeting.end),
        memberId: first.id,
        freeMembers: free.length,
      });
    }
  }
  return slots;
}

/**
 * Whether the meeting lies inside one local day's hours in `zone`. The day's bounds are made
 * from that date's wall clock in the zone (not by adding hours to midnight), so on a day with a
 * daylight-saving change 09:00 is still 09:00.
 */
function withinDay(
  meeting: Interval,
  zone: string,
  hoursOf: (weekday: Weekday) => WorkingDay | undefined,
): boolean {
  const local = DateTime.fromMillis(meeting.start, { zone });
  const weekday = WEEKDAYS[local.weekday - 1];
  const hours = weekday ? hoursOf(weekday) : undefined;
  if (!hours) return false;
  const dayStart = atLocalTime(local, hours.start);
  const dayEnd = atLocalTime(local, hours.end);
  return meeting.start >= dayStart && meeting.end <= dayEnd;
}

/** Epoch ms of "HH:mm" on `day`'s local date; "24:00" is the end of that date. */
function atLocalTime(day: DateTime, hhmm: string): number {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  if (hour === 24) return day.startOf('day').plus({ days: 1 }).toMillis();
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/** A slot's start in the lead's zone: ISO with offset, and a label like "Tue 1 Dec, 10:00". */
export function localTime(at: Date, zone: string): { iso: string; label: string } {
  const local = DateTime.fromJSDate(at, { zone });
  return {
    iso: local.toISO({ suppressMilliseconds: true }) ?? at.toISOString(),
    label: local.setLocale('en-GB').toFormat('ccc d LLL, HH:mm'),
  };
}
