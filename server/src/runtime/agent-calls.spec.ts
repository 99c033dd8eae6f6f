import { randomUUID } from 'node:crypto';
import { AgentEntity, RunEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { HubServices } from '../services.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { askAgentTool } from './agent-call.tool.js';
import { AgentCalls, MAX_RUN_DEPTH } from './agent-calls.js';
import { NO_USAGE, type ModelProvider, type ModelRequest } from './model-gateway.js';
import { RunExecutor } from './run-executor.js';
import { ToolError, ToolRegistry, type ToolContext } from './tool-registry.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const HARBOR = 'dana.whitfield@harborpointrealty.example';

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;
let calls: AgentCalls;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:agent-calls-spec' });
  ({ db, services, ctx } = fixture);
  calls = new AgentCalls({ ...services, driver: services.executor });
});

afterAll(() => fixture?.close());

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

function children(runId: string): Promise<RunEntity[]> {
  return services.runs.children(ctx, runId);
}

/** A run of `agentKey` as a tool would see it, created like startRun does (never executed). */
async function toolContextFor(agentKey: string, parent?: RunEntity): Promise<ToolContext> {
  const agent = await db.dataSource.manager.findOneByOrFail(AgentEntity, {
    workspaceId: ctx.workspaceId,
    key: agentKey,
  });
  const run = await db.dataSource.manager.save(
    db.dataSource.manager.create(RunEntity, {
      workspaceId: ctx.workspaceId,
      agentId: agent.id,
      status: 'RUNNING',
      input: {},
      parentRunId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
    }),
  );
  return { workspaceId: ctx.workspaceId, runId: run.id, agentKey, now: NOW };
}

async function refusal(promise: Promise<unknown>): Promise<ToolError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ToolError);
  return error as ToolError;
}

describe('sales asks finance before booking a demo (offline playbooks)', () => {
  it('does not book a RISK prospect: the finance child run rates them and the parent stops', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'sales',
      scenarioKey: 'meeting-scheduling',
      input: { leadEmail: HARBOR, timeZone: 'America/Chicago', durationMinutes: 30 },
    });

    await services.executor.execute(run.id);

    const parent = await reload(run.id);
    const [child, ...others] = await children(run.id);
    expect(others).toEqual([]);
    expect(child).toMatchObject({
      status: 'SUCCEEDED',
      parentRunId: run.id,
      depth: 1,
      trigger: 'AGENT',
      input: { customerEmail: HARBOR },
    });
    expect(child?.output).toMatchObject({ data: { paymentHistory: { verdict: 'RISK' } } });
    expect(parent.status).toBe('SUCCEEDED');
    expect(parent.output).toMatchObject({
      text: expect.stringContaining("needs the owner's sign-off or prepayment"),
      data: { paymentCheck: { childRunId: child?.id, verdict: 'RISK' }, booking: null },
    });
    const tools = (await services.runs.steps(ctx, run.id))
      .filter((s) => s.kind === 'TOOL_CALL')
      .map((s) => s.data.tool);
    expect(tools).toEqual(['ask_agent']); // no find_free_slots, no book_meeting
  });

  it('goes on to find slots and books the demo for a prospect with a clean record', async () => {
    const run = await services.runs.start(ctx, {
      agentKey: 'sales',
      scenarioKey: 'meeting-scheduling',
    });

    await services.executor.execute(run.id);

    const [child] = await children(run.id);
    expect(child?.output).toMatchObject({ data: { paymentHistory: { verdict: 'GOOD' } } });
    expect(await reload(run.id)).toMatchObject({
      status: 'SUCCEEDED',
      errorCode: null,
      // The seeded team is busy until 13:00 in New York on this clock (db/src/seed/demo-team.ts).
      output: {
        text: expect.stringMatching(
          /^Booked: Thu 26 Nov, 13:00 \(America\/New_York\) with Jordan Ellis, link /,
        ),
        data: {
          paymentCheck: { verdict: 'GOOD' },
          booking: { startsAt: '2026-11-26T18:00:00.000Z', leadEmail: 'priya@brightdesk.example' },
        },
      },
    });
  });
});

