import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerContext, type RequestContext } from '../../../context.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { ScheduleRunner } from './schedule-runner.js';

// Schedules firing on a real, seeded database with a fake clock. The run queue never starts:
// runs stay QUEUED, and the assertions are on the rows the launcher wrote (trigger, detail,
// input, idempotency key), the schedules' rows and the audit log.

const START = new Date('2026-03-01T12:00:00.000Z'); // Sunday 06:00 in Chicago (CST)

let fixture: SeededServices;
let owner: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: START, actor: 'api_key:schedule-runner-spec' });
  owner = callerContext(fixture.ctx.workspaceId, 'user:owner-1', { role: 'OWNER' });
  // The demo's own schedules would fire too as the clock moves; these tests make their own.
  await fixture.db.dataSource.query(`DELETE FROM schedule`);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

/** Another process's runner on the same database (same clock, own instance). */
function anotherRunner(): ScheduleRunner {
  const { services } = fixture;
  return new ScheduleRunner({
    dataSource: services.dataSource,
    clock: services.clock,
    audit: services.audit,
    launcher: services.launcher,
    playbooks: services.playbooks,
    graceSeconds: 120,
  });
}

interface RunRow {
  id: string;
  trigger: string;
  trigger_detail: Record<string, unknown>;
  input: Record<string, unknown>;
  idempotency_key: string;
}

async function runsOf(scheduleId: string): Promise<RunRow[]> {
  return (await fixture.db.dataSource.query(
    `SELECT id, trigger, trigger_detail, input, idempotency_key FROM run
      WHERE trigger_detail->>'scheduleId' = $1 ORDER BY trigger_detail->>'tick', id`,
    [scheduleId],
  )) as RunRow[];
}

async function scheduleRow(id: string) {
  const [row] = (await fixture.db.dataSource.query(
    `SELECT next_tick_at, last_tick_at, last_run_id FROM schedule WHERE id = $1`,
    [id],
  )) as Array<{ next_tick_at: Date | null; last_tick_at: Date | null; last_run_id: string | null }>;
  return {
    nextTickAt: row?.next_tick_at ? new Date(row.next_tick_at).toISOString() : null,
    lastTickAt: row?.last_tick_at ? new Date(row.last_tick_at).toISOString() : null,
    lastRunId: row?.last_run_id ?? null,
  };
}

async function auditOf(scheduleId: string, action: string) {
  return (
    (await fixture.db.dataSource.query(
      `SELECT actor, data FROM audit_event WHERE target_id = $1 AND action = $2 ORDER BY created_at, id`,
      [scheduleId, action],
    )) as Array<{ actor: string; data: Record<string, unknown> }>
  ).map((row) => ({ actor: row.actor, ...row.data }));
}

const at = (iso: string) => fixture.setNow(new Date(iso));

describe('a schedule across a daylight-saving change (America/Chicago)', () => {
  it('runs Monday 07:00 local at 13:00Z before the change and 12:00Z after it', async () => {
    at('2026-03-01T12:00:00Z');
    const schedule = await fixture.services.schedules.save(owner, {
      scenarioKey: 'cash-flow-report',
      cron: '0 7 * * 1',
      timeZone: 'America/Chicago',
    });
    expect((await scheduleRow(schedule.id)).nextTickAt).toBe('2026-03-02T13:00:00.000Z');

    at('2026-03-02T12:59:59Z');
    expect((await fixture.services.scheduleRunner.tick()).schedules).toEqual([]);

    at('2026-03-02T13:00:20Z'); // 20 s late: within the grace period
    await fixture.services.scheduleRunner.tick();
    at('2026-03-09T12:00:05Z'); // the first Monday in CDT
    await fixture.services.scheduleRunner.tick();

    const runs = await runsOf(schedule.id);
    expect(runs.map((r) => [r.trigger, r.trigger_detail.tick, r.trigger_detail.late])).toEqual([
      ['SCHEDULE', '2026-03-02T13:00:00.000Z', undefined],
      ['SCHEDULE', '2026-03-09T12:00:00.000Z', undefined],
    ]);
    expect(runs[0]?.trigger_detail).toEqual({
      scheduleId: schedule.id,
      tick: '2026-03-02T13:00:00.000Z',
      description: 'At 07:00, only on Monday',
    });
    expect(runs[0]?.idempotency_key).toBe(`schedule:${schedule.id}:2026-03-02T13:00:00.000Z`);
    // The playbook's input from the tick's day: the week that ended on Sunday.
    expect(runs.map((r) => r.input)).toEqual([
      { weekEnding: '2026-03-01', historyWeeks: 13 },
      { weekEnding: '2026-03-08', historyWeeks: 13 },
    ]);
    expect(await scheduleRow(schedule.id)).toEqual({
      nextTickAt: '2026-03-16T12:00:00.000Z',
      lastTickAt: '2026-03-09T12:00:00.000Z',
      lastRunId: runs[1]?.id,
    });
  });
});

