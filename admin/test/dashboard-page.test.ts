import { expect, fixture, html } from '@open-wc/testing';
import type { Agent } from '../src/api/operations.js';
import type { ZacAgentEditor } from '../src/components/zac-agent-editor.js';
import { niceTicks, thinLabels, type ZacStackedBars } from '../src/components/zac-stacked-bars.js';
import { defineConsoleElements } from '../src/define.js';
import type { ZacDashboardPage } from '../src/pages/dashboard.page.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();

const USER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };

function agentStats(key: string, name: string, figures: Partial<Record<string, number>> = {}) {
  return {
    agentKey: key,
    agentName: name,
    runs: 0,
    succeeded: 0,
    failed: 0,
    unavailable: 0,
    successRate: null,
    medianDurationMs: null,
    p95DurationMs: null,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    ...figures,
  };
}

function dashboard(agents: ReturnType<typeof agentStats>[], runsPerDay: object[] = []) {
  return {
    dashboard: {
      runsPerDay,
      escalations: 0,
      handoffs: 0,
      openApprovals: 0,
      agents,
    },
  };
}

async function page(answer: object) {
  const client = new FakeClient().on('Dashboard', () => answer);
  const el = await fixture<ZacDashboardPage>(
    html`<zac-dashboard-page .client=${client} .user=${USER}></zac-dashboard-page>`,
  );
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('dashboard charts', () => {
  it('explains empty charts in words instead of plotting zeros', async () => {
    const el = await page(dashboard([agentStats('support', 'Customer Support')]));
    const runs = el.shadowRoot?.querySelector('[data-chart=runs]');
    const cost = el.shadowRoot?.querySelector('[data-chart=cost]');
    expect(runs?.hasAttribute('data-empty')).to.equal(true);
    expect(runs?.textContent).to.contain('No runs in the last 7 days');
    expect(cost?.hasAttribute('data-empty')).to.equal(true);
    expect(cost?.textContent).to.contain('runs on the offline provider are free');
    expect(el.shadowRoot?.querySelector('zac-stacked-bars')).to.equal(null);
  });

  it('stacks the runs of each day by agent, and plots cost when there is some', async () => {
    const el = await page(
      dashboard(
        [
          agentStats('support', 'Customer Support', { runs: 3, succeeded: 3, costUsd: 0.012 }),
          agentStats('sales', 'Sales & Leads', { runs: 2, succeeded: 2 }),
        ],
        [
          { day: today(), agentKey: 'support', runs: 3 },
          { day: today(), agentKey: 'sales', runs: 2 },
        ],
      ),
    );
    const [runs, cost] = [...(el.shadowRoot?.querySelectorAll('zac-stacked-bars') ?? [])] as [
      ZacStackedBars,
      ZacStackedBars,
    ];
    await runs.updateComplete;
    const bars = [...(runs.shadowRoot?.querySelectorAll('rect') ?? [])];
    // Today's bar: two segments, one per agent, 3 and 2 runs tall.
    expect(bars.map((b) => b.querySelector('title')?.textContent)).to.deep.equal([
      `${today().slice(5)}, Customer Support: 3`,
      `${today().slice(5)}, Sales & Leads: 2`,
    ]);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[0]).to.be.closeTo((heights[1] ?? 0) * 1.5, 1e-9);
    await cost.updateComplete;
    expect(cost.shadowRoot?.querySelectorAll('rect')).to.have.length(1);
  });

  it('leaves runs failed on an unavailable tool out of the success rate, and says so', async () => {
    const el = await page(
      dashboard(
        [
          agentStats('support', 'Customer Support', {
            runs: 4,
            succeeded: 3,
            failed: 1,
            successRate: 0.75,
          }),
          agentStats('tax', 'Tax & Compliance', {
            runs: 2,
            succeeded: 1,
            failed: 1,
            unavailable: 1,
            successRate: 1,
          }),
        ],
        [{ day: today(), agentKey: 'support', runs: 4 }],
      ),
    );
    const kpi = el.shadowRoot?.querySelector('[data-kpi="Success rate"]');
    // 4 succeeded of 5 judged (6 runs, 2 failed, 1 of them on an unavailable tool).
    expect(kpi?.querySelector('.value')?.textContent).to.equal('80.0%');
    expect(kpi?.querySelector('[data-kpi-note]')?.textContent).to.equal(
      '1 failed on an unavailable tool (not counted)',
    );
    expect(el.shadowRoot?.querySelectorAll('[data-unavailable-runs]')).to.have.length(1);
  });
});

describe('stacked bar axes', () => {
  it('ends the axis on a round value at or above the tallest bar', () => {
    expect(niceTicks(5)).to.deep.equal([0, 2, 4, 6]);
    expect(niceTicks(40)).to.deep.equal([0, 10, 20, 30, 40]);
    expect(niceTicks(0.013)).to.deep.equal([0, 0.005, 0.01, 0.015]);
    expect(niceTicks(0)).to.deep.equal([0, 1]);
  });

  it('keeps at most the labels that fit', () => {
    expect(thinLabels(['a', 'b', 'c', 'd', 'e'], 3)).to.deep.equal(['a', '', 'c', '', 'e']);
  });
});

describe('the agent editor', () => {
  it('marks a tool the hub has not built as not available', async () => {
    const agent: Agent = {
      key: 'support',
      name: 'Customer Support',
      description: '',
      enabled: true,
      model: 'claude-haiku-4-5',
      systemPrompt: 'Be kind.',
      temperature: 0.2,
      maxSteps: 8,
      tools: ['track_order', 'wrap_gift'],
      reviewPolicy: {
        refundLimitCents: 50_000,
        legalTopics: true,
        minConfidence: null,
        outboundTrusted: false,
        approvalTtlMinutes: 1440,
      },
    } as Agent;
    const el = await fixture<ZacAgentEditor>(
      html`<zac-agent-editor
        .client=${new FakeClient()}
        .agent=${agent}
        .options=${{ models: ['claude-haiku-4-5'], tools: ['issue_refund', 'track_order'] }}
      ></zac-agent-editor>`,
    );
    const marked = [...(el.shadowRoot?.querySelectorAll('[data-unavailable-tool]') ?? [])];
    expect(marked.map((m) => m.getAttribute('data-unavailable-tool'))).to.deep.equal(['wrap_gift']);
    expect(marked[0]?.textContent).to.contain('not available');
  });
});
