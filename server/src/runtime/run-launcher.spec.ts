import { AdminUserEntity, ApiKeyEntity, RunEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import { topics } from '../events/pub-sub.js';
import type { HubServices } from '../services.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const CARD = '4242 4242 4242 4242';

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:launcher-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

function runsOfWorkspace(): Promise<number> {
  return db.dataSource.manager.countBy(RunEntity, { workspaceId: ctx.workspaceId });
}

describe('RunLauncher.launch', () => {
  it('writes the run, its TRIGGER step and the caller-joined writes in one transaction', async () => {
    const joined: string[] = [];

    const run = await services.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: ctx.actor,
      agent: { key: 'support' },
      scenarioKey: 'faq-resolution',
      trigger: { kind: 'API' },
      join: {
        beforeCreate: async () => {
          joined.push('before');
        },
        afterCreate: async (tx, created) => {
          const seen = await tx.findOneByOrFail(RunEntity, { id: created.id });
          joined.push(`after ${seen.status}`);
          return null;
        },
        afterCommit: (committed) => joined.push(`committed ${committed.lastSeq}`),
      },
    });

    expect(joined).toEqual(['before', 'after QUEUED', 'committed 1']);
    expect(run).toMatchObject({ status: 'QUEUED', trigger: 'API', lastSeq: 1 });
    const steps = await services.runs.steps(ctx, run.id);
    expect(steps.map((s) => [s.seq, s.kind, s.title])).toEqual([
      [1, 'TRIGGER', 'Started "FAQ resolution"'],
    ]);
  });

  it("names who started a run in its TRIGGER step: the console user's name, the API key's name", async () => {
    const manager = db.dataSource.manager;
    const user = await manager.save(
      manager.create(AdminUserEntity, {
        workspaceId: ctx.workspaceId,
        email: 'ana@launcher.example',
        name: 'Ana Ruiz',
        role: 'ADMIN',
        passwordHash: 'not used here',
      }),
    );
    const key = await manager.save(
      manager.create(ApiKeyEntity, {
        workspaceId: ctx.workspaceId,
        name: 'Shop tools',
        displayPrefix: 'sk_live_test',
        keyHash: 'not used here',
      }),
    );
    const start = async (actor: string, kind: 'MANUAL' | 'API') => {
      const run = await services.launcher.launch({
        workspaceId: ctx.workspaceId,
        actor,
        agent: { key: 'support' },
        scenarioKey: 'faq-resolution',
        trigger: { kind },
      });
      const [trigger] = await services.runs.steps(ctx, run.id);
      return trigger;
    };

    const byConsole = await start(`user:${user.id}`, 'MANUAL');
    expect(byConsole?.detail).toBe('Started from the console by Ana Ruiz');
    expect(byConsole?.data).toMatchObject({ actor: `user:${user.id}` });
    const byApi = await start(`api_key:${key.id}`, 'API');
    expect(byApi?.detail).toBe('Triggered through the API by API key “Shop tools”');
    // A key this workspace does not have is not looked up elsewhere: it reads as gone.
    const unknown = await start('api_key:not-a-key', 'API');
    expect(unknown?.detail).toBe('Triggered through the API by A deleted API key');
  });

  it('records a schedule tick as the trigger: kind, detail, TRIGGER step and audit entry', async () => {
    const tick = '2026-11-30T13:00:00.000Z';
    const run = await services.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: 'schedule:spec',
      agent: { key: 'finance' },
      scenarioKey: 'cash-flow-report',
      trigger: {
        kind: 'SCHEDULE',
        scheduleId: 'spec-schedule',
        tick,
        description: 'At 07:00, only on Monday',
        late: true,
      },
      idempotencyKey: `schedule:spec-schedule:${tick}`,
    });

    const stored = await db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
    expect(stored).toMatchObject({
      trigger: 'SCHEDULE',
      triggerDetail: {
        scheduleId: 'spec-schedule',
        tick,
        description: 'At 07:00, only on Monday',
        late: true,
      },
    });
    const [trigger] = await services.runs.steps(ctx, run.id);
    expect(trigger?.detail).toBe(`Missed tick run late: At 07:00, only on Monday (tick ${tick})`);
    expect(trigger?.data).toMatchObject({ trigger: 'SCHEDULE', scheduleId: 'spec-schedule', tick });
    const [audit] = await db.dataSource.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM audit_event WHERE action = 'run.start' AND target_id = $1`,
      [run.id],
    );
    expect(audit?.data).toMatchObject({ trigger: 'SCHEDULE', scheduleId: 'spec-schedule', tick });
  });

  it('writes and publishes nothing when a joined write fails inside the transaction', async () => {
    const before = await runsOfWorkspace();
    const announced = services.pubSub.subscribe<unknown>(topics.workspaceRuns(ctx.workspaceId));

    const launch = services.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: ctx.actor,
      agent: { key: 'support' },
      scenarioKey: 'faq-resolution',
      trigger: { kind: 'API' },
      idempotencyKey: 'launcher-spec-rolled-back',
      join: {
        afterCreate: () => Promise.reject(new Error('the message could not be written')),
      },
    });

    await expect(launch).rejects.toThrow('the message could not be written');
    expect(await runsOfWorkspace()).toBe(before);
    await services.pubSub.publish(topics.workspaceRuns(ctx.workspaceId), { marker: true });
    expect((await announced.next()).value).toEqual({ marker: true });
    await announced.return();
  });

  it('records a GUARDRAIL step for a child run whose input was redacted, and leaves it QUEUED for its caller', async () => {
    const parent = await services.runs.start(ctx, {
      agentKey: 'sales',
      scenarioKey: 'lead-qualification',
    });

    const child = await services.launcher.launch({
      workspaceId: ctx.workspaceId,
      actor: 'agent:sales',
      agent: { key: 'support' },
      input: { question: `Was my card ${CARD} charged twice?` },
      trigger: {
        kind: 'AGENT',
        parentRunId: parent.id,
        depth: 1,
        askedBy: 'sales',
        path: 'sales → support',
      },
      execution: 'inline',
    });

    expect(child).toMatchObject({
      status: 'QUEUED',
      trigger: 'AGENT',
      parentRunId: parent.id,
      depth: 1,
      flags: ['PII_REDACTED'],
    });
    const steps = await services.runs.steps(ctx, child.id);
    expect(steps.map((s) => [s.seq, s.kind, s.title])).toEqual([
      [1, 'TRIGGER', 'Asked by the sales agent'],
      [2, 'GUARDRAIL', 'Redacted 1 card number from the input'],
    ]);
    expect(JSON.stringify(child.input)).not.toContain(CARD);
    // The run row was written numbered: the next step the executor appends is the third.
    const stored = await db.dataSource.manager.findOneByOrFail(RunEntity, { id: child.id });
    expect(stored.lastSeq).toBe(2);
    await services.journal.claim(child.id, 'launcher-spec', 'offline');
    const next = await services.journal.append(child.id, { kind: 'REASONING', title: 'next' });
    expect(next.seq).toBe(3);
  });
});
