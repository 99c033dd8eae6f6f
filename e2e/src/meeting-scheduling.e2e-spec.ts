import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import {
  errorCodeOf,
  finishedRun,
  refusalOf,
  SCRIPTED_MODEL_ENV,
  startHubWithFakeModel,
  startTestHub,
  type TestHub,
} from './harness.js';
import { graphql } from './gql/console/index.js';
import { START_RUN } from './operations.js';

// Thu 26 Nov 2026, 10:00 in New York. The demo team is seeded busy for the next hours (see
// db/src/seed/demo-team.ts), so the first free slot is 13:00 in New York, with Jordan.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const clock = { now: () => NOW };
const PRIYA = 'priya@brightdesk.example';

const MEETING_RUN = graphql(`
  query MeetingRun($id: ID!) {
    run(id: $id) {
      id
      status
      error
      errorCode
      output
      steps {
        kind
        data
      }
      childRuns {
        status
        agent {
          key
        }
        output
      }
    }
  }
`);

const BOOKINGS = graphql(`
  query Bookings($first: Int, $offset: Int) {
    bookings(first: $first, offset: $offset) {
      id
      status
      startsAt
      endsAt
      timeZone
      localStart
      leadEmail
      videoUrl
      ics
      member {
        name
        email
        timeZone
      }
    }
  }
`);

/**
 * `Run.output` is a JSON scalar: this narrowing is what the meeting-scheduling scenario writes, not
 * a contract shape.
 */
interface MeetingOutput {
  text: string;
  data: {
    paymentCheck: { verdict: string };
    booking: Record<string, unknown> & { id: string; videoUrl: string };
    ics: string;
  };
}

async function startMeeting(t: TestHub, input: Record<string, unknown>): Promise<string> {
  const { startRun } = await t.client.request(START_RUN, {
    input: { agentKey: 'sales', scenarioKey: 'meeting-scheduling', input },
  });
  return startRun.id;
}

