import { describe, expect, it } from 'vitest';
import { UnknownTimeZone } from '../../scheduling/time-zone.js';
import { bestPostingSlots, nextFreeSlot, nextSlots, type EngagementStat } from './posting-times.js';

const CHICAGO = 'America/Chicago';

describe('bestPostingSlots', () => {
  const stats: EngagementStat[] = [
    { weekday: 2, hour: 10, posts: 40, engagementRate: 0.05 },
    { weekday: 4, hour: 19, posts: 2, engagementRate: 0.09 }, // lucky: two posts
    { weekday: 3, hour: 12, posts: 20, engagementRate: 0.045 },
    { weekday: 6, hour: 9, posts: 30, engagementRate: 0.02 },
    { weekday: 1, hour: 8, posts: 0, engagementRate: 0.5 }, // no evidence at all
  ];

  it('ranks by the rate shrunk toward the platform mean, so two lucky posts do not win', () => {
    // Mean over 92 posts: (2 + .18 + .9 + .6) / 92 = 0.04.
    // Tue 10: (40*.05 + 10*.04) / 50 = 0.048; Thu 19: (2*.09 + .4) / 12 = 0.0483;
    // Wed 12: (.9 + .4) / 30 = 0.0433; Sat 9: (.6 + .4) / 40 = 0.025.
    expect(bestPostingSlots(stats, 3)).toEqual([
      { weekday: 4, hour: 19, posts: 2, engagementRate: 0.09, score: 0.0483, platformMean: 0.04 },
      { weekday: 2, hour: 10, posts: 40, engagementRate: 0.05, score: 0.048, platformMean: 0.04 },
      { weekday: 3, hour: 12, posts: 20, engagementRate: 0.045, score: 0.0433, platformMean: 0.04 },
    ]);
  });

  it('lets a well-sampled hour beat a thinly sampled one with a higher raw rate', () => {
    const slots = bestPostingSlots(
      [
        { weekday: 2, hour: 10, posts: 60, engagementRate: 0.06 },
        { weekday: 5, hour: 20, posts: 1, engagementRate: 0.2 },
        { weekday: 6, hour: 9, posts: 60, engagementRate: 0.02 },
      ],
      2,
    );
    expect(slots.map((s) => [s.weekday, s.hour])).toEqual([
      [2, 10],
      [5, 20],
    ]);
  });

  it('leaves out hours without posts and gives nothing for no stats', () => {
    expect(bestPostingSlots(stats, 10).some((s) => s.posts === 0)).toBe(false);
    expect(bestPostingSlots([], 3)).toEqual([]);
  });
});

describe('nextSlots', () => {
  it('gives the next local times in the shop zone, earliest first, after now', () => {
    // Wednesday 2026-06-10 15:00 in Chicago (CDT, UTC-5).
    const now = new Date('2026-06-10T20:00:00Z');
    const upcoming = nextSlots(
      now,
      CHICAGO,
      [
        { weekday: 2, hour: 10 },
        { weekday: 3, hour: 15 }, // exactly now: not upcoming
        { weekday: 3, hour: 16 },
      ],
      4,
    );
    expect(upcoming.map((u) => u.local)).toEqual([
      '2026-06-10T16:00:00.000-05:00',
      '2026-06-16T10:00:00.000-05:00',
      '2026-06-17T15:00:00.000-05:00',
      '2026-06-17T16:00:00.000-05:00',
    ]);
    expect(upcoming[0]?.at.toISOString()).toBe('2026-06-10T21:00:00.000Z');
  });

  it('keeps the local hour across the spring-forward change in America/Chicago', () => {
    // Saturday 2026-03-07 12:00 CST; clocks go forward at 2 am on Sunday 2026-03-08.
    const now = new Date('2026-03-07T18:00:00Z');
    const upcoming = nextSlots(now, CHICAGO, [{ weekday: 7, hour: 10 }], 2);
    expect(upcoming.map((u) => u.local)).toEqual([
      '2026-03-08T10:00:00.000-05:00',
      '2026-03-15T10:00:00.000-05:00',
    ]);
    // Ten in the morning either side of the change: 16:00 UTC the day before would be CST.
    expect(upcoming[0]?.at.toISOString()).toBe('2026-03-08T15:00:00.000Z');
    const before = nextSlots(
      new Date('2026-02-28T18:00:00Z'),
      CHICAGO,
      [{ weekday: 7, hour: 10 }],
      1,
    );
    expect(before[0]?.at.toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('moves an hour that does not exist (2 am on the spring-forward day) to 3 am', () => {
    const upcoming = nextSlots(
      new Date('2026-03-07T18:00:00Z'),
      CHICAGO,
      [{ weekday: 7, hour: 2 }],
      2,
    );
    expect(upcoming.map((u) => u.local)).toEqual([
      '2026-03-08T03:00:00.000-05:00',
      '2026-03-15T02:00:00.000-05:00',
    ]);
  });

  it('resolves the repeated hour on the fall-back day to its second (standard time) occurrence', () => {
    const upcoming = nextSlots(
      new Date('2026-10-31T18:00:00Z'),
      CHICAGO,
      [{ weekday: 7, hour: 1 }],
      1,
    );
    expect(upcoming[0]?.local).toBe('2026-11-01T01:00:00.000-06:00');
    expect(upcoming[0]?.at.toISOString()).toBe('2026-11-01T07:00:00.000Z');
  });

  it('gives one time for two slots that resolve to the same instant', () => {
    const upcoming = nextSlots(
      new Date('2026-03-07T18:00:00Z'),
      CHICAGO,
      [
        { weekday: 7, hour: 2 },
        { weekday: 7, hour: 3 },
      ],
      3,
    );
    expect(upcoming.map((u) => u.local)).toEqual([
      '2026-03-08T03:00:00.000-05:00',
      '2026-03-15T02:00:00.000-05:00',
      '2026-03-15T03:00:00.000-05:00',
    ]);
  });

  it('refuses a zone that is not IANA and gives nothing without slots', () => {
    expect(() => nextSlots(new Date(), 'CST', [{ weekday: 1, hour: 9 }], 1)).toThrow(
      UnknownTimeZone,
    );
    expect(nextSlots(new Date(), CHICAGO, [], 3)).toEqual([]);
  });
});

describe('nextFreeSlot', () => {
  it('skips the hours other posts already hold', () => {
    const now = new Date('2026-06-10T20:00:00Z');
    const slots = [{ weekday: 4, hour: 9 }];
    const taken = [new Date('2026-06-11T14:30:00Z')]; // Thursday 9:30 CDT: that hour is held
    expect(nextFreeSlot(now, CHICAGO, slots, taken)?.local).toBe('2026-06-18T09:00:00.000-05:00');
    expect(nextFreeSlot(now, CHICAGO, slots, [])?.local).toBe('2026-06-11T09:00:00.000-05:00');
  });

  it('gives null when every slot in the horizon is taken', () => {
    const now = new Date('2026-06-10T20:00:00Z');
    const slots = [{ weekday: 4, hour: 9 }];
    const taken = nextSlots(now, CHICAGO, slots, 2).map((u) => u.at);
    expect(nextFreeSlot(now, CHICAGO, slots, taken, 2)).toBeNull();
  });
});
