import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext, type ConsoleContext } from '../../../console-context.js';
import type { ConsoleRole } from '../../../context.js';
import { domainErrorStatusPlugin, formatError } from '../../../graphql/domain-errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { consoleAccessPlugin } from '../../admin-users/operation-access.js';
import { ThresholdTriggerResolver } from './threshold-trigger.resolver.js';

// The console's threshold-trigger API through Apollo with the console's role check and error
// shaping (as console-endpoint.ts mounts them), over the seeded demo shop.

const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let apollo: ApolloServer<ConsoleContext>;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:threshold-api-spec' });
  apollo = new ApolloServer<ConsoleContext>({
    schema: await buildSchema({ resolvers: [ThresholdTriggerResolver], validate: false }),
    formatError: (formatted, error) =>
      formatError(formatted, error, { development: false, log: () => undefined }),
    plugins: [consoleAccessPlugin(), domainErrorStatusPlugin()],
  });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await s?.close();
});

function caller(role: ConsoleRole, workspaceId = s.ctx.workspaceId): ConsoleContext {
  return createConsoleContext(s.services, workspaceId, `user:${role.toLowerCase()}-1`, {
    role,
    userId: `${role.toLowerCase()}-1`,
  });
}

interface TriggerData {
  id: string;
  condition: string;
  params: Record<string, unknown>;
  description: string;
  scenarioKey: string;
  agentKey: string;
  enabled: boolean;
  crossings: Array<{
    subject: string;
    detail: string;
    value: number | null;
    runId: string | null;
    clearedAt: string | null;
  }>;
}

interface Answer {
  thresholdTriggers: TriggerData[];
  saveThresholdTrigger: TriggerData;
  deleteThresholdTrigger: boolean;
}

async function execute(
  as: ConsoleContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: Partial<Answer> | null; errorCodes: string[]; messages: string[] }> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: as });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    data: data as Partial<Answer> | null | undefined,
    errorCodes: (errors ?? []).map((e) => String(e.extensions?.errorCode)),
    messages: (errors ?? []).map((e) => e.message),
  };
}

/** The triggers the caller sees. */
async function listed(as: ConsoleContext): Promise<TriggerData[]> {
  const { data, errorCodes } = await execute(as, LIST);
  expect(errorCodes).toEqual([]);
  return data?.thresholdTriggers ?? [];
}

/** Saves a trigger, which must be accepted. */
async function saved(as: ConsoleContext, input: Record<string, unknown>): Promise<TriggerData> {
  const { data, errorCodes } = await execute(as, SAVE, { input });
  expect(errorCodes).toEqual([]);
  const trigger = data?.saveThresholdTrigger;
  if (!trigger) throw new Error('saveThresholdTrigger answered nothing');
  return trigger;
}

const LIST = `
  query Triggers {
    thresholdTriggers {
      id condition params description scenarioKey agentKey enabled createdAt
      crossings(first: 10) { id subject detail value crossedAt clearedAt runId }
    }
  }`;

const SAVE = `
  mutation Save($input: ThresholdTriggerInput!) {
    saveThresholdTrigger(input: $input) {
      id condition params description scenarioKey agentKey enabled
      crossings { subject detail value runId clearedAt }
    }
  }`;

const DELETE = `mutation Delete($id: ID!) { deleteThresholdTrigger(id: $id) }`;

async function auditActions(targetId: string): Promise<string[]> {
  const rows = (await s.db.dataSource.query(
    `SELECT action FROM audit_event WHERE target_type = 'threshold_trigger' AND target_id = $1
      ORDER BY created_at, id`,
    [targetId],
  )) as Array<{ action: string }>;
  return rows.map((row) => row.action);
}

