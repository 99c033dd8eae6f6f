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
import { START_RUN } from './operations.js';

const HARBOR = 'dana.whitfield@harborpointrealty.example';

const RUN_WITH_CHILDREN = graphql(`
  query RunWithChildren($id: ID!) {
    run(id: $id) {
      id
      status
      error
      errorCode
      output
      depth
      trigger
      parentRun {
        id
      }
      steps {
        kind
        data
      }
      childRuns {
        id
        status
        error
        errorCode
        output
        depth
        trigger
        input
        agent {
          key
        }
        parentRun {
          id
          depth
        }
        childRuns {
          id
        }
      }
    }
  }
`);

async function startMeeting(t: TestHub, leadEmail: string): Promise<string> {
  const { startRun } = await t.client.request(START_RUN, {
    input: {
      agentKey: 'sales',
      scenarioKey: 'meeting-scheduling',
      input: { leadEmail, timeZone: 'America/Chicago', durationMinutes: 30 },
    },
  });
  return startRun.id;
}

const finished = (t: TestHub, id: string) => finishedRun(t.client, RUN_WITH_CHILDREN, id);

describe('sales asks finance before booking a demo (offline)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('shows the finance child run, and books nothing for a RISK prospect', async () => {
    const run = await finished(t, await startMeeting(t, HARBOR));

    expect(run).toMatchObject({ status: 'SUCCEEDED', depth: 0, trigger: 'API', parentRun: null });
    expect(run.childRuns).toHaveLength(1);
    const [child] = run.childRuns;
    expect(child).toMatchObject({
      status: 'SUCCEEDED',
      agent: { key: 'finance' },
      depth: 1,
      trigger: 'AGENT',
      input: { customerEmail: HARBOR },
      parentRun: { id: run.id, depth: 0 },
      childRuns: [],
    });
    expect(child?.output).toMatchObject({
      text: expect.stringContaining('Verdict: RISK'),
      data: {
        paymentHistory: {
          verdict: 'RISK',
          invoices: 2,
          outstandingCents: 346_800,
          overdue: [
            { number: 'INV-2026-002', daysOverdue: 75 },
            { number: 'INV-2026-006', daysOverdue: 5 },
          ],
        },
      },
    });
    expect(run.output).toMatchObject({
      text: expect.stringContaining("The demo needs the owner's sign-off or prepayment first."),
      data: { paymentCheck: { childRunId: child?.id, verdict: 'RISK' }, booking: null },
    });
    const calls = run.steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => s.data.tool);
    expect(calls).toEqual(['ask_agent']);
    const result = run.steps.find((s) => s.kind === 'TOOL_RESULT');
    expect(result?.data.output).toMatchObject({ childRunId: child?.id, status: 'SUCCEEDED' });
  });

  it('goes on to find slots and book the demo after a GOOD payment check', async () => {
    const other = await finished(t, await startMeeting(t, 'priya@brightdesk.example'));
    expect(other).toMatchObject({ status: 'SUCCEEDED', errorCode: null });
    expect(other.steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => s.data.tool)).toEqual([
      'ask_agent',
      'find_free_slots',
      'book_meeting',
    ]);
    // This hub runs on the real clock, so the slot itself is checked in meeting-scheduling.e2e-spec.ts.
    expect(other.output).toMatchObject({
      text: expect.stringMatching(/^Booked: .+ \(America\/Chicago\) with .+; invite attached\.$/),
      data: {
        paymentCheck: { verdict: 'GOOD' },
        booking: { status: 'CONFIRMED', leadEmail: 'priya@brightdesk.example' },
        ics: expect.stringContaining('BEGIN:VCALENDAR\r\n'),
      },
    });
    expect(other.childRuns).toHaveLength(1);
    expect(other.childRuns[0]?.output).toMatchObject({
      data: { paymentHistory: { verdict: 'GOOD' } },
    });
  });
});

describe('agent calls driven by Claude (fake Messages API)', () => {
  let fake: FakeMessagesApi;
  let t: TestHub;

  beforeAll(async () => {
    ({ hub: t, fake } = await startHubWithFakeModel(SCRIPTED_MODEL_ENV));
    // Only sales may ask another agent in the demo; let finance ask too, to try a loop.
    await t.hub.database.dataSource.query(
      `UPDATE agent SET tools = array_append(tools, 'ask_agent') WHERE key = 'finance'`,
    );
  });
  afterEach(() => fake.reset());
  afterAll(() => t.close());

  /** The sales agent's first turn: ask finance about the Harbor Point prospect. */
  const salesAsksFinance = toolUse([
    {
      id: 'toolu_sales_1',
      name: 'ask_agent',
      input: { agentKey: 'finance', input: { customerEmail: HARBOR } },
    },
  ]);

  it('refuses sales → finance → sales as a cycle: finance fails AGENT_CALL_REFUSED, sales CHILD_RUN_FAILED', async () => {
    fake.script(
      // sales: check the prospect with finance first
      salesAsksFinance,
      // finance: asks sales back (the loop)
      toolUse([
        {
          id: 'toolu_fin_1',
          name: 'ask_agent',
          input: { agentKey: 'sales', scenarioKey: 'lead-qualification', input: {} },
        },
      ]),
    );

    const run = await finished(t, await startMeeting(t, HARBOR));

    const systems = fake.requests.map((r) => JSON.stringify(r.body.system));
    expect(systems).toHaveLength(2);
    expect(systems[0]).toContain('You are the sales agent');
    expect(systems[1]).toContain('You are the finance and operations agent');
    expect(JSON.stringify(fake.requests[1]?.body.messages)).toContain(HARBOR);

    const [child] = run.childRuns;
    expect(child).toMatchObject({
      agent: { key: 'finance' },
      depth: 1,
      status: 'FAILED',
      errorCode: 'AGENT_CALL_REFUSED',
      childRuns: [],
    });
    expect(child?.error).toBe('Refused to ask "sales": sales → finance → sales is a cycle.');
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'CHILD_RUN_FAILED' });
    expect(run.error).toContain(`The finance run ${child?.id} asked by sales ended FAILED`);
    expect(run.error).toContain('sales → finance → sales is a cycle');
  });

  it('hands the child result back to the model as the tool result', async () => {
    fake.script(
      salesAsksFinance,
      toolUse([{ id: 'toolu_fin_1', name: 'payment_history', input: { customerEmail: HARBOR } }]),
      text('Harbor Point Realty is a payment RISK: two invoices overdue.'),
      text('Finance rates this prospect RISK, so I did not book the demo.'),
    );

    const run = await finished(t, await startMeeting(t, HARBOR));

    expect(run.status).toBe('SUCCEEDED');
    const [child] = run.childRuns;
    expect(child).toMatchObject({ status: 'SUCCEEDED', depth: 1 });
    expect(child?.output).toMatchObject({ text: expect.stringContaining('RISK') });
    // The fourth request is sales again, reading the child's result.
    const lastMessages = JSON.stringify(fake.requests[3]?.body.messages);
    expect(lastMessages).toContain(child?.id);
    expect(lastMessages).toContain('two invoices overdue');
  });
});
