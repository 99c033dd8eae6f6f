import { AgentEntity, RunEntity, RunStepEntity, WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../../console-context.js';
import type { ConsoleRole } from '../../context.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { WebhookEvents } from '../automation/outbound-webhooks/webhook-events.js';
import type { CostBudgetService } from './cost-budget.service.js';

// Budgets over the seeded demo shop, with model cost recorded the way the journal records it:
// on a run's REASONING steps. The demo workspace's time zone is set to America/Chicago, so the
// month boundary is 06:00 UTC (CST) on the first of the month.

const NOW = new Date('2026-12-10T15:00:00.000Z');

let s: SeededServices;
let budgets: CostBudgetService;
let support: AgentEntity;
let sales: AgentEntity;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:budget-spec' });
  budgets = s.services.costBudgets;
  const manager = s.db.dataSource.manager;
  await manager.update(WorkspaceEntity, { id: s.ctx.workspaceId }, { timeZone: 'America/Chicago' });
  support = await manager.findOneByOrFail(AgentEntity, {
    workspaceId: s.ctx.workspaceId,
    key: 'support',
  });
  sales = await manager.findOneByOrFail(AgentEntity, {
    workspaceId: s.ctx.workspaceId,
    key: 'sales',
  });
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  s.setNow(NOW);
  await s.db.dataSource.query('DELETE FROM cost_budget');
  await s.db.dataSource.query("DELETE FROM audit_event WHERE action LIKE 'budget.%'");
  await s.db.dataSource.query('DELETE FROM run_step WHERE cost_usd > 0');
});

const owner = (role: ConsoleRole = 'OWNER') =>
  createConsoleContext(s.services, s.ctx.workspaceId, `user:${role.toLowerCase()}`, { role });

/** A run of `agent` with one REASONING step costing `costUsd`, started at `at`. */
async function spend(agent: AgentEntity, costUsd: string, at = NOW): Promise<RunEntity> {
  const manager = s.db.dataSource.manager;
  const run = await manager.save(
    manager.create(RunEntity, {
      workspaceId: agent.workspaceId,
      agentId: agent.id,
      status: 'RUNNING',
      costUsd,
      lastSeq: 1,
    }),
  );
  await manager.save(
    manager.create(RunStepEntity, {
      workspaceId: agent.workspaceId,
      runId: run.id,
      seq: 1,
      kind: 'REASONING',
      title: 'Decided to answer',
      startedAt: at,
      costUsd,
    }),
  );
  return run;
}

async function auditActions(): Promise<Array<{ action: string; month: string; level: string }>> {
  return s.db.dataSource.query(
    `SELECT action, data->>'month' AS month, data->>'level' AS level FROM audit_event
      WHERE workspace_id = $1 AND action IN ('budget.warning', 'budget.exhausted')
      ORDER BY created_at, action DESC`,
    [s.ctx.workspaceId],
  );
}

describe('month-to-date spend', () => {
  it("sums the recorded cost of the workspace's calendar month in its time zone, exactly", async () => {
    await budgets.save(owner(), { limitCents: 1_000, policy: 'ALERT_ONLY' });
    // 2026-12-01T05:59Z is still November 30 in Chicago; 06:00Z is December 1.
    await spend(support, '0.300000', new Date('2026-12-01T05:59:59.000Z'));
    await spend(support, '1.250001', new Date('2026-12-01T06:00:00.000Z'));
    await spend(sales, '2.000002', new Date('2026-12-31T23:59:00.000Z')); // Dec 31, 17:59 CST
    await spend(sales, '4.000000', new Date('2027-01-01T06:00:00.000Z')); // January in Chicago

    const [workspace] = await budgets.list(s.ctx);

    expect(workspace).toMatchObject({ month: '2026-12', spentMicroUsd: 3_250_003n, status: 'OK' });
    expect(workspace?.percent).toBe(32.5);
  });

  it('counts only its own agent in an agent budget, the whole workspace in the workspace budget', async () => {
    await budgets.save(owner(), { limitCents: 500, policy: 'ALERT_ONLY' });
    await budgets.save(owner(), { agentId: support.id, limitCents: 100, policy: 'ALERT_ONLY' });
    await spend(support, '0.500000');
    await spend(sales, '3.500000');

    const states = await budgets.list(s.ctx);

    expect(states.map((st) => [st.agent?.key ?? 'workspace', st.spentMicroUsd, st.status])).toEqual(
      [
        ['workspace', 4_000_000n, 'WARNING'],
        ['support', 500_000n, 'OK'],
      ],
    );
  });
});