describe('threshold triggers over the console API', () => {
  it('lists the demo triggers with their conditions in words, to any console role', async () => {
    const { data, errorCodes } = await execute(caller('VIEWER'), LIST);
    expect(errorCodes).toEqual([]);
    expect(
      (data?.thresholdTriggers ?? []).map((t) => [
        t.condition,
        t.description,
        t.scenarioKey,
        t.agentKey,
        t.enabled,
      ]),
    ).toEqual([
      [
        'INVOICE_OVERDUE',
        'An open invoice is past its due date',
        'late-invoice-detection',
        'finance',
        true,
      ],
      [
        'NEXUS_EXPOSURE',
        'Sales into a state where the shop is not registered reach 80% of its economic-nexus threshold',
        'compliance-monitoring',
        'tax',
        true,
      ],
      ['CASH_BELOW_FLOOR', 'Cash below $10,000.00', 'cash-flow-report', 'finance', true],
      [
        'NEGATIVE_SENTIMENT_SPIKE',
        '3 or more negative customer messages within 60 minutes',
        'ticket-escalation',
        'support',
        true,
      ],
    ]);
  });

  it('creates a trigger with the defaults filled in, armed with its baseline, and audits it', async () => {
    const { data, errorCodes } = await execute(caller('ADMIN'), SAVE, {
      input: {
        condition: 'INVOICE_OVERDUE',
        params: { graceDays: 30 },
        scenarioKey: 'late-invoice-detection',
      },
    });
    expect(errorCodes).toEqual([]);
    const saved = data?.saveThresholdTrigger as TriggerData;
    expect(saved).toMatchObject({
      condition: 'INVOICE_OVERDUE',
      params: { graceDays: 30 },
      description: 'An open invoice is more than 30 days past its due date',
      agentKey: 'finance',
      enabled: true,
    });
    // INV-2026-002 (75 days) and INV-2026-004 (45 days) were already past the line: baseline.
    expect(saved.crossings.map((c) => [c.subject, c.value, c.runId])).toEqual([
      ['invoice:INV-2026-002', 75, null],
      ['invoice:INV-2026-004', 45, null],
    ]);
    expect(saved.crossings[0]?.detail).toMatch(/^Already true when the trigger was armed/);
    expect(await auditActions(saved.id)).toEqual(['threshold_trigger.create']);
  });

  it('refuses parameters the condition does not take, naming them, and writes nothing', async () => {
    const before = (await listed(caller('OWNER'))).length;
    const refused = await execute(caller('OWNER'), SAVE, {
      input: {
        condition: 'NEXUS_EXPOSURE',
        params: { percent: 150 },
        scenarioKey: 'compliance-monitoring',
      },
    });
    expect(refused.errorCodes).toEqual(['INVALID_INPUT']);
    expect(refused.messages[0]).toMatch(
      /^Invalid parameters for NEXUS_EXPOSURE: params\.percent: /,
    );
    const noFloor = await execute(caller('OWNER'), SAVE, {
      input: { condition: 'CASH_BELOW_FLOOR', scenarioKey: 'cash-flow-report' },
    });
    expect(noFloor.errorCodes).toEqual(['INVALID_INPUT']);
    const noScenario = await execute(caller('OWNER'), SAVE, {
      input: { condition: 'CASH_BELOW_FLOOR', params: { floorCents: 1 }, scenarioKey: 'nope' },
    });
    expect(noScenario.errorCodes).toEqual(['SCENARIO_NOT_FOUND']);
    expect(await listed(caller('OWNER'))).toHaveLength(before);
  });

  it('refuses a viewer, in the operation rules and in the service', async () => {
    const refused = await execute(caller('VIEWER'), SAVE, {
      input: {
        condition: 'CASH_BELOW_FLOOR',
        params: { floorCents: 1 },
        scenarioKey: 'cash-flow-report',
      },
    });
    expect(refused.errorCodes).toEqual(['FORBIDDEN']);
    await expect(
      s.services.thresholdTriggers.save(caller('VIEWER'), {
        condition: 'CASH_BELOW_FLOOR',
        params: { floorCents: 1 },
        scenarioKey: 'cash-flow-report',
      }),
    ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
  });

  it("another workspace's trigger does not exist for the caller", async () => {
    const [trigger] = await listed(caller('OWNER'));
    const [{ id: otherWorkspace }] = (await s.db.dataSource.query(
      `INSERT INTO workspace (slug, name, time_zone) VALUES ('other-shop', 'Other', 'UTC') RETURNING id`,
    )) as [{ id: string }];
    const stranger = caller('OWNER', otherWorkspace);
    expect(await listed(stranger)).toEqual([]);
    expect((await execute(stranger, DELETE, { id: trigger?.id })).errorCodes).toEqual([
      'NOT_FOUND',
    ]);
    expect((await execute(stranger, DELETE, { id: randomUUID() })).errorCodes).toEqual([
      'NOT_FOUND',
    ]);
    expect((await execute(stranger, DELETE, { id: 'not-an-id' })).errorCodes).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('changing the condition ends the old crossings and arms the trigger again', async () => {
    const created = await saved(caller('OWNER'), {
      condition: 'INVOICE_OVERDUE',
      scenarioKey: 'late-invoice-detection',
    });
    expect(created.crossings.length).toBeGreaterThan(0);
    const changed = await saved(caller('OWNER'), {
      id: created.id,
      condition: 'CASH_BELOW_FLOOR',
      params: { floorCents: 100 },
      scenarioKey: 'cash-flow-report',
    });
    expect(changed).toMatchObject({ description: 'Cash below $1.00', agentKey: 'finance' });
    expect(changed.crossings.every((c) => c.clearedAt !== null)).toBe(true);
    expect(await auditActions(created.id)).toEqual([
      'threshold_trigger.create',
      'threshold_trigger.update',
    ]);
  });

  it('deletes a trigger with its crossings, audited', async () => {
    const created = await saved(caller('OWNER'), {
      condition: 'INVOICE_OVERDUE',
      scenarioKey: 'late-invoice-detection',
      enabled: false,
    });
    expect(created).toMatchObject({ enabled: false, crossings: [] });
    expect((await execute(caller('ADMIN'), DELETE, { id: created.id })).data).toEqual({
      deleteThresholdTrigger: true,
    });
    expect(await auditActions(created.id)).toEqual([
      'threshold_trigger.create',
      'threshold_trigger.delete',
    ]);
    const ids = (await listed(caller('OWNER'))).map((t) => t.id);
    expect(ids).not.toContain(created.id);
  });
});
