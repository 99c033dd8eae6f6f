import { afterEach, describe, expect, it } from 'vitest';
import { HubMetrics } from '../observability/metrics.js';
import { startMetricsListener } from './observability-routes.js';

describe('the metrics listener (HUB_METRICS_PORT)', () => {
  const listeners: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((l) => l.close()));
  });

  it('answers GET /metrics without a token when none is configured, and nothing else', async () => {
    const metrics = new HubMetrics();
    metrics.toolCall('search_knowledge_base', { ok: true });
    const listener = await startMetricsListener(metrics, {
      port: 0,
      host: '127.0.0.1',
      token: undefined,
    });
    listeners.push(listener);

    const scrape = await fetch(listener.url);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('hub_tool_calls_total{tool="search_knowledge_base"} 1');
    expect((await fetch(new URL('/graphql', listener.url))).status).toBe(404);
    expect((await fetch(listener.url, { method: 'POST' })).status).toBe(404);
  });

  it('asks for the bearer token when one is configured', async () => {
    const token = 'listener_0123456789abcdef';
    const listener = await startMetricsListener(new HubMetrics(), {
      port: 0,
      host: '127.0.0.1',
      token,
    });
    listeners.push(listener);

    expect((await fetch(listener.url)).status).toBe(401);
    const wrong = await fetch(listener.url, { headers: { authorization: 'Bearer not-it' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(listener.url, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
  });

  it('keeps one registry per hub: two hubs in one process count apart', async () => {
    const first = new HubMetrics();
    const second = new HubMetrics();
    first.toolCall('track_order', { ok: false, errorCode: 'TOOL_FAILED' });
    const [a, b] = await Promise.all([first.exposition(), second.exposition()]);
    expect(a.body).toContain(
      'hub_tool_call_failures_total{tool="track_order",error_code="TOOL_FAILED"} 1',
    );
    expect(b.body).not.toContain('track_order');
  });

  it('caps the operation names a client can add, counting the rest as (other)', async () => {
    const metrics = new HubMetrics();
    for (let i = 0; i < 205; i++) {
      metrics.graphqlRequest({
        endpoint: 'widget',
        operation: `Op${i}`,
        type: 'query',
        outcome: 'ok',
        durationMs: 1,
      });
    }
    const { body } = await metrics.exposition();
    expect(body).toContain('operation="Op199"');
    expect(body).not.toContain('operation="Op200"');
    expect(body).toContain(
      'hub_graphql_requests_total{endpoint="widget",operation="(other)",type="query",outcome="ok"} 5',
    );
  });
});
