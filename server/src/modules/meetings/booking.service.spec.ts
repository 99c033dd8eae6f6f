import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolContext } from '../../runtime/tool-registry.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { BookingService, BookingView } from './booking.service.js';
import { SchedulingError } from './scheduling-error.js';

// Thu 26 Nov 2026, 10:00 in New York. The demo team's busy blocks are seeded relative to it:
// Jordan (New York) until 18:00Z, Sam (Chicago) until 19:00Z, Olivia (London) until 17:00Z,
// which is also the end of her day.
const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let bookings: BookingService;
let workspaceId: string;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:booking-spec' });
  bookings = fixture.services.bookings;
  workspaceId = fixture.ctx.workspaceId;
  const [run] = (await fixture.db.dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status)
     SELECT workspace_id, id, 'RUNNING' FROM agent WHERE workspace_id = $1 AND key = 'sales'
     RETURNING id`,
    [workspaceId],
  )) as Array<{ id: string }>;
  salesRunId = run?.id ?? '';
});

afterAll(() => fixture?.close());

async function memberId(email: string): Promise<string> {
  const member = await bookings.memberByEmail(workspaceId, email);
  if (!member) throw new Error(`no member ${email}`);
  return member.id;
}

async function refusal(work: Promise<unknown>): Promise<SchedulingError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SchedulingError);
  return error as SchedulingError;
}

async function bookingRows(): Promise<number> {
  const [row] = (await fixture.db.dataSource.query(
    'SELECT count(*)::int AS n FROM booking WHERE workspace_id = $1',
    [workspaceId],
  )) as Array<{ n: number }>;
  return row?.n ?? -1;
}

let salesRunId: string;
/** The booking records the run that made it, so the tools run as a real (sales) run. */
const toolCtx = (): ToolContext => ({
  workspaceId,
  runId: salesRunId,
  agentKey: 'sales',
  now: NOW,
});

describe('free slots on the demo team', () => {
  it('offers 13:00 in New York with Jordan first: everyone is busy until then', async () => {
    const slots = await bookings.findSlots(workspaceId, {
      now: NOW,
      leadTimeZone: 'America/New_York',
      durationMinutes: 30,
      limit: 3,
    });

    expect(slots.map((s) => [s.start.toISOString(), s.member.name, s.freeMembers])).toEqual([
      ['2026-11-26T18:00:00.000Z', 'Jordan Ellis', 1], // Sam busy until 19:00Z
      ['2026-11-26T18:30:00.000Z', 'Jordan Ellis', 1],
      ['2026-11-26T19:00:00.000Z', 'Jordan Ellis', 2],
    ]);
  });

  it('refuses an unknown time zone with TIME_ZONE_UNKNOWN', async () => {
    const error = await refusal(
      bookings.findSlots(workspaceId, {
        now: NOW,
        leadTimeZone: 'Mars/Olympus_Mons',
        durationMinutes: 30,
      }),
    );
    expect(error.errorCode).toBe('TIME_ZONE_UNKNOWN');
    expect(error.message).toContain('"Mars/Olympus_Mons" is not a known IANA time zone');
  });
});

describe('booking', () => {
  it("books a free slot with its video link and invite, in the lead's local time", async () => {
    const booking = await bookings.book(workspaceId, {
      now: NOW,
      memberId: await memberId('jordan@juniperlanegoods.example'),
      start: new Date('2026-11-30T15:00:00Z'),
      durationMinutes: 30,
      leadEmail: 'Lee@Example.com',
      leadName: 'Lee Park',
      leadTimeZone: 'Europe/London',
    });

    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      startsAt: '2026-11-30T15:00:00.000Z',
      endsAt: '2026-11-30T15:30:00.000Z',
      timeZone: 'Europe/London',
      localStart: '2026-11-30T15:00:00+00:00',
      localLabel: 'Mon 30 Nov, 15:00',
      member: { name: 'Jordan Ellis', timeZone: 'America/New_York' },
      leadEmail: 'lee@example.com',
      leadName: 'Lee Park',
    });
    expect(booking.videoUrl).toMatch(/^https:\/\/meet\.jit\.si\/juniper-lane-[0-9a-f]{20}$/);
    expect(booking.ics).toContain(`UID:${booking.id}@zactonics-hub\r\n`);
    expect(booking.ics).toContain('DTSTART:20261130T150000Z\r\n');
    expect(booking.ics).toContain('DTSTAMP:20261126T150000Z\r\n');
  });

  it('refuses the same slot again with SLOT_TAKEN, and a slot overlapping it too', async () => {
    const jordan = await memberId('jordan@juniperlanegoods.example');
    const before = await bookingRows();
    const again = (start: string) =>
      bookings.book(workspaceId, {
        now: NOW,
        memberId: jordan,
        start: new Date(start),
        durationMinutes: 60,
        leadEmail: 'someone@example.com',
        leadTimeZone: 'America/New_York',
      });

    expect((await refusal(again('2026-11-30T15:00:00Z'))).errorCode).toBe('SLOT_TAKEN');
    expect((await refusal(again('2026-11-30T14:30:00Z'))).errorCode).toBe('SLOT_TAKEN');
    expect(await bookingRows()).toBe(before);
  });

  it("refuses a slot inside a member's busy block with SLOT_TAKEN", async () => {
    const error = await refusal(
      bookings.book(workspaceId, {
        now: NOW,
        memberId: await memberId('jordan@juniperlanegoods.example'),
        start: new Date('2026-11-27T15:00:00Z'), // the seeded pipeline review, 15:00-17:00Z
        durationMinutes: 30,
        leadEmail: 'someone@example.com',
        leadTimeZone: 'America/New_York',
      }),
    );
    expect(error.errorCode).toBe('SLOT_TAKEN');
    expect(error.message).toBe(
      'The slot at 2026-11-27T15:00:00.000Z is already taken for Jordan Ellis; find the free slots again and pick another.',
    );
  });

  it("refuses a time outside the member's hours with NO_FREE_SLOT and writes nothing", async () => {
    const before = await bookingRows();
    const error = await refusal(
      bookings.book(workspaceId, {
        now: NOW,
        memberId: await memberId('olivia@juniperlanegoods.example'),
        start: new Date('2026-11-30T18:00:00Z'), // 18:00 in London, after her day
        durationMinutes: 30,
        leadEmail: 'someone@example.com',
        leadTimeZone: 'America/New_York',
      }),
    );
    expect(error.errorCode).toBe('NO_FREE_SLOT');
    expect(await bookingRows()).toBe(before);
  });

  it('refuses an unknown time zone with TIME_ZONE_UNKNOWN and writes nothing', async () => {
    const before = await bookingRows();
    const error = await refusal(
      bookings.book(workspaceId, {
        now: NOW,
        memberId: await memberId('sam@juniperlanegoods.example'),
        start: new Date('2026-11-30T16:00:00Z'),
        durationMinutes: 30,
        leadEmail: 'someone@example.com',
        leadTimeZone: 'America/Atlantis',
      }),
    );
    expect(error.errorCode).toBe('TIME_ZONE_UNKNOWN');
    expect(await bookingRows()).toBe(before);
  });

  it('books one of five concurrent requests for the same slot; the four others get SLOT_TAKEN', async () => {
    const sam = await memberId('sam@juniperlanegoods.example');
    const before = await bookingRows();

    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        bookings.book(workspaceId, {
          now: NOW,
          memberId: sam,
          start: new Date('2026-12-01T16:00:00Z'),
          durationMinutes: 30,
          leadEmail: `racer${i}@example.com`,
          leadTimeZone: 'America/Chicago',
        }),
      ),
    );

    const booked = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [(o.reason as SchedulingError).errorCode] : [],
    );
    expect(booked).toHaveLength(1);
    expect(refused).toEqual(['SLOT_TAKEN', 'SLOT_TAKEN', 'SLOT_TAKEN', 'SLOT_TAKEN']);
    expect(await bookingRows()).toBe(before + 1);
    const rows = (await fixture.db.dataSource.query(
      `SELECT count(*)::int AS n FROM booking WHERE member_id = $1 AND starts_at = $2 AND status = 'CONFIRMED'`,
      [sam, new Date('2026-12-01T16:00:00Z')],
    )) as Array<{ n: number }>;
    expect(rows[0]?.n).toBe(1);
  });

  it('books one of five concurrent overlapping requests at different starts (the member lock, not the index)', async () => {
    const sam = await memberId('sam@juniperlanegoods.example');
    const starts = ['15:00', '15:30', '16:00', '16:30', '17:00'];

    const outcomes = await Promise.allSettled(
      starts.map((hhmm, i) =>
        bookings.book(workspaceId, {
          now: NOW,
          memberId: sam,
          start: new Date(`2026-12-02T${hhmm}:00Z`),
          durationMinutes: 150, // every pair of these overlaps
          leadEmail: `overlap${i}@example.com`,
          leadTimeZone: 'America/Chicago',
        }),
      ),
    );

    const refused = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [(o.reason as SchedulingError).errorCode] : [],
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toEqual(['SLOT_TAKEN', 'SLOT_TAKEN', 'SLOT_TAKEN', 'SLOT_TAKEN']);
  });

  it('refuses a second confirmed booking at the same start in the database itself', async () => {
    const [existing] = (await fixture.db.dataSource.query(
      `SELECT member_id, starts_at, ends_at FROM booking WHERE workspace_id = $1 LIMIT 1`,
      [workspaceId],
    )) as Array<{ member_id: string; starts_at: Date; ends_at: Date }>;
    const insert = fixture.db.dataSource.query(
      `INSERT INTO booking (workspace_id, member_id, lead_email, starts_at, ends_at, time_zone, video_url, ics)
       VALUES ($1, $2, 'x@example.com', $3, $4, 'UTC', 'https://example.com', 'BEGIN:VCALENDAR')`,
      [workspaceId, existing?.member_id, existing?.starts_at, existing?.ends_at],
    );
    const error = (await insert.then(
      () => undefined,
      (e: unknown) => e,
    )) as { driverError?: { code: string; constraint: string } };
    expect(error.driverError).toMatchObject({
      code: '23505',
      constraint: 'uq_booking_member_starts_confirmed',
    });
  });

  it('lists bookings newest first with their members', async () => {
    const list = await bookings.list(workspaceId, { first: 10, offset: 0 });
    expect(list.map((b) => b.leadEmail)).toEqual([
      expect.stringMatching(/^overlap\d@example\.com$/),
      expect.stringMatching(/^racer\d@example\.com$/),
      'lee@example.com',
    ]);
    expect(list.map((b) => b.member.name)).toEqual(['Sam Okafor', 'Sam Okafor', 'Jordan Ellis']);
    expect(await bookings.list(workspaceId, { first: 1, offset: 2 })).toMatchObject([
      { leadEmail: 'lee@example.com' },
    ]);
  });
});

describe('the meeting tools', () => {
  it("find_free_slots gives each slot in UTC and in the lead's zone, with the member", async () => {
    const outcome = await fixture.services.tools.call(toolCtx(), 'find_free_slots', {
      leadEmail: 'priya@brightdesk.example',
      timeZone: 'America/New_York',
      durationMinutes: 30,
    });

    expect(outcome.ok).toBe(true);
    const output = (outcome as { output: { slots: unknown[] } }).output;
    expect(output.slots[0]).toEqual({
      start: '2026-11-26T18:00:00.000Z',
      end: '2026-11-26T18:30:00.000Z',
      localStart: '2026-11-26T13:00:00-05:00',
      localLabel: 'Thu 26 Nov, 13:00',
      member: {
        name: 'Jordan Ellis',
        email: 'jordan@juniperlanegoods.example',
        timeZone: 'America/New_York',
      },
      freeMembers: 1,
    });
    expect(output.slots).toHaveLength(10);
  });

  it('fail with TIME_ZONE_UNKNOWN for a zone that does not exist', async () => {
    const before = await bookingRows();
    for (const tool of ['find_free_slots', 'book_meeting']) {
      const outcome = await fixture.services.tools.call(toolCtx(), tool, {
        leadEmail: 'priya@brightdesk.example',
        timeZone: 'Mars/Olympus_Mons',
        durationMinutes: 30,
      });
      expect(outcome).toMatchObject({ ok: false, errorCode: 'TIME_ZONE_UNKNOWN' });
    }
    expect(await bookingRows()).toBe(before);
  });

  it('book_meeting books the first free slot, then the next one for the next lead', async () => {
    const book = async (leadEmail: string) => {
      const outcome = await fixture.services.tools.call(toolCtx(), 'book_meeting', {
        leadEmail,
        timeZone: 'America/New_York',
        durationMinutes: 30,
      });
      expect(outcome.ok).toBe(true);
      return (outcome as { output: BookingView }).output;
    };

    const first = await book('first@example.com');
    const second = await book('second@example.com');

    expect([first.localLabel, first.member.name]).toEqual(['Thu 26 Nov, 13:00', 'Jordan Ellis']);
    expect([second.localLabel, second.member.name]).toEqual(['Thu 26 Nov, 13:30', 'Jordan Ellis']);
  });

  it('book_meeting refuses a given slot that was taken meanwhile with SLOT_TAKEN', async () => {
    const outcome = await fixture.services.tools.call(toolCtx(), 'book_meeting', {
      leadEmail: 'late@example.com',
      timeZone: 'America/New_York',
      durationMinutes: 30,
      slotStart: '2026-11-26T18:00:00Z',
      memberEmail: 'jordan@juniperlanegoods.example',
    });
    expect(outcome).toMatchObject({ ok: false, errorCode: 'SLOT_TAKEN' });
  });
});