describe('exactly one run per tick', () => {
  it('when a pass runs twice, or several passes (processes) run at once', async () => {
    at('2026-03-09T14:00:00Z'); // after the day's 08:30 CDT
    const schedule = await fixture.services.schedules.save(owner, {
      scenarioKey: 'late-invoice-detection',
      cron: '30 8 * * *',
    });
    at('2026-03-10T13:30:30Z'); // 08:30:30 CDT
    const passes = await Promise.all([
      fixture.services.scheduleRunner.tick(),
      anotherRunner().tick(),
      anotherRunner().tick(),
    ]);
    await fixture.services.scheduleRunner.tick();

    const runs = await runsOf(schedule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.input).toEqual({ asOf: '2026-03-10' });
    const outcomes = passes.flatMap((p) => p.schedules).filter((o) => o.scheduleId === schedule.id);
    // Every pass that saw the tick launched it and got the same run; one moved the schedule on.
    expect(new Set(outcomes.flatMap((o) => o.launched.map((l) => l.runId)))).toEqual(
      new Set([runs[0]?.id]),
    );
    expect(outcomes.filter((o) => o.advanced)).toHaveLength(1);
    expect((await scheduleRow(schedule.id)).nextTickAt).toBe('2026-03-11T13:30:00.000Z');
  });

  it('when a process died after launching and before moving the schedule on', async () => {
    at('2026-03-11T13:30:10Z');
    const [schedule] = (await fixture.services.schedules.list(owner)).filter(
      (s) => s.scenarioKey === 'late-invoice-detection',
    );
    const tick = '2026-03-11T13:30:00.000Z';
    // What the dead process did: the launch, with the tick's key, and nothing after it.
    const orphan = await fixture.services.launcher.launch({
      workspaceId: owner.workspaceId,
      actor: 'system:scheduler',
      agent: { key: 'finance' },
      scenarioKey: 'late-invoice-detection',
      input: { asOf: '2026-03-11' },
      trigger: {
        kind: 'SCHEDULE',
        scheduleId: schedule?.id ?? '',
        tick,
        description: 'At 08:30',
      },
      idempotencyKey: `schedule:${schedule?.id}:${tick}`,
    });

    const pass = await anotherRunner().tick();

    expect(pass.schedules.find((o) => o.scheduleId === schedule?.id)?.launched).toEqual([
      { tick, runId: orphan.id, late: false },
    ]);
    expect(
      (await runsOf(schedule?.id ?? '')).filter((r) => r.trigger_detail.tick === tick),
    ).toEqual([expect.objectContaining({ id: orphan.id })]);
    expect((await scheduleRow(schedule?.id ?? '')).lastRunId).toBe(orphan.id);
  });
});

describe('missed ticks after a restart (the clock moved past three ticks)', () => {
  it('RUN_ONCE starts one late run for the latest, SKIP none; both move on to the next tick', async () => {
    at('2026-03-12T00:00:00Z');
    const once = await fixture.services.schedules.save(owner, {
      scenarioKey: 'monthly-pnl',
      cron: '0 6 * * *',
      missedTickPolicy: 'RUN_ONCE',
    });
    const skip = await fixture.services.schedules.save(owner, {
      scenarioKey: 'trend-monitoring',
      cron: '0 6 * * *',
      missedTickPolicy: 'SKIP',
    });
    // Down from before 06:00 on the 12th until 07:00 on the 14th: the 12th, 13th and 14th missed.
    at('2026-03-14T12:00:00Z');
    const restarted = anotherRunner();
    await restarted.tick();

    const late = await runsOf(once.id);
    expect(late.map((r) => r.trigger_detail)).toEqual([
      {
        scheduleId: once.id,
        tick: '2026-03-14T11:00:00.000Z',
        description: 'At 06:00',
        late: true,
      },
    ]);
    expect(late[0]?.input).toEqual({ month: '2026-02' });
    expect(await runsOf(skip.id)).toEqual([]);

    expect(await auditOf(once.id, 'schedule.ticks_missed')).toEqual([
      {
        actor: 'system:scheduler',
        scenarioKey: 'monthly-pnl',
        policy: 'RUN_ONCE',
        missed: 3,
        missedAtLeast: false,
        skipped: 2,
        latestMissedTick: '2026-03-14T11:00:00.000Z',
        lateRunId: late[0]?.id,
      },
    ]);
    expect(await auditOf(skip.id, 'schedule.ticks_missed')).toEqual([
      expect.objectContaining({ policy: 'SKIP', missed: 3, skipped: 3, lateRunId: null }),
    ]);
    expect((await scheduleRow(once.id)).nextTickAt).toBe('2026-03-15T11:00:00.000Z');
    expect(await scheduleRow(skip.id)).toEqual({
      nextTickAt: '2026-03-15T11:00:00.000Z',
      lastTickAt: null,
      lastRunId: null,
    });

    // The next tick, on time, runs as scheduled for both.
    at('2026-03-15T11:01:00Z');
    await restarted.tick();
    expect((await runsOf(once.id)).map((r) => r.trigger_detail.late)).toEqual([true, undefined]);
    expect(await runsOf(skip.id)).toHaveLength(1);
  });
});

