import type { RunEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { HubMetrics, RunLabels } from './metrics.js';

async function text(metrics: HubMetrics): Promise<string> {
  return (await metrics.exposition()).body;
}

function run(fields: Partial<RunEntity>): RunEntity {
  return {
    agentId: 'agent-1',
    scenarioId: null,
    trigger: 'SCHEDULE',
    status: 'SUCCEEDED',
    createdAt: new Date('2026-12-04T09:00:00.000Z'),
    startedAt: new Date('2026-12-04T09:00:01.000Z'),
    finishedAt: new Date('2026-12-04T09:00:04.000Z'),
    ...fields,
  } as RunEntity;
}

describe('HubMetrics', () => {
  it('adds a model call’s tokens and cost by agent, provider and model; a failed call adds none', async () => {
    const metrics = new HubMetrics();
    const call = { agent: 'finance', provider: 'anthropic', model: 'claude-sonnet-4-6' };
    metrics.modelCall(call, { inputTokens: 1200, outputTokens: 80, costUsd: '0.004800' });
    metrics.modelCall(call, { inputTokens: 300, outputTokens: 20, costUsd: '0.001200' });
    metrics.modelCall(call, 'error');
    const body = await text(metrics);
    const labels = 'agent="finance",provider="anthropic",model="claude-sonnet-4-6"';
    expect(body).toContain(`hub_model_calls_total{${labels},outcome="ok"} 2`);
    expect(body).toContain(`hub_model_calls_total{${labels},outcome="error"} 1`);
    expect(body).toContain(`hub_model_tokens_total{${labels},direction="input"} 1500`);
    expect(body).toContain(`hub_model_tokens_total{${labels},direction="output"} 100`);
    // Dollars add up as floating point (Prometheus values are doubles).
    const cost = new RegExp(`^hub_model_cost_usd_total\\{${labels}\\} (\\S+)$`, 'm').exec(body);
    expect(Number(cost?.[1])).toBeCloseTo(0.006, 9);
  });

  it('labels a finished run it did not start with its agent and default scenario, read once', async () => {
    let reads = 0;
    const dataSource = {
      async query() {
        reads++;
        return [{ agent: 'finance', scenario: null }];
      },
    } as unknown as DataSource;
    const metrics = new HubMetrics();
    metrics.describeRuns(new RunLabels(dataSource, () => 'cash-flow-reporting'));

    metrics.runFinished(run({ status: 'SUCCEEDED' }));
    metrics.runFinished(run({ status: 'FAILED' }));
    await new Promise((resolve) => setImmediate(resolve));

    const body = await text(metrics);
    const labels = 'agent="finance",scenario="cash-flow-reporting"';
    expect(body).toContain(`hub_runs_finished_total{${labels},status="SUCCEEDED"} 1`);
    expect(body).toContain(`hub_runs_finished_total{${labels},status="FAILED"} 1`);
    // Started 09:00:01, finished 09:00:04: 3 s, in the 5 s bucket and not the 2.5 s one.
    expect(body).toContain(
      `hub_run_duration_seconds_bucket{le="2.5",${labels},status="SUCCEEDED"} 0`,
    );
    expect(body).toContain(
      `hub_run_duration_seconds_bucket{le="5",${labels},status="SUCCEEDED"} 1`,
    );
    expect(reads).toBe(1);
  });

  it('reads utilisation as the runs executing over the concurrency', async () => {
    const metrics = new HubMetrics();
    metrics.watch({ concurrency: 4 });
    let release!: () => void;
    const running = metrics.executing(() => new Promise<void>((resolve) => (release = resolve)));
    expect(await text(metrics)).toContain('hub_worker_utilization_ratio 0.25');
    release();
    await running;
    expect(await text(metrics)).toContain('hub_worker_utilization_ratio 0');
    expect(await text(metrics)).toContain('hub_runs_executing 0');
  });
});
