import { AgentEntity, RunEntity, ScenarioEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { checkReply } from './index.js';

/**
 * The guardrails against the real catalog and the offline agent loop: startRun stores only the
 * redacted input, the journal redacts whatever a tool or model writes, and the output policy
 * holds back none of the demo agents' ordinary replies (or every reply would go to review).
 */

const NOW = new Date('2026-11-26T15:00:00.000Z');
let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:guardrails-spec' });
});

afterAll(() => fixture?.close());

describe('guardrails with the offline agent loop', () => {
  it('stores an input with a card number and an SSN redacted through every step and the output', async () => {
    const { services, ctx, db } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'Card 4111 1111 1111 1111 and SSN 123-45-6789: how do refunds work?' },
    });
    await services.executor.execute(run.id);

    const rows = await db.dataSource.query<Array<{ row: string }>>(
      `SELECT row_to_json(r)::text AS row FROM run r WHERE r.id = $1
       UNION ALL SELECT row_to_json(s)::text FROM run_step s WHERE s.run_id = $1`,
      [run.id],
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const { row } of rows) {
      expect(row).not.toMatch(/4111 1111 1111 1111|4111111111111111|123-45-6789/);
    }
    expect(rows[0]?.row).toContain('[card ••••1111]');
    expect((await db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id })).flags).toEqual([
      'PII_REDACTED',
    ]);
  });

  it('redacts what a tool or a model writes into a step before storing it', async () => {
    const { services, ctx, db } = fixture;
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    const step = await services.journal.append(run.id, {
      kind: 'TOOL_RESULT',
      title: 'lookup returned',
      detail: 'Paid with 5555 5555 5555 4444',
      data: { output: { notes: ['SSN on file: 123-45-6789'] } },
    });

    const [row] = await db.dataSource.query<Array<{ detail: string; data: string }>>(
      'SELECT detail, data::text AS data FROM run_step WHERE id = $1',
      [step.id],
    );
    expect(row).toEqual({
      detail: 'Paid with [card ••••4444]',
      data: '{"output": {"notes": ["SSN on file: [ssn redacted]"]}}',
    });
  });

  it("holds back none of the demo agents' replies to ordinary requests", async () => {
    const { services, ctx, db } = fixture;
    const agents = await db.dataSource.manager.find(AgentEntity, {
      where: { workspaceId: ctx.workspaceId },
    });
    const scenarios = await db.dataSource.manager.find(ScenarioEntity, {
      where: { workspaceId: ctx.workspaceId },
    });
    const requests = [
      // Every scenario with its sample input: those whose tools exist yet produce a reply.
      ...scenarios.map((s) => ({
        agent: agents.find((a) => a.id === s.agentId),
        scenarioKey: s.key,
        input: undefined as Record<string, unknown> | undefined,
      })),
      // FAQ questions answered from several articles, and one that gets the fallback.
      ...[
        'How long do I have to return an item?',
        'Do you ship internationally?',
        'Which payment methods do you accept?',
        'Do gift cards expire?',
        'What is the capital of France?',
      ].map((question) => ({
        agent: agents.find((a) => a.key === 'support'),
        scenarioKey: 'faq-resolution',
        input: { question } as Record<string, unknown> | undefined,
      })),
    ];
    let replies = 0;
    for (const { agent, scenarioKey, input } of requests) {
      if (!agent) continue;
      const started = await services.runs.start(ctx, { agentKey: agent.key, scenarioKey, input });
      await services.executor.execute(started.id);
      const run = await db.dataSource.manager.findOneByOrFail(RunEntity, { id: started.id });
      const text = run.output?.text;
      if (typeof text !== 'string') continue; // e.g. TOOL_NOT_AVAILABLE while tools are built
      expect(
        checkReply(text, { systemPrompt: agent.systemPrompt, toolNames: agent.tools }),
        `${agent.key}/${scenarioKey}: ${text}`,
      ).toEqual([]);
      replies++;
    }
    expect(replies).toBeGreaterThanOrEqual(6);
  });
});
