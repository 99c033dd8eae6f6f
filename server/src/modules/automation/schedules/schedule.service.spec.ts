import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerContext, type RequestContext } from '../../../context.js';
import { nextFireTime } from '../../../engines/automation/cron.js';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';

// Schedules saved, read, previewed and deleted through ScheduleService on a real, seeded
// database with a fixed clock; firing is schedule-runner.spec.ts's.

const NOW = new Date('2026-03-01T12:00:00.000Z'); // a Sunday, 06:00 in Chicago

let fixture: SeededServices;
let owner: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:schedule-spec' });
  owner = callerContext(fixture.ctx.workspaceId, 'user:owner-1', { role: 'OWNER' });
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

const schedules = () => fixture.services.schedules;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function auditOf(scheduleId: string): Promise<Array<{ action: string; actor: string }>> {
  return (await fixture.db.dataSource.query(
    `SELECT action, actor FROM audit_event WHERE target_type = 'schedule' AND target_id = $1
      ORDER BY created_at, id`,
    [scheduleId],
  )) as Array<{ action: string; actor: string }>;
}

describe('the demo schedules', () => {
  it("wait for their first tick after the seed's clock, as the cron engine computes it", async () => {
    const demo = await schedules().list(owner);
    expect(demo.map((s) => [s.scenarioKey, s.cron, s.timeZone])).toEqual(
      expect.arrayContaining([
        ['cash-flow-report', '0 7 * * 1', 'America/Chicago'],
        ['monthly-pnl', '0 6 2 * *', 'America/Chicago'],
        ['trend-monitoring', '0 8 * * *', 'America/Chicago'],
        ['expense-categorization', '0 */4 * * *', 'America/Chicago'],
        ['late-invoice-detection', '30 8 * * *', 'America/Chicago'],
        ['compliance-monitoring', '0 9 * * 1', 'America/Chicago'],
      ]),
    );
    expect(demo).toHaveLength(6);
    for (const schedule of demo) {
      expect(schedule.followsWorkspaceTimeZone).toBe(true);
      expect(schedule.nextTickAt?.toISOString(), schedule.scenarioKey).toBe(
        nextFireTime(schedule.cron, 'America/Chicago', NOW)?.toISOString(),
      );
    }
    const cashFlow = demo.find((s) => s.scenarioKey === 'cash-flow-report');
    expect(cashFlow?.description).toBe('At 07:00, only on Monday');
    expect(cashFlow?.nextTickAt?.toISOString()).toBe('2026-03-02T13:00:00.000Z');
  });
});

