import type { EntityManager } from 'typeorm';
import { ScenarioEntity } from '../entities/scenario.entity.js';
import {
  ThresholdTriggerEntity,
  type ThresholdTriggerCondition,
} from '../entities/threshold-trigger.entity.js';

/**
 * The demo shop's threshold triggers, one per condition, each running the scenario that deals
 * with it. The cash floor sits well under the seeded books' cash (over $40,000 whatever the seed date), so
 * it is not crossed by the seed data; the demo's invoices already overdue are.
 */
export const DEMO_THRESHOLDS: ReadonlyArray<{
  condition: ThresholdTriggerCondition;
  params: Record<string, unknown>;
  scenarioKey: string;
}> = [
  { condition: 'INVOICE_OVERDUE', params: { graceDays: 0 }, scenarioKey: 'late-invoice-detection' },
  { condition: 'NEXUS_EXPOSURE', params: { percent: 80 }, scenarioKey: 'compliance-monitoring' },
  {
    condition: 'CASH_BELOW_FLOOR',
    params: { floorCents: 10_000_00 },
    scenarioKey: 'cash-flow-report',
  },
  {
    condition: 'NEGATIVE_SENTIMENT_SPIKE',
    params: { count: 3, windowMinutes: 60 },
    scenarioKey: 'ticket-escalation',
  },
];

/**
 * Seeds the triggers enabled and not yet armed (armed_at null). What is already true of the
 * seeded data (the overdue invoices, a state near its threshold) is computed by the server's
 * rules, not here: the hub's first evaluation records it as the triggers' baseline, without
 * runs, so a fresh hub starts no run for a condition that was true before it was watched.
 */
export async function seedDemoThresholds(tx: EntityManager, workspaceId: string, now: Date) {
  const scenarios = await tx.find(ScenarioEntity, { where: { workspaceId } });
  await tx.save(
    DEMO_THRESHOLDS.map((t, index) => {
      const scenario = scenarios.find((s) => s.key === t.scenarioKey);
      if (!scenario) throw new Error(`demo threshold names an unknown scenario ${t.scenarioKey}`);
      return tx.create(ThresholdTriggerEntity, {
        workspaceId,
        condition: t.condition,
        params: t.params,
        scenarioId: scenario.id,
        enabled: true,
        armedAt: null,
        // A millisecond apart: the console lists triggers by creation, in this order.
        createdAt: new Date(now.getTime() + index),
        updatedAt: new Date(now.getTime() + index),
      });
    }),
  );
}
