import { Cron } from 'croner';
import type { EntityManager } from 'typeorm';
import { ScenarioEntity } from '../entities/scenario.entity.js';
import { ScheduleEntity } from '../entities/schedule.entity.js';

/**
 * DEMO DATA: the demo shop's routine, as schedules in the shop's own time zone (null time zone:
 * the workspace's, America/Chicago). Cash flow every Monday morning, last month's P&L on the
 * 2nd, trends and overdue invoices every morning, bank transactions categorized every four
 * hours, and the nexus and compliance check weekly.
 */
export const DEMO_SCHEDULES: ReadonlyArray<{ scenarioKey: string; cron: string }> = [
  { scenarioKey: 'cash-flow-report', cron: '0 7 * * 1' },
  { scenarioKey: 'monthly-pnl', cron: '0 6 2 * *' },
  { scenarioKey: 'trend-monitoring', cron: '0 8 * * *' },
  { scenarioKey: 'expense-categorization', cron: '0 */4 * * *' },
  { scenarioKey: 'late-invoice-detection', cron: '30 8 * * *' },
  { scenarioKey: 'compliance-monitoring', cron: '0 9 * * 1' },
];

/**
 * Writes the demo schedules, each waiting for its first tick after `now` (the seed's clock), so
 * a fresh hub has no missed ticks to catch up on. The fire time is computed with the options
 * the server's cron engine uses (server/src/engines/automation/cron.ts, `cronOptions`); a server
 * spec checks the two agree.
 */
export async function seedDemoSchedules(
  tx: EntityManager,
  workspaceId: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  const scenarios = await tx.findBy(ScenarioEntity, { workspaceId });
  const rows = DEMO_SCHEDULES.map(({ scenarioKey, cron }) => {
    const scenario = scenarios.find((s) => s.key === scenarioKey);
    if (!scenario) throw new Error(`demo schedule names an unknown scenario ${scenarioKey}`);
    const job = new Cron(cron, {
      mode: '5-part',
      fixedTimeRule: 'no-wildcard',
      timezone: timeZone,
    });
    return {
      workspaceId,
      scenarioId: scenario.id,
      cron,
      timeZone: null,
      enabled: true,
      missedTickPolicy: 'RUN_ONCE' as const,
      input: null,
      nextTickAt: job.nextRuns(1, now)[0] ?? null,
    };
  });
  await tx.insert(ScheduleEntity, rows);
}
