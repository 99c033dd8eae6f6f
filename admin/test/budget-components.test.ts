import { expect, fixture, html } from '@open-wc/testing';
import type { ZacBudgetBanner } from '../src/components/budget-banner.js';
import { dollarsToCents, type ZacBudgetSettings } from '../src/components/budget-settings.js';
import type { ZacBudgetState } from '../src/components/budget-state.js';
import { defineConsoleElements } from '../src/define.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();

const OWNER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
const VIEWER = { ...OWNER, role: 'VIEWER' };

function budget(figures: Record<string, unknown> = {}) {
  return {
    id: 'b-workspace',
    agent: null,
    limitCents: 500,
    policy: 'FALLBACK_OFFLINE',
    warnPercent: 80,
    month: '2026-12',
    spentUsd: '0.000000',
    percent: 0,
    status: 'OK',
    ...figures,
  };
}

const SUPPORT = { id: 'a-support', key: 'support', name: 'Customer Support' };

function client(budgets: object[]) {
  return new FakeClient()
    .on('query CostBudgets', () => ({ costBudgets: budgets }))
    .on('CostBudgetAgents', () => ({ agents: [SUPPORT] }));
}

function shadowOf(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

function formOf(root: ShadowRoot): HTMLFormElement {
  const form = root.querySelector('form');
  if (!form) throw new Error('no form');
  return form;
}

async function settled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T) {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

describe('budget settings', () => {
  it('reads dollars as whole cents and refuses anything else', () => {
    expect(dollarsToCents('12.5')).to.equal(1250);
    expect(dollarsToCents(' 25 ')).to.equal(2500);
    expect(dollarsToCents('0.01')).to.equal(1);
    expect(dollarsToCents('0')).to.equal(null);
    expect(dollarsToCents('-3')).to.equal(null);
    expect(dollarsToCents('1.234')).to.equal(null);
    expect(dollarsToCents('abc')).to.equal(null);
  });

  it("lists the budgets with this month's spend and saves an agent's budget in cents", async () => {
    const fake = client([budget({ spentUsd: '4.000000', percent: 80, status: 'WARNING' })]).on(
      'SaveCostBudget',
      () => ({ saveCostBudget: { id: 'b2', status: 'OK' } }),
    );
    const el = await settled(
      await fixture<ZacBudgetSettings>(
        html`<zac-budget-settings .client=${fake} .user=${OWNER}></zac-budget-settings>`,
      ),
    );
    const row = el.shadowRoot?.querySelector('tr[data-budget=workspace]');
    expect(row?.textContent?.replace(/\s+/g, ' ')).to.contain('$4.00 of $5.00 (80%)');
    expect(row?.querySelector('[data-status]')?.textContent).to.equal('Warning');

    const root = shadowOf(el);
    (root.querySelector('#budget-scope') as HTMLSelectElement).value = SUPPORT.id;
    (root.querySelector('#budget-limit') as HTMLInputElement).value = '12.50';
    (root.querySelector('#budget-policy') as HTMLSelectElement).value = 'REQUIRE_APPROVAL';
    formOf(root).requestSubmit();
    await settled(el);

    const save = fake.requests.find((r) => r.query.includes('SaveCostBudget'));
    expect(save?.variables).to.deep.equal({
      input: {
        agentId: SUPPORT.id,
        limitCents: 1250,
        policy: 'REQUIRE_APPROVAL',
        warnPercent: 80,
      },
    });
    expect(root.querySelector('[role=status].notice')?.textContent).to.equal('Budget saved.');
  });

  it("shows the hub's refusal and sends nothing for a limit that is not an amount", async () => {
    const fake = client([]).on('SaveCostBudget', () => {
      throw refusal('AGENT_NOT_FOUND', 'No agent with id "x".');
    });
    const el = await settled(
      await fixture<ZacBudgetSettings>(
        html`<zac-budget-settings .client=${fake} .user=${OWNER}></zac-budget-settings>`,
      ),
    );
    const root = shadowOf(el);
    (root.querySelector('#budget-limit') as HTMLInputElement).value = 'ten';
    formOf(root).requestSubmit();
    await settled(el);
    expect(root.querySelector('[role=alert]')?.textContent).to.contain('limit in dollars');
    expect(fake.requests.some((r) => r.query.includes('SaveCostBudget'))).to.equal(false);

    (root.querySelector('#budget-limit') as HTMLInputElement).value = '10';
    formOf(root).requestSubmit();
    await settled(el);
    expect(root.querySelector('[role=alert]')?.textContent).to.equal('No agent with id "x".');
  });

  it('gives viewers the budgets without the form', async () => {
    const el = await settled(
      await fixture<ZacBudgetSettings>(
        html`<zac-budget-settings
          .client=${client([budget()])}
          .user=${VIEWER}
        ></zac-budget-settings>`,
      ),
    );
    expect(el.shadowRoot?.querySelector('tr[data-budget=workspace]')).not.to.equal(null);
    expect(el.shadowRoot?.querySelector('form')).to.equal(null);
  });
});

describe('budget state on the dashboard', () => {
  it('draws one bar per budget, capped at 100%, and says what a spent budget does', async () => {
    const fake = client([
      budget({ spentUsd: '6.000000', percent: 120, status: 'EXHAUSTED' }),
      budget({
        id: 'b-support',
        agent: SUPPORT,
        limitCents: 1000,
        spentUsd: '2.500000',
        percent: 25,
        policy: 'REQUIRE_APPROVAL',
      }),
    ]);
    const el = await settled(
      await fixture<ZacBudgetState>(
        html`<zac-budget-state .client=${fake} .user=${OWNER}></zac-budget-state>`,
      ),
    );
    const meters = [...(el.shadowRoot?.querySelectorAll('[role=meter]') ?? [])];
    expect(meters.map((m) => m.getAttribute('aria-valuenow'))).to.deep.equal(['100', '25']);
    expect(meters[1]?.getAttribute('aria-valuetext')).to.equal('$2.50 of $10.00 (25%)');
    const workspace = el.shadowRoot?.querySelector('[data-budget=workspace]');
    expect(workspace?.getAttribute('data-status')).to.equal('EXHAUSTED');
    expect(workspace?.textContent).to.contain('New model calls go to the offline provider.');
  });
});

describe('budget banner', () => {
  it('warns while a budget is at its warning and alerts once one is spent', async () => {
    const fake = client([
      budget({ spentUsd: '5.000000', percent: 100, status: 'EXHAUSTED' }),
      budget({
        id: 'b2',
        agent: SUPPORT,
        spentUsd: '0.850000',
        percent: 85,
        status: 'WARNING',
        limitCents: 100,
      }),
    ]);
    const el = await settled(
      await fixture<ZacBudgetBanner>(
        html`<zac-budget-banner .client=${fake} page="dashboard"></zac-budget-banner>`,
      ),
    );
    const alert = el.shadowRoot?.querySelector('[role=alert]');
    expect(alert?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Cost budget reached: Workspace, $5.00 of $5.00 (100%). New model calls go to the offline provider.',
    );
    expect(el.shadowRoot?.querySelector('[data-budget-banner=support]')?.textContent).to.contain(
      'Cost budget warning: Customer Support, $0.85 of $1.00 (85%).',
    );
  });

  it('shows nothing while every budget is OK, and reads them again on the next page', async () => {
    let status = 'OK';
    const fake = new FakeClient().on('query CostBudgets', () => ({
      costBudgets: [budget({ status, percent: status === 'OK' ? 10 : 90, spentUsd: '0.500000' })],
    }));
    const el = await settled(
      await fixture<ZacBudgetBanner>(
        html`<zac-budget-banner .client=${fake} page="dashboard"></zac-budget-banner>`,
      ),
    );
    expect(el.shadowRoot?.querySelector('p')).to.equal(null);

    status = 'WARNING';
    el.page = 'activity';
    await settled(el);
    await settled(el);
    expect(el.shadowRoot?.querySelector('[role=status]')?.textContent).to.contain(
      'Cost budget warning',
    );
  });
});
