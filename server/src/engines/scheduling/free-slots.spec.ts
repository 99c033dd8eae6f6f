import type { WorkingHours } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import { findFreeSlots, localTime, type SlotMember } from './free-slots.js';

const weekdays = (start: string, end: string): WorkingHours => ({
  mon: { start, end },
  tue: { start, end },
  wed: { start, end },
  thu: { start, end },
  fri: { start, end },
});
const everyDay = (start: string, end: string): WorkingHours => ({
  ...weekdays(start, end),
  sat: { start, end },
  sun: { start, end },
});

const member = (
  id: string,
  timeZone: string,
  workingHours: WorkingHours,
  busy: Array<[string, string]> = [],
): SlotMember => ({
  id,
  name: id,
  email: `${id}@example.com`,
  timeZone,
  workingHours,
  busy: busy.map(([start, end]) => ({ start: Date.parse(start), end: Date.parse(end) })),
});

const iso = (d: Date) => d.toISOString().replace('.000Z', 'Z');

/** Per local date in `zone`: the first and last slot start (UTC) and how many there are. */
function byLocalDay(slots: Array<{ start: Date }>, zone: string) {
  const days: Record<string, { first: string; last: string; count: number }> = {};
  for (const slot of slots) {
    const day = localTime(slot.start, zone).iso.slice(0, 10);
    const entry = days[day];
    if (entry) {
      entry.last = iso(slot.start);
      entry.count += 1;
    } else days[day] = { first: iso(slot.start), last: iso(slot.start), count: 1 };
  }
  return days;
}

