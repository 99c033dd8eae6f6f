import { Cron, type CronOptions } from 'croner';
import cronstrue from 'cronstrue';

/**
 * Cron schedules in a shop's time zone: parsing, fire times and the schedule in words.
 *
 * Expressions are classic five-field cron (minute hour day-of-month month day-of-week) plus what
 * croner adds to those fields (L, W, #, names such as MON or JAN) and nicknames (@daily). A
 * sixth (seconds) field is refused: nothing here needs to run more often than once a minute.
 *
 * Fire times are computed by croner in the IANA zone, so a schedule keeps its wall-clock time
 * across daylight-saving changes (`0 7 * * 1` is 07:00 local before and after, its UTC instant
 * moving by an hour). Around the changes croner follows Vixie cron, and we ask it to classify
 * jobs as Vixie cron does (`fixedTimeRule: 'no-wildcard'`):
 * - a fixed-time job (minute and hour without `*` or a step, e.g. `30 2 * * *` or
 *   `30 2,14 * * *`) whose time falls in the spring-forward gap runs at the first valid time
 *   after the gap, the same day (02:30 that does not exist runs at 03:00); one whose time occurs
 *   twice on fall-back runs once, at the first occurrence;
 * - an interval job (`*` or a step in minute or hour, e.g. `0 *\/4 * * *`) skips times in the
 *   gap and runs on both occurrences of a repeated time, so it keeps its rhythm in real time.
 */

/** Why an expression is refused, in words a shop owner can act on. */
export type CronParse =
  | { ok: true; /** Whitespace-normalised, as stored. */ cron: string }
  | { ok: false; errorCode: 'INVALID_CRON'; message: string };

/** Longer than any sensible five-field expression; refused before parsing. */
const MAX_CRON_LENGTH = 120;

/** The options every computation uses, so the seed, the preview and the runner agree. */
export function cronOptions(timeZone: string | undefined): CronOptions {
  return {
    mode: '5-part',
    fixedTimeRule: 'no-wildcard',
    ...(timeZone ? { timezone: timeZone } : {}),
  };
}

/** Checks a cron expression: five fields croner accepts, that fires at least once. */
export function parseCron(expression: string): CronParse {
  const cron = expression.trim().replace(/\s+/g, ' ');
  if (cron.length === 0) return invalid('The cron expression is empty.');
  if (cron.length > MAX_CRON_LENGTH) {
    return invalid(`The cron expression is longer than ${MAX_CRON_LENGTH} characters.`);
  }
  let job: Cron;
  try {
    job = new Cron(cron, cronOptions('UTC'));
  } catch (error) {
    return invalid(`"${cron}" is not a cron expression: ${reasonOf(error)}.`);
  }
  // e.g. `0 0 30 2 *` (February 30th) parses but never fires; four years covers every leap day.
  if (job.nextRuns(1, new Date(Date.UTC(2000, 0, 1))).length === 0) {
    return invalid(`"${cron}" never fires.`);
  }
  return { ok: true, cron };
}

/**
 * The IANA zone's canonical name (e.g. "america/chicago" -> "America/Chicago"), or null when
 * this runtime does not know it.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === '' || timeZone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: timeZone.trim() }).resolvedOptions()
      .timeZone;
  } catch {
    return null;
  }
}

/**
 * The next `count` fire times strictly after `after`, in order (fewer when the schedule ends,
 * which a five-field expression without a year never does). The expression must have passed
 * parseCron and the zone canonicalTimeZone.
 */
export function nextFireTimes(
  expression: string,
  timeZone: string,
  after: Date,
  count: number,
): Date[] {
  if (count <= 0) return [];
  return new Cron(expression, cronOptions(timeZone)).nextRuns(count, after);
}

/** The first fire time strictly after `after`, or null when there is none. */
export function nextFireTime(expression: string, timeZone: string, after: Date): Date | null {
  return nextFireTimes(expression, timeZone, after, 1)[0] ?? null;
}

/** The schedule in words, e.g. "At 07:00, only on Monday"; the expression itself if undescribable. */
export function describeCron(expression: string): string {
  try {
    return cronstrue.toString(expression, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    });
  } catch {
    // croner accepts a few forms cronstrue cannot word (e.g. `+MON`); the expression says it.
    return `Cron "${expression}"`;
  }
}

/** Which ticks are due at `now`, counted from the first one not yet handled. */
export interface DueTicks {
  /**
   * Ticks older than the grace period: missed (the hub was down or busy). Counted up to
   * `MAX_COUNTED_TICKS`; `latest` is the most recent of them.
   */
  missed: { count: number; countIsLowerBound: boolean; latest: Date | null };
  /** Ticks within the grace period, oldest first: run as scheduled. */
  onTime: Date[];
  /** The first fire time after `now`: where the schedule waits next (null: never again). */
  next: Date | null;
}

/**
 * How many missed ticks are counted one by one before we stop and say "at least": each costs
 * croner ~50-80 µs, and the count only words an audit entry.
 */
export const MAX_COUNTED_TICKS = 1_000;

/**
 * Splits the ticks from `firstPending` (the tick the schedule waits for, itself a fire time)
 * up to and including `now` into missed ones (now - tick > grace) and on-time ones.
 */
export function dueTicks(
  expression: string,
  timeZone: string,
  firstPending: Date,
  now: Date,
  graceMs: number,
): DueTicks {
  const job = new Cron(expression, cronOptions(timeZone));
  const lateBefore = now.getTime() - graceMs;
  const missed = { count: 0, countIsLowerBound: false, latest: null as Date | null };
  const onTime: Date[] = [];
  let tick: Date | null = firstPending;
  while (tick && tick.getTime() <= now.getTime()) {
    if (tick.getTime() < lateBefore) {
      if (missed.count === MAX_COUNTED_TICKS) {
        // Far too many to count (a per-minute schedule after weeks down): jump to the last one.
        missed.countIsLowerBound = true;
        const lastMissed = job.previousRuns(1, new Date(lateBefore))[0];
        if (lastMissed && lastMissed.getTime() > tick.getTime()) missed.latest = lastMissed;
        tick = job.nextRuns(1, missed.latest ?? tick)[0] ?? null;
        continue;
      }
      missed.count += 1;
      missed.latest = tick;
    } else {
      onTime.push(tick);
    }
    tick = job.nextRuns(1, tick)[0] ?? null;
  }
  return { missed, onTime, next: job.nextRuns(1, now)[0] ?? null };
}

function invalid(message: string): CronParse {
  return { ok: false, errorCode: 'INVALID_CRON', message };
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // croner prefixes its messages with the class that threw them.
  return text.replace(/^Cron(Pattern|Date)?:\s*/, '').replace(/\.$/, '');
}
