import { AgentEntity, AuditEventEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelProvider, ModelRequest } from '../../runtime/model-gateway.js';
import { parseReviewPolicy } from '../../runtime/review-policy.js';
import { RunExecutor } from '../../runtime/run-executor.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import type { AgentUpdate } from './agent-update.js';

let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00Z'),
    actor: 'api_key:agent-editor-spec',
  });
});

afterAll(() => fixture?.close());

const agentRow = (key: string) =>
  fixture.db.dataSource.manager.findOneByOrFail(AgentEntity, {
    workspaceId: fixture.ctx.workspaceId,
    key,
  });

const updateAudits = (agentId: string) =>
  fixture.db.dataSource.manager.find(AuditEventEntity, {
    where: { action: 'agent.update', targetId: agentId },
    order: { createdAt: 'ASC' },
  });

/** The row as the editor may change it, to compare before and after a refused update. */
const editable = (a: AgentEntity) => ({
  enabled: a.enabled,
  model: a.model,
  systemPrompt: a.systemPrompt,
  temperature: a.temperature,
  maxSteps: a.maxSteps,
  tools: a.tools,
  reviewPolicy: a.reviewPolicy,
});

describe('AgentEditorService.update refuses invalid input, naming the field', () => {
  const cases: Array<[string, AgentUpdate, string]> = [
    ['an unknown model', { model: 'gpt-4o' }, 'model'],
    ['a null model', { model: null }, 'model'],
    ['an empty system prompt', { systemPrompt: '' }, 'systemPrompt'],
    ['a blank system prompt', { systemPrompt: ' \n\t ' }, 'systemPrompt'],
    [
      'a system prompt over 20,000 characters',
      { systemPrompt: 'x'.repeat(20_001) },
      'systemPrompt',
    ],
    ['a temperature below 0', { temperature: -0.01 }, 'temperature'],
    ['a temperature above 1', { temperature: 1.01 }, 'temperature'],
    ['a temperature with three decimals', { temperature: 0.255 }, 'temperature'],
    ['0 steps', { maxSteps: 0 }, 'maxSteps'],
    ['51 steps', { maxSteps: 51 }, 'maxSteps'],
    ['an unregistered tool', { tools: ['search_knowledge_base', 'launch_rocket'] }, 'tools'],
    ['a tool listed twice', { tools: ['search_knowledge_base', 'search_knowledge_base'] }, 'tools'],
    ['a null enabled flag', { enabled: null }, 'enabled'],
    [
      'a negative refund limit',
      { reviewPolicy: { refundLimitCents: -1 } },
      'reviewPolicy.refundLimitCents',
    ],
    [
      'a fractional refund limit',
      { reviewPolicy: { refundLimitCents: 10.5 } },
      'reviewPolicy.refundLimitCents',
    ],
    [
      'a confidence threshold above 1',
      { reviewPolicy: { minConfidence: 1.5 } },
      'reviewPolicy.minConfidence',
    ],
    [
      'a confidence threshold below 0',
      { reviewPolicy: { minConfidence: -0.1 } },
      'reviewPolicy.minConfidence',
    ],
    [
      'an approval TTL of 0 minutes',
      { reviewPolicy: { approvalTtlMinutes: 0 } },
      'reviewPolicy.approvalTtlMinutes',
    ],
    [
      'an approval TTL over 30 days',
      { reviewPolicy: { approvalTtlMinutes: 43_201 } },
      'reviewPolicy.approvalTtlMinutes',
    ],
    [
      'a null legal-topics flag',
      { reviewPolicy: { legalTopics: null } },
      'reviewPolicy.legalTopics',
    ],
    [
      'a valid prompt with a bad temperature (nothing is written)',
      { systemPrompt: 'You are terse.', temperature: 2 },
      'temperature',
    ],
  ];

  it.each(cases)('%s', async (_name, input, field) => {
    const before = await agentRow('support');
    const audits = (await updateAudits(before.id)).length;

    await expect(
      fixture.services.agentEditor.update(fixture.ctx, 'support', input),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { field } });

    expect(editable(await agentRow('support'))).toEqual(editable(before));
    expect(await updateAudits(before.id)).toHaveLength(audits);
  });

  it('names the allowed models when the model is unknown', async () => {
    const error = await fixture.services.agentEditor
      .update(fixture.ctx, 'support', { model: 'claude-2' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      errorCode: 'INVALID_INPUT',
      details: { field: 'model', allowed: expect.arrayContaining(['claude-sonnet-5-5']) },
    });
    expect((error as Error).message).toContain('claude-haiku-5-5');
  });

  it('refuses an unknown agent with AGENT_NOT_FOUND', async () => {
    await expect(
      fixture.services.agentEditor.update(fixture.ctx, 'astrology', { enabled: false }),
    ).rejects.toMatchObject({ errorCode: 'AGENT_NOT_FOUND' });
  });
});

