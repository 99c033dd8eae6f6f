import { AuditEventEntity, RunEntity, type HubDatabase, type RunStepEntity } from '@zactonics/db';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RequestContext } from '../context.js';
import type { HubServices } from '../services.js';
import { RunExecutor } from './run-executor.js';
import { ToolRegistry, type Tool, type ToolContext } from './tool-registry.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:executor-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

function steps(runId: string): Promise<RunStepEntity[]> {
  return services.runs.steps(ctx, runId);
}

function toolCallAudits(runId: string): Promise<AuditEventEntity[]> {
  return db.dataSource.manager.find(AuditEventEntity, {
    where: { targetType: 'run', targetId: runId, action: 'tool.call' },
  });
}

const TERMINAL = ['COMPLETED', 'FAILED', 'CANCELLED'];

/** An executor like the hub's, but whose registry holds only the given tools. */
function executorWith(...tools: Parameters<ToolRegistry['register']>): RunExecutor {
  return new RunExecutor(
    { ...services, tools: new ToolRegistry(services.audit).register(...tools) },
    { workerId: 'spec-worker', heartbeatMs: 60_000 },
  );
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RunExecutor', () => {
  it('answers the FAQ sample from the returns article through the whole agent loop', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    await services.executor.execute(run.id);

    const stored = await reload(run.id);
    expect(stored).toMatchObject({ status: 'SUCCEEDED', provider: 'offline', errorCode: null });
    const timeline = await steps(run.id);
    expect(timeline.map((s) => [s.seq, s.kind])).toEqual([
      [1, 'TRIGGER'],
      [2, 'CONTEXT'],
      [3, 'REASONING'],
      [4, 'TOOL_CALL'],
      [5, 'TOOL_RESULT'],
      [6, 'REASONING'],
      [7, 'RESPONSE'],
      [8, 'FEEDBACK'],
      [9, 'COMPLETED'],
    ]);
    expect(stored.lastSeq).toBe(9);
    const output = stored.output as {
      text: string;
      citations: Array<{ slug: string }>;
      confidence: number;
      handoffSuggested: boolean;
    };
    expect(output.citations[0]?.slug).toBe('returns-and-refunds');
    // The answer first: not the article's "How long do you have to return an item?" back.
    expect(output.text).toMatch(/^You can return any item within 30 days of delivery\./);
    expect(output.confidence).toBe(1);
    expect(output.handoffSuggested).toBe(false);
    expect(timeline[3]?.data).toMatchObject({
      tool: 'search_knowledge_base',
      input: { query: 'How long do I have to return an item?' },
    });

    const audits = await toolCallAudits(run.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      workspaceId: ctx.workspaceId,
      actor: 'agent:support',
      data: { tool: 'search_knowledge_base', ok: true },
    });
  });

  it('offers a person, citing nothing, when the knowledge base has no answer', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      input: { question: 'What is the capital of France?' },
    });

    await services.executor.execute(run.id);

    const stored = await reload(run.id);
    expect(stored.status).toBe('SUCCEEDED');
    expect(stored.output).toMatchObject({ handoffSuggested: true, citations: [] });
    const feedback = (await steps(run.id)).find((s) => s.kind === 'FEEDBACK');
    expect(feedback?.title).toBe('Offered a person');
  });

  it('fails a run whose tool the hub does not have with TOOL_NOT_AVAILABLE naming it', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'content',
      scenarioKey: 'trend-monitoring',
    });

    await executorWith().execute(run.id);

    const stored = await reload(run.id);
    expect(stored.status).toBe('FAILED');
    expect(stored.errorCode).toBe('TOOL_NOT_AVAILABLE');
    expect(stored.error).toContain('"monitor_trends"');
    const timeline = await steps(run.id);
    expect(timeline.filter((s) => TERMINAL.includes(s.kind))).toHaveLength(1);
    expect(timeline.at(-1)).toMatchObject({
      kind: 'FAILED',
      title: 'monitor_trends could not run',
      data: { errorCode: 'TOOL_NOT_AVAILABLE' },
    });
    expect((await toolCallAudits(run.id)).map((a) => a.data)).toMatchObject([
      { tool: 'monitor_trends', ok: false, errorCode: 'TOOL_NOT_AVAILABLE' },
    ]);
  });

  it('never executes a run cancelled while queued', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });
    await services.runs.cancel(ctx, run.id);

    await services.executor.execute(run.id);

    const stored = await reload(run.id);
    expect(stored.status).toBe('CANCELLED');
    expect(stored.startedAt).toBeNull();
    expect((await steps(run.id)).map((s) => s.kind)).toEqual(['TRIGGER', 'CANCELLED']);
    expect(await toolCallAudits(run.id)).toEqual([]);
  });

  it('executes a run handed out twice only once', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    await Promise.all([services.executor.execute(run.id), services.executor.execute(run.id)]);

    const timeline = await steps(run.id);
    expect(timeline.map((s) => s.kind)).toEqual([
      'TRIGGER',
      'CONTEXT',
      'REASONING',
      'TOOL_CALL',
      'TOOL_RESULT',
      'REASONING',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);
    expect(await toolCallAudits(run.id)).toHaveLength(1);
  });

  it('stops a run cancelled while its tool runs: CANCELLED, one terminal step, no result', async () => {
    const toolStarted = deferred();
    const releaseTool = deferred();
    const slowSearch: Tool<{ query: string }, { matches: [] }> = {
      name: 'search_knowledge_base',
      description: 'A search that waits for the test.',
      input: z.object({ query: z.string() }),
      async execute() {
        toolStarted.resolve();
        await releaseTool.promise;
        return { matches: [] };
      },
    };
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    const execution = executorWith(slowSearch).execute(run.id);
    await toolStarted.promise;
    await services.runs.cancel(ctx, run.id);
    releaseTool.resolve();
    await execution;

    expect((await reload(run.id)).status).toBe('CANCELLED');
    expect((await steps(run.id)).map((s) => s.kind)).toEqual([
      'TRIGGER',
      'CONTEXT',
      'REASONING',
      'TOOL_CALL',
      'CANCELLED',
    ]);
  });

  it('fails the run with TOOL_FAILED and the tool message when a tool throws', async () => {
    const brokenSearch: Tool<{ query: string }, never> = {
      name: 'search_knowledge_base',
      description: 'A search whose index is gone.',
      input: z.object({ query: z.string() }),
      execute: () => Promise.reject(new Error('search index unavailable')),
    };
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
    });

    await executorWith(brokenSearch).execute(run.id);

    const stored = await reload(run.id);
    expect(stored).toMatchObject({
      status: 'FAILED',
      errorCode: 'TOOL_FAILED',
      error: 'The tool "search_knowledge_base" failed: search index unavailable',
    });
    expect((await steps(run.id)).map((s) => s.kind)).toEqual([
      'TRIGGER',
      'CONTEXT',
      'REASONING',
      'TOOL_CALL',
      'FAILED',
    ]);
  });
});

