// The dashboard in Spanish: key figures, charts, the per-agent table and the period picker read in
// Spanish with Spanish number forms, and switching back to English re-renders English.
import { expect, fixture, html } from '@open-wc/testing';
import type { ZacStackedBars } from '../src/components/zac-stacked-bars.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { ZacDashboardPage } from '../src/pages/dashboard.page.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const USER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
const today = () => new Date().toISOString().slice(0, 10);

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
    dashboard: { runsPerDay, escalations: 1200, handoffs: 0, openApprovals: 2, agents },
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

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

const BUSY = dashboard(
  [
    agentStats('support', 'Customer Support', {
      runs: 4,
      succeeded: 3,
      failed: 1,
      successRate: 0.75,
      medianDurationMs: 1500,
      p95DurationMs: 2500,
      inputTokens: 12345,
      outputTokens: 678,
      costUsd: 0.5,
    }),
    agentStats('tax', 'Tax & Compliance', {
      runs: 2,
      succeeded: 1,
      failed: 1,
      unavailable: 1,
      successRate: 1,
    }),
  ],
  [
    { day: today(), agentKey: 'support', runs: 4 },
    { day: today(), agentKey: 'tax', runs: 2 },
  ],
);

describe('the dashboard in Spanish', () => {
  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('names its figures, charts and table in Spanish, with Spanish numbers', async () => {
    setWorkspaceLocale('es-MX', 'MXN');
    chooseLanguage('es');
    const el = await page(BUSY);
    const root = el.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('label[for=period]'))).to.equal('Periodo');
    expect([...root.querySelectorAll('#period option')].map(text)).to.deep.equal([
      'Últimos 7 días',
      'Últimos 30 días',
      'Últimos 90 días',
    ]);
    expect(root.querySelector('ul.kpis')?.getAttribute('aria-label')).to.equal('Cifras clave');
    // The data-kpi ids stay the same in every language.
    const rate = root.querySelector('[data-kpi="Success rate"]');
    expect(text(rate?.querySelector('.label'))).to.equal('Tasa de éxito');
    expect(text(rate?.querySelector('.value'))).to.equal('80.0%');
    expect(text(rate?.querySelector('[data-kpi-note]'))).to.equal(
      '1 falló por una herramienta no disponible (no se cuenta)',
    );
    expect(text(root.querySelector('[data-kpi=Escalations] .label'))).to.equal('Escalamientos');
    expect(text(root.querySelector('[data-kpi=Escalations] .value'))).to.equal('1,200');
    const median = root.querySelector('[data-kpi="Median duration (slowest agent)"]');
    expect(text(median?.querySelector('.value'))).to.equal('1.5 s');
    expect(text(median?.querySelector('.label'))).to.equal('Duración mediana (agente más lento)');
    expect(text(root.querySelector('[data-kpi=Cost] .value'))).to.equal('USD 0.50');
    const headers = [...root.querySelectorAll('thead th')].map(text);
    expect(headers).to.deep.equal([
      'Agente',
      'Ejecuciones',
      'Tasa de éxito',
      'Mediana',
      'p95',
      'Tokens de entrada / salida',
      'Costo',
    ]);
    expect(text(root.querySelector('tbody tr td:nth-of-type(5)'))).to.equal('12,345 / 678');
    const [runs, cost] = [...root.querySelectorAll('zac-stacked-bars')] as ZacStackedBars[];
    await runs?.updateComplete;
    const [, month, day] = today().split('-');
    const chart = runs?.shadowRoot as ShadowRoot;
    expect(text(chart.querySelector('figcaption'))).to.equal('Ejecuciones por día, por agente');
    expect(text(chart.querySelector('thead th'))).to.equal('Día');
    expect(text(chart.querySelector('tbody tr:last-child th'))).to.equal(`${day}/${month}`);
    await cost?.updateComplete;
    expect(text(cost?.shadowRoot?.querySelector('figcaption'))).to.equal(
      'Costo de modelos por agente (USD)',
    );
    expect(text(cost?.shadowRoot?.querySelector('thead th:nth-of-type(2)'))).to.equal(
      'Costo (USD)',
    );
  });

  it('explains empty charts in Spanish, and goes back to English', async () => {
    chooseLanguage('es');
    const el = await page(dashboard([agentStats('support', 'Customer Support')]));
    const root = el.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('[data-chart=runs] h2'))).to.equal(
      'Ejecuciones por día, por agente',
    );
    expect(text(root.querySelector('[data-chart=runs] p'))).to.equal(
      'No hubo ejecuciones en los últimos 7 días. Inicia una desde Escenarios o abre el chat de la tienda de demostración.',
    );
    expect(text(root.querySelector('[data-chart=cost] p'))).to.contain(
      'las ejecuciones con el proveedor sin conexión son gratuitas',
    );
    expect(text([...root.children].find((e) => e.tagName === 'H2'))).to.equal('Por agente');

    chooseLanguage('en');
    await el.updateComplete;
    expect(text(root.querySelector('h1'))).to.equal('Dashboard');
    expect(text(root.querySelector('label[for=period]'))).to.equal('Period');
    expect(text(root.querySelector('[data-chart=runs] p'))).to.equal(
      "No runs in the last 7 days. Start one from Scenarios, or open the demo storefront's chat.",
    );
    expect(text(root.querySelector('[data-kpi=Runs] .label'))).to.equal('Runs');
  });
});
