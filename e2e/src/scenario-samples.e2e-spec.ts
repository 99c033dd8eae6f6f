import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import type { RunStatus, SampleRunQuery, SampleScenariosQuery } from './gql/console/graphql.js';
import { expectEventually, startTestHub, type TestHub } from './harness.js';
import { START_RUN } from './operations.js';

type ScenarioView = SampleScenariosQuery['scenarios'][number];
type RunView = NonNullable<SampleRunQuery['run']>;

const SAMPLE_SCENARIOS = graphql(`
  query SampleScenarios {
    scenarios {
      key
      title
      agent {
        key
      }
    }
  }
`);

const SAMPLE_RUN = graphql(`
  query SampleRun($id: ID!) {
    run(id: $id) {
      id
      status
      errorCode
      error
      pendingApproval {
        toolName
      }
    }
  }
`);

/** Where a sample run rests: finished, or waiting for a person by design. */
const RESTING: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'WAITING_FOR_HUMAN'];

/**
 * What each scenario's sample input leads to on a fresh hub. Every agent is built: the samples
 * succeed, except those that end by sending or publishing, which wait for a person by design
 * (HUMAN-REVIEW.md): the follow-up email, the blog post's publication and the social schedule.
 */
const EXPECTED: Record<string, { status: string; approval?: string }> = {
  'faq-resolution': { status: 'SUCCEEDED' },
  'order-tracking': { status: 'SUCCEEDED' },
  'ticket-escalation': { status: 'SUCCEEDED' },
  'lead-qualification': { status: 'SUCCEEDED' },
  'follow-up-email': { status: 'WAITING_FOR_HUMAN', approval: 'send_email' },
  'meeting-scheduling': { status: 'SUCCEEDED' },
  'expense-categorization': { status: 'SUCCEEDED' },
  'late-invoice-detection': { status: 'SUCCEEDED' },
  'cash-flow-report': { status: 'SUCCEEDED' },
  'payment-received': { status: 'SUCCEEDED' },
  'trend-monitoring': { status: 'SUCCEEDED' },
  'blog-post-draft': { status: 'WAITING_FOR_HUMAN', approval: 'publish_blog_post' },
  'social-adaptation': { status: 'WAITING_FOR_HUMAN', approval: 'schedule_social_posts' },
  'sales-tax-calculation': { status: 'SUCCEEDED' },
  'deduction-tracking': { status: 'SUCCEEDED' },
  'filing-preparation': { status: 'SUCCEEDED' },
  'compliance-monitoring': { status: 'SUCCEEDED' },
  'monthly-pnl': { status: 'SUCCEEDED' },
  'quarterly-filing': { status: 'SUCCEEDED' },
  'ratio-analysis': { status: 'SUCCEEDED' },
  'annual-report': { status: 'SUCCEEDED' },
};

/** The outcome, as the assertion compares it. */
function outcomeOf(run: RunView): { status: string; approval?: string } {
  if (run.status === 'WAITING_FOR_HUMAN') {
    return { status: run.status, approval: run.pendingApproval?.toolName ?? 'none' };
  }
  // Anything else shows its code and message in the comparison's diff.
  return run.errorCode
    ? { status: `${run.status} ${run.errorCode}: ${run.error}` }
    : { status: run.status };
}

/**
 * Starts each scenario with its sample input (startRun without `input`), one after the other in
 * the given order, each once the previous one rests: what one sample leaves behind (a lead, a
 * booking, a draft) is what the next one finds.
 */
async function runSamplesInOrder(
  t: TestHub,
  scenarios: readonly ScenarioView[],
): Promise<Record<string, ReturnType<typeof outcomeOf>>> {
  const outcomes: Record<string, ReturnType<typeof outcomeOf>> = {};
  for (const scenario of scenarios) {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: scenario.agent.key, scenarioKey: scenario.key },
    });
    let run: RunView | null | undefined;
    await expectEventually(async () => {
      ({ run } = await t.client.request(SAMPLE_RUN, { id: startRun.id }));
      expect(RESTING).toContain(run?.status);
    });
    if (!run) throw new Error(`run ${startRun.id} of ${scenario.key} never rested`);
    outcomes[scenario.key] = outcomeOf(run);
  }
  return outcomes;
}

describe("every scenario's sample input on a fresh hub, in the console's order and reversed", () => {
  let forward: TestHub;
  let reverse: TestHub;
  let consoleOrder: ScenarioView[];

  beforeAll(async () => {
    [forward, reverse] = await Promise.all([startTestHub(), startTestHub()]);
    ({ scenarios: consoleOrder } = await forward.client.request(SAMPLE_SCENARIOS));
  });
  afterAll(async () => {
    await Promise.all([forward?.close(), reverse?.close()]);
  });

  it('lists the twenty-one scenarios this spec expects', () => {
    expect(consoleOrder.map((s) => s.key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('ends each sample as designed, whichever order the twenty-one run in', async () => {
    // Reversed, every sales sample runs before the ones that could prepare for it (the follow-up
    // before any qualification): each succeeds alone as well as after the others.
    const [inConsoleOrder, reversed] = await Promise.all([
      runSamplesInOrder(forward, consoleOrder),
      runSamplesInOrder(reverse, [...consoleOrder].reverse()),
    ]);

    expect(inConsoleOrder).toEqual(EXPECTED);
    expect(reversed).toEqual(EXPECTED);
  });
});
