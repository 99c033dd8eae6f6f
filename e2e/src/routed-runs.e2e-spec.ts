import { DEMO_AGENTS } from '@zactonics/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import {
  finishedRun,
  SCRIPTED_MODEL_ENV,
  startHubWithFakeModel,
  startTestHub,
  type TestHub,
} from './harness.js';
import { graphql } from './gql/console/index.js';

const START_ROUTED = graphql(`
  mutation StartRouted($input: StartRunInput!) {
    startRun(input: $input) {
      id
      status
      agent {
        key
      }
      scenario {
        key
      }
      routing
      input
      output
    }
  }
`);

const ROUTED_RUN = graphql(`
  query RoutedRun($id: ID!) {
    run(id: $id) {
      id
      status
      errorCode
      provider
      input
      output
      routing
      agent {
        key
      }
      steps {
        kind
        title
        data
      }
    }
  }
`);

/**
 * `Run.routing` is a JSON scalar: this narrowing is the record the router writes, not a contract
 * shape.
 */
interface Routing {
  agentKey: string;
  confidence: number;
  method: 'classifier' | 'model';
  candidates: Array<{ agentKey: string; confidence: number }>;
  outcome: string;
  fallbackReason?: string;
  model?: string;
}

async function startRouted(t: TestHub, message: unknown) {
  const { startRun } = await t.client.request(START_ROUTED, { input: { input: { message } } });
  return startRun;
}

async function finished(t: TestHub, id: string) {
  const run = await finishedRun(t.client, ROUTED_RUN, id);
  // The run with its routing record narrowed (see Routing).
  return { ...run, routing: run.routing as Routing | null };
}

describe('startRun with a message and no agent (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('runs an order question on support, recording how it was routed', async () => {
    const started = await startRouted(t, 'Where is my order JL-1042?');

    expect(started).toMatchObject({ status: 'QUEUED', agent: { key: 'support' } });
    const run = await finished(t, started.id);
    expect(run).toMatchObject({
      agent: { key: 'support' },
      input: { question: 'Where is my order JL-1042?' },
      routing: { agentKey: 'support', method: 'classifier', outcome: 'agent' },
    });
    expect(run.routing?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(run.routing?.candidates[0]).toEqual({
      agentKey: 'support',
      confidence: run.routing?.confidence,
    });
    const trigger = run.steps[0];
    expect(trigger?.title).toMatch(/^Routed to Customer Support \(classifier/);
    expect(trigger?.data.routing).toEqual(run.routing);
    expect(run.steps.map((s) => s.kind)).toContain('CONTEXT');
  });

  it('asks a clarifying question for an ambiguous message, on support, without tools', async () => {
    const started = await startRouted(t, 'what is the capital of France');

    // The reply is known when the run is created, so it is already finished.
    expect(started).toMatchObject({ status: 'SUCCEEDED', agent: { key: 'support' } });
    const run = await finished(t, started.id);
    expect(run.routing).toMatchObject({ method: 'classifier', outcome: 'clarification' });
    expect(run.routing?.confidence).toBeLessThan(0.5);
    expect(run.steps.map((s) => s.kind)).toEqual(['TRIGGER', 'RESPONSE', 'FEEDBACK', 'COMPLETED']);
    // `output` is a JSON scalar: the clarification reply, narrowed here (not a contract shape).
    const output = run.output as { text: string; clarification: { candidates: unknown[] } };
    for (const agent of DEMO_AGENTS) expect(output.text).toContain(agent.name);
    expect(output).toMatchObject({
      handoffSuggested: false,
      clarification: { candidates: run.routing?.candidates },
    });
    expect(output.clarification.candidates).toHaveLength(3);
  });

  it('hands "I want to talk to a human" over to a person', async () => {
    const run = await finished(t, (await startRouted(t, 'I want to talk to a human')).id);

    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'support' },
      routing: { outcome: 'handover' },
      output: { handoffSuggested: true },
    });
    expect(run.steps.find((s) => s.kind === 'FEEDBACK')?.data).toMatchObject({
      handoffSuggested: true,
    });
  });

  it('refuses a run with neither an agent nor a message', async () => {
    await expect(
      t.client.request(START_ROUTED, { input: { input: { question: 'hello?' } } }),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT' });
    await expect(t.client.request(START_ROUTED, { input: {} })).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });
});

