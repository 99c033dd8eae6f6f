import { DateTime } from 'luxon';
import { requireIanaZone } from '../../scheduling/time-zone.js';
import { groupMean, shrunkRate } from './shrinkage.js';

/** A stored engagement statistic: one platform's posts in one hour of the week (shop's zone). */
export interface EngagementStat {
  /** ISO weekday: Monday 1 ... Sunday 7. */
  weekday: number;
  /** 0..23, the shop's local hour. */
  hour: number;
  posts: number;
  /** A fraction: 0.042 is 4.2 %. */
  engagementRate: number;
}

/** An hour of the week. */
export interface WeeklySlot {
  weekday: number;
  hour: number;
}

export interface RankedSlot extends WeeklySlot {
  posts: number;
  /** As observed. */
  engagementRate: number;
  /** Shrunk toward the platform's mean by the number of posts: what the ranking uses. */
  score: number;
  /** The platform's posts-weighted mean rate the score is pulled toward. */
  platformMean: number;
}

/**
 * The `count` best hours of the week for one platform. Each hour's rate is shrunk toward the
 * platform's posts-weighted mean (shrinkage.ts, a prior worth 10 posts), so an hour with 2 posts
 * at 9 % does not beat one with 40 posts at 5 %. Hours with no posts carry no evidence and are
 * left out. Ties: more posts, then the earlier hour of the week.
 */
export function bestPostingSlots(stats: readonly EngagementStat[], count: number): RankedSlot[] {
  const observed = stats.filter((s) => s.posts > 0);
  const mean = groupMean(observed.map((s) => ({ posts: s.posts, rate: s.engagementRate })));
  return observed
    .map((s) => ({
      weekday: s.weekday,
      hour: s.hour,
      posts: s.posts,
      engagementRate: s.engagementRate,
      score: round4(shrunkRate({ posts: s.posts, rate: s.engagementRate }, mean)),
      platformMean: round4(mean),
    }))
    .sort(
      (a, b) => b.score - a.score || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour,
    )
    .slice(0, count);
}

/** An actual time for a weekly slot. */
export interface UpcomingSlot extends WeeklySlot {
  at: Date;
  /** The local date and time with its offset, e.g. 2026-03-10T10:00:00.000-05:00. */
  local: string;
}

/**
 * The next `count` times, after `now`, that fall on any of the weekly slots in `timeZone`,
 * earliest first. Each time is the slot's local wall-clock hour on that date, resolved with the
 * zone's rules for the date, so across a daylight-saving change the local hour stays and the
 * UTC instant moves. An hour that does not exist that day (2 am on the spring-forward Sunday in
 * America/Chicago) is moved forward past the gap (to 3 am, Luxon's rule); an hour that happens
 * twice (1 am on the fall-back Sunday) is its second occurrence, in standard time (Luxon's
 * rule). Two slots resolving to the same instant give one time.
 */
export function nextSlots(
  now: Date,
  timeZone: string,
  slots: readonly WeeklySlot[],
  count: number,
): UpcomingSlot[] {
  requireIanaZone(timeZone);
  if (slots.length === 0 || count <= 0) return [];
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const weeks = Math.ceil(count / slots.length) + 1;
  const found = new Map<number, UpcomingSlot>();
  for (let day = 0; day <= weeks * 7; day++) {
    const date = today.plus({ days: day });
    for (const slot of slots) {
      if (slot.weekday !== date.weekday) continue;
      const at = DateTime.fromObject(
        { year: date.year, month: date.month, day: date.day, hour: slot.hour },
        { zone: timeZone },
      );
      if (at.toMillis() <= now.getTime() || found.has(at.toMillis())) continue;
      found.set(at.toMillis(), {
        weekday: slot.weekday,
        hour: slot.hour,
        at: at.toJSDate(),
        local: at.toISO() ?? '',
      });
    }
  }
  return [...found.values()].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, count);
}

/**
 * The earliest upcoming slot no other post of the platform already holds (`taken`, compared to
 * the hour), looking `horizonWeeks` ahead; null when all are taken.
 */
export function nextFreeSlot(
  now: Date,
  timeZone: string,
  slots: readonly WeeklySlot[],
  taken: readonly Date[],
  horizonWeeks: number = 8,
): UpcomingSlot | null {
  const busy = new Set(taken.map((t) => Math.floor(t.getTime() / HOUR_MS)));
  const upcoming = nextSlots(now, timeZone, slots, slots.length * horizonWeeks);
  return upcoming.find((u) => !busy.has(Math.floor(u.at.getTime() / HOUR_MS))) ?? null;
}

const HOUR_MS = 3_600_000;

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
