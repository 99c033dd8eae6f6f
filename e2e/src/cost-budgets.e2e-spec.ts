import {
  startFakeWebhookReceiver,
  type FakeWebhookReceiver,
} from '@zactonics/server/testing/fake-webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text, type FakeMessagesApi } from './fake-messages-api.js';
import { graphql } from './gql/console/index.js';
import { expectEventually, finishedRun, startHubWithFakeModel, type TestHub } from './harness.js';
import { RUN, START_RUN } from './operations.js';

// A monthly budget driven past its limit by the real Anthropic SDK against the fake Messages API.
// The support agent runs claude-haiku-5-5 ($0.10 input, $0.50 output per million tokens), so a
// reply reporting 80,000 input and 4,000 output tokens costs exactly $0.008 + $0.002 = 1 cent.
// With a budget of 5 cents, calls 1..5 are paid, the warning (80%) fires at call 4, the budget
// is announced as spent at call 5, and call 6 is the first one stopped.

const ONE_CENT = { input_tokens: 80_000, output_tokens: 4_000 };

const SAVE_BUDGET = graphql(`
  mutation SaveCostBudgetE2e($input: CostBudgetInput!) {
    saveCostBudget(input: $input) {
      id
      limitCents
      policy
      spentUsd
      percent
      status
    }
  }
`);

const BUDGETS = graphql(`
  query CostBudgetsE2e {
    costBudgets {
      id
      agent {
        key
      }
      month
      spentUsd
      percent
      status
    }
  }
`);

const CREATE_BUDGET_SUBSCRIPTION = graphql(`
  mutation CreateCostBudgetWebhookE2e($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription {
        id
      }
    }
  }
`);

const BUDGET_WAITING = graphql(`
  query CostBudgetWaitingE2e($id: ID!) {
    run(id: $id) {
      id
      status
      pendingApproval {
        id
        actionKind
        policy
        reason
        proposedOutput
      }
    }
  }
`);

const APPROVE_BUDGET = graphql(`
  mutation ApproveCostBudgetE2e($id: ID!) {
    approveRun(id: $id) {
      id
      status
    }
  }
`);

