import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text, type FakeMessagesApi } from './fake-messages-api.js';
import {
  finishedRun,
  refusalOf,
  SCRIPTED_MODEL_ENV,
  startHubWithFakeModel,
  type TestHub,
} from './harness.js';
import { graphql } from './gql/console/index.js';
import type { EditedAgentFieldsFragment } from './gql/console/graphql.js';
import { RUN, START_RUN, type RunView } from './operations.js';

graphql(`
  fragment EditedAgentFields on Agent {
    key
    enabled
    model
    systemPrompt
    temperature
    maxSteps
    tools
    reviewPolicy {
      refundLimitCents
      legalTopics
      minConfidence
      outboundTrusted
      approvalTtlMinutes
    }
  }
`);
const AGENT = graphql(`
  query Agent($key: String!) {
    agent(key: $key) {
      ...EditedAgentFields
    }
  }
`);
const UPDATE_AGENT = graphql(`
  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {
    updateAgent(key: $key, input: $input) {
      ...EditedAgentFields
    }
  }
`);
const START_CONVERSATION = graphql(`
  mutation StartConversation {
    startConversation {
      id
    }
  }
`);
const REQUEST_HUMAN = graphql(`
  mutation RequestHuman($id: ID!) {
    requestHuman(conversationId: $id) {
      id
    }
  }
`);
const CONVERSATIONS = graphql(`
  query Conversations($handoffStates: [HandoffState!], $first: Int, $offset: Int) {
    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
      totalItems
      items {
        id
        handoffState
        visitorId
        lastMessage {
          role
          text
          runId
        }
      }
    }
  }
`);
const DASHBOARD = graphql(`
  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    dashboard(from: $from, to: $to) {
      runsPerDay {
        day
        agentKey
        runs
      }
      agents {
        agentKey
        agentName
        runs
        succeeded
        failed
        successRate
        medianDurationMs
        p95DurationMs
        inputTokens
        outputTokens
        costUsd
      }
      escalations
      handoffs
      openApprovals
    }
  }
`);
const AUDIT_EVENTS = graphql(`
  query Audit($search: String, $actions: [String!]) {
    auditEvents(search: $search, actions: $actions) {
      totalItems
      items {
        id
        actor
        action
        targetType
        targetId
        data
        createdAt
      }
    }
  }
`);

type AgentView = EditedAgentFieldsFragment;

const NEW_PROMPT =
  'You are the Zactonics support agent. Be 100% honest; answer in one short paragraph.';