describe('ToolRegistry.call', () => {
  const echo: Tool<{ orderNumber: string; quantity: number }, { echoed: string }> = {
    name: 'echo_order',
    description: 'Echoes an order number.',
    input: z.object({ orderNumber: z.string().min(1), quantity: z.number().int().positive() }),
    execute: async (_ctx, input) => ({ echoed: `${input.orderNumber} x${input.quantity}` }),
    summarize: (output) => `echoed ${output.echoed}`,
  };
  const exploding: Tool<Record<string, never>, never> = {
    name: 'exploding_tool',
    description: 'Always throws.',
    input: z.object({}),
    execute: () => Promise.reject(new Error('carrier API returned 503')),
  };
  let registry: ToolRegistry;
  let toolCtx: ToolContext;

  beforeAll(() => {
    registry = new ToolRegistry(services.audit).register(echo, exploding);
    toolCtx = { workspaceId: ctx.workspaceId, runId: '', agentKey: 'support', now: NOW };
  });

  function callAs(runId: string, name: string, input: unknown) {
    return registry.call({ ...toolCtx, runId }, name, input);
  }

  it('runs a registered tool with validated input and audits the call', async () => {
    const outcome = await callAs('registry-ok', 'echo_order', {
      orderNumber: 'JL-1042',
      quantity: 2,
    });

    expect(outcome).toMatchObject({
      ok: true,
      output: { echoed: 'JL-1042 x2' },
      summary: 'echoed JL-1042 x2',
    });
    expect((await toolCallAudits('registry-ok')).map((a) => a.data)).toMatchObject([
      { tool: 'echo_order', ok: true },
    ]);
  });

  it('answers an unknown tool with TOOL_NOT_AVAILABLE and audits it', async () => {
    const outcome = await callAs('registry-unknown', 'track_order', { orderNumber: 'JL-1042' });

    expect(outcome).toMatchObject({ ok: false, errorCode: 'TOOL_NOT_AVAILABLE' });
    expect(outcome.ok ? '' : outcome.message).toContain('"track_order"');
    expect((await toolCallAudits('registry-unknown')).map((a) => a.data)).toMatchObject([
      { tool: 'track_order', ok: false, errorCode: 'TOOL_NOT_AVAILABLE' },
    ]);
  });

  it('refuses invalid input with TOOL_INPUT_INVALID naming the field', async () => {
    const outcome = await callAs('registry-invalid', 'echo_order', {
      orderNumber: 'JL-1042',
      quantity: -1,
    });

    expect(outcome).toMatchObject({ ok: false, errorCode: 'TOOL_INPUT_INVALID' });
    expect(outcome.ok ? '' : outcome.message).toMatch(
      /^Invalid input for the tool "echo_order": quantity: /,
    );
    expect((await toolCallAudits('registry-invalid')).map((a) => a.data)).toMatchObject([
      { tool: 'echo_order', ok: false, errorCode: 'TOOL_INPUT_INVALID' },
    ]);
  });

  it('turns a throwing tool into TOOL_FAILED with its message, and audits it', async () => {
    const outcome = await callAs('registry-throws', 'exploding_tool', {});

    expect(outcome).toMatchObject({
      ok: false,
      errorCode: 'TOOL_FAILED',
      message: 'The tool "exploding_tool" failed: carrier API returned 503',
    });
    expect((await toolCallAudits('registry-throws')).map((a) => a.data)).toMatchObject([
      { tool: 'exploding_tool', ok: false, errorCode: 'TOOL_FAILED' },
    ]);
  });

  it('refuses to register two tools with one name', () => {
    expect(() => new ToolRegistry(services.audit).register(echo, echo)).toThrow(
      'tool echo_order registered twice',
    );
  });
});
