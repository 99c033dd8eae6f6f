import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { escapeLike } from './audit-log.service.js';

let fixture: SeededServices;

interface EventRow {
  actor: string;
  action: string;
  targetId?: string;
  data?: Record<string, unknown>;
  at: string;
}

async function insertEvent(workspaceId: string, e: EventRow): Promise<void> {
  await fixture.db.dataSource.query(
    `INSERT INTO audit_event (workspace_id, actor, action, target_type, target_id, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      workspaceId,
      e.actor,
      e.action,
      e.targetId ? 'thing' : null,
      e.targetId ?? null,
      JSON.stringify(e.data ?? {}),
      e.at,
    ],
  );
}

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00Z'),
    actor: 'api_key:audit-spec',
  });
  const ws = fixture.ctx.workspaceId;
  const events: EventRow[] = [
    {
      actor: 'api_key:k1',
      action: 'agent.update',
      targetId: 'agent-1',
      at: '2026-11-20T10:00:00Z',
      data: { changes: { model: { before: 'a', after: 'b' } } },
    },
    {
      actor: 'agent:support',
      action: 'tool.call',
      targetId: 'run-42',
      at: '2026-11-20T11:00:00Z',
      data: { tool: 'issue_refund' },
    },
    {
      actor: 'system',
      action: 'campaign.note',
      at: '2026-11-20T12:00:00Z',
      data: { note: 'Summer sale: 50% off' },
    },
    {
      actor: 'system',
      action: 'campaign.note',
      at: '2026-11-20T13:00:00Z',
      data: { note: 'Winter sale: 500 off' },
    },
    { actor: 'system', action: 'campaign.note', at: '2026-11-20T14:00:00Z', data: { code: 'A_B' } },
    { actor: 'system', action: 'campaign.note', at: '2026-11-20T15:00:00Z', data: { code: 'AXB' } },
    {
      actor: 'Maya@Shop',
      action: 'conversation.handoff',
      targetId: 'conv-7',
      at: '2026-11-20T16:00:00Z',
      data: { to: 'HUMAN' },
    },
  ];
  for (const e of events) await insertEvent(ws, e);
  const [other = { id: '' }] = (await fixture.db.dataSource.query(
    `INSERT INTO workspace (slug, name, widget_identity_secret, visitor_token_secret)
     VALUES ('other', 'Other', 's1', 's2') RETURNING id`,
  )) as { id: string }[];
  await insertEvent(other.id, {
    actor: 'api_key:k1',
    action: 'agent.update',
    at: '2026-11-21T10:00:00Z',
  });
});

afterAll(() => fixture?.close());

const page = { first: 50, offset: 0 };
const actionsOf = (items: { action: string }[]) => items.map((i) => i.action);
const list = (query: {
  search?: string;
  actions?: string[];
  actor?: string;
  from?: Date;
  to?: Date;
  first?: number;
  offset?: number;
}) => fixture.services.auditLog.list(fixture.ctx, { ...page, ...query });

describe('AuditLogService.list', () => {
  it("lists the workspace's events newest first, with the total and pages", async () => {
    const all = await list({});
    expect(all.totalItems).toBe(7);
    expect(all.items.map((i) => i.createdAt.toISOString())).toEqual(
      [16, 15, 14, 13, 12, 11, 10].map((h) => `2026-11-20T${h}:00:00.000Z`),
    );
    const second = await list({ first: 2, offset: 2 });
    expect(second.totalItems).toBe(7);
    expect(second.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
  });

  it('finds by actor, action, target id or data text, ignoring case', async () => {
    expect(actionsOf((await list({ search: 'maya@shop' })).items)).toEqual([
      'conversation.handoff',
    ]);
    expect(actionsOf((await list({ search: 'AGENT.UPD' })).items)).toEqual(['agent.update']);
    expect(actionsOf((await list({ search: 'run-42' })).items)).toEqual(['tool.call']);
    expect(actionsOf((await list({ search: 'issue_refund' })).items)).toEqual(['tool.call']);
    expect((await list({ search: 'nothing like this' })).totalItems).toBe(0);
  });

  it('matches % and _ in the search literally, not as wildcards', async () => {
    const percent = await list({ search: '50%' });
    expect(percent.items.map((i) => i.data)).toEqual([{ note: 'Summer sale: 50% off' }]);
    const underscore = await list({ search: 'a_b' });
    expect(underscore.items.map((i) => i.data)).toEqual([{ code: 'A_B' }]);
    expect((await list({ search: '%' })).totalItems).toBe(1);
    expect((await list({ search: '\\' })).totalItems).toBe(0);
  });

  it('keeps only the given actions, with or without a search', async () => {
    const notes = await list({ actions: ['campaign.note', 'tool.call'] });
    expect(notes.totalItems).toBe(5);
    const both = await list({ actions: ['campaign.note'], search: 'sale' });
    expect(both.items.map((i) => i.data.note)).toEqual([
      'Winter sale: 500 off',
      'Summer sale: 50% off',
    ]);
    expect((await list({ actions: [] })).totalItems).toBe(7);
  });

  it('keeps one actor, and the events from an instant (included) to another (excluded)', async () => {
    expect(actionsOf((await list({ actor: 'agent:support' })).items)).toEqual(['tool.call']);
    expect((await list({ actor: 'agent:' })).totalItems).toBe(0);
    const window = await list({
      from: new Date('2026-11-20T11:00:00Z'),
      to: new Date('2026-11-20T13:00:00Z'),
    });
    expect(window.items.map((i) => i.createdAt.toISOString())).toEqual([
      '2026-11-20T12:00:00.000Z',
      '2026-11-20T11:00:00.000Z',
    ]);
    const mine = await list({ actor: 'system', from: new Date('2026-11-20T14:00:00Z') });
    expect(mine.items.map((i) => i.data)).toEqual([{ code: 'AXB' }, { code: 'A_B' }]);
  });

  it('refuses a page of more than 100 events', async () => {
    await expect(list({ first: 101 })).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