describe('AgentCalls refusals', () => {
  it('refuses an agent already in the chain, naming the cycle, and writes no child', async () => {
    const sales = await toolContextFor('sales');
    const finance = await toolContextFor('finance', await reload(sales.runId));

    const error = await refusal(calls.call(finance, { agentKey: 'sales', input: {} }));

    expect(error.errorCode).toBe('AGENT_CALL_REFUSED');
    expect(error.message).toContain('sales → finance → sales is a cycle');
    expect(await children(finance.runId)).toEqual([]);
  });

  it('refuses an agent asking itself', async () => {
    const sales = await toolContextFor('sales');
    const error = await refusal(calls.call(sales, { agentKey: 'sales', input: {} }));
    expect(error.message).toContain('sales → sales is a cycle');
  });

  it(`refuses a child deeper than ${MAX_RUN_DEPTH}`, async () => {
    let link = await toolContextFor('support');
    for (const agentKey of ['sales', 'finance', 'content']) {
      link = await toolContextFor(agentKey, await reload(link.runId));
    }
    expect((await reload(link.runId)).depth).toBe(3);

    const error = await refusal(calls.call(link, { agentKey: 'tax', input: {} }));

    expect(error.errorCode).toBe('AGENT_CALL_REFUSED');
    expect(error.message).toContain(
      'support → sales → finance → content → tax would exceed the depth limit 3',
    );
  });

  it('fails with CHILD_RUN_FAILED naming the child run and its error', async () => {
    // A driver whose registry has no tools: the child fails on its first tool call.
    const toolless = new RunExecutor(
      { ...services, tools: new ToolRegistry(services.audit) },
      { workerId: 'spec-toolless', heartbeatMs: 60_000 },
    );
    const sales = await toolContextFor('sales');
    const error = await refusal(
      new AgentCalls({ ...services, driver: toolless }).call(sales, {
        agentKey: 'content',
        scenarioKey: 'trend-monitoring',
        input: { topics: ['soy candles'] },
      }),
    );
    const [child] = await children(sales.runId);
    expect(child).toMatchObject({ status: 'FAILED', errorCode: 'TOOL_NOT_AVAILABLE', depth: 1 });
    expect(error.errorCode).toBe('CHILD_RUN_FAILED');
    expect(error.message).toContain(`The content run ${child?.id} asked by sales ended FAILED`);
    expect(error.message).toContain('TOOL_NOT_AVAILABLE');
  });

  it('refuses input the target agent cannot take, before writing anything', async () => {
    const sales = await toolContextFor('sales');
    const bad = await refusal(
      calls.call(sales, { agentKey: 'finance', input: { customerEmail: 'not-an-email' } }),
    );
    expect(bad.errorCode).toBe('TOOL_INPUT_INVALID');
    const unknown = await refusal(calls.call(sales, { agentKey: 'astrologer', input: {} }));
    expect(unknown.errorCode).toBe('TOOL_INPUT_INVALID');
    expect(await children(sales.runId)).toEqual([]);
  });

  it('does not follow a run of another workspace', async () => {
    const sales = await toolContextFor('sales');
    await expect(
      calls.call({ ...sales, workspaceId: randomUUID() }, { agentKey: 'finance', input: {} }),
    ).rejects.toThrow(/not found/);
  });
});

