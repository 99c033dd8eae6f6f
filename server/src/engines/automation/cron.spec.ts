import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  describeCron,
  dueTicks,
  MAX_COUNTED_TICKS,
  nextFireTimes,
  parseCron,
} from './cron.js';
import {
  dateInZone,
  dayBefore,
  lastDayOfPreviousMonth,
  previousMonth,
  previousQuarter,
} from './tick-dates.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const NEW_YORK = 'America/New_York';

describe('fire times across daylight-saving changes (America/New_York, 2026)', () => {
  it('runs a daily 02:30 job at 03:00 EDT on spring-forward day, when 02:30 does not exist', () => {
    // 2026-03-08 02:00 EST jumps to 03:00 EDT: croner runs a fixed-time job whose time falls in
    // the gap at the first valid time after it, the same day (Vixie cron's rule).
    expect(iso(nextFireTimes('30 2 * * *', NEW_YORK, new Date('2026-03-06T12:00:00Z'), 3))).toEqual(
      [
        '2026-03-07T07:30:00.000Z', // 02:30 EST (UTC-5)
        '2026-03-08T07:00:00.000Z', // 03:00 EDT: the first time after the gap
        '2026-03-09T06:30:00.000Z', // 02:30 EDT (UTC-4)
      ],
    );
  });

  it('keeps a Monday 07:00 job at 07:00 local, so its UTC instant moves an hour earlier', () => {
    expect(iso(nextFireTimes('0 7 * * 1', NEW_YORK, new Date('2026-03-01T12:00:00Z'), 2))).toEqual([
      '2026-03-02T12:00:00.000Z',
      '2026-03-09T11:00:00.000Z',
    ]);
  });

  it('runs a daily 01:30 job once on fall-back day, at the first 01:30 (EDT)', () => {
    // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens twice (05:30Z and 06:30Z).
    expect(iso(nextFireTimes('30 1 * * *', NEW_YORK, new Date('2026-10-31T12:00:00Z'), 3))).toEqual(
      [
        '2026-11-01T05:30:00.000Z', // 01:30 EDT; not again at 01:30 EST (06:30Z)
        '2026-11-02T06:30:00.000Z', // 01:30 EST
        '2026-11-03T06:30:00.000Z',
      ],
    );
  });

  it('keeps an interval job running through the repeated hour and skips times in the gap', () => {
    expect(
      iso(nextFireTimes('*/30 * * * *', NEW_YORK, new Date('2026-11-01T04:50:00Z'), 5)),
    ).toEqual([
      '2026-11-01T05:00:00.000Z', // 01:00 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT
      '2026-11-01T06:00:00.000Z', // 01:00 EST
      '2026-11-01T06:30:00.000Z', // 01:30 EST
      '2026-11-01T07:00:00.000Z', // 02:00 EST
    ]);
    expect(iso(nextFireTimes('30 * * * *', NEW_YORK, new Date('2026-03-08T06:00:00Z'), 2))).toEqual(
      ['2026-03-08T06:30:00.000Z', '2026-03-08T07:30:00.000Z'], // 01:30 EST, then 03:30 EDT
    );
  });

  it('treats a list of fixed times as fixed-time jobs (Vixie cron), not as an interval', () => {
    expect(
      iso(nextFireTimes('30 2,14 * * *', NEW_YORK, new Date('2026-03-08T00:00:00Z'), 2)),
    ).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T18:30:00.000Z']);
  });

  it('answers fire times strictly after the instant given', () => {
    expect(
      iso(nextFireTimes('0 7 * * 1', 'America/Chicago', new Date('2026-03-02T13:00:00Z'), 1)),
    ).toEqual(['2026-03-09T12:00:00.000Z']);
  });
});

describe('parseCron', () => {
  it('accepts five fields, names, L/W/# and nicknames, normalising whitespace', () => {
    expect(parseCron('  0   7 * *  MON ')).toEqual({ ok: true, cron: '0 7 * * MON' });
    for (const cron of ['*/15 * * * *', '0 0 L * *', '0 9 * * 5#2', '0 0 15W * *', '@daily']) {
      expect(parseCron(cron).ok, cron).toBe(true);
    }
  });

  it('refuses with INVALID_CRON and says why', () => {
    expect(parseCron('61 * * * *')).toEqual({
      ok: false,
      errorCode: 'INVALID_CRON',
      message: '"61 * * * *" is not a cron expression: Invalid value for minute: 61.',
    });
    expect(parseCron('0 0 7 * * 1')).toMatchObject({ ok: false, errorCode: 'INVALID_CRON' });
    expect(parseCron('every monday')).toMatchObject({ ok: false, errorCode: 'INVALID_CRON' });
    expect(parseCron('   ')).toMatchObject({ message: 'The cron expression is empty.' });
    expect(parseCron('0 0 30 2 *')).toMatchObject({ message: '"0 0 30 2 *" never fires.' });
    expect(parseCron(`0 0 ${'1,'.repeat(70)}1 * *`)).toMatchObject({ ok: false });
  });
});

