import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { text, toolUse, type FakeMessagesApi } from './fake-messages-api.js';
import {
  collect,
  errorCodeOf,
  expectEventually,
  finishedRun,
  startHubWithFakeModel,
  startTestHub,
  type TestHub,
} from './harness.js';
import type { ReviewedApprovalFieldsFragment } from './gql/console/graphql.js';
import { graphql } from './gql/console/index.js';
import { RUN, START_RUN } from './operations.js';

graphql(`
  fragment ReviewedApprovalFields on Approval {
    id
    status
    actionKind
    policy
    reason
    toolName
    amountCents
    proposedOutput
    editedOutput
    decidedBy
    decisionNote
    expiresAt
    executedAt
  }
`);
const WAITING = graphql(`
  query Waiting($id: ID!) {
    run(id: $id) {
      id
      status
      pendingApproval {
        ...ReviewedApprovalFields
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation Approve($id: ID!, $editedOutput: String) {
    approveRun(id: $id, editedOutput: $editedOutput) {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation Reject($id: ID!, $reason: String!) {
    rejectRun(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const APPROVALS = graphql(`
  query ReviewedApprovals($statuses: [ApprovalStatus!]) {
    approvals(statuses: $statuses) {
      totalItems
      items {
        ...ReviewedApprovalFields
        run {
          id
        }
      }
    }
  }
`);
const STEP_KINDS = graphql(`
  subscription Kinds($runId: ID!) {
    runSteps(runId: $runId) {
      seq
      kind
    }
  }
`);

type ApprovalView = ReviewedApprovalFieldsFragment;

function helpers(hub: () => TestHub) {
  return {
    async start(input: Record<string, unknown>): Promise<string> {
      const { startRun } = await hub().client.request(START_RUN, {
        input: { agentKey: 'support', scenarioKey: 'faq-resolution', input },
      });
      return startRun.id;
    },
    async pendingApproval(id: string): Promise<ApprovalView> {
      let approval: ApprovalView | null | undefined;
      await expectEventually(async () => {
        const { run } = await hub().client.request(WAITING, { id });
        expect(run?.status).toBe('WAITING_FOR_HUMAN');
        approval = run?.pendingApproval;
        expect(approval).not.toBeNull();
      });
      if (!approval) throw new Error(`run ${id} has no pending approval`);
      return approval;
    },
    finished: (id: string) => finishedRun(hub().client, RUN, id),
  };
}

describe('human review of a reply (offline provider)', () => {
  let t: TestHub;
  const h = helpers(() => t);
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('holds a legal-topic reply for review, then sends the edited reply live once approved', async () => {
    const id = await h.start({ question: 'My attorney asks how long I have to return an item.' });
    const steps = collect(t.client.subscribe(STEP_KINDS, { runId: id }));

    const approval = await h.pendingApproval(id);
    expect(approval).toMatchObject({
      status: 'PENDING',
      actionKind: 'SEND_REPLY',
      policy: 'legal_topic',
      reason: 'The conversation touches a legal topic ("attorney").',
      toolName: null,
      amountCents: null,
      executedAt: null,
    });
    expect(approval.proposedOutput).toContain('30 days');
    const inbox = await t.client.request(APPROVALS, { statuses: ['PENDING'] });
    expect(inbox.approvals.items.map((a) => a.run.id)).toContain(id);

    const edited = 'You have 30 days to return an item; our team will follow up on the rest.';
    const { approveRun } = await t.client.request(APPROVE, { id, editedOutput: edited });
    expect(approveRun.status).toBe('RUNNING');

    // Keep the last event per seq: a streamed step may arrive more than once before it is final.
    const bySeq = new Map((await steps).map(({ runSteps: s }) => [s.seq, s.kind]));
    expect([...bySeq.values()].slice(-5)).toEqual([
      'APPROVAL',
      'HUMAN_DECISION',
      'RESPONSE',
      'FEEDBACK',
      'COMPLETED',
    ]);
    const run = await h.finished(id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe(edited);

    const { approvals } = await t.client.request(APPROVALS, { statuses: ['APPROVED'] });
    expect(approvals.items.find((a) => a.id === approval.id)).toMatchObject({
      editedOutput: edited,
      decidedBy: expect.stringMatching(/^api_key:/),
      executedAt: expect.any(String),
    });
    expect(await errorCodeOf(t.client.request(APPROVE, { id }))).toBe('RUN_ALREADY_FINISHED');
  });

  it('refuses decisions on unknown runs and on runs that wait for nobody, with typed errors', async () => {
    expect(
      await errorCodeOf(t.client.request(APPROVE, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('RUN_NOT_FOUND');
    const id = await h.start({ question: 'How long do I have to return an item?' });
    await h.finished(id);
    expect(await errorCodeOf(t.client.request(REJECT, { id, reason: 'no' }))).toBe(
      'RUN_ALREADY_FINISHED',
    );
  });
});

describe('human review of a refund over $500 (Claude through the fake Messages API)', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;
  const h = helpers(() => t);
  let order: { number: string; totalCents: number };

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel());
    const [row] = await t.query<{ number: string; total_cents: string }>(
      'SELECT number, total_cents FROM customer_order WHERE total_cents > 50000 ORDER BY number LIMIT 1',
    );
    if (!row) throw new Error('the demo shop needs an order over $500 for this test');
    order = { number: row.number, totalCents: Number(row.total_cents) };
  });
  afterEach(() => fake.reset());
  afterAll(() => t.close());

  function refundsOf(runId: string) {
    return t.query<{ amount_cents: string; approval_id: string }>(
      'SELECT amount_cents::text AS amount_cents, approval_id FROM refund WHERE run_id = $1',
      [runId],
    );
  }

  function scriptRefund(amountCents: number) {
    fake.script(
      toolUse([
        {
          id: 'toolu_refund',
          name: 'issue_refund',
          input: { orderNumber: order.number, amountCents, reason: 'Arrived broken twice' },
        },
      ]),
      text('Your refund is on its way.'),
    );
  }

  it('waits for approval with the amount, then refunds exactly once and finishes', async () => {
    const amountCents = order.totalCents - 5_000; // over $500, and leaves $50 to refund later
    scriptRefund(amountCents);
    const id = await h.start({ question: `Please refund order ${order.number}, it broke.` });

    const approval = await h.pendingApproval(id);
    expect(approval).toMatchObject({
      actionKind: 'TOOL_CALL',
      policy: 'refund_limit',
      toolName: 'issue_refund',
      amountCents,
    });
    expect(await refundsOf(id)).toEqual([]);
    expect(await errorCodeOf(t.client.request(APPROVE, { id, editedOutput: '$1' }))).toBe(
      'INVALID_INPUT',
    );

    const codes = await Promise.all([
      errorCodeOf(t.client.request(APPROVE, { id })),
      errorCodeOf(t.client.request(APPROVE, { id })),
    ]);
    const run = await h.finished(id);

    expect(codes.sort()).toEqual(['RUN_NOT_WAITING', undefined]);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.output?.text).toBe('Your refund is on its way.');
    const refunds = await refundsOf(id);
    expect(refunds).toEqual([{ amount_cents: String(amountCents), approval_id: approval.id }]);
    expect(run.steps.map((s) => s.kind)).toContain('HUMAN_DECISION');
    // The model saw the refund's real result after the decision.
    const lastRequest = fake.requests.at(-1)?.body as { messages: Array<{ content: unknown }> };
    expect(JSON.stringify(lastRequest.messages.at(-1)?.content)).toContain('refundedCents');
  });

  it('does not refund when a person rejects, and tells the model why', async () => {
    scriptRefund(order.totalCents);
    const id = await h.start({ question: `Refund ${order.number} in full, please.` });
    await h.pendingApproval(id);

    await t.client.request(REJECT, { id, reason: 'Outside the return window' });
    const run = await h.finished(id);

    expect(run.status).toBe('SUCCEEDED');
    expect(await refundsOf(id)).toEqual([]);
    const toolResult = JSON.stringify(
      (fake.requests.at(-1)?.body as { messages: Array<{ content: unknown }> }).messages.at(-1),
    );
    expect(toolResult).toContain('Outside the return window');
    expect(toolResult).toContain('"is_error":true');
  });

  it('lets a refund at or under the limit through without review', async () => {
    scriptRefund(2_500);
    const id = await h.start({ question: `Refund $25 on ${order.number}.` });

    const run = await h.finished(id);

    expect(run.status).toBe('SUCCEEDED');
    expect(run.steps.map((s) => s.kind)).not.toContain('APPROVAL');
    expect((await refundsOf(id)).map((r) => r.amount_cents)).toEqual(['2500']);
  });

  it('fails the run clearly when a refund exceeds what is left on the order, refunding nothing', async () => {
    scriptRefund(10_000); // $50 was left before the $25 refund above
    const id = await h.start({ question: `Refund another $100 on ${order.number}.` });

    const run = await h.finished(id);

    expect(run.status).toBe('FAILED');
    expect(run.errorCode).toBe('TOOL_FAILED');
    expect(run.error).toBe(
      `The tool "issue_refund" failed: A refund of 10000 cents is more than the 2500 cents left to refund on ${order.number}.`,
    );
    expect(await refundsOf(id)).toEqual([]);
  });
});
