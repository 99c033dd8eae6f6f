import { AgentEntity, RunEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { ModelRouter } from '../../runtime/model-router.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { asksForPerson } from './person-request.js';
import { RunRoutingService } from './run-routing.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:run-routing-spec' });
  ({ db, services, ctx } = fixture);
});

afterAll(() => fixture?.close());

function reload(runId: string): Promise<RunEntity> {
  return db.dataSource.manager.findOneByOrFail(RunEntity, { id: runId });
}

async function agentKeyOf(run: RunEntity): Promise<string> {
  return (await db.dataSource.manager.findOneByOrFail(AgentEntity, { id: run.agentId })).key;
}

const start = (message: unknown) => services.runs.start(ctx, { input: { message } });

describe('startRun without an agentKey (offline)', () => {
  it('queues a confident route on that agent with the input its default playbook makes', async () => {
    const run = await start('Where is my order JL-1042?');

    expect(run.status).toBe('QUEUED');
    expect(await agentKeyOf(run)).toBe('support');
    expect(run.input).toEqual({ question: 'Where is my order JL-1042?' });
    expect(run.routing).toMatchObject({
      agentKey: 'support',
      method: 'classifier',
      outcome: 'agent',
      threshold: 0.5,
    });
    expect((run.routing as { confidence: number }).confidence).toBeGreaterThanOrEqual(0.5);
    const [trigger] = await services.runs.steps(ctx, run.id);
    expect(trigger?.title).toMatch(/^Routed to Customer Support \(classifier, 0\.\d\d\)$/);
    expect(trigger?.data).toMatchObject({
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      routing: run.routing,
    });
  });

  it('turns a finance message naming a customer into a payment check', async () => {
    const run = await start(
      'check the payment history of luis@brambleandbean.example before we extend credit',
    );
    expect(await agentKeyOf(run)).toBe('finance');
    expect(run.input).toEqual({ customerEmail: 'luis@brambleandbean.example' });

    await services.executor.execute(run.id);

    expect(await reload(run.id)).toMatchObject({
      status: 'SUCCEEDED',
      output: {
        text: expect.stringContaining('Verdict: WATCH'),
        data: { paymentHistory: { verdict: 'WATCH', overdueCents: 59_800 } },
      },
    });
  });

  it('answers with what the agent can do when its playbooks need more than a message', async () => {
    const run = await start('can we book a demo for our team');

    expect(await agentKeyOf(run)).toBe('sales');
    expect(run.status).toBe('SUCCEEDED');
    expect(run.routing).toMatchObject({ agentKey: 'sales', outcome: 'capabilities' });
    expect(run.output).toMatchObject({
      text:
        'Sales & Leads can help with lead qualification, follow-up email drafting and meeting ' +
        'scheduling, but needs a few details to start, more than a message alone. Please start ' +
        'the one you need with its details.',
      handoffSuggested: false,
    });
  });

  it('asks a clarifying question on support below the threshold, finishing at once without tools', async () => {
    const run = await start('what is the capital of France');

    expect(await agentKeyOf(run)).toBe('support');
    expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'offline', scenarioId: null });
    expect(run.routing).toMatchObject({ method: 'classifier', outcome: 'clarification' });
    const routing = run.routing as { confidence: number; candidates: unknown[] };
    expect(routing.confidence).toBeLessThan(0.5);
    expect(run.output).toEqual({
      text:
        "I'm not sure who should handle that. I can help with Customer Support, Sales & Leads, " +
        'Finance & Ops, Content Marketing, Tax & Compliance or P&L & Filing. Which is it about?',
      citations: [],
      confidence: null,
      handoffSuggested: false,
      provider: 'offline',
      clarification: { candidates: routing.candidates },
    });
    expect(routing.candidates).toHaveLength(3);
    const steps = await services.runs.steps(ctx, run.id);
    expect(steps.map((s) => s.kind)).toEqual(['TRIGGER', 'RESPONSE', 'FEEDBACK', 'COMPLETED']);
    expect(steps[0]?.data).toMatchObject({ scenarioKey: null, routing: run.routing });
  });

  it('hands a request for a person over, whatever the score', async () => {
    const run = await start('I want to talk to a human');

    expect(await agentKeyOf(run)).toBe('support');
    expect(run.routing).toMatchObject({ outcome: 'handover' });
    expect(run.output).toMatchObject({
      handoffSuggested: true,
      text: expect.stringMatching(/person/),
    });
  });

  it('refuses a missing or empty message, and a scenario without its agent', async () => {
    for (const message of [undefined, '', '   ', 42]) {
      await expect(start(message)).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
    }
    await expect(
      services.runs.start(ctx, { scenarioKey: 'faq-resolution', input: { message: 'hi' } }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
  });

  it('returns the first run for a repeated idempotency key', async () => {
    const command = {
      input: { message: 'what is the capital of Peru' },
      idempotencyKey: 'route-1',
    };
    const first = await services.runs.start(ctx, command);
    const again = await services.runs.start(ctx, command);
    expect(again.id).toBe(first.id);
  });
});