describe('the console read models and the agent editor over HTTP', () => {
  let t: TestHub;
  let fake: FakeMessagesApi;
  let originalPrompt: string;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel(SCRIPTED_MODEL_ENV));
    originalPrompt = (await agent('support')).systemPrompt;
  });
  afterAll(() => t.close());

  async function agent(key: string): Promise<AgentView> {
    const { agent } = await t.client.request(AGENT, { key });
    if (!agent) throw new Error(`no agent ${key}`);
    return agent;
  }

  async function supportRun(question: string, conversationId?: string): Promise<RunView> {
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question },
        ...(conversationId ? { conversationId } : {}),
      },
    });
    return finishedRun(t.client, RUN, startRun.id);
  }

  const lastRequestBody = () => fake.requests.at(-1)?.body ?? {};
  const systemOf = (body: Record<string, unknown>) =>
    ((body.system ?? []) as Array<{ text: string }>).map((block) => block.text).join('\n');

  it("updateAgent changes the prompt, and the agent's next run sends the new one to the model", async () => {
    fake.script(
      text('You have 30 days to return an item.', { input_tokens: 1000, output_tokens: 200 }),
    );
    expect((await supportRun('How long do I have to return an item?')).status).toBe('SUCCEEDED');
    expect(systemOf(lastRequestBody())).toBe(originalPrompt);

    const { updateAgent } = await t.client.request(UPDATE_AGENT, {
      key: 'support',
      input: { systemPrompt: NEW_PROMPT, reviewPolicy: { refundLimitCents: 25_000 } },
    });
    expect(updateAgent).toMatchObject({
      systemPrompt: NEW_PROMPT,
      model: 'claude-haiku-5-5',
      reviewPolicy: { refundLimitCents: 25_000, minConfidence: 0.3, legalTopics: true },
    });

    fake.script(
      text('Returns are free within 30 days.', { input_tokens: 3000, output_tokens: 400 }),
    );
    expect((await supportRun('Are returns free?')).status).toBe('SUCCEEDED');
    expect(systemOf(lastRequestBody())).toBe(NEW_PROMPT);
  });

  it('refuses a bad update with INVALID_INPUT naming the field, and changes nothing', async () => {
    const before = await agent('support');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ systemPrompt: 'Short and fine.', maxSteps: 99 }, 'maxSteps'],
      [{ model: 'gpt-4o' }, 'model'],
      [{ temperature: 0.333 }, 'temperature'],
      [{ tools: ['search_knowledge_base', 'search_knowledge_base'] }, 'tools'],
      [{ systemPrompt: 'x'.repeat(20_001) }, 'systemPrompt'],
      [{ reviewPolicy: { minConfidence: 2 } }, 'reviewPolicy.minConfidence'],
    ];
    for (const [input, field] of cases) {
      const error = await refusalOf(t.client.request(UPDATE_AGENT, { key: 'support', input }));
      expect(error.errorCode).toBe('INVALID_INPUT');
      expect(error.errors[0]?.extensions?.field).toBe(field);
    }
    expect(await agent('support')).toEqual(before);
  });

  it('lists conversations by handoff state, newest activity first, with their last message', async () => {
    const start = () => t.client.request(START_CONVERSATION);
    const answered = (await start()).startConversation.id;
    fake.script(text('We ship to Canada.', { input_tokens: 2000, output_tokens: 600 }));
    const run = await supportRun('Do you ship to Canada?', answered);
    expect(run.status).toBe('SUCCEEDED');
    const waiting = (await start()).startConversation.id;
    await t.client.request(REQUEST_HUMAN, { id: waiting });

    const all = await t.client.request(CONVERSATIONS, {});
    expect(all.conversations.totalItems).toBe(2);
    expect(all.conversations.items.map((c) => c.id)).toEqual([waiting, answered]);
    expect(all.conversations.items[1]).toEqual({
      id: answered,
      handoffState: 'BOT',
      visitorId: null,
      lastMessage: { role: 'AGENT', text: 'We ship to Canada.', runId: run.id },
    });
    expect(all.conversations.items[0]?.lastMessage).toBeNull();

    const requested = await t.client.request(CONVERSATIONS, {
      handoffStates: ['HUMAN_REQUESTED', 'HUMAN'],
    });
    expect(requested.conversations.totalItems).toBe(1);
    expect(requested.conversations.items.map((c) => [c.id, c.handoffState])).toEqual([
      [waiting, 'HUMAN_REQUESTED'],
    ]);
    const paged = await t.client.request(CONVERSATIONS, { first: 1, offset: 1 });
    expect(paged.conversations.items.map((c) => c.id)).toEqual([answered]);
  });

  it('computes the dashboard from the runs just made: outcomes, tokens and exact cost', async () => {
    const now = Date.now();
    const { dashboard } = await t.client.request(DASHBOARD, {
      from: new Date(now - 86_400_000).toISOString(),
      to: new Date(now + 60_000).toISOString(),
    });

    const support = dashboard.runsPerDay.filter((d) => d.agentKey === 'support');
    expect(support.reduce((sum, d) => sum + d.runs, 0)).toBe(3);
    expect(support.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day))).toBe(true);
    const stats = dashboard.agents.find((a) => a.agentKey === 'support');
    expect(stats).toMatchObject({
      runs: 3,
      succeeded: 3,
      failed: 0,
      successRate: 1,
      inputTokens: 6000,
      outputTokens: 1200,
      // claude-haiku-5-5 at $0.10 / $0.50 per million tokens: 6000 in + 1200 out.
      costUsd: 0.0012,
    });
    expect(stats?.medianDurationMs).toBeGreaterThan(0);
    expect(stats?.p95DurationMs).toBeGreaterThanOrEqual(stats?.medianDurationMs ?? 0);
    expect(dashboard.agents.find((a) => a.agentKey === 'sales')).toMatchObject({
      runs: 0,
      successRate: null,
      medianDurationMs: null,
    });
    expect(dashboard).toMatchObject({ escalations: 0, handoffs: 1, openApprovals: 0 });

    const tooLong = await refusalOf(
      t.client.request(DASHBOARD, {
        from: '2025-01-01T00:00:00Z',
        to: '2026-01-03T00:00:00Z',
      }),
    );
    expect(tooLong.errorCode).toBe('INVALID_INPUT');
  });

  it('finds the agent update in the audit log, with before and after of what changed', async () => {
    const { auditEvents } = await t.client.request(AUDIT_EVENTS, {
      search: 'support',
      actions: ['agent.update'],
    });
    // The refused updates wrote nothing.
    expect(auditEvents.totalItems).toBe(1);
    expect(auditEvents.items[0]).toMatchObject({
      actor: expect.stringMatching(/^api_key:/),
      action: 'agent.update',
      targetType: 'agent',
      data: {
        agentKey: 'support',
        changes: {
          systemPrompt: { before: originalPrompt, after: NEW_PROMPT },
          'reviewPolicy.refundLimitCents': { before: 50_000, after: 25_000 },
        },
      },
    });

    // A literal "%" in the search: only the prompt that says "100%" matches.
    const percent = await t.client.request(AUDIT_EVENTS, { search: '100%' });
    expect(percent.auditEvents.items.map((e) => e.action)).toEqual(['agent.update']);
  });
});