describe('startRun with a message and no agent, routed by the model (fake Messages API)', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel(SCRIPTED_MODEL_ENV));
  });
  afterEach(() => fake.reset());
  afterAll(() => t.close());

  const route = (agentKey: string, confidence: number) =>
    toolUse([{ id: 'toolu_route', name: 'route_message', input: { agentKey, confidence } }], {
      usage: { input_tokens: 420, output_tokens: 18 },
    });

  it("routes with one forced tool call, and runs the model's choice", async () => {
    fake.script(
      route('finance', 0.91),
      text('Cash is fine this quarter: more came in than went out.'),
    );

    const run = await finished(t, (await startRouted(t, 'are we ok for money this quarter?')).id);

    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      provider: 'anthropic',
      agent: { key: 'finance' },
      routing: {
        agentKey: 'finance',
        confidence: 0.91,
        method: 'model',
        candidates: [{ agentKey: 'finance', confidence: 0.91 }],
        outcome: 'agent',
        model: 'claude-haiku-5-5',
      },
    });
    const [routing, agentCall] = fake.requests.map((r) => r.body);
    expect(routing).toMatchObject({
      model: 'claude-haiku-5-5',
      tool_choice: { type: 'tool', name: 'route_message' },
      messages: [{ role: 'user', content: 'are we ok for money this quarter?' }],
    });
    const tools = routing?.tools as Array<{
      name: string;
      input_schema: { properties: { agentKey: { enum: string[] } } };
    }>;
    expect(tools.map((tool) => tool.name)).toEqual(['route_message']);
    expect(tools[0]?.input_schema.properties.agentKey.enum).toEqual(DEMO_AGENTS.map((a) => a.key));
    expect(JSON.stringify(agentCall?.system)).toContain('finance and operations agent');
  });

  it('sends the message as is to an agent whose playbooks need more than a message', async () => {
    fake.script(route('sales', 0.88), text('Happy to help with a wholesale order.'));

    const run = await finished(t, (await startRouted(t, 'we want 200 mugs for our cafes')).id);

    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'sales' },
      input: { message: 'we want 200 mugs for our cafes' },
    });
    expect(JSON.stringify(fake.requests[1]?.body.messages)).toContain('we want 200 mugs');
  });

  it('falls back to the classifier when the model answers 500', async () => {
    fake.script({ kind: 'error', status: 500 }, text('Your order JL-1042 is on its way.'));

    const run = await finished(t, (await startRouted(t, 'Where is my order JL-1042?')).id);

    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'support' },
      routing: { agentKey: 'support', method: 'classifier', outcome: 'agent' },
    });
    expect(run.routing?.fallbackReason).toMatch(/^The routing model failed: .*500/);
  });

  it('falls back to the classifier when the model names no enabled agent', async () => {
    fake.script(route('astrology', 0.99), text('Your order JL-1042 is on its way.'));

    const run = await finished(t, (await startRouted(t, 'Where is my order JL-1042?')).id);

    expect(run.routing).toMatchObject({ agentKey: 'support', method: 'classifier' });
    expect(run.routing?.fallbackReason).toContain('"astrology"');
  });

  it('asks the clarifying question when the model is unsure, without calling an agent', async () => {
    fake.script(route('content', 0.3));

    const started = await startRouted(t, 'hmm, can you help?');

    expect(started).toMatchObject({ status: 'SUCCEEDED', agent: { key: 'support' } });
    const run = await finished(t, started.id);
    expect(run.routing).toMatchObject({ method: 'model', outcome: 'clarification' });
    expect(run.output).toMatchObject({
      clarification: { candidates: [{ agentKey: 'content', confidence: 0.3 }] },
    });
    expect(fake.requests).toHaveLength(1); // the routing call only
  });
});