describe('routing with a model', () => {
  const fakeModel = (route: ModelRouter['route']) => ({ route }) as unknown as ModelRouter;
  const routing = (model: ModelRouter) =>
    new RunRoutingService({ ...services, classifier: services.router, model });

  it("takes the model's agent and confidence, and sends the message as is when no playbook input fits", async () => {
    const model = fakeModel(async (modelName, agents) => {
      expect(modelName).toBe('claude-haiku-5-5'); // the front desk's model
      expect(agents.map((a) => a.key)).toContain('tax');
      return {
        agentKey: 'sales',
        confidence: 0.93,
        model: modelName,
        usage: { inputTokens: 310, outputTokens: 12, costUsd: '0.000037' },
      };
    });

    const routed = await routing(model).route(ctx, { input: { message: 'we want 200 mugs' } });

    expect(routed).toMatchObject({
      agentKey: 'sales',
      input: { message: 'we want 200 mugs' },
      reply: null,
      routing: {
        agentKey: 'sales',
        confidence: 0.93,
        method: 'model',
        candidates: [{ agentKey: 'sales', confidence: 0.93 }],
        outcome: 'agent',
        model: 'claude-haiku-5-5',
      },
    });
  });

  it('falls back to the classifier when the model call fails, saying why', async () => {
    const model = fakeModel(async () => {
      throw new Error('500 Internal server error');
    });

    const routed = await routing(model).route(ctx, {
      input: { message: 'Where is my order JL-1042?' },
    });

    expect(routed.routing).toMatchObject({
      agentKey: 'support',
      method: 'classifier',
      fallbackReason: 'The routing model failed: 500 Internal server error',
    });
  });

  it('asks the clarifying question when the model is unsure', async () => {
    const model = fakeModel(async (modelName) => ({
      agentKey: 'content',
      confidence: 0.2,
      model: modelName,
      usage: { inputTokens: 1, outputTokens: 1, costUsd: '0' },
    }));

    const routed = await routing(model).route(ctx, { input: { message: 'hmm' } });

    expect(routed).toMatchObject({
      agentKey: 'support',
      routing: { method: 'model', outcome: 'clarification' },
      reply: { extra: { clarification: { candidates: [{ agentKey: 'content' }] } } },
    });
  });
});

describe('asksForPerson', () => {
  it.each([
    'I want to talk to a human',
    'agent please',
    'Agent, please!',
    'can I speak with someone?',
    'a real person please',
    'connect me to a representative',
    'HUMAN',
  ])('hears a request for a person in %j', (message) => {
    expect(asksForPerson(message)).toBe(true);
  });

  it.each([
    'ask the sales agent about wholesale',
    'where is my order JL-1042',
    'is the mug safe for humans to drink from',
    'write a blog post about our people',
  ])('does not in %j', (message) => {
    expect(asksForPerson(message)).toBe(false);
  });
});
