import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { AgentStats } from './dashboard.type.js';

let fixture: SeededServices;
const agentIds = new Map<string, string>();

const FROM = new Date('2026-03-02T00:00:00.000Z');
const TO = new Date('2026-03-05T00:00:00.000Z');

interface RunRow {
  agent: string;
  created: string;
  status: string;
  /** From started_at (250 ms after creation) to finished_at; absent: not finished. */
  durationMs?: number;
  started?: boolean;
  tokens?: [number, number];
  cost?: string;
  errorCode?: string;
}

async function insertRun(row: RunRow): Promise<string> {
  const created = new Date(row.created);
  const started =
    row.durationMs !== undefined || row.started ? new Date(created.getTime() + 250) : null;
  const finished =
    started && row.durationMs !== undefined ? new Date(started.getTime() + row.durationMs) : null;
  const [inserted = { id: '' }] = (await fixture.db.dataSource.query(
    `INSERT INTO run (workspace_id, agent_id, status, created_at, started_at, finished_at,
                      input_tokens, output_tokens, cost_usd, error_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      fixture.ctx.workspaceId,
      agentIds.get(row.agent),
      row.status,
      created.toISOString(),
      started?.toISOString() ?? null,
      finished?.toISOString() ?? null,
      row.tokens?.[0] ?? 0,
      row.tokens?.[1] ?? 0,
      row.cost ?? '0',
      row.errorCode ?? null,
    ],
  )) as { id: string }[];
  return inserted.id;
}

const insertTicket = (number: string, created: string) =>
  fixture.db.dataSource.query(
    `INSERT INTO ticket (workspace_id, number, subject, brief, created_at)
     VALUES ($1, $2, 'Where is my parcel?', '{}', $3)`,
    [fixture.ctx.workspaceId, number, created],
  );

const insertHandoff = (conversationId: string, to: string, created: string) =>
  fixture.db.dataSource.query(
    `INSERT INTO audit_event (workspace_id, actor, action, target_type, target_id, data, created_at)
     VALUES ($1, 'system', 'conversation.handoff', 'conversation', $2, $3, $4)`,
    [fixture.ctx.workspaceId, conversationId, JSON.stringify({ to }), created],
  );

const insertApproval = (runId: string, status: 'PENDING' | 'APPROVED') =>
  fixture.db.dataSource.query(
    `INSERT INTO approval (workspace_id, run_id, status, action_kind, policy, reason, answer,
                           proposed_output, expires_at, decided_at)
     VALUES ($1, $2, $3, 'SEND_REPLY', 'legal_topic', 'A legal topic.', '{}', 'Hello', $4, $5)`,
    [
      fixture.ctx.workspaceId,
      runId,
      status,
      '2026-03-10T00:00:00Z',
      status === 'PENDING' ? null : '2026-03-04T00:00:00Z',
    ],
  );

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-03-06T12:00:00Z'),
    actor: 'api_key:dashboard-spec',
  });
  const agents = await fixture.services.agents.list(fixture.ctx);
  for (const a of agents) agentIds.set(a.key, a.id);

  const support: RunRow[] = [
    {
      agent: 'support',
      created: '2026-03-01T23:59:59.999Z',
      status: 'SUCCEEDED',
      durationMs: 1,
      tokens: [1000, 1000],
    },
    {
      agent: 'support',
      created: '2026-03-02T10:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 1000,
      tokens: [100, 20],
      cost: '0.001000',
    },
    {
      agent: 'support',
      created: '2026-03-02T23:59:59.999Z',
      status: 'SUCCEEDED',
      durationMs: 2000,
      tokens: [200, 40],
      cost: '0.002500',
    },
    {
      agent: 'support',
      created: '2026-03-03T00:00:00.000Z',
      status: 'FAILED',
      durationMs: 4000,
      tokens: [50, 0],
      cost: '0.000125',
    },
    {
      agent: 'support',
      created: '2026-03-04T12:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 10_000,
      tokens: [10, 5],
      cost: '0.000001',
    },
    { agent: 'support', created: '2026-03-04T12:30:00.000Z', status: 'FAILED', durationMs: 10_000 },
    // Cancelled and unfinished runs count as runs, but not in the rate or the durations.
    {
      agent: 'support',
      created: '2026-03-04T13:00:00.000Z',
      status: 'CANCELLED',
      durationMs: 500,
      tokens: [40, 10],
      cost: '0.000010',
    },
    {
      agent: 'support',
      created: '2026-03-04T14:00:00.000Z',
      status: 'WAITING_FOR_HUMAN',
      started: true,
      tokens: [5, 5],
      cost: '0.000004',
    },
    {
      agent: 'support',
      created: '2026-03-05T00:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 1,
      tokens: [1000, 1000],
    },
  ];
  const others: RunRow[] = [
    {
      agent: 'sales',
      created: '2026-03-03T08:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 1000,
      tokens: [1000, 100],
      cost: '0.100000',
    },
    {
      agent: 'sales',
      created: '2026-03-04T08:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 3000,
      tokens: [3000, 300],
      cost: '0.300000',
    },
    { agent: 'tax', created: '2026-03-04T09:00:00.000Z', status: 'QUEUED' },
    // A run that failed because its tool is not built says nothing about the agent's work.
    {
      agent: 'reporting',
      created: '2026-03-03T09:00:00.000Z',
      status: 'SUCCEEDED',
      durationMs: 500,
    },
    {
      agent: 'reporting',
      created: '2026-03-03T09:30:00.000Z',
      status: 'FAILED',
      durationMs: 10,
      errorCode: 'TOOL_NOT_AVAILABLE',
    },
  ];
  const runIds: string[] = [];
  const runId = (i: number) => runIds[i] ?? '';
  for (const row of [...support, ...others]) runIds.push(await insertRun(row));

  await insertTicket('T-1', '2026-03-01T12:00:00Z');
  await insertTicket('T-2', '2026-03-02T09:00:00Z');
  await insertTicket('T-3', '2026-03-04T23:00:00Z');
  await insertTicket('T-4', '2026-03-05T00:00:00Z');

  const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  // a: asked for a person, got one, resolved, all in the period: one handoff.
  await insertHandoff(a, 'HUMAN_REQUESTED', '2026-03-02T09:00:00Z');
  await insertHandoff(a, 'HUMAN', '2026-03-02T09:05:00Z');
  await insertHandoff(a, 'RESOLVED', '2026-03-02T10:00:00Z');
  // b: a person stepped in unasked.
  await insertHandoff(b, 'HUMAN', '2026-03-04T10:00:00Z');
  // c: asked before the period, handed back to the bot in it: not a handoff of the period.
  await insertHandoff(c, 'HUMAN_REQUESTED', '2026-03-01T10:00:00Z');
  await insertHandoff(c, 'BOT', '2026-03-03T10:00:00Z');
  // d: asked at the period's (exclusive) end.
  await insertHandoff(d, 'HUMAN_REQUESTED', '2026-03-05T00:00:00Z');

  await insertApproval(runId(7), 'PENDING');
  await insertApproval(runId(1), 'APPROVED');
  await insertApproval(runId(11), 'PENDING');
});

afterAll(() => fixture?.close());

const statsOf = (agents: AgentStats[], key: string) => agents.find((a) => a.agentKey === key);

describe('DashboardService.compute', () => {
  it('counts runs per UTC day and agent over [from, to), whatever the session time zone', async () => {
    await fixture.db.dataSource.query(`SET TIME ZONE 'America/New_York'`);
    const dashboard = await fixture.services.dashboard
      .compute(fixture.ctx, { from: FROM, to: TO })
      .finally(() => fixture.db.dataSource.query(`SET TIME ZONE 'UTC'`));
    expect(dashboard.runsPerDay).toEqual([
      { day: '2026-03-02', agentKey: 'support', runs: 2 },
      { day: '2026-03-03', agentKey: 'reporting', runs: 2 },
      { day: '2026-03-03', agentKey: 'sales', runs: 1 },
      { day: '2026-03-03', agentKey: 'support', runs: 1 },
      { day: '2026-03-04', agentKey: 'sales', runs: 1 },
      { day: '2026-03-04', agentKey: 'support', runs: 4 },
      { day: '2026-03-04', agentKey: 'tax', runs: 1 },
    ]);
  });

  it("computes each agent's outcomes, exact median and p95 durations, tokens and cost", async () => {
    const { agents } = await fixture.services.dashboard.compute(fixture.ctx, {
      from: FROM,
      to: TO,
    });
    expect(agents.map((a) => a.agentKey)).toEqual([
      'support',
      'sales',
      'finance',
      'content',
      'tax',
      'reporting',
    ]);
    expect(statsOf(agents, 'support')).toEqual({
      agentKey: 'support',
      agentName: 'Customer Support',
      runs: 7,
      succeeded: 3,
      failed: 2,
      unavailable: 0,
      successRate: 0.6,
      // finished durations 1000, 2000, 4000, 10000, 10000
      medianDurationMs: 4000,
      p95DurationMs: 10_000,
      inputTokens: 405,
      outputTokens: 80,
      costUsd: 0.00364,
    });
    // Two durations, 1000 and 3000: both percentiles interpolate.
    expect(statsOf(agents, 'sales')).toMatchObject({
      runs: 2,
      succeeded: 2,
      failed: 0,
      successRate: 1,
      medianDurationMs: 2000,
      p95DurationMs: 2900,
      inputTokens: 4000,
      outputTokens: 400,
      costUsd: 0.4,
    });
    expect(statsOf(agents, 'tax')).toMatchObject({
      runs: 1,
      succeeded: 0,
      failed: 0,
      successRate: null,
      medianDurationMs: null,
      p95DurationMs: null,
    });
    expect(statsOf(agents, 'reporting')).toMatchObject({
      runs: 2,
      succeeded: 1,
      failed: 1,
      unavailable: 1,
      successRate: 1,
    });
    expect(statsOf(agents, 'finance')).toMatchObject({
      runs: 0,
      successRate: null,
      medianDurationMs: null,
      p95DurationMs: null,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    });
  });

  it('counts tickets opened and conversations handed to a person in the period, and approvals pending now', async () => {
    const dashboard = await fixture.services.dashboard.compute(fixture.ctx, { from: FROM, to: TO });
    expect(dashboard).toMatchObject({ escalations: 2, handoffs: 2, openApprovals: 2 });

    const later = await fixture.services.dashboard.compute(fixture.ctx, {
      from: new Date('2026-06-01T00:00:00Z'),
      to: new Date('2026-06-02T00:00:00Z'),
    });
    expect(later).toMatchObject({ runsPerDay: [], escalations: 0, handoffs: 0, openApprovals: 2 });
    expect(statsOf(later.agents, 'support')).toMatchObject({ runs: 0, costUsd: 0 });
  });

  it('accepts 366 days and refuses a longer or an empty period with INVALID_INPUT', async () => {
    const day = 86_400_000;
    await expect(
      fixture.services.dashboard.compute(fixture.ctx, {
        from: FROM,
        to: new Date(FROM.getTime() + 366 * day),
      }),
    ).resolves.toMatchObject({ escalations: 3 }); // T-4 falls in the longer period
    for (const to of [
      new Date(FROM.getTime() + 366 * day + 1),
      FROM,
      new Date(FROM.getTime() - 1),
    ]) {
      await expect(
        fixture.services.dashboard.compute(fixture.ctx, { from: FROM, to }),
      ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { field: 'to' } });
    }
  });
});