describe('warnings', () => {
  it('warn once per budget and month at the warning percentage, and again in the next month', async () => {
    await budgets.save(owner(), { limitCents: 100, policy: 'ALERT_ONLY' });
    const run = await spend(support, '0.790000');
    await budgets.afterCall(run);
    expect(await auditActions()).toEqual([]);

    await spend(support, '0.010000'); // 80.0%
    await budgets.afterCall(run);
    await budgets.afterCall(run);
    await budgets.beforeCall(run);
    expect(await auditActions()).toEqual([
      { action: 'budget.warning', month: '2026-12', level: 'WARNING' },
    ]);

    s.setNow(new Date('2027-01-05T12:00:00.000Z'));
    await budgets.afterCall(run);
    expect(await auditActions()).toHaveLength(1); // nothing spent in January yet
    await spend(support, '0.850000', new Date('2027-01-05T12:00:00.000Z'));
    await budgets.afterCall(run);
    expect(await auditActions()).toEqual([
      { action: 'budget.warning', month: '2026-12', level: 'WARNING' },
      { action: 'budget.warning', month: '2027-01', level: 'WARNING' },
    ]);
  });

  it('announce a jump past the limit as a warning and an exhaustion, with webhook deliveries', async () => {
    await s.db.dataSource.query(
      `INSERT INTO webhook_subscription (workspace_id, url, event_types, secret, created_at, updated_at)
       VALUES ($1, 'https://example.com/hooks', ARRAY['budget.warning', 'budget.exhausted'],
               'whsec_spec', now(), now())`,
      [s.ctx.workspaceId],
    );
    WebhookEvents.forget(s.db.dataSource, s.ctx.workspaceId);
    const saved = await budgets.save(owner(), { limitCents: 100, policy: 'FALLBACK_OFFLINE' });
    const run = await spend(support, '1.200000');

    await budgets.afterCall(run);
    await budgets.afterCall(run);

    expect((await auditActions()).map((a) => a.action)).toEqual([
      'budget.warning',
      'budget.exhausted',
    ]);
    const deliveries = await s.db.dataSource.query<
      Array<{ event_type: string; data: Record<string, unknown> }>
    >(
      `SELECT event_type, payload->'data' AS data FROM outbound_delivery
        WHERE workspace_id = $1 ORDER BY created_at, event_type DESC`,
      [s.ctx.workspaceId],
    );
    expect(deliveries.map((d) => d.event_type)).toEqual(['budget.warning', 'budget.exhausted']);
    expect(deliveries[1]?.data).toMatchObject({
      budgetId: saved.budget.id,
      agentKey: null,
      month: '2026-12',
      limitCents: 100,
      spentUsd: '1.200000',
      percent: 120,
      policy: 'FALLBACK_OFFLINE',
    });
  });
});

