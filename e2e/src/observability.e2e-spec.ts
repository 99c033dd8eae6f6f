import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  expectEventually,
  startSecondHub,
  startTestHub,
  type SecondHub,
  type TestHub,
} from './harness.js';
import { RUN, RUN_STEPS, START_RUN } from './operations.js';
import { metricSample } from './prometheus-text.js';

const METRICS_TOKEN = 'metrics_e2e_0123456789abcdef';

const sample = metricSample;

describe('metrics at /metrics (HUB_METRICS_TOKEN) and readiness at /readyz', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ HUB_METRICS_TOKEN: METRICS_TOKEN });
  });
  afterAll(() => t.close());

  async function scrape(): Promise<string> {
    const response = await fetch(t.hub.metricsUrl ?? '', {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  }

  it('is served on the hub port to the bearer of the token, and refused (401) without it or with another', async () => {
    expect(t.hub.metricsUrl).toBe(`${t.hub.url}/metrics`);
    const none = await fetch(`${t.hub.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(await none.text()).not.toContain('hub_');
    const wrong = await fetch(`${t.hub.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN.replace(/f$/, 'e')}` },
    });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${t.hub.url}/metrics`, {
      headers: { authorization: `Basic ${Buffer.from(`x:${METRICS_TOKEN}`).toString('base64')}` },
    });
    expect(basic.status).toBe(401);
    const text = await scrape();
    expect(text).toContain('# TYPE hub_runs_started_total counter');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('moves run, step, model, tool and GraphQL figures by exactly what one offline run did', async () => {
    const before = await scrape();
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'How long do I have to return an item?' },
      },
    });
    const steps = (await collect(t.client.subscribe(RUN_STEPS, { runId: startRun.id }))).map(
      (d) => d.runSteps,
    );
    expect(steps.at(-1)?.kind).toBe('COMPLETED');
    const { run } = await t.client.request(RUN, { id: startRun.id });
    expect(run?.provider).toBe('offline');
    const model = String(steps.find((s) => s.kind === 'CONTEXT')?.data.model);
    const reasoning = steps.filter((s) => s.kind === 'REASONING').length;
    const toolCalls = steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => String(s.data.tool));
    expect(reasoning).toBe(2);
    expect(toolCalls).toEqual(['search_knowledge_base']);

    const run_ = { agent: 'support', scenario: 'faq-resolution' };
    let after = '';
    // The finished run's labels may be read from the database after its commit.
    await expectEventually(async () => {
      after = await scrape();
      expect(sample(after, 'hub_runs_finished_total', run_)).toBe(
        sample(before, 'hub_runs_finished_total', run_) + 1,
      );
    });
    const moved = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);

    expect(moved('hub_runs_started_total', { ...run_, trigger: 'API' })).toBe(1);
    expect(moved('hub_runs_finished_total', { ...run_, status: 'SUCCEEDED' })).toBe(1);
    expect(moved('hub_run_duration_seconds_count', { ...run_, status: 'SUCCEEDED' })).toBe(1);
    expect(moved('hub_run_queue_wait_seconds_count')).toBe(1);
    expect(
      moved('hub_run_step_duration_seconds_count', { agent: 'support', kind: 'REASONING' }),
    ).toBe(reasoning);
    expect(
      moved('hub_run_step_duration_seconds_count', { agent: 'support', kind: 'TOOL_RESULT' }),
    ).toBe(1);
    const call = { agent: 'support', provider: 'offline', model };
    expect(moved('hub_model_calls_total', { ...call, outcome: 'ok' })).toBe(reasoning);
    expect(moved('hub_model_calls_total', { ...call, outcome: 'error' })).toBe(0);
    // The offline provider is no model: it uses no tokens and costs nothing.
    expect(sample(after, 'hub_model_tokens_total', { ...call, direction: 'input' })).toBe(0);
    expect(sample(after, 'hub_model_tokens_total', { ...call, direction: 'output' })).toBe(0);
    expect(sample(after, 'hub_model_cost_usd_total', call)).toBe(0);
    expect(moved('hub_tool_calls_total', { tool: 'search_knowledge_base' })).toBe(1);
    expect(moved('hub_tool_calls_total')).toBe(1);
    expect(moved('hub_tool_call_failures_total')).toBe(0);
    expect(
      moved('hub_graphql_requests_total', {
        endpoint: 'console',
        operation: 'StartRun',
        type: 'mutation',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(moved('hub_graphql_requests_total')).toBe(2); // StartRun, then Run
    expect(moved('hub_http_responses_total', { route: 'graphql', status: '2xx' })).toBe(2);
    expect(sample(after, 'hub_runs_executing')).toBe(0);
    expect(sample(after, 'hub_run_concurrency')).toBe(8);
    expect(sample(after, 'hub_run_queue_depth', { queue: 'in-process' })).toBe(0);
    expect(sample(after, 'hub_db_pool_connections', { state: 'max' })).toBeGreaterThanOrEqual(1);
  });

  it('counts a refused operation by its error code, and approvals waiting for a person', async () => {
    const before = await scrape();
    await expect(
      t.client.request(START_RUN, { input: { agentKey: 'no-such-agent', input: {} } }),
    ).rejects.toThrow();
    const { startRun } = await t.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'My attorney asks how long I have to return an item.' },
      },
    });
    await expectEventually(async () => {
      const { run } = await t.client.request(RUN, { id: startRun.id });
      expect(run?.status).toBe('WAITING_FOR_HUMAN');
    });
    const after = await scrape();
    const labels = { endpoint: 'console', operation: 'StartRun', type: 'mutation' };
    expect(
      sample(after, 'hub_graphql_requests_total', { ...labels, outcome: 'AGENT_NOT_FOUND' }) -
        sample(before, 'hub_graphql_requests_total', { ...labels, outcome: 'AGENT_NOT_FOUND' }),
    ).toBe(1);
    expect(
      sample(after, 'hub_approvals_waiting', { agent: 'support' }) -
        sample(before, 'hub_approvals_waiting', { agent: 'support' }),
    ).toBe(1);
  });

  it('counts the console WebSocket connections and the subscriptions streaming on them', async () => {
    const watcher = t.newClient();
    const updates = watcher.subscribe('subscription { runUpdated { id status } }');
    const first = updates.next();
    await expectEventually(async () => {
      const text = await scrape();
      expect(sample(text, 'hub_websocket_connections', { endpoint: 'console' })).toBe(1);
      expect(sample(text, 'hub_websocket_subscriptions', { endpoint: 'console' })).toBe(1);
      expect(sample(text, 'hub_websocket_connections', { endpoint: 'widget' })).toBe(0);
    });
    await updates.return?.();
    await first;
    await expectEventually(async () => {
      const text = await scrape();
      expect(sample(text, 'hub_websocket_subscriptions', { endpoint: 'console' })).toBe(0);
    });
    await watcher.close();
    await expectEventually(async () => {
      const text = await scrape();
      expect(sample(text, 'hub_websocket_connections', { endpoint: 'console' })).toBe(0);
    });
  });

  async function readyz(): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${t.hub.url}/readyz`);
    return { status: response.status, body: await response.json() };
  }

  it('says ready (200) when the database answers and has every migration, and not (503) when one is missing', async () => {
    expect(await readyz()).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'ok' } },
    });
    const [latest] = await t.query<{ id: number; timestamp: string; name: string }>(
      'SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    if (!latest) throw new Error('no migration recorded');
    await t.query('DELETE FROM migrations WHERE id = $1', [latest.id]);
    try {
      expect(await readyz()).toEqual({
        status: 503,
        body: { status: 'unready', checks: { database: 'ok', migrations: 'pending' } },
      });
    } finally {
      await t.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        latest.id,
        latest.timestamp,
        latest.name,
      ]);
    }
    expect((await readyz()).status).toBe(200);
  });

  it('says not ready (503) while the database is unreachable, and ready once it is back', async () => {
    const { dataSource } = t.hub.database;
    await dataSource.destroy();
    try {
      expect(await readyz()).toEqual({
        status: 503,
        body: { status: 'unready', checks: { database: 'unreachable', migrations: 'unknown' } },
      });
    } finally {
      await dataSource.initialize();
    }
    expect((await readyz()).status).toBe(200);
  });
});

// An API process and a worker (HUB_ROLE) in this process, on one PostgreSQL database and the
// machine's Redis under a prefix of their own: each serves its own figures.
describe.skipIf(!process.env.DATABASE_URL)('metrics and readiness of a split hub', () => {
  const shared = {
    REDIS_URL: process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    HUB_REDIS_PREFIX: `zac-e2e-${randomUUID().slice(0, 8)}:`,
    HUB_METRICS_TOKEN: METRICS_TOKEN,
  };
  let api: TestHub;
  let worker: SecondHub;
  beforeAll(async () => {
    api = await startTestHub({ ...shared, HUB_ROLE: 'api' });
    worker = await startSecondHub(api, { ...shared, HUB_ROLE: 'worker' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  async function scrape(url: string | undefined): Promise<string> {
    const response = await fetch(url ?? '', {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  it('counts a run started on the API process there, and its execution on the worker, which serves its own /metrics and /readyz', async () => {
    expect(worker.hub.metricsUrl).toBe(`${worker.hub.url}/metrics`);
    expect((await fetch(`${worker.hub.url}/metrics`)).status).toBe(401);
    const ready = await fetch(`${worker.hub.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', redis: 'ok' },
    });

    const run_ = { agent: 'support', scenario: 'faq-resolution' };
    const [apiBefore, workerBefore] = await Promise.all([
      scrape(api.hub.metricsUrl),
      scrape(worker.hub.metricsUrl),
    ]);
    const { startRun } = await api.client.request(START_RUN, {
      input: {
        agentKey: 'support',
        scenarioKey: 'faq-resolution',
        input: { question: 'Do you ship to Canada?' },
      },
    });
    await expectEventually(async () => {
      const { run } = await api.client.request(RUN, { id: startRun.id });
      expect(run?.status).toBe('SUCCEEDED');
    });
    let workerAfter = '';
    await expectEventually(async () => {
      workerAfter = await scrape(worker.hub.metricsUrl);
      expect(
        sample(workerAfter, 'hub_runs_finished_total', { ...run_, status: 'SUCCEEDED' }) -
          sample(workerBefore, 'hub_runs_finished_total', { ...run_, status: 'SUCCEEDED' }),
      ).toBe(1);
    });
    const apiAfter = await scrape(api.hub.metricsUrl);
    const moved = (after: string, before: string, name: string, labels = {}) =>
      sample(after, name, labels) - sample(before, name, labels);

    expect(moved(apiAfter, apiBefore, 'hub_runs_started_total', { ...run_, trigger: 'API' })).toBe(
      1,
    );
    expect(moved(apiAfter, apiBefore, 'hub_runs_finished_total')).toBe(0);
    expect(moved(apiAfter, apiBefore, 'hub_tool_calls_total')).toBe(0);
    expect(moved(workerAfter, workerBefore, 'hub_runs_started_total')).toBe(0);
    expect(moved(workerAfter, workerBefore, 'hub_run_queue_wait_seconds_count')).toBe(1);
    expect(moved(workerAfter, workerBefore, 'hub_tool_calls_total')).toBe(1);
    expect(moved(workerAfter, workerBefore, 'hub_model_calls_total', { agent: 'support' })).toBe(2);
    expect(sample(apiAfter, 'hub_run_concurrency')).toBe(0);
    expect(sample(workerAfter, 'hub_run_concurrency')).toBe(8);
    expect(sample(workerAfter, 'hub_run_queue_depth', { queue: 'bullmq' })).toBe(0);
    expect(workerAfter).not.toContain('hub_websocket_connections{');
  });
});
