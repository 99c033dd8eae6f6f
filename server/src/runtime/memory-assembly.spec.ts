import { RunEntity, type HubDatabase, type RunStepEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context.js';
import type { HubServices } from '../services.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { MemoryAssembler } from './memory-assembly.js';
import { turnTokens } from './memory-budget.js';
import { NO_USAGE, type ModelProvider, type ModelRequest } from './model-gateway.js';
import { RunExecutor } from './run-executor.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:memory-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

async function faqRun(question: string, extra: Record<string, unknown> = {}): Promise<RunEntity> {
  const { customerEmail, conversationId } = extra as {
    customerEmail?: string;
    conversationId?: string;
  };
  return services.runs.start(ctx, {
    agentKey: 'support',
    scenarioKey: 'faq-resolution',
    input: { question, ...(customerEmail ? { customerEmail } : {}) },
    conversationId,
  });
}

async function executed(run: RunEntity, executor = services.executor): Promise<RunEntity> {
  await executor.execute(run.id);
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: run.id });
}

async function contextStep(runId: string): Promise<RunStepEntity> {
  const step = (await services.runs.steps(ctx, runId)).find((s) => s.kind === 'CONTEXT');
  if (!step) throw new Error(`run ${runId} has no CONTEXT step`);
  return step;
}

/** An executor whose model remembers one fact on its first round, then answers. */
function executorRemembering(fact: { key: string; value: string }): RunExecutor {
  const provider: ModelProvider = {
    name: 'scripted',
    async decide(request: ModelRequest) {
      return request.rounds.length === 0
        ? {
            decision: {
              type: 'tool_calls',
              reasoning: 'The customer told me something worth keeping.',
              calls: [{ id: 'call-1', name: 'remember_customer_fact', input: fact }],
            },
            usage: NO_USAGE,
          }
        : {
            decision: {
              type: 'final',
              reasoning: 'Done.',
              answer: {
                text: 'Noted!',
                citations: [],
                confidence: null,
                handoffSuggested: false,
              },
            },
            usage: NO_USAGE,
          };
    },
  };
  return new RunExecutor(
    { ...services, provider },
    { workerId: 'memory-spec', heartbeatMs: 60_000 },
  );
}

describe('conversation history', () => {
  it("gives a second run of a conversation the first run's exchange, in its CONTEXT step too", async () => {
    const conversation = await services.conversations.start(ctx, {});
    const first = await executed(
      await faqRun('How long do I have to return an item?', { conversationId: conversation.id }),
    );
    const firstAnswer = (first.output as { text: string }).text;
    expect(first.status).toBe('SUCCEEDED');

    const second = await executed(
      await faqRun('Do you ship to Canada?', { conversationId: conversation.id }),
    );

    expect(await services.memory.assemble(second)).toEqual({
      history: [
        { role: 'customer', text: 'How long do I have to return an item?' },
        { role: 'agent', text: firstAnswer },
      ],
      omittedTurns: 0,
      facts: [],
    });
    const step = await contextStep(second.id);
    expect(step.data.memory).toMatchObject({ turns: 2, omittedTurns: 0, facts: [] });
    expect(step.detail).toContain('remembers 2 earlier turn(s)');
    // The first run saw nothing earlier, not even the run that came after it.
    expect((await contextStep(first.id)).data.memory).toMatchObject({ turns: 0, omittedTurns: 0 });
    expect((await services.memory.assemble(first)).history).toEqual([]);
  });

  it('keeps only the customer turn of an earlier run that did not succeed', async () => {
    const conversation = await services.conversations.start(ctx, {});
    const unfinished = await faqRun('Where is my parcel?', { conversationId: conversation.id });
    const next = await faqRun('Hello?', { conversationId: conversation.id });

    const memory = await services.memory.assemble(next);

    expect(unfinished.status).toBe('QUEUED');
    expect(memory.history).toEqual([{ role: 'customer', text: 'Where is my parcel?' }]);
  });

  it('leaves out the oldest turns beyond the budget and counts them', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await executed(
      await faqRun('How long do I have to return an item?', { conversationId: conversation.id }),
    );
    await executed(await faqRun('Do you ship to Canada?', { conversationId: conversation.id }));
    const third = await faqRun('Thanks!', { conversationId: conversation.id });
    const full = await services.memory.assemble(third);
    expect(full.history).toHaveLength(4);
    const last = full.history[3];
    if (!last) throw new Error('no last turn');
    // Room for exactly the newest turn.
    const budgetTokens = turnTokens(last);

    const small = new MemoryAssembler(db.dataSource, services.customerFacts, { budgetTokens });
    const memory = await small.assemble(third);

    expect(memory.history).toEqual([last]);
    expect(memory.omittedTurns).toBe(3);
  });

  it('counts the turns of runs beyond the read limit as omitted', async () => {
    const conversation = await services.conversations.start(ctx, {});
    await executed(
      await faqRun('How long do I have to return an item?', { conversationId: conversation.id }),
    );
    await faqRun('Do you ship to Canada?', { conversationId: conversation.id });
    const third = await faqRun('Thanks!', { conversationId: conversation.id });

    const limited = new MemoryAssembler(db.dataSource, services.customerFacts, {
      historyRunLimit: 1,
    });
    const memory = await limited.assemble(third);

    expect(memory.history).toEqual([{ role: 'customer', text: 'Do you ship to Canada?' }]);
    expect(memory.omittedTurns).toBe(2); // the first run's question and answer
  });
});

