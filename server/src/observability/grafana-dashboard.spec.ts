import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HubMetrics } from './metrics.js';

interface Dashboard {
  panels: Array<{ title: string; targets?: Array<{ expr: string }> }>;
}

const dashboard = JSON.parse(
  readFileSync(
    new URL('../../../docs/observability/grafana-dashboard.json', import.meta.url),
    'utf8',
  ),
) as Dashboard;
const expressions = dashboard.panels.flatMap((panel) =>
  (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })),
);

/** Every metric a hub with metrics on exports, with its type and label names. */
async function exported() {
  const { registry } = new HubMetrics({ processMetrics: true });
  const metrics = new Map<string, { type: string; labels: string[] }>();
  for (const { name, type } of await registry.getMetricsAsJSON()) {
    const labels = (registry.getSingleMetric(name) as { labelNames?: string[] } | undefined)
      ?.labelNames;
    metrics.set(name, { type: String(type), labels: labels ?? [] });
  }
  return metrics;
}

/** The series a selector names: a histogram's `_bucket`, `_count` and `_sum` are its own. */
function metricOf(series: string, metrics: Map<string, { type: string }>): string | undefined {
  if (metrics.has(series)) return series;
  const base = series.replace(/_(bucket|count|sum)$/, '');
  return metrics.get(base)?.type === 'histogram' ? base : undefined;
}

describe('the Grafana dashboard (docs/observability/grafana-dashboard.json)', () => {
  it('queries only metrics the hub exports, with labels they have', async () => {
    const metrics = await exported();
    const problems: string[] = [];
    for (const { panel, expr } of expressions) {
      for (const match of expr.matchAll(/\b((?:hub|process|nodejs)_[a-z0-9_]+)(\{[^}]*\})?/g)) {
        const series = match[1] as string;
        const name = metricOf(series, metrics);
        if (!name) {
          problems.push(`${panel}: ${series} is not exported`);
          continue;
        }
        const labels = [...(match[2] ?? '').matchAll(/(\w+)\s*(?:=|!=|=~|!~)/g)].map((m) => m[1]);
        for (const label of labels) {
          if (!metrics.get(name)?.labels.includes(label as string)) {
            problems.push(`${panel}: ${name} has no label ${label}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows every hub_ metric in at least one panel', async () => {
    const metrics = await exported();
    const queried = expressions.map((e) => e.expr).join('\n');
    const missing = [...metrics.keys()]
      .filter((name) => name.startsWith('hub_'))
      .filter((name) => !new RegExp(`\\b${name}(_bucket|_count|_sum)?\\b`).test(queried));
    expect(missing).toEqual([]);
  });
});
