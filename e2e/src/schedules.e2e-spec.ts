import { WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHubClient } from '@zactonics/schema';
import {
  errorCodeOf,
  expectEventually,
  startSecondHub,
  startTestHub,
  TEST_API_KEY,
  type TestHub,
} from './harness.js';
import { graphql } from './gql/console/index.js';
import { runningUrl, spawnHubProcess } from './hub-process.js';

// Schedules through the API of a real hub whose loop runs (HUB_AUTOMATION=on), on a clock that
// moves in real time from a chosen instant: a schedule saved two seconds before its tick fires
// by itself. On PostgreSQL, a second hub on the same database races the first for one tick.

graphql(`
  fragment ScheduleFields on Schedule {
    id
    scenarioKey
    scenarioTitle
    agentKey
    cron
    timeZone
    enabled
    missedTickPolicy
    input
    description
    nextFireTimes(count: 3)
    lastTickAt
    lastRunId
  }
`);

const SCHEDULES = graphql(`
  query Schedules {
    schedules {
      ...ScheduleFields
    }
  }
`);

const SAVE_SCHEDULE = graphql(`
  mutation SaveSchedule($input: ScheduleInput!) {
    saveSchedule(input: $input) {
      ...ScheduleFields
    }
  }
`);

const DELETE_SCHEDULE = graphql(`
  mutation DeleteSchedule($id: ID!) {
    deleteSchedule(id: $id)
  }
`);

const SCHEDULE_PREVIEW = graphql(`
  query SchedulePreview($cron: String!, $timeZone: String) {
    schedulePreview(cron: $cron, timeZone: $timeZone) {
      description
      nextFireTimes
    }
  }
`);

const SCHEDULED_RUN = graphql(`
  query ScheduledRun($id: ID!) {
    run(id: $id) {
      id
      trigger
      triggerDetail
      triggerSummary
      input
      scenario {
        key
      }
      steps {
        kind
        title
        detail
        data
      }
    }
  }
`);

const SCHEDULED_RUNS = graphql(`
  query ScheduledRuns {
    runs(first: 50) {
      items {
        id
        trigger
        triggerDetail
      }
    }
  }
`);

/** The hubs' clock: real time from an instant the test sets (both hubs share one). */
class ShiftedClock {
  private offsetMs = 0;
  constructor(start: string) {
    this.set(start);
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  set(iso: string): void {
    this.offsetMs = Date.parse(iso) - Date.now();
  }
}

// A Tuesday, 03:00 in Chicago: no demo schedule ticks before 04:00.
const clock = new ShiftedClock('2026-12-08T09:00:00.000Z');

let t: TestHub;
let otherWorkspaceKey: string;
let viewerKey: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_AUTOMATION: 'on' }, { clock });
  const { manager } = t.hub.database.dataSource;
  const other = await manager.save(
    manager.create(WorkspaceEntity, { slug: 'other-shop', name: 'Other Shop' }),
  );
  otherWorkspaceKey = await t.hub.services.apiKeys.create(other.id, 'other');
  // A key that may only read (no `*` or `admin` scope): it acts as a VIEWER.
  viewerKey = await t.hub.services.apiKeys.create(t.hub.demoWorkspaceId, 'read-only');
  await t.query(`UPDATE api_key SET scopes = '{read}' WHERE display_prefix = $1`, [
    viewerKey.slice(0, 12),
  ]);
});

afterAll(() => t?.close());

async function runsOfSchedule(scheduleId: string) {
  return t.query<{ id: string; tick: string }>(
    `SELECT id, trigger_detail->>'tick' AS tick FROM run
      WHERE trigger = 'SCHEDULE' AND trigger_detail->>'scheduleId' = $1`,
    [scheduleId],
  );
}

describe('schedules through the API', () => {
  it("lists the demo shop's schedules in its time zone, with their next fire times", async () => {
    const { schedules } = await t.client.request(SCHEDULES);
    expect(schedules).toHaveLength(6);
    expect(schedules.find((s) => s.scenarioKey === 'cash-flow-report')).toMatchObject({
      agentKey: 'finance',
      cron: '0 7 * * 1',
      timeZone: 'America/Chicago',
      description: 'At 07:00, only on Monday',
      missedTickPolicy: 'RUN_ONCE',
      nextFireTimes: [
        '2026-12-14T13:00:00.000Z',
        '2026-12-21T13:00:00.000Z',
        '2026-12-28T13:00:00.000Z',
      ],
    });
  });

  it('previews a cron expression in words with its next five fire times', async () => {
    const { schedulePreview } = await t.client.request(SCHEDULE_PREVIEW, {
      cron: '0 9 * * 1-5',
      timeZone: 'America/New_York',
    });
    expect(schedulePreview).toEqual({
      description: 'At 09:00, Monday through Friday',
      nextFireTimes: [
        '2026-12-08T14:00:00.000Z',
        '2026-12-09T14:00:00.000Z',
        '2026-12-10T14:00:00.000Z',
        '2026-12-11T14:00:00.000Z',
        '2026-12-14T14:00:00.000Z',
      ],
    });
  });

  it('refuses a bad cron, a viewer, and another workspace', async () => {
    const save = (client = t.client, cron = '0 6 2 * *') =>
      client.request(SAVE_SCHEDULE, { input: { scenarioKey: 'monthly-pnl', cron } });
    expect(await errorCodeOf(save(t.client, '0 6 32 * *'))).toBe('INVALID_CRON');
    expect(await errorCodeOf(save(t.newClient(viewerKey)))).toBe('FORBIDDEN');
    // A viewer still reads them.
    expect((await t.newClient(viewerKey).request(SCHEDULES)).schedules).toHaveLength(6);

    const other = t.newClient(otherWorkspaceKey);
    expect((await other.request(SCHEDULES)).schedules).toEqual([]);
    const { schedules } = await t.client.request(SCHEDULES);
    const demoId = schedules[0]?.id ?? '';
    expect(await errorCodeOf(other.request(DELETE_SCHEDULE, { id: demoId }))).toBe(
      'SCHEDULE_NOT_FOUND',
    );
    expect((await t.client.request(SCHEDULES)).schedules).toHaveLength(6);
  });
});

