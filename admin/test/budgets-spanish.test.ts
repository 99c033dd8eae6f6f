// The cost budgets (settings card, dashboard card, shell banner) in Spanish, and back to English.
import { expect, fixture, html } from '@open-wc/testing';
import type { ZacBudgetBanner } from '../src/components/budget-banner.js';
import { dollarsToCents, type ZacBudgetSettings } from '../src/components/budget-settings.js';
import type { ZacBudgetState } from '../src/components/budget-state.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
const SUPPORT = { id: 'a-support', key: 'support', name: 'Customer Support' };

function budget(figures: Record<string, unknown> = {}) {
  return {
    id: 'b-workspace',
    agent: null,
    limitCents: 500,
    policy: 'FALLBACK_OFFLINE',
    warnPercent: 80,
    month: '2026-12',
    spentUsd: '4.000000',
    percent: 80,
    status: 'WARNING',
    ...figures,
  };
}

function client(budgets: object[]) {
  return new FakeClient()
    .on('query CostBudgets', () => ({ costBudgets: budgets }))
    .on('CostBudgetAgents', () => ({ agents: [SUPPORT] }));
}

async function settled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T) {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

function shadowOf(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** What a user reads: runs of white space (the currency's no-break space too) as one space. */
const words = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => words(node?.textContent);

describe('cost budgets in Spanish', () => {
  beforeEach(() => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
  });

  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('reads a decimal comma as well as a point', () => {
    expect(dollarsToCents('12,5')).to.equal(1250);
    expect(dollarsToCents('12.50')).to.equal(1250);
    expect(dollarsToCents('1,234')).to.equal(null);
  });

  it('shows the settings card in Spanish with model costs in US dollars, then English again', async () => {
    const el = await settled(
      await fixture<ZacBudgetSettings>(
        html`<zac-budget-settings
          .client=${client([budget()])}
          .user=${OWNER}
        ></zac-budget-settings>`,
      ),
    );
    const root = shadowOf(el);
    expect(text(root.querySelector('h2'))).to.equal('Presupuestos de costo de los modelos');
    const headers = [...root.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers.slice(0, 6)).to.deep.equal([
      'Presupuesto',
      'Límite mensual',
      'Al 100 %',
      'Avisar al',
      'Este mes',
      'Estado',
    ]);
    const row = root.querySelector('tr[data-budget=workspace]');
    expect(text(row?.querySelector('th'))).to.equal('Espacio de trabajo');
    expect(text(row)).to.contain('USD 4.00 de USD 5.00 (80 %)');
    expect(text(row)).to.contain('Cambiar al proveedor sin conexión');
    expect(text(row?.querySelector('[data-status]'))).to.equal('Aviso');
    expect(text(row?.querySelector('button'))).to.equal('Eliminar');
    expect(text(root.querySelector('label[for=budget-scope]'))).to.equal('Presupuesto para');
    expect(text(root.querySelector('#budget-scope option'))).to.equal('Todo el espacio de trabajo');
    expect(text(root.querySelector('button[type=submit]'))).to.equal('Guardar presupuesto');

    (root.querySelector('#budget-limit') as HTMLInputElement).value = 'diez';
    root.querySelector('form')?.requestSubmit();
    await settled(el);
    expect(text(root.querySelector('[role=alert]'))).to.equal(
      'Escribe el límite mensual en dólares, p. ej. 25 o 12.50.',
    );

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await el.updateComplete;
    expect(text(root.querySelector('h2'))).to.equal('Model cost budgets');
    expect(text(root.querySelector('[role=alert]'))).to.equal(
      'Enter the monthly limit in dollars, e.g. 25 or 12.50.',
    );
    expect(text(root.querySelector('tr[data-budget=workspace]'))).to.contain(
      '$4.00 of $5.00 (80%)',
    );
  });

  it('says in Spanish when no budget is set', async () => {
    const el = await settled(
      await fixture<ZacBudgetSettings>(
        html`<zac-budget-settings .client=${client([])} .user=${OWNER}></zac-budget-settings>`,
      ),
    );
    expect(text(el.shadowRoot?.querySelector('p.state'))).to.equal(
      'Aún no hay presupuesto: las llamadas al modelo no tienen límite.',
    );
  });

  it("shows the dashboard's bars in Spanish", async () => {
    const el = await settled(
      await fixture<ZacBudgetState>(
        html`<zac-budget-state
          .client=${client([budget({ spentUsd: '6.000000', percent: 120, status: 'EXHAUSTED' })])}
          .user=${OWNER}
        ></zac-budget-state>`,
      ),
    );
    const root = shadowOf(el);
    expect(text(root.querySelector('h2'))).to.equal('Presupuestos de costo (2026-12)');
    const meter = root.querySelector('[role=meter]');
    expect(meter?.getAttribute('aria-label')).to.equal('Presupuesto usado de Espacio de trabajo');
    expect(words(meter?.getAttribute('aria-valuetext'))).to.equal('USD 6.00 de USD 5.00 (120 %)');
    expect(text(root.querySelector('[data-budget=workspace]'))).to.contain('Alcanzado');
    expect(text(root.querySelector('.muted:not(h2 .muted)'))).to.equal(
      'Las nuevas llamadas al modelo van al proveedor sin conexión.',
    );

    const empty = await settled(
      await fixture<ZacBudgetState>(
        html`<zac-budget-state .client=${client([])} .user=${OWNER}></zac-budget-state>`,
      ),
    );
    expect(text(empty.shadowRoot?.querySelector('p.state'))).to.equal(
      'No hay presupuesto: las llamadas al modelo no tienen límite (Configuración).',
    );
  });

  it('alerts and warns in Spanish in the banner, and in English after switching back', async () => {
    const el = await settled(
      await fixture<ZacBudgetBanner>(
        html`<zac-budget-banner
          .client=${client([
            budget({ spentUsd: '5.000000', percent: 100, status: 'EXHAUSTED' }),
            budget({
              id: 'b2',
              agent: SUPPORT,
              spentUsd: '0.850000',
              percent: 85,
              limitCents: 100,
            }),
          ])}
          page="dashboard"
        ></zac-budget-banner>`,
      ),
    );
    const root = shadowOf(el);
    expect(text(root.querySelector('[role=alert]'))).to.equal(
      'Presupuesto de costo alcanzado: Espacio de trabajo, USD 5.00 de USD 5.00 (100 %). Las nuevas llamadas al modelo van al proveedor sin conexión.',
    );
    expect(text(root.querySelector('[data-budget-banner=support]'))).to.equal(
      'Aviso de presupuesto de costo: Customer Support, USD 0.85 de USD 1.00 (85 %).',
    );

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await el.updateComplete;
    expect(text(root.querySelector('[data-budget-banner=support]'))).to.equal(
      'Cost budget warning: Customer Support, $0.85 of $1.00 (85%).',
    );
  });
});
