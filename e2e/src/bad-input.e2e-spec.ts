import { WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  existingRun,
  expectEventually,
  refusalOf,
  startTestHub,
  TEST_API_KEY,
  type TestHub,
} from './harness.js';
import type { StartRunInput } from './gql/console/graphql.js';
import { graphql } from './gql/console/index.js';
import { CANCEL_RUN, RUN, RUN_STEPS, START_RUN } from './operations.js';

const RUN_COUNT = graphql(`
  query RunCount {
    runs {
      totalItems
    }
  }
`);
const AGENT_KEYS = graphql(`
  query AgentKeys {
    agents {
      key
    }
  }
`);
const SUCCEEDED_SUPPORT_RUNS = graphql(`
  query SucceededSupportRuns {
    runs(first: 2, filter: { agentKey: "support", statuses: [SUCCEEDED] }) {
      totalItems
      items {
        agent {
          key
        }
      }
    }
  }
`);

describe('bad input gets a clear error with a stable errorCode, and writes nothing', () => {
  let t: TestHub;
  let otherWorkspaceKey: string;

  beforeAll(async () => {
    t = await startTestHub();
    // A second business on the same hub, with its own key and run.
    const other = await t.hub.database.dataSource.manager.save(
      t.hub.database.dataSource.manager.create(WorkspaceEntity, {
        slug: 'other-shop',
        name: 'Other Shop',
      }),
    );
    otherWorkspaceKey = await t.hub.services.apiKeys.create(other.id, 'other');
  });
  afterAll(() => t.close());

  const countRuns = async () =>
    Number((await t.hub.database.dataSource.query('SELECT count(*) AS n FROM run'))[0].n);

  async function expectRefused(operation: Promise<unknown>, errorCode: string, message?: RegExp) {
    const error = await refusalOf(operation);
    expect(error.errorCode).toBe(errorCode);
    if (message) expect(error.message).toMatch(message);
  }

  async function startFaq() {
    const { startRun } = await t.client.request(START_RUN, {
      input: { agentKey: 'support', scenarioKey: 'faq-resolution' },
    });
    return startRun.id;
  }

  async function finishedRun() {
    const id = await startFaq();
    await expectEventually(async () => {
      const run = await existingRun(t.client, RUN, id);
      expect(run.status).toBe('SUCCEEDED');
    });
    return existingRun(t.client, RUN, id);
  }

  it('refuses an unknown agent key, naming it', async () => {
    const before = await countRuns();
    await expectRefused(
      t.client.request(START_RUN, { input: { agentKey: 'astrologer' } }),
      'AGENT_NOT_FOUND',
      /astrologer/,
    );
    expect(await countRuns()).toBe(before);
  });

  it("refuses an unknown scenario key, and another agent's scenario", async () => {
    const before = await countRuns();
    await expectRefused(
      t.client.request(START_RUN, { input: { agentKey: 'support', scenarioKey: 'horoscope' } }),
      'SCENARIO_NOT_FOUND',
      /horoscope/,
    );
    await expectRefused(
      t.client.request(START_RUN, { input: { agentKey: 'support', scenarioKey: 'monthly-pnl' } }),
      'SCENARIO_AGENT_MISMATCH',
    );
    expect(await countRuns()).toBe(before);
  });

  it('refuses input that is not a JSON object, and input the scenario cannot use', async () => {
    const before = await countRuns();
    await expectRefused(
      // Deliberately outside the contract's types: sent as text.
      t.client.request(START_RUN.toString(), {
        input: { agentKey: 'support', input: ['not', 'an', 'object'] },
      }),
      'INVALID_INPUT',
    );
    await expectRefused(
      t.client.request(START_RUN, {
        input: { agentKey: 'support', scenarioKey: 'faq-resolution', input: { question: 42 } },
      }),
      'INVALID_INPUT',
      /faq-resolution/,
    );
    await expectRefused(
      t.client.request(START_RUN, {
        input: { agentKey: 'reporting', scenarioKey: 'monthly-pnl', input: { month: 'October' } },
      }),
      'INVALID_INPUT',
      /month/,
    );
    expect(await countRuns()).toBe(before);
  });

  it('refuses malformed GraphQL and unknown fields', async () => {
    await expectRefused(t.client.request('{ agents { key '), 'MALFORMED_QUERY');
    await expectRefused(t.client.request('{ agents { favouriteColour } }'), 'INVALID_QUERY');
  });

  it('answers an oversized or unparsable body with a JSON error, not an HTML page', async () => {
    const post = (body: string) =>
      fetch(t.hub.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
        body,
      });
    const huge = await post(
      JSON.stringify({ query: `{ agents { key } } #${'x'.repeat(2_000_000)}` }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'REQUEST_TOO_LARGE' } }],
    });
    const garbled = await post('{"query": "{ agents { key } }"');
    expect(garbled.status).toBe(400);
    const body = await garbled.text();
    expect(JSON.parse(body)).toMatchObject({
      errors: [{ extensions: { errorCode: 'MALFORMED_QUERY' } }],
    });
    expect(body).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a request without a key, or with a wrong one, over HTTP', async () => {
    await expectRefused(t.newClient(null).request('{ agents { key } }'), 'UNAUTHENTICATED');
    await expectRefused(
      t.newClient('sk_live_wrongwrongwrongwrong').request('{ agents { key } }'),
      'UNAUTHENTICATED',
    );
    const response = await fetch(t.hub.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk_nope_nope_nope_nope',
      },
      body: JSON.stringify({ query: '{ agents { key } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('closes a WebSocket that brings no valid key with 4403 before any operation', async () => {
    const id = await startFaq();
    const error = await collect(
      t.newClient('sk_live_wrongwrongwrongwrong').subscribe(RUN_STEPS, { runId: id }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 4403 });
  });

  it("treats another workspace's run as unknown: no read, no stream, no cancel", async () => {
    const id = await startFaq();
    const other = t.newClient(otherWorkspaceKey);
    expect(await other.request(RUN, { id })).toEqual({ run: null });
    await expectRefused(other.request(CANCEL_RUN, { id }), 'RUN_NOT_FOUND');
    await expectRefused(collect(other.subscribe(RUN_STEPS, { runId: id })), 'RUN_NOT_FOUND');
    const { runs } = await other.request(RUN_COUNT);
    expect(runs.totalItems).toBe(0);
    const { agents } = await other.request(AGENT_KEYS);
    expect(agents).toEqual([]);
  });

  it('refuses an id that is not an id, and afterSeq past the end or negative', async () => {
    await expectRefused(t.client.request(CANCEL_RUN, { id: 'not-an-id' }), 'RUN_NOT_FOUND');
    const run = await finishedRun();
    await expectRefused(
      collect(t.client.subscribe(RUN_STEPS, { runId: run.id, afterSeq: run.lastSeq + 1 })),
      'AFTER_SEQ_OUT_OF_RANGE',
    );
    await expectRefused(
      collect(t.client.subscribe(RUN_STEPS, { runId: run.id, afterSeq: -1 })),
      'INVALID_INPUT',
    );
  });

  it('refuses to cancel a finished run and leaves it as it was', async () => {
    const run = await finishedRun();
    await expectRefused(
      t.client.request(CANCEL_RUN, { id: run.id }),
      'RUN_ALREADY_FINISHED',
      /SUCCEEDED/,
    );
    const after = await existingRun(t.client, RUN, run.id);
    expect(after.status).toBe('SUCCEEDED');
    expect(after.steps).toHaveLength(run.steps.length);
  });

  it('returns the same run for the same idempotency key, and refuses the key for another scenario', async () => {
    const before = await countRuns();
    const input: StartRunInput = {
      agentKey: 'support',
      scenarioKey: 'faq-resolution',
      idempotencyKey: 'order-form-42',
    };
    const [a, b] = await Promise.all([
      t.client.request(START_RUN, { input }),
      t.client.request(START_RUN, { input }),
    ]);
    const c = await t.client.request(START_RUN, { input });
    expect(b.startRun.id).toBe(a.startRun.id);
    expect(c.startRun.id).toBe(a.startRun.id);
    expect(await countRuns()).toBe(before + 1);
    await expectRefused(
      t.client.request(START_RUN, { input: { ...input, scenarioKey: 'order-tracking' } }),
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('refuses to run a disabled agent', async () => {
    await t.hub.database.dataSource.query(`UPDATE agent SET enabled = false WHERE key = 'content'`);
    try {
      await expectRefused(
        t.client.request(START_RUN, {
          input: { agentKey: 'content', scenarioKey: 'blog-post-draft' },
        }),
        'AGENT_DISABLED',
      );
    } finally {
      await t.hub.database.dataSource.query(
        `UPDATE agent SET enabled = true WHERE key = 'content'`,
      );
    }
  });

  it('fails a run whose tool the owner took from the agent, naming the tool, with no invented output', async () => {
    const tools = (removed: string) =>
      t.hub.database.dataSource.query(
        `UPDATE agent SET tools = array_remove(tools, $1) WHERE key = 'content'`,
        [removed],
      );
    await tools('monitor_trends');
    try {
      const { startRun } = await t.client.request(START_RUN, {
        input: { agentKey: 'content', scenarioKey: 'trend-monitoring' },
      });
      const steps = await collect(t.client.subscribe(RUN_STEPS, { runId: startRun.id }));
      expect(steps.at(-1)?.runSteps.kind).toBe('FAILED');
      const run = await existingRun(t.client, RUN, startRun.id);
      expect(run.status).toBe('FAILED');
      expect(run.errorCode).toBe('TOOL_NOT_AVAILABLE');
      expect(run.error).toContain('not allowed to use the tool "monitor_trends"');
      expect(run.output).toBeNull();
      expect(run.steps.some((s) => s.kind === 'RESPONSE')).toBe(false);
    } finally {
      await t.hub.database.dataSource.query(
        `UPDATE agent SET tools = array_append(tools, 'monitor_trends') WHERE key = 'content'`,
      );
    }
  });

  it('pages runs and filters them by agent and status', async () => {
    const page = await t.client.request(SUCCEEDED_SUPPORT_RUNS);
    expect(page.runs.items).toHaveLength(2);
    expect(page.runs.totalItems).toBeGreaterThanOrEqual(2);
    expect(page.runs.items.every((r) => r.agent.key === 'support')).toBe(true);
    await expectRefused(t.client.request('{ runs(first: 1000) { totalItems } }'), 'INVALID_INPUT');
  });
});