describe('a refused launch', () => {
  it('is audited and the schedule still moves on, so it is not retried forever', async () => {
    at('2026-03-16T00:00:00Z');
    const schedule = await fixture.services.schedules.save(owner, {
      scenarioKey: 'deduction-tracking',
      cron: '0 9 * * *',
    });
    await fixture.db.dataSource.query(
      `UPDATE agent SET enabled = false WHERE workspace_id = $1 AND key = 'tax'`,
      [owner.workspaceId],
    );
    try {
      at('2026-03-16T14:00:30Z');
      const pass = await fixture.services.scheduleRunner.tick();
      expect(pass.schedules.find((o) => o.scheduleId === schedule.id)?.refused).toEqual([
        {
          tick: '2026-03-16T14:00:00.000Z',
          errorCode: 'AGENT_DISABLED',
          message: 'The agent "tax" is disabled.',
        },
      ]);
    } finally {
      await fixture.db.dataSource.query(
        `UPDATE agent SET enabled = true WHERE workspace_id = $1 AND key = 'tax'`,
        [owner.workspaceId],
      );
    }
    expect(await runsOf(schedule.id)).toEqual([]);
    expect(await auditOf(schedule.id, 'schedule.launch_refused')).toEqual([
      {
        actor: 'system:scheduler',
        scenarioKey: 'deduction-tracking',
        tick: '2026-03-16T14:00:00.000Z',
        errorCode: 'AGENT_DISABLED',
        message: 'The agent "tax" is disabled.',
      },
    ]);
    expect(await scheduleRow(schedule.id)).toEqual({
      nextTickAt: '2026-03-17T14:00:00.000Z',
      lastTickAt: '2026-03-16T14:00:00.000Z',
      lastRunId: null,
    });
  });
});

describe("a schedule's own input", () => {
  it('wins over what the playbook derives from the tick', async () => {
    at('2026-03-17T00:00:00Z');
    const schedule = await fixture.services.schedules.save(owner, {
      scenarioKey: 'ratio-analysis',
      cron: '0 5 * * *',
      input: { asOf: '2025-12-31' },
    });
    at('2026-03-17T10:00:00Z');
    await fixture.services.scheduleRunner.tick();
    expect((await runsOf(schedule.id)).map((r) => r.input)).toEqual([{ asOf: '2025-12-31' }]);
  });
});

describe('the loop', () => {
  it('runs passes on its own and wakes when a schedule is saved', async () => {
    at('2026-03-18T00:00:00Z');
    const due = await fixture.services.schedules.save(owner, {
      scenarioKey: 'annual-report',
      cron: '0 7 18 3 *',
    });
    const runner = fixture.services.scheduleRunner;
    runner.start();
    try {
      at('2026-03-18T12:00:30Z');
      // Saving another schedule wakes the sleeping loop, which finds the first one due.
      await fixture.services.schedules.save(owner, {
        scenarioKey: 'compliance-monitoring',
        cron: '0 9 * * 1',
      });
      await expect.poll(async () => (await runsOf(due.id)).length, { timeout: 10_000 }).toBe(1);
      expect((await runsOf(due.id))[0]?.input).toEqual({ year: 2025 });
    } finally {
      await runner.stop();
    }
  });
});