describe('customer facts', () => {
  it('recalls a fact the agent stored with remember_customer_fact in a later conversation of the same customer', async () => {
    const before = await services.conversations.start(ctx, {
      customerEmail: 'maya.chen@example.com',
    });
    const teaching = await executed(
      await faqRun("I'm Maya, by the way.", { conversationId: before.id }),
      executorRemembering({ key: 'preferred_name', value: 'Maya' }),
    );
    expect(teaching.status).toBe('SUCCEEDED');

    const later = await services.conversations.start(ctx, {
      customerEmail: 'Maya.Chen@Example.com',
    });
    const run = await executed(
      await faqRun('How long do I have to return an item?', { conversationId: later.id }),
    );

    const step = await contextStep(run.id);
    expect(step.data.memory).toMatchObject({
      turns: 0,
      facts: [{ key: 'preferred_name', value: 'Maya' }],
    });
    expect(step.detail).toContain('1 fact(s) about the customer');
    const [stored] = await services.customerFacts.recall(ctx, 'maya.chen@example.com');
    expect(stored).toMatchObject({
      key: 'preferred_name',
      value: 'Maya',
      sourceRunId: teaching.id,
    });
  });

  it("recalls facts for a run outside any conversation from its input's customerEmail", async () => {
    await services.customerFacts.remember(ctx, {
      customerEmail: 'sam@example.com',
      key: 'gift_wrap_preference',
      value: 'Always gift-wrap, no receipt in the box',
    });

    const run = await faqRun('Do you gift wrap?', { customerEmail: 'Sam@Example.com' });
    const memory = await services.memory.assemble(run);

    expect(run.input).toEqual({ question: 'Do you gift wrap?', customerEmail: 'Sam@Example.com' });
    expect(memory.facts).toEqual([
      { key: 'gift_wrap_preference', value: 'Always gift-wrap, no receipt in the box' },
    ]);
  });

  it('fails the run with a clear TOOL_FAILED when the run has no customer to remember about', async () => {
    const run = await executed(
      await faqRun('Call me Alex.'),
      executorRemembering({ key: 'preferred_name', value: 'Alex' }),
    );

    expect(run.status).toBe('FAILED');
    expect(run.errorCode).toBe('TOOL_FAILED');
    expect(run.error).toBe(
      'The tool "remember_customer_fact" failed: this run has no known customer: start it in a ' +
        'conversation with a customer email, or give customerEmail in its input.',
    );
  });

  it('fails the run with TOOL_INPUT_INVALID naming the key when the model sends a bad fact key', async () => {
    const conversation = await services.conversations.start(ctx, {
      customerEmail: 'kim@example.com',
    });
    const run = await executed(
      await faqRun('Call me Kim.', { conversationId: conversation.id }),
      executorRemembering({ key: 'Preferred Name', value: 'Kim' }),
    );

    expect(run.status).toBe('FAILED');
    expect(run.errorCode).toBe('TOOL_INPUT_INVALID');
    expect(run.error).toBe(
      'Invalid input for the tool "remember_customer_fact": key: use snake_case starting with a letter, e.g. preferred_name',
    );
    expect(await services.customerFacts.recall(ctx, 'kim@example.com')).toEqual([]);
  });
});