const REJECT_BUDGET = graphql(`
  mutation RejectCostBudgetE2e($id: ID!, $reason: String!) {
    rejectRun(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

describe('a monthly cost budget driven past its limit through the real SDK', () => {
  let t: TestHub;
  let fake: FakeMessagesApi;
  let receiver: FakeWebhookReceiver;

  beforeAll(async () => {
    receiver = await startFakeWebhookReceiver();
    ({ hub: t, fake } = await startHubWithFakeModel({ HUB_AUTOMATION: 'off' }));
    await t.client.request(CREATE_BUDGET_SUBSCRIPTION, {
      input: { url: receiver.url, eventTypes: ['BUDGET_WARNING', 'BUDGET_EXHAUSTED'] },
    });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  /** One FAQ run; when `paid`, the fake answers its one call with a 1-cent reply. */
  async function faqRun(question: string, paid: boolean): Promise<string> {
    if (paid) fake.script(text(`Answer to: ${question}`, ONE_CENT));
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question } },
    });
    return startRun.id;
  }

  const budgetEvents = () =>
    t.query<{ action: string; spent: string }>(
      `SELECT action, data->>'spentUsd' AS spent FROM audit_event
        WHERE action IN ('budget.warning', 'budget.exhausted') ORDER BY created_at, action DESC`,
    );
  const webhookTypes = () =>
    receiver.received.map((r) => (JSON.parse(r.body) as { type: string }).type);

  it('pays calls 1..5, warns once at call 4 (80%), announces call 5, and sends call 6 offline with a label', async () => {
    const { saveCostBudget } = await t.client.request(SAVE_BUDGET, {
      input: { limitCents: 5, policy: 'FALLBACK_OFFLINE' },
    });
    expect(saveCostBudget).toMatchObject({ spentUsd: '0.000000', status: 'OK', percent: 0 });

    for (const call of [1, 2, 3]) {
      const run = await finishedRun(t.client, RUN, await faqRun(`Question ${call}?`, true));
      expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'anthropic', costUsd: 0.01 });
    }
    expect(await budgetEvents()).toEqual([]);

    const fourth = await finishedRun(t.client, RUN, await faqRun('Question 4?', true));
    expect(fourth.status).toBe('SUCCEEDED');
    expect(await budgetEvents()).toEqual([{ action: 'budget.warning', spent: '0.040000' }]);
    await expectEventually(() => expect(webhookTypes()).toEqual(['budget.warning']));

    await finishedRun(t.client, RUN, await faqRun('Question 5?', true));
    expect(await budgetEvents()).toEqual([
      { action: 'budget.warning', spent: '0.040000' },
      { action: 'budget.exhausted', spent: '0.050000' },
    ]);
    await expectEventually(() =>
      expect(webhookTypes()).toEqual(['budget.warning', 'budget.exhausted']),
    );
    expect(fake.requests).toHaveLength(5);

    const sixth = await finishedRun(t.client, RUN, await faqRun('Do you ship to Canada?', false));

    expect(fake.requests).toHaveLength(5); // call 6 never reached the paid API
    expect(sixth.status).toBe('SUCCEEDED');
    expect(Number(sixth.costUsd)).toBe(0);
    const label = sixth.steps.find((s) => s.kind === 'GUARDRAIL');
    expect(label).toMatchObject({
      title: 'Budget reached: offline provider',
      detail:
        'The monthly model budget of the workspace ($0.05) is spent: $0.05 in ' +
        `${new Date().toISOString().slice(0, 7)}. The offline provider answers instead.`,
    });
    const kinds = sixth.steps.map((s) => s.kind);
    expect(kinds.indexOf('GUARDRAIL')).toBeLessThan(kinds.indexOf('REASONING'));
    const reasoning = sixth.steps.filter((s) => s.kind === 'REASONING');
    expect(reasoning.length).toBeGreaterThan(0);
    expect(reasoning.every((s) => s.data.provider === 'offline')).toBe(true);

    const { costBudgets } = await t.client.request(BUDGETS);
    expect(costBudgets).toEqual([
      expect.objectContaining({
        agent: null,
        spentUsd: '0.050000',
        percent: 100,
        status: 'EXHAUSTED',
      }),
    ]);
  });

  it('makes the next run wait for a person under REQUIRE_APPROVAL; approving lets it pay', async () => {
    await t.client.request(SAVE_BUDGET, { input: { limitCents: 5, policy: 'REQUIRE_APPROVAL' } });
    const id = await faqRun('Can I pay by invoice?', false);

    let waiting: { id: string; actionKind: string; policy: string; reason: string } | undefined;
    await expectEventually(async () => {
      const { run } = await t.client.request(BUDGET_WAITING, { id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
      waiting = run?.pendingApproval ?? undefined;
      expect(waiting).toBeDefined();
    });
    expect(waiting).toMatchObject({ actionKind: 'MODEL_CALL', policy: 'cost_budget' });
    expect(waiting?.reason).toMatch(
      /^The monthly model budget of the workspace \(\$0\.05\) is spent: \$0\.05 in \d{4}-\d\d\. Approve/,
    );
    expect(fake.requests).toHaveLength(5);

    fake.script(text('Yes, we accept invoices for business orders.', ONE_CENT));
    await t.client.request(APPROVE_BUDGET, { id });
    const run = await finishedRun(t.client, RUN, id);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe('Yes, we accept invoices for business orders.');
    expect(run.steps.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['APPROVAL', 'HUMAN_DECISION', 'REASONING', 'RESPONSE']),
    );
    expect(fake.requests).toHaveLength(6);
  });

  it('sends a run whose person rejected paid calls to the offline provider, labelled', async () => {
    const id = await faqRun('Do you ship to Canada?', false);
    await expectEventually(async () => {
      const { run } = await t.client.request(BUDGET_WAITING, { id });
      expect(run?.pendingApproval?.actionKind).toBe('MODEL_CALL');
    });

    await t.client.request(REJECT_BUDGET, { id, reason: 'Not this month.' });
    const run = await finishedRun(t.client, RUN, id);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.steps.find((s) => s.kind === 'GUARDRAIL')?.detail).toMatch(
      /A person declined paid calls over budget: the offline provider answers\.$/,
    );
    expect(fake.requests).toHaveLength(6);
  });

  it('lets calls go on under ALERT_ONLY, announcing nothing twice in the month', async () => {
    await t.client.request(SAVE_BUDGET, { input: { limitCents: 5, policy: 'ALERT_ONLY' } });

    const run = await finishedRun(t.client, RUN, await faqRun('Is there a warranty?', true));

    expect(run).toMatchObject({ status: 'SUCCEEDED', provider: 'anthropic' });
    expect(run.steps.some((s) => s.kind === 'GUARDRAIL')).toBe(false);
    expect(fake.requests).toHaveLength(7);
    expect((await budgetEvents()).map((e) => e.action)).toEqual([
      'budget.warning',
      'budget.exhausted',
    ]);
    expect(webhookTypes()).toEqual(['budget.warning', 'budget.exhausted']);
  });
});