const countOf = async (t: TestHub, table: 'run' | 'booking') =>
  (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

describe('meeting scheduling (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({}, { clock });
  });
  afterAll(() => t.close());

  it('books the first free slot for Priya in her zone, with the .ics, after a GOOD payment check', async () => {
    const id = await startMeeting(t, {
      leadEmail: PRIYA,
      timeZone: 'America/New_York',
      durationMinutes: 30,
    });

    const run = await finishedRun(t.client, MEETING_RUN, id);

    expect(run).toMatchObject({ status: 'SUCCEEDED', errorCode: null });
    expect(run.childRuns).toMatchObject([
      {
        status: 'SUCCEEDED',
        agent: { key: 'finance' },
        output: { data: { paymentHistory: { verdict: 'GOOD' } } },
      },
    ]);
    expect(run.steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => s.data.tool)).toEqual([
      'ask_agent',
      'find_free_slots',
      'book_meeting',
    ]);
    const output = run.output as MeetingOutput | null;
    if (!output) throw new Error('the run has no output');
    expect(output.text).toMatch(
      /^Booked: Thu 26 Nov, 13:00 \(America\/New_York\) with Jordan Ellis, link https:\/\/meet\.jit\.si\/juniper-lane-[0-9a-f]{20}; invite attached\.$/,
    );
    expect(output.data.paymentCheck).toMatchObject({ verdict: 'GOOD' });
    expect(output.data.booking).toMatchObject({
      status: 'CONFIRMED',
      startsAt: '2026-11-26T18:00:00.000Z',
      endsAt: '2026-11-26T18:30:00.000Z',
      timeZone: 'America/New_York',
      localStart: '2026-11-26T13:00:00-05:00',
      leadEmail: PRIYA,
      member: { name: 'Jordan Ellis', email: 'jordan@juniperlanegoods.example' },
    });
    expect(output.text).toContain(output.data.booking.videoUrl);
    const ics = output.data.ics;
    expect(ics).toContain(`UID:${output.data.booking.id}@zactonics-hub\r\n`);
    expect(ics).toContain('DTSTART:20261126T180000Z\r\nDTEND:20261126T183000Z\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain(
      `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${PRIYA}\r\n`,
    );
    expect(ics.replace(/\r\n /g, '')).toContain(output.data.booking.videoUrl);

    const { bookings } = await t.client.request(BOOKINGS, {});
    expect(bookings).toEqual([
      {
        id: output.data.booking.id,
        status: 'CONFIRMED',
        startsAt: '2026-11-26T18:00:00.000Z',
        endsAt: '2026-11-26T18:30:00.000Z',
        timeZone: 'America/New_York',
        localStart: '2026-11-26T13:00:00-05:00',
        leadEmail: PRIYA,
        videoUrl: output.data.booking.videoUrl,
        ics,
        member: {
          name: 'Jordan Ellis',
          email: 'jordan@juniperlanegoods.example',
          timeZone: 'America/New_York',
        },
      },
    ]);
    expect(
      await t.query('SELECT run_id FROM booking WHERE id = $1', [output.data.booking.id]),
    ).toEqual([{ run_id: id }]);
  });

  it('gives concurrent runs distinct slots: no double booking', async () => {
    const leads = ['a', 'b', 'c', 'd'].map((x) => `lead-${x}@example.com`);
    const ids = await Promise.all(
      leads.map((leadEmail) =>
        startMeeting(t, { leadEmail, timeZone: 'America/New_York', durationMinutes: 30 }),
      ),
    );

    const runs = await Promise.all(ids.map((id) => finishedRun(t.client, MEETING_RUN, id)));

    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    const rows = await t.query<{ member: string; starts_at: Date }>(
      `SELECT m.name AS member, b.starts_at FROM booking b JOIN team_member m ON m.id = b.member_id
        WHERE b.status = 'CONFIRMED' ORDER BY b.starts_at, m.name`,
    );
    // Priya has 18:00Z with Jordan; Sam is free from 19:00Z, so 19:00Z goes twice, once each.
    expect(rows.map((r) => [new Date(r.starts_at).toISOString(), r.member])).toEqual([
      ['2026-11-26T18:00:00.000Z', 'Jordan Ellis'],
      ['2026-11-26T18:30:00.000Z', 'Jordan Ellis'],
      ['2026-11-26T19:00:00.000Z', 'Jordan Ellis'],
      ['2026-11-26T19:00:00.000Z', 'Sam Okafor'],
      ['2026-11-26T19:30:00.000Z', 'Jordan Ellis'],
    ]);
  });

  it('refuses a time zone that does not exist before anything is written', async () => {
    const runs = await countOf(t, 'run');
    const bookings = await countOf(t, 'booking');
    const request = t.client.request(START_RUN, {
      input: {
        agentKey: 'sales',
        scenarioKey: 'meeting-scheduling',
        input: { leadEmail: PRIYA, timeZone: 'Mars/Olympus_Mons', durationMinutes: 30 },
      },
    });

    const error = await refusalOf(request);
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'Invalid input for "meeting-scheduling": timeZone: not a known IANA time zone; use a name like "America/New_York"',
    );
    expect(await countOf(t, 'run')).toBe(runs);
    expect(await countOf(t, 'booking')).toBe(bookings);
  });

  it('pages bookings and refuses a page size out of range', async () => {
    const { bookings } = await t.client.request(BOOKINGS, {
      first: 2,
      offset: 4,
    });
    expect(bookings).toHaveLength(1);
    expect(await errorCodeOf(t.client.request(BOOKINGS, { first: 1000 }))).toBe('INVALID_INPUT');
  });
});

describe('meeting scheduling driven by Claude (fake Messages API)', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel(SCRIPTED_MODEL_ENV));
  });
  afterEach(() => fake.reset());
  afterAll(() => t.close());

  it('fails the run with TIME_ZONE_UNKNOWN when the model asks for a zone that does not exist, booking nothing', async () => {
    fake.script(
      toolUse([
        {
          id: 'toolu_slots_1',
          name: 'find_free_slots',
          input: { leadEmail: PRIYA, timeZone: 'America/Atlantis', durationMinutes: 30 },
        },
      ]),
    );

    const id = await startMeeting(t, {
      leadEmail: PRIYA,
      timeZone: 'America/New_York',
      durationMinutes: 30,
    });
    const run = await finishedRun(t.client, MEETING_RUN, id);

    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'TIME_ZONE_UNKNOWN' });
    expect(run.error).toBe(
      '"America/Atlantis" is not a known IANA time zone; use a name like "America/New_York" or "Europe/London".',
    );
    expect(await countOf(t, 'booking')).toBe(0);
  });
});