describe('saveSchedule', () => {
  it('creates, then replaces, the one schedule of a scenario (upsert by scenario key), audited', async () => {
    const created = await schedules().save(owner, {
      scenarioKey: 'quarterly-filing',
      cron: ' 0 9 5  1,4,7,10 * ',
      timeZone: 'america/new_york',
      missedTickPolicy: 'SKIP',
    });
    expect(created).toMatchObject({
      scenarioKey: 'quarterly-filing',
      agentKey: 'reporting',
      cron: '0 9 5 1,4,7,10 *',
      timeZone: 'America/New_York',
      followsWorkspaceTimeZone: false,
      enabled: true,
      missedTickPolicy: 'SKIP',
      input: null,
      description: 'At 09:00, on day 5 of the month, only in January, April, July, and October',
    });
    expect(created.nextTickAt?.toISOString()).toBe('2026-04-05T13:00:00.000Z'); // 09:00 EDT

    const replaced = await schedules().save(owner, {
      scenarioKey: 'quarterly-filing',
      cron: '0 9 6 1,4,7,10 *',
      input: { quarter: '2026-Q1' },
    });
    expect(replaced.id).toBe(created.id);
    expect(replaced).toMatchObject({
      timeZone: 'America/Chicago',
      followsWorkspaceTimeZone: true,
      missedTickPolicy: 'RUN_ONCE',
      input: { quarter: '2026-Q1' },
    });
    expect(replaced.nextTickAt?.toISOString()).toBe('2026-04-06T14:00:00.000Z'); // 09:00 CDT
    expect(await auditOf(created.id)).toEqual([
      { action: 'schedule.create', actor: 'user:owner-1' },
      { action: 'schedule.update', actor: 'user:owner-1' },
    ]);
  });

  it('waits for no tick while disabled, and lists no fire times for it', async () => {
    const disabled = await schedules().save(owner, {
      scenarioKey: 'annual-report',
      cron: '0 7 15 1 *',
      enabled: false,
    });
    expect(disabled.nextTickAt).toBeNull();
    expect(schedules().nextFireTimes(disabled, 5)).toEqual([]);
    const enabled = await schedules().save(owner, {
      scenarioKey: 'annual-report',
      cron: '0 7 15 1 *',
    });
    expect(
      schedules()
        .nextFireTimes(enabled, 2)
        .map((d) => d.toISOString()),
    ).toEqual(['2027-01-15T13:00:00.000Z', '2028-01-15T13:00:00.000Z']);
  });

  it('refuses a bad cron, an unknown zone or scenario, and input the scenario would refuse', async () => {
    expect(
      await refusal(schedules().save(owner, { scenarioKey: 'monthly-pnl', cron: '0 25 * * *' })),
    ).toMatchObject({ errorCode: 'INVALID_CRON', details: { cron: '0 25 * * *' } });
    expect(
      await refusal(
        schedules().save(owner, {
          scenarioKey: 'monthly-pnl',
          cron: '0 6 2 * *',
          timeZone: 'CST6',
        }),
      ),
    ).toMatchObject({ errorCode: 'TIME_ZONE_UNKNOWN' });
    expect(
      await refusal(
        schedules().save(owner, { scenarioKey: 'no-such-scenario', cron: '0 6 * * *' }),
      ),
    ).toMatchObject({ errorCode: 'SCENARIO_NOT_FOUND' });
    const invalid = await refusal(
      schedules().save(owner, {
        scenarioKey: 'monthly-pnl',
        cron: '0 6 2 * *',
        input: { month: '2026-13' },
      }),
    );
    expect(invalid).toMatchObject({ errorCode: 'INVALID_INPUT', details: { field: 'input' } });
    expect(invalid.message).toContain('month: YYYY-MM');
  });

  it('refuses a viewer', async () => {
    const viewer = callerContext(owner.workspaceId, 'user:viewer-1', { role: 'VIEWER' });
    expect(
      await refusal(schedules().save(viewer, { scenarioKey: 'monthly-pnl', cron: '0 6 2 * *' })),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
    const [any] = await schedules().list(owner);
    expect(await refusal(schedules().delete(viewer, any?.id ?? ''))).toMatchObject({
      errorCode: 'FORBIDDEN',
    });
  });
});

describe('another workspace', () => {
  it("sees none of the demo's schedules and cannot delete them", async () => {
    const [row] = (await fixture.db.dataSource.query(
      `INSERT INTO workspace (slug, name, time_zone) VALUES ('other-shop', 'Other', 'Europe/Paris') RETURNING id`,
    )) as [{ id: string }];
    const other = callerContext(row.id, 'user:other-owner', { role: 'OWNER' });
    expect(await schedules().list(other)).toEqual([]);
    const [demo] = await schedules().list(owner);
    expect(await refusal(schedules().delete(other, demo?.id ?? ''))).toMatchObject({
      errorCode: 'SCHEDULE_NOT_FOUND',
    });
    expect(await refusal(schedules().get(other, demo?.id ?? ''))).toMatchObject({
      errorCode: 'SCHEDULE_NOT_FOUND',
    });
    // Its scenarios are its own: the demo's keys name nothing there.
    expect(
      await refusal(schedules().save(other, { scenarioKey: 'monthly-pnl', cron: '0 6 2 * *' })),
    ).toMatchObject({ errorCode: 'SCENARIO_NOT_FOUND' });
    // Its previews are in its own zone.
    const preview = await schedules().preview(other, '0 7 * * *', null, 1);
    expect(preview.nextFireTimes.map((d) => d.toISOString())).toEqual(['2026-03-02T06:00:00.000Z']);
  });
});

describe('schedulePreview', () => {
  it("words the cron and lists the next fire times from now, in the workspace's zone by default", async () => {
    const preview = await schedules().preview(owner, '0 7 * * 1', null, 5);
    expect(preview.description).toBe('At 07:00, only on Monday');
    expect(preview.nextFireTimes.map((d) => d.toISOString())).toEqual([
      '2026-03-02T13:00:00.000Z', // CST
      '2026-03-09T12:00:00.000Z', // CDT from March 8th
      '2026-03-16T12:00:00.000Z',
      '2026-03-23T12:00:00.000Z',
      '2026-03-30T12:00:00.000Z',
    ]);
    const utc = await schedules().preview(owner, '0 7 * * 1', 'UTC', 1);
    expect(utc.nextFireTimes.map((d) => d.toISOString())).toEqual(['2026-03-02T07:00:00.000Z']);
  });

  it('refuses a bad cron and a count outside 1 to 50', async () => {
    expect(await refusal(schedules().preview(owner, '* * *', null, 5))).toMatchObject({
      errorCode: 'INVALID_CRON',
    });
    expect(await refusal(schedules().preview(owner, '0 7 * * 1', null, 51))).toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });
});

describe('deleteSchedule', () => {
  it('deletes it, audited; a second delete finds nothing', async () => {
    const saved = await schedules().save(owner, {
      scenarioKey: 'ratio-analysis',
      cron: '0 6 3 * *',
    });
    expect(await schedules().delete(owner, saved.id)).toBe(true);
    expect(await refusal(schedules().delete(owner, saved.id))).toMatchObject({
      errorCode: 'SCHEDULE_NOT_FOUND',
    });
    expect(await refusal(schedules().delete(owner, 'not-an-id'))).toMatchObject({
      errorCode: 'SCHEDULE_NOT_FOUND',
    });
    expect((await auditOf(saved.id)).map((a) => a.action)).toEqual([
      'schedule.create',
      'schedule.delete',
    ]);
  });
});

describe("the input a scheduled run derives from its tick's date", () => {
  const derive = (scenarioKey: string, date: string) =>
    fixture.services.playbooks
      .forScenario(scenarioKey)
      .scheduledInput?.({ date, zone: 'America/Chicago' });

  it('reports the period that just closed', () => {
    expect(derive('monthly-pnl', '2026-01-02')).toEqual({ month: '2025-12' });
    expect(derive('quarterly-filing', '2026-04-05')).toEqual({ quarter: '2026-Q1' });
    expect(derive('annual-report', '2026-01-15')).toEqual({ year: 2025 });
    expect(derive('ratio-analysis', '2026-03-03')).toEqual({ asOf: '2026-02-28' });
    expect(derive('cash-flow-report', '2026-03-02')).toEqual({
      weekEnding: '2026-03-01',
      historyWeeks: 13,
    });
  });

  it("takes the tick's own day or year where the scenario is about now", () => {
    expect(derive('late-invoice-detection', '2026-03-02')).toEqual({ asOf: '2026-03-02' });
    expect(derive('deduction-tracking', '2026-12-31')).toEqual({ taxYear: 2026 });
    expect(derive('compliance-monitoring', '2027-01-04')).toEqual({ taxYear: 2027 });
    expect(derive('trend-monitoring', '2026-03-02')).toBeUndefined();
  });
});