describe('canonicalTimeZone', () => {
  it('answers the canonical IANA name, or null for a zone the runtime does not know', () => {
    expect(canonicalTimeZone('America/Chicago')).toBe('America/Chicago');
    expect(canonicalTimeZone('america/chicago')).toBe('America/Chicago');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});

describe('describeCron', () => {
  it('words the schedule in 24-hour time', () => {
    expect(describeCron('0 7 * * 1')).toBe('At 07:00, only on Monday');
    expect(describeCron('0 */4 * * *')).toBe('On the hour, every 4 hours');
    expect(describeCron('0 6 2 * *')).toBe('At 06:00, on day 2 of the month');
  });

  it('falls back to the expression when cronstrue cannot word it', () => {
    expect(describeCron('0 12 1 * +MON')).toBe('Cron "0 12 1 * +MON"');
  });
});

describe('dueTicks', () => {
  const CHICAGO = 'America/Chicago';
  const GRACE = 120_000;

  it('has nothing due before the first pending tick', () => {
    const due = dueTicks(
      '0 7 * * 1',
      CHICAGO,
      new Date('2026-03-02T13:00:00Z'),
      new Date('2026-03-02T12:59:59Z'),
      GRACE,
    );
    expect(due.onTime).toEqual([]);
    expect(due.missed).toEqual({ count: 0, countIsLowerBound: false, latest: null });
    expect(due.next?.toISOString()).toBe('2026-03-02T13:00:00.000Z');
  });

  it('counts a tick within the grace period as on time, and points at the next one', () => {
    const due = dueTicks(
      '0 7 * * 1',
      CHICAGO,
      new Date('2026-03-02T13:00:00Z'),
      new Date('2026-03-02T13:02:00Z'),
      GRACE,
    );
    expect(iso(due.onTime)).toEqual(['2026-03-02T13:00:00.000Z']);
    expect(due.missed.count).toBe(0);
    expect(due.next?.toISOString()).toBe('2026-03-09T12:00:00.000Z');
  });

  it('counts ticks older than the grace period as missed, with the latest of them', () => {
    const due = dueTicks(
      '0 7 * * 1',
      CHICAGO,
      new Date('2026-03-02T13:00:00Z'),
      new Date('2026-03-20T00:00:00Z'),
      GRACE,
    );
    expect(due.onTime).toEqual([]);
    expect(due.missed.count).toBe(3);
    expect(due.missed.latest?.toISOString()).toBe('2026-03-16T12:00:00.000Z');
    expect(due.next?.toISOString()).toBe('2026-03-23T12:00:00.000Z');
  });

  it('stops counting at MAX_COUNTED_TICKS and still finds the latest missed tick', () => {
    const due = dueTicks(
      '* * * * *',
      'UTC',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-03-01T00:00:30Z'),
      GRACE,
    );
    expect(due.missed.count).toBe(MAX_COUNTED_TICKS);
    expect(due.missed.countIsLowerBound).toBe(true);
    expect(due.missed.latest?.toISOString()).toBe('2026-02-28T23:58:00.000Z');
    expect(iso(due.onTime)).toEqual(['2026-02-28T23:59:00.000Z', '2026-03-01T00:00:00.000Z']);
  });
});

describe('tick dates', () => {
  it("takes the tick's date in the schedule's zone, not UTC's", () => {
    // 2026-03-02 01:00 UTC is still March 1st in Chicago.
    expect(dateInZone(new Date('2026-03-02T01:00:00Z'), 'America/Chicago')).toBe('2026-03-01');
  });

  it('derives the previous month, quarter, month end and day', () => {
    expect(previousMonth('2026-01-02')).toBe('2025-12');
    expect(previousMonth('2026-03-02')).toBe('2026-02');
    expect(previousQuarter('2026-04-01')).toBe('2026-Q1');
    expect(previousQuarter('2026-02-10')).toBe('2025-Q4');
    expect(lastDayOfPreviousMonth('2026-03-02')).toBe('2026-02-28');
    expect(lastDayOfPreviousMonth('2024-03-31')).toBe('2024-02-29');
    expect(lastDayOfPreviousMonth('2026-01-15')).toBe('2025-12-31');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });
});