describe('AgentEditorService.update writes and audits the changed fields', () => {
  it('stores each field and audits before/after of the ones that changed, only', async () => {
    const before = await agentRow('finance');
    const agent = await fixture.services.agentEditor.update(fixture.ctx, 'finance', {
      model: 'claude-opus-5-5',
      temperature: 0.35,
      maxSteps: 12,
      tools: ['payment_history', 'cash_flow_report'],
      enabled: before.enabled, // the same value: not a change
      reviewPolicy: { refundLimitCents: 12_500, minConfidence: null },
    });

    expect(agent).toMatchObject({
      model: 'claude-opus-5-5',
      temperature: '0.35',
      maxSteps: 12,
      tools: ['payment_history', 'cash_flow_report'],
    });
    const stored = await agentRow('finance');
    expect(editable(stored)).toEqual(editable(agent));
    // Written whole, with the defaults filled in, and read back by the runtime as written.
    expect(stored.reviewPolicy).toEqual({
      refundLimitCents: 12_500,
      legalTopics: true,
      minConfidence: null,
      outboundTrusted: false,
      approvalTtlMinutes: 1440,
    });
    expect(parseReviewPolicy(stored.reviewPolicy)).toEqual(stored.reviewPolicy);

    const [audit, ...more] = await updateAudits(before.id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      actor: 'api_key:agent-editor-spec',
      targetType: 'agent',
      targetId: before.id,
      data: {
        agentKey: 'finance',
        changes: {
          model: { before: 'claude-sonnet-5-5', after: 'claude-opus-5-5' },
          temperature: { before: Number(before.temperature), after: 0.35 },
          maxSteps: { before: before.maxSteps, after: 12 },
          tools: { before: before.tools, after: ['payment_history', 'cash_flow_report'] },
          'reviewPolicy.refundLimitCents': { before: 50_000, after: 12_500 },
          'reviewPolicy.minConfidence': { before: 0.3, after: null },
        },
      },
    });
    expect(Object.keys(audit?.data.changes as object)).toHaveLength(6);
  });

  it('writes and audits nothing when every given value is the current one', async () => {
    const before = await agentRow('content');
    const agent = await fixture.services.agentEditor.update(fixture.ctx, 'content', {
      model: before.model,
      systemPrompt: before.systemPrompt,
      temperature: Number(before.temperature),
      tools: before.tools,
      reviewPolicy: { legalTopics: true },
    });
    expect(agent.updatedAt).toEqual(before.updatedAt);
    expect(agent.editedFields).toEqual([]);
    expect(await updateAudits(before.id)).toHaveLength(0);
  });

  it('marks the fields the owner changed, so reference data converging at start keeps them', async () => {
    const before = await agentRow('tax');
    expect(before.editedFields).toEqual([]);

    await fixture.services.agentEditor.update(fixture.ctx, 'tax', {
      tools: before.tools.slice(1),
      reviewPolicy: { minConfidence: 0.5 },
      model: before.model, // the same value: not an edit
    });
    await fixture.services.agentEditor.update(fixture.ctx, 'tax', { maxSteps: 6 });

    expect((await agentRow('tax')).editedFields).toEqual(['maxSteps', 'reviewPolicy', 'tools']);
  });

  it('shows the change in the cached agent list at once', async () => {
    const enabledOf = async (key: string) =>
      (await fixture.services.agents.list(fixture.ctx)).find((a) => a.key === key)?.enabled;
    expect(await enabledOf('reporting')).toBe(true); // now cached for the TTL
    await fixture.services.agentEditor.update(fixture.ctx, 'reporting', { enabled: false });
    expect(await enabledOf('reporting')).toBe(false);
  });

  it("gives the agent's next run the new system prompt", async () => {
    const prompts: string[] = [];
    const provider = fixture.services.provider;
    const recording: ModelProvider = {
      name: provider.name,
      decide(request: ModelRequest, hooks) {
        prompts.push(request.agent.systemPrompt);
        return provider.decide(request, hooks);
      },
    };
    const executor = new RunExecutor(
      { ...fixture.services, provider: recording },
      { workerId: 'agent-editor-spec', heartbeatMs: 60_000 },
    );
    const runOnce = async () => {
      const run = await fixture.services.runs.start(fixture.ctx, {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
      });
      await executor.execute(run.id);
      return fixture.services.runs.get(fixture.ctx, run.id);
    };

    const first = await runOnce();
    const original = (await agentRow('support')).systemPrompt;
    expect(prompts.at(-1)).toBe(original);

    const prompt = 'You are the support agent of Zactonics. Answer in one short paragraph.';
    await fixture.services.agentEditor.update(fixture.ctx, 'support', { systemPrompt: prompt });
    prompts.length = 0;
    const second = await runOnce();

    expect(first.status).toBe('SUCCEEDED');
    expect(second.status).toBe('SUCCEEDED');
    expect(prompts.length).toBeGreaterThan(0);
    expect(new Set(prompts)).toEqual(new Set([prompt]));
  });
});