describe('the gate before a paid call', () => {
  it('lets calls through below the limit and stops the first call at the limit', async () => {
    await budgets.save(owner(), { limitCents: 100, policy: 'FALLBACK_OFFLINE' });
    const run = await spend(support, '0.999999');
    expect(await budgets.beforeCall(run)).toEqual({ kind: 'paid' });

    await spend(support, '0.000001'); // exactly $1.00
    const verdict = await budgets.beforeCall(run);

    expect(verdict).toMatchObject({
      kind: 'offline',
      declined: false,
      budget: { scope: 'the workspace', limitCents: 100, spentMicroUsd: '1.000000' },
    });
    expect(verdict.kind === 'offline' && verdict.reason).toBe(
      'The monthly model budget of the workspace ($1.00) is spent: $1.00 in 2026-12. The offline provider answers instead.',
    );
  });

  it("applies the stricter budget: an agent's spent budget stops only that agent", async () => {
    await budgets.save(owner(), { limitCents: 10_000, policy: 'REQUIRE_APPROVAL' });
    await budgets.save(owner(), {
      agentId: support.id,
      limitCents: 50,
      policy: 'FALLBACK_OFFLINE',
    });
    const supportRun = await spend(support, '0.500000');
    const salesRun = await spend(sales, '0.100000');

    expect(await budgets.beforeCall(supportRun)).toMatchObject({
      kind: 'offline',
      budget: { scope: 'the Customer Support agent' },
    });
    expect(await budgets.beforeCall(salesRun)).toEqual({ kind: 'paid' });
  });

  it('asks for approval when the spent budgets disagree and one requires it', async () => {
    await budgets.save(owner(), { limitCents: 100, policy: 'REQUIRE_APPROVAL' });
    await budgets.save(owner(), {
      agentId: support.id,
      limitCents: 50,
      policy: 'FALLBACK_OFFLINE',
    });
    const run = await spend(support, '1.000000');

    expect(await budgets.beforeCall(run)).toMatchObject({
      kind: 'approval',
      budget: { scope: 'the workspace' },
    });
  });

  it('lets calls go on under ALERT_ONLY past the limit', async () => {
    await budgets.save(owner(), { limitCents: 100, policy: 'ALERT_ONLY' });
    const run = await spend(support, '5.000000');

    expect(await budgets.beforeCall(run)).toEqual({ kind: 'paid' });
    expect((await auditActions()).map((a) => a.action)).toEqual([
      'budget.warning',
      'budget.exhausted',
    ]);
  });
});

describe('settings', () => {
  it('keep one budget per agent and one for the workspace: saving again changes it', async () => {
    const first = await budgets.save(owner(), {
      agentId: support.id,
      limitCents: 100,
      policy: 'ALERT_ONLY',
    });
    const second = await budgets.save(owner('ADMIN'), {
      agentId: support.id,
      limitCents: 250,
      policy: 'REQUIRE_APPROVAL',
      warnPercent: 90,
    });

    expect(second.budget.id).toBe(first.budget.id);
    expect(await budgets.list(s.ctx)).toEqual([
      expect.objectContaining({
        agent: { id: support.id, key: 'support', name: support.name },
        budget: expect.objectContaining({
          limitCents: 250,
          policy: 'REQUIRE_APPROVAL',
          warnPercent: 90,
        }),
      }),
    ]);
  });

  it('refuse bad limits, unknown or foreign agents, viewers and unknown ids with typed errors', async () => {
    const other = await s.db.dataSource.manager.save(
      s.db.dataSource.manager.create(WorkspaceEntity, {
        slug: 'other-shop',
        name: 'Other shop',
        widgetIdentitySecret: 'x',
        visitorTokenSecret: 'y',
      }),
    );
    const foreign = await s.db.dataSource.manager.save(
      s.db.dataSource.manager.create(AgentEntity, {
        ...support,
        id: undefined,
        workspaceId: other.id,
      }),
    );
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: { errorCode?: string }) => e.errorCode,
      );

    expect(await code(budgets.save(owner(), { limitCents: -5, policy: 'ALERT_ONLY' }))).toBe(
      'INVALID_INPUT',
    );
    expect(await code(budgets.save(owner(), { limitCents: 0, policy: 'ALERT_ONLY' }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      await code(
        budgets.save(owner(), { limitCents: 100, policy: 'ALERT_ONLY', warnPercent: 100 }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      await code(
        budgets.save(owner(), {
          agentId: '00000000-0000-4000-8000-000000000000',
          limitCents: 100,
          policy: 'ALERT_ONLY',
        }),
      ),
    ).toBe('AGENT_NOT_FOUND');
    expect(
      await code(
        budgets.save(owner(), { agentId: foreign.id, limitCents: 100, policy: 'ALERT_ONLY' }),
      ),
    ).toBe('AGENT_NOT_FOUND');
    expect(
      await code(budgets.save(owner('VIEWER'), { limitCents: 100, policy: 'ALERT_ONLY' })),
    ).toBe('FORBIDDEN');
    expect(await code(budgets.delete(owner(), 'not-an-id'))).toBe('COST_BUDGET_NOT_FOUND');
    expect(await budgets.list(s.ctx)).toEqual([]);
  });
});