describe('findFreeSlots', () => {
  it('starts an hour after now on the half-hour grid and skips busy blocks', () => {
    const slots = findFreeSlots({
      members: [
        member('jordan', 'America/New_York', weekdays('09:00', '17:00'), [
          ['2026-11-30T14:30:00Z', '2026-11-30T15:30:00Z'],
        ]),
      ],
      now: new Date('2026-11-30T13:07:00Z'), // Mon 08:07 EST
      durationMinutes: 30,
      leadTimeZone: 'America/New_York',
      limit: 4,
    });

    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-11-30T15:30:00Z', // 14:07 + notice rounds up to 14:30, busy until 15:30
      '2026-11-30T16:00:00Z',
      '2026-11-30T16:30:00Z',
      '2026-11-30T17:00:00Z',
    ]);
    expect(slots[0]).toMatchObject({
      memberId: 'jordan',
      freeMembers: 1,
      end: new Date('2026-11-30T16:00:00Z'),
    });
  });

  it('offers a slot when any member is free, the first free one in team order', () => {
    const slots = findFreeSlots({
      members: [
        member('jordan', 'America/New_York', weekdays('09:00', '17:00'), [
          ['2026-11-30T14:00:00Z', '2026-11-30T15:00:00Z'],
        ]),
        member('sam', 'America/Chicago', weekdays('08:00', '16:00')),
        member('olivia', 'Europe/London', weekdays('09:00', '17:00')),
      ],
      now: new Date('2026-11-30T13:00:00Z'),
      durationMinutes: 60,
      leadTimeZone: 'America/New_York',
      limit: 3,
    });

    expect(slots.map((s) => [iso(s.start), s.memberId, s.freeMembers])).toEqual([
      ['2026-11-30T14:00:00Z', 'sam', 2], // Jordan busy; Sam (08:00 CST) and Olivia (14:00 GMT) free
      ['2026-11-30T14:30:00Z', 'sam', 2], // Jordan still busy until 15:00
      ['2026-11-30T15:00:00Z', 'jordan', 3],
    ]);
  });

  it('never ends a meeting after the end of the working day, nor offers a weekend', () => {
    const slots = findFreeSlots({
      members: [member('jordan', 'America/New_York', weekdays('09:00', '17:00'))],
      now: new Date('2026-11-27T20:00:00Z'), // Fri 15:00 EST
      durationMinutes: 45,
      leadTimeZone: 'America/New_York',
      limit: 3,
    });

    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-11-27T21:00:00Z', // 16:00-16:45 EST, the last that ends by 17:00
      '2026-11-30T14:00:00Z', // then Monday 09:00 EST
      '2026-11-30T14:30:00Z',
    ]);
  });

  it("offers nothing outside 08:00-18:00 in the lead's zone, even when the team is free", () => {
    const slots = findFreeSlots({
      members: [member('jordan', 'America/New_York', weekdays('09:00', '17:00'))],
      now: new Date('2026-11-30T13:00:00Z'),
      durationMinutes: 30,
      leadTimeZone: 'Asia/Tokyo', // Jordan's 09:00-17:00 EST is 23:00-07:00 in Tokyo
    });

    expect(slots).toEqual([]);
  });

  it('moves the UTC slots by an hour when New York leaves daylight saving (1 Nov 2026)', () => {
    const slots = findFreeSlots({
      members: [member('anyone', 'UTC', everyDay('00:00', '24:00'))],
      now: new Date('2026-10-30T23:00:00Z'),
      durationMinutes: 30,
      leadTimeZone: 'America/New_York',
      days: 3,
      limit: 1000,
    });

    expect(byLocalDay(slots, 'America/New_York')).toEqual({
      // 08:00-18:00 EDT (UTC-4): starts 12:00Z to 21:30Z
      '2026-10-31': { first: '2026-10-31T12:00:00Z', last: '2026-10-31T21:30:00Z', count: 20 },
      // the change at 02:00 local: 08:00-18:00 EST (UTC-5), starts 13:00Z to 22:30Z
      '2026-11-01': { first: '2026-11-01T13:00:00Z', last: '2026-11-01T22:30:00Z', count: 20 },
      '2026-11-02': { first: '2026-11-02T13:00:00Z', last: '2026-11-02T22:30:00Z', count: 20 },
    });
    expect(localTime(new Date('2026-11-01T13:00:00Z'), 'America/New_York')).toEqual({
      iso: '2026-11-01T08:00:00-05:00',
      label: 'Sun 1 Nov, 08:00',
    });
  });

  it('matches a London lead with a New York member through both changes (25 Oct and 1 Nov 2026)', () => {
    const slots = findFreeSlots({
      members: [member('jordan', 'America/New_York', weekdays('09:00', '17:00'))],
      now: new Date('2026-10-22T23:00:00Z'),
      durationMinutes: 30,
      leadTimeZone: 'Europe/London',
      days: 12,
      limit: 1000,
    });

    const days = byLocalDay(slots, 'Europe/London');
    // Both on summer time: 09:00 EDT = 13:00Z = 14:00 BST; the lead's 18:00 BST is 17:00Z.
    expect(days['2026-10-23']).toEqual({
      first: '2026-10-23T13:00:00Z',
      last: '2026-10-23T16:30:00Z',
      count: 8,
    });
    // London back on GMT, New York still on EDT: the overlap grows to 13:00Z-18:00Z.
    expect(days['2026-10-26']).toEqual({
      first: '2026-10-26T13:00:00Z',
      last: '2026-10-26T17:30:00Z',
      count: 10,
    });
    expect(days['2026-10-30']).toEqual({
      first: '2026-10-30T13:00:00Z',
      last: '2026-10-30T17:30:00Z',
      count: 10,
    });
    // Both on standard time: 09:00 EST = 14:00Z = 14:00 GMT.
    expect(days['2026-11-02']).toEqual({
      first: '2026-11-02T14:00:00Z',
      last: '2026-11-02T17:30:00Z',
      count: 8,
    });
    expect(Object.keys(days)).not.toContain('2026-10-24'); // a Saturday
    expect(Object.keys(days)).not.toContain('2026-10-25'); // the Sunday of the change
  });

  it("keeps a London member's 09:00 start across the clocks going back", () => {
    const slots = findFreeSlots({
      members: [member('olivia', 'Europe/London', weekdays('09:00', '17:00'))],
      now: new Date('2026-10-22T23:00:00Z'),
      durationMinutes: 60,
      leadTimeZone: 'UTC',
      leadHours: { start: '00:00', end: '24:00' },
      days: 5,
      limit: 1000,
    });

    const days = byLocalDay(slots, 'Europe/London');
    expect(days['2026-10-23']).toEqual({
      first: '2026-10-23T08:00:00Z',
      last: '2026-10-23T15:00:00Z',
      count: 15,
    });
    expect(days['2026-10-26']).toEqual({
      first: '2026-10-26T09:00:00Z',
      last: '2026-10-26T16:00:00Z',
      count: 15,
    });
  });

  it('refuses a slot that only partly overlaps a busy block, at either end', () => {
    const slots = findFreeSlots({
      members: [
        member('jordan', 'America/New_York', weekdays('09:00', '17:00'), [
          ['2026-11-30T15:15:00Z', '2026-11-30T15:45:00Z'],
        ]),
      ],
      now: new Date('2026-11-30T13:00:00Z'),
      durationMinutes: 30,
      leadTimeZone: 'America/New_York',
      from: new Date('2026-11-30T14:30:00Z'),
      limit: 3,
    });

    // 14:30-15:00 ends before the block; 15:00 and 15:30 each overlap it by 15 minutes.
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-11-30T14:30:00Z',
      '2026-11-30T16:00:00Z',
      '2026-11-30T16:30:00Z',
    ]);
  });
});
