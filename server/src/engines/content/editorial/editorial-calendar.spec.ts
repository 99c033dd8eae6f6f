import { describe, expect, it } from 'vitest';
import {
  calendarPlacement,
  dayIn,
  groupByDay,
  monthGridRange,
  type CalendarItem,
} from './editorial-calendar.js';

const AUSTIN = 'America/Chicago';

function item(title: string, fields: Partial<CalendarItem>): CalendarItem & { title: string } {
  return {
    title,
    state: 'IDEA',
    plannedFor: null,
    scheduledFor: null,
    publishedAt: null,
    ...fields,
  };
}

describe('calendarPlacement', () => {
  it('places an item by the day it went out, else its scheduled day, else its planned day', () => {
    const publishedAt = new Date('2026-05-04T15:00:00Z');
    const scheduledFor = new Date('2026-05-09T14:00:00Z');
    expect(
      calendarPlacement(
        item('a', { state: 'PUBLISHED', plannedFor: '2026-05-01', publishedAt, scheduledFor }),
        AUSTIN,
      ),
    ).toEqual({ date: '2026-05-04', basis: 'PUBLISHED', at: publishedAt });
    expect(
      calendarPlacement(
        item('b', { state: 'SCHEDULED', plannedFor: '2026-05-01', scheduledFor }),
        AUSTIN,
      ),
    ).toEqual({ date: '2026-05-09', basis: 'SCHEDULED', at: scheduledFor });
    expect(calendarPlacement(item('c', { plannedFor: '2026-05-01' }), AUSTIN)).toEqual({
      date: '2026-05-01',
      basis: 'PLANNED',
      at: null,
    });
    expect(calendarPlacement(item('d', {}), AUSTIN)).toBeNull();
  });

  it("uses the shop's day, not UTC's: 9 pm in Austin on May 31 is May 31", () => {
    expect(dayIn(new Date('2026-06-01T02:00:00Z'), AUSTIN)).toBe('2026-05-31');
    expect(dayIn(new Date('2026-06-01T02:00:00Z'), 'UTC')).toBe('2026-06-01');
  });
});

describe('groupByDay', () => {
  it('lists every day of the range, with planned items first and timed ones in time order', () => {
    const days = groupByDay(
      [
        item('evening post', {
          state: 'SCHEDULED',
          scheduledFor: new Date('2026-05-05T23:00:00Z'),
        }),
        item('morning post', { state: 'PUBLISHED', publishedAt: new Date('2026-05-05T14:00:00Z') }),
        item('planned idea', { plannedFor: '2026-05-05' }),
        item('second planned idea', { plannedFor: '2026-05-05' }),
        item('outside', { plannedFor: '2026-05-08' }),
        item('no date', {}),
      ],
      { from: '2026-05-04', to: '2026-05-06', timeZone: AUSTIN },
    );
    expect(
      days.map((d) => ({
        date: d.date,
        weekday: d.weekday,
        titles: d.entries.map((e) => `${e.item.title} (${e.basis})`),
      })),
    ).toEqual([
      { date: '2026-05-04', weekday: 1, titles: [] },
      {
        date: '2026-05-05',
        weekday: 2,
        titles: [
          'planned idea (PLANNED)',
          'second planned idea (PLANNED)',
          'morning post (PUBLISHED)',
          'evening post (SCHEDULED)',
        ],
      },
      { date: '2026-05-06', weekday: 3, titles: [] },
    ]);
  });

  it('refuses a range that ends before it starts or is not made of dates', () => {
    expect(() =>
      groupByDay([], { from: '2026-05-06', to: '2026-05-04', timeZone: AUSTIN }),
    ).toThrow('the range ends (2026-05-04) before it starts (2026-05-06)');
    expect(() =>
      groupByDay([], { from: '2026-02-30', to: '2026-03-01', timeZone: AUSTIN }),
    ).toThrow(RangeError);
  });
});

describe('monthGridRange', () => {
  it('covers whole Monday-to-Sunday weeks around the month', () => {
    // May 2026 starts on a Friday and ends on a Sunday: 35 days from Monday April 27.
    expect(monthGridRange('2026-05')).toEqual({ from: '2026-04-27', to: '2026-05-31' });
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    expect(monthGridRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    // December 2026 runs Tuesday 1 to Thursday 31; the grid reaches into January.
    expect(monthGridRange('2026-12')).toEqual({ from: '2026-11-30', to: '2027-01-03' });
  });

  it('refuses text that is not a month', () => {
    expect(() => monthGridRange('2026-13')).toThrow('"2026-13" is not a month (YYYY-MM)');
  });
});