describe('a schedule in a running hub', () => {
  it('fires at its tick by itself: one SCHEDULE run whose TRIGGER step names the schedule', async () => {
    clock.set('2026-12-08T09:14:58.000Z');
    const { saveSchedule } = await t.client.request(SAVE_SCHEDULE, {
      input: { scenarioKey: 'late-invoice-detection', cron: '15 3 * * *' },
    });
    expect(saveSchedule).toMatchObject({
      description: 'At 03:15',
      timeZone: 'America/Chicago',
      nextFireTimes: [
        '2026-12-08T09:15:00.000Z',
        '2026-12-09T09:15:00.000Z',
        '2026-12-10T09:15:00.000Z',
      ],
      lastRunId: null,
    });

    let runId = '';
    await expectEventually(async () => {
      const { schedules } = await t.client.request(SCHEDULES);
      const fired = schedules.find((s) => s.id === saveSchedule.id);
      expect(fired?.lastTickAt).toBe('2026-12-08T09:15:00.000Z');
      runId = fired?.lastRunId ?? '';
    }, 15_000);

    const { run } = await t.client.request(SCHEDULED_RUN, { id: runId });
    expect(run).toMatchObject({
      trigger: 'SCHEDULE',
      triggerDetail: {
        scheduleId: saveSchedule.id,
        tick: '2026-12-08T09:15:00.000Z',
        description: 'At 03:15',
      },
      input: { asOf: '2026-12-08' },
      scenario: { key: 'late-invoice-detection' },
    });
    expect(run?.steps[0]).toMatchObject({
      kind: 'TRIGGER',
      detail: 'Scheduled: At 03:15 (tick 2026-12-08T09:15:00.000Z)',
      data: { trigger: 'SCHEDULE', scheduleId: saveSchedule.id, actor: 'system:scheduler' },
    });
    expect(await runsOfSchedule(saveSchedule.id)).toHaveLength(1);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two hubs on one PostgreSQL database', () => {
  it('start exactly one run for a tick both see due', async () => {
    const second = await startSecondHub(t, { HUB_AUTOMATION: 'on' }, { clock });
    try {
      clock.set('2026-12-08T09:29:57.000Z');
      const { saveSchedule } = await t.client.request(SAVE_SCHEDULE, {
        input: { scenarioKey: 'cash-flow-report', cron: '30 3 * * *' },
      });
      // The save woke the first hub's loop; the second's would look again within 30 s. Woken
      // too, both loops sleep until the same tick and race for it.
      second.hub.services.scheduleRunner.wake();

      await expectEventually(async () => {
        const { schedules } = await second.client.request(SCHEDULES);
        expect(schedules.find((s) => s.id === saveSchedule.id)?.lastTickAt).toBe(
          '2026-12-08T09:30:00.000Z',
        );
      }, 15_000);
      // Both hubs pass over it again at once: nothing more starts.
      await Promise.all([
        t.hub.services.scheduleRunner.tick(),
        second.hub.services.scheduleRunner.tick(),
      ]);

      const runs = await runsOfSchedule(saveSchedule.id);
      expect(runs).toEqual([{ id: expect.any(String), tick: '2026-12-08T09:30:00.000Z' }]);
      const { run } = await second.client.request(SCHEDULED_RUN, { id: runs[0]?.id ?? '' });
      expect(run?.steps[0]).toMatchObject({
        kind: 'TRIGGER',
        detail: 'Scheduled: At 03:30 (tick 2026-12-08T09:30:00.000Z)',
        data: { trigger: 'SCHEDULE', scheduleId: saveSchedule.id },
      });
    } finally {
      await second.stop();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two hub processes on one PostgreSQL database', () => {
  it('start exactly one run for the tick both find due as they start', async () => {
    // A fresh database, migrated and seeded by a hub without automation that then stops; one
    // schedule is made due at the current minute (real time: the processes use the system clock).
    const seeded = await startTestHub();
    await seeded.query(
      `UPDATE schedule s SET cron = '* * * * *', next_tick_at = date_trunc('minute', now())
         FROM scenario c WHERE c.id = s.scenario_id AND c.key = 'late-invoice-detection'`,
    );
    // (TypeORM answers an UPDATE's RETURNING with [rows, count]: read it back instead.)
    const [due] = await seeded.query<{ tick: string }>(
      `SELECT to_char(next_tick_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"') AS tick
         FROM schedule WHERE cron = '* * * * *'`,
    );
    const tick = due?.tick ?? '';
    expect(tick).toMatch(/:00\.000Z$/);
    await seeded.client.close();
    await seeded.hub.stop();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: seeded.database.options.databaseUrl,
      HUB_DATA_DIR: seeded.database.options.dataDir,
      HUB_BOOTSTRAP_API_KEY: TEST_API_KEY,
      HUB_AUTOMATION: 'on',
      // Booting two processes on a busy machine may take a while: the tick is still on time.
      HUB_SCHEDULE_GRACE_SECONDS: '600',
    };
    const processes = [spawnHubProcess(env), spawnHubProcess(env)];
    try {
      const [url] = await Promise.all(processes.map(runningUrl));
      const client = createHubClient({
        url: `${url}/graphql`,
        apiKey: TEST_API_KEY,
        webSocketImpl: WebSocket,
        ws: { retryAttempts: 0 },
      });

      await expectEventually(async () => {
        const { runs } = await client.request(SCHEDULED_RUNS);
        // Every minute ticks again while the test runs: each tick, this one too, has one run.
        const ticks = runs.items
          .filter((run) => run.trigger === 'SCHEDULE')
          .map((run) => String(run.triggerDetail['tick']));
        expect(ticks).toContain(tick);
        expect(new Set(ticks).size).toBe(ticks.length);
      }, 30_000);
      await client.close();
    } finally {
      for (const hub of processes) hub.child.kill('SIGTERM');
      await Promise.all(processes.map((hub) => hub.exit));
      await seeded.database.drop();
    }
  });
});

describe('a hub restarted after missing ticks', () => {
  it('runs a RUN_ONCE schedule once, late, for the latest missed tick, and a SKIP schedule not at all', async () => {
    clock.set('2026-12-08T12:00:30.000Z');
    const save = async (scenarioKey: string, missedTickPolicy: 'RUN_ONCE' | 'SKIP') =>
      (
        await t.client.request(SAVE_SCHEDULE, {
          input: { scenarioKey, cron: '0 * * * *', missedTickPolicy },
        })
      ).saveSchedule;
    const runOnce = await save('deduction-tracking', 'RUN_ONCE');
    const skip = await save('compliance-monitoring', 'SKIP');

    // Down from 12:00:30 to 15:20: the 13:00, 14:00 and 15:00 ticks pass with no hub running.
    await t.restart(() => clock.set('2026-12-08T15:20:00.000Z'));

    await expectEventually(async () => {
      expect(await runsOfSchedule(runOnce.id)).toEqual([
        { id: expect.any(String), tick: '2026-12-08T15:00:00.000Z' },
      ]);
    }, 15_000);
    // The pass launches the late run, then advances each schedule and audits its missed ticks
    // in a transaction of its own: wait for both schedules' passes to have ended.
    await expectEventually(async () => {
      const audited = await t.query<{ target_id: string }>(
        `SELECT target_id FROM audit_event
          WHERE action = 'schedule.ticks_missed' AND target_id IN ($1, $2)`,
        [runOnce.id, skip.id],
      );
      expect(audited).toHaveLength(2);
    }, 15_000);
    const [late] = await runsOfSchedule(runOnce.id);
    const { run } = await t.client.request(SCHEDULED_RUN, { id: late?.id ?? '' });
    expect(run?.triggerSummary).toBe('Schedule: Every hour (a missed tick, run late)');
    expect(run?.input).toEqual({ taxYear: 2026 });
    const { schedules } = await t.client.request(SCHEDULES);
    for (const id of [runOnce.id, skip.id]) {
      expect(schedules.find((s) => s.id === id)?.nextFireTimes[0]).toBe('2026-12-08T16:00:00.000Z');
    }
    expect(await runsOfSchedule(skip.id)).toEqual([]);
    const missed = await t.query<{ target_id: string; data: Record<string, unknown> }>(
      `SELECT target_id, data FROM audit_event
        WHERE action = 'schedule.ticks_missed' AND target_id IN ($1, $2)`,
      [runOnce.id, skip.id],
    );
    expect(Object.fromEntries(missed.map((m) => [m.target_id, m.data]))).toEqual({
      [runOnce.id]: expect.objectContaining({
        policy: 'RUN_ONCE',
        missed: 3,
        skipped: 2,
        latestMissedTick: '2026-12-08T15:00:00.000Z',
        lateRunId: late?.id,
      }),
      [skip.id]: expect.objectContaining({
        policy: 'SKIP',
        missed: 3,
        skipped: 3,
        lateRunId: null,
      }),
    });
  });
});