describe('agent calls through the executor', () => {
  /**
   * A provider that makes each agent ask the next one in `hops` (whatever the input), so the
   * refusal happens deep in a chain of inline child runs.
   */
  function chainProvider(hops: Record<string, string>): ModelProvider {
    // Input each target's general entry point accepts.
    const inputs: Record<string, Record<string, unknown>> = {
      sales: { name: 'Ada Park', email: 'ada@park.example' },
      finance: {},
      content: { topic: 'caring for stoneware' },
    };
    return {
      name: 'scripted',
      async decide(request: ModelRequest) {
        const next = hops[request.agent.key];
        if (request.rounds.length === 0 && next) {
          return {
            decision: {
              type: 'tool_calls' as const,
              reasoning: `ask ${next}`,
              calls: [
                {
                  id: 'call-1',
                  name: 'ask_agent',
                  input: { agentKey: next, input: inputs[next] ?? {} },
                },
              ],
            },
            usage: NO_USAGE,
          };
        }
        return {
          decision: {
            type: 'final' as const,
            reasoning: 'done',
            answer: { text: 'done', citations: [], confidence: null, handoffSuggested: false },
          },
          usage: NO_USAGE,
        };
      },
    };
  }

  function scriptedExecutor(hops: Record<string, string>): RunExecutor {
    const tools = new ToolRegistry(services.audit);
    const executor: RunExecutor = new RunExecutor(
      { ...services, provider: chainProvider(hops), tools },
      { workerId: 'spec-worker', heartbeatMs: 60_000 },
    );
    tools.register(askAgentTool(new AgentCalls({ ...services, driver: executor })));
    return executor;
  }

  beforeAll(async () => {
    // Only sales may ask by default; these tests let every agent ask.
    await db.dataSource.query(
      `UPDATE agent SET tools = array_append(tools, 'ask_agent')
        WHERE workspace_id = $1 AND NOT ('ask_agent' = ANY(tools))`,
      [ctx.workspaceId],
    );
  });

  it('fails the asking run with AGENT_CALL_REFUSED on a cycle, and its parent with CHILD_RUN_FAILED', async () => {
    const executor = scriptedExecutor({ sales: 'finance', finance: 'sales' });
    const run = await services.runs.start(ctx, {
      agentKey: 'sales',
      scenarioKey: 'follow-up-email',
    });

    await executor.execute(run.id);

    const [finance] = await children(run.id);
    expect(finance).toMatchObject({ status: 'FAILED', errorCode: 'AGENT_CALL_REFUSED', depth: 1 });
    expect(finance?.error).toContain('sales → finance → sales is a cycle');
    expect(await children(finance?.id as string)).toEqual([]);
    const parent = await reload(run.id);
    expect(parent).toMatchObject({ status: 'FAILED', errorCode: 'CHILD_RUN_FAILED' });
    expect(parent.error).toContain(finance?.id);
    expect(parent.error).toContain('AGENT_CALL_REFUSED: Refused to ask "sales"');
  });

  it('runs three levels of children inline, and refuses the fourth', async () => {
    const executor = scriptedExecutor({
      support: 'sales',
      sales: 'finance',
      finance: 'content',
      content: 'tax',
    });
    const run = await services.runs.start(ctx, {
      agentKey: 'support',
      input: { question: 'anything' },
    });

    await executor.execute(run.id);

    const chain: RunEntity[] = [await reload(run.id)];
    for (;;) {
      const [next] = await children((chain.at(-1) as RunEntity).id);
      if (!next) break;
      chain.push(next);
    }
    expect(chain.map((r) => [r.depth, r.status, r.errorCode])).toEqual([
      [0, 'FAILED', 'CHILD_RUN_FAILED'],
      [1, 'FAILED', 'CHILD_RUN_FAILED'],
      [2, 'FAILED', 'CHILD_RUN_FAILED'],
      [3, 'FAILED', 'AGENT_CALL_REFUSED'],
    ]);
    expect(chain[3]?.error).toContain(
      'support → sales → finance → content → tax would exceed the depth limit 3',
    );
  });
});

describe('cancelling a run that asked other agents', () => {
  it('cancels its unfinished child runs and theirs, leaving finished ones alone', async () => {
    const parent = await services.runs.start(ctx, {
      agentKey: 'sales',
      scenarioKey: 'lead-qualification',
    });
    const child = await reload((await toolContextFor('finance', await reload(parent.id))).runId);
    const grandchild = await reload((await toolContextFor('support', child)).runId);
    const done = await reload((await toolContextFor('tax', await reload(parent.id))).runId);
    await services.journal.finish(done.id, {
      status: 'FAILED',
      errorCode: 'TOOL_FAILED',
      error: 'finished before the cancel',
    });

    await services.runs.cancel(ctx, parent.id);

    expect((await reload(child.id)).status).toBe('CANCELLED');
    expect((await reload(child.id)).error).toBe(
      `The run that asked for it (${parent.id}) was cancelled by api_key:agent-calls-spec`,
    );
    expect((await reload(grandchild.id)).status).toBe('CANCELLED');
    expect((await reload(done.id)).status).toBe('FAILED');
  });
});
