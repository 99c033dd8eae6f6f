import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type {
  FilingPackage,
  FinancialStatement,
  ReportForecast,
  ReportRatio,
  ReportRatios,
} from '../src/pages/reports.operations.js';
import type { ZacReportsPage } from '../src/pages/reports.page.js';
import type { ZacRatioCard } from '../src/pages/reports/ratio-card.js';
import type { ZacReportsDownloads } from '../src/pages/reports/reports-downloads.js';
import type { ZacReportsRatios } from '../src/pages/reports/reports-ratios.js';
import type { ZacReportsStatements } from '../src/pages/reports/reports-statements.js';
import type { ZacReportsTrends } from '../src/pages/reports/reports-trends.js';
import type { ZacStatementTable } from '../src/pages/reports/statement-table.js';
import { FakeClient } from './fake-client.js';
import { settle, shadow } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));
before(() => loadConsoleArea('reports'));

const OWNER: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'OWNER' };

const row = (key: string, label: string, current: number, prior: number, lastYear: number) => ({
  key,
  label,
  accounts: [key],
  group: null,
  currentCents: current,
  priorCents: prior,
  lastYearCents: lastYear,
  varianceCents: current - prior,
  variancePercent: Math.round(((current - prior) / Math.abs(prior)) * 1000) / 10,
  isTotal: false,
});

const INCOME = {
  kind: 'INCOME_STATEMENT',
  title: 'Income statement, November 2026',
  period: { key: '2026-11', label: 'November 2026', from: '2026-11-01', to: '2026-11-30' },
  priorPeriod: { key: '2026-10', label: 'October 2026' },
  lastYearPeriod: { key: '2025-11', label: 'November 2025' },
  sections: [
    {
      key: 'revenue',
      label: 'Revenue',
      rows: [
        row('4010', 'Sales: online store', 2_361_883, 1_968_098, 2_431_006),
        row('4090', 'Returns and refunds', -28_101, -25_336, -23_022),
      ],
    },
  ],
  notes: [],
  checks: [{ name: 'Revenue = sum of lines', holds: true, detail: 'ok' }],
} as unknown as FinancialStatement;

const source = (label: string, cents: number, accounts: string[]) => ({
  statement: 'INCOME_STATEMENT',
  label,
  accounts,
  from: '2025-12-01',
  to: '2026-11-30',
  cents,
});

const RATIO: ReportRatio = {
  key: 'gross-margin',
  label: 'Gross margin',
  unit: 'PERCENT',
  formula: 'Gross profit / revenue x 100.',
  higherIsBetter: true,
  value: 71.4,
  nullReason: null,
  benchmark: { low: 20.6, high: 44.8 },
  benchmarkMissingReason: null,
  alert: null,
  numerator: {
    label: 'Gross profit',
    cents: 26_682_021,
    isAverage: false,
    sources: [source('Materials and merchandise', -10_688_755, ['5010'])],
  },
  denominator: {
    label: 'Revenue',
    cents: 37_370_776,
    isAverage: true,
    sources: [source('Total revenue', 37_370_776, [])],
  },
} as ReportRatio;

const FORECAST = {
  asOf: '2026-12-03',
  history: [
    {
      month: '2026-10',
      revenueCents: 3_228_752,
      expensesCents: 2_483_007,
      netIncomeCents: 745_745,
      grossMarginPercent: 72.5,
      cashCents: 2_586_177,
    },
    {
      month: '2026-11',
      revenueCents: 3_918_274,
      expensesCents: 2_577_352,
      netIncomeCents: 1_340_922,
      grossMarginPercent: 73.4,
      cashCents: 2_679_840,
    },
  ],
  series: [
    {
      key: 'REVENUE',
      method: 'ETS(A,Ad,A)',
      points: [
        {
          month: '2026-12',
          baseCents: 4_400_000,
          conservativeCents: 4_300_000,
          aggressiveCents: 4_500_000,
          lower80Cents: 4_200_000,
          upper80Cents: 4_600_000,
          lower95Cents: 4_100_000,
          upper95Cents: 4_700_000,
        },
      ],
    },
  ],
  assumptions: ['Seasonality from two years of books.'],
} as ReportForecast;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The visible words of a node, spaces (also no-break ones) collapsed. */
function words(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

describe('Reports in Spanish', () => {
  it('the page names its tabs in Spanish, and in English again after switching back', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('query ReportFilingPackages', () => ({
      filingPackages: [],
    }));
    const el = await fixture<ZacReportsPage>(
      html`<zac-reports-page
        .client=${client}
        .user=${OWNER}
        section="downloads"
      ></zac-reports-page>`,
    );
    await settle(el);
    const tabs = () => [...shadow(el).querySelectorAll('[role=tab]')].map((t) => words(t));
    expect(tabs()).to.deep.equal([
      'Estados financieros',
      'Tendencias',
      'Razones financieras',
      'Descargas',
    ]);
    chooseLanguage('en');
    await settle(el);
    expect(tabs()).to.deep.equal(['Statements', 'Trends', 'Ratios', 'Downloads']);
  });

  it('statements: the picker and the table in Spanish, money in the workspace currency', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-ES', 'EUR');
    const client = new FakeClient().on('query ReportStatements', () => ({
      incomeStatement: INCOME,
      balanceSheet: { ...INCOME, kind: 'BALANCE_SHEET', title: 'Balance sheet' },
      cashFlowStatement: { ...INCOME, kind: 'CASH_FLOW', title: 'Cash flow' },
    }));
    const el = await fixture<ZacReportsStatements>(
      html`<zac-reports-statements .client=${client} .user=${OWNER}></zac-reports-statements>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('label[for=period-kind]'))).to.equal('Mostrar por');
    expect([...root.querySelectorAll('#period-kind option')].map((o) => words(o))).to.deep.equal([
      'Mes',
      'Trimestre',
      'Año',
    ]);
    expect(words(root.querySelector('legend'))).to.equal('Comparar con');
    expect(words(root.querySelector('fieldset'))).to.equal(
      'Comparar con Periodo anterior Mismo periodo del año pasado',
    );
    expect(root.querySelector('[aria-label="Periodo anterior"]')).to.not.equal(null);
    expect(words(root.querySelector('button[type=submit]'))).to.equal('Mostrar');

    const table = shadow(root.querySelector('zac-statement-table'));
    expect([...table.querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal([
      'Línea',
      'November 2026',
      'October 2026',
      'Variación',
      'Variación %',
      'November 2025',
    ]);
    expect(words(table.querySelector('caption'))).to.equal(
      'Income statement, November 2026, frente a October 2026 y November 2025',
    );
    const sales = table.querySelector('tr[data-row="4010"]') as HTMLElement;
    expect(words(sales.querySelector('[data-column=current] [aria-hidden]'))).to.equal(
      '23.618,83 €',
    );
    const returns = table.querySelector('tr[data-row="4090"]') as HTMLElement;
    expect(words(returns.querySelector('[data-column=current] [aria-hidden]'))).to.equal(
      '(281,01 €)',
    );
    expect(words(returns.querySelector('[data-column=current] .visually-hidden'))).to.equal(
      'menos 281,01 €',
    );
    expect(words(sales.querySelector('[data-column=variance-percent]'))).to.equal('20,0 %');
    expect((sales.querySelector('button.source') as HTMLElement).title).to.equal(
      'de la cuenta 4010',
    );
    expect(words(table.querySelector('[data-check]'))).to.equal(
      '✓ Revenue = sum of lines: se cumple',
    );

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await settle(el);
    expect(words(root.querySelector('legend'))).to.equal('Compare with');
    expect(words(sales.querySelector('[data-column=current] [aria-hidden]'))).to.equal(
      '$23,618.83',
    );
    expect(words(table.querySelector('caption'))).to.equal(
      'Income statement, November 2026, against October 2026 and November 2025',
    );
  });

  it('a statement compared once reads "frente a" one period', async () => {
    chooseLanguage('es');
    const year = { ...INCOME, lastYearPeriod: null } as unknown as FinancialStatement;
    const el = await fixture<ZacStatementTable>(
      html`<zac-statement-table .statement=${year}></zac-statement-table>`,
    );
    expect(words(shadow(el).querySelector('caption'))).to.equal(
      'Income statement, November 2026, frente a October 2026',
    );
  });

  it('trends: headings, captions, legends and the forecast table in Spanish', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
    const client = new FakeClient().on('query ReportForecast', () => ({ forecast: FORECAST }));
    const el = await fixture<ZacReportsTrends>(
      html`<zac-reports-trends .client=${client} .user=${OWNER}></zac-reports-trends>`,
    );
    await settle(el);
    const root = shadow(el);
    expect([...root.querySelectorAll('h2')].map((h) => words(h))).to.deep.equal([
      'Ingresos y margen bruto',
      'Efectivo',
      'Pronóstico, próximo 1 mes',
    ]);
    const revenue = shadow(root.querySelector('[data-chart=revenue] zac-report-chart'));
    expect(words(revenue.querySelector('figcaption'))).to.equal(
      'Ingresos por mes, con el margen bruto',
    );
    expect([...revenue.querySelectorAll('ul.legend li')].map((li) => words(li))).to.deep.equal([
      'Ingresos',
      'Margen bruto',
      'Eje derecho: Margen bruto',
    ]);
    expect(
      [...revenue.querySelectorAll('[data-chart-table] thead th')].map((th) => words(th)),
    ).to.deep.equal(['Mes', 'Ingresos', 'Margen bruto']);
    expect(revenue.querySelector('svg[role=img]')?.getAttribute('aria-label')).to.equal(
      'Ingresos y margen bruto por mes, oct 2026 a nov 2026: ingresos más altos $39,182.74 en nov 2026, ' +
        'los más bajos $32,287.52 en oct 2026; nov 2026: $39,182.74, margen bruto 73.4%.',
    );
    const forecast = root.querySelector('[data-chart=forecast]') as HTMLElement;
    expect(words(forecast.querySelector('fieldset'))).to.equal('Serie Ingresos');
    expect(
      words(shadow(forecast.querySelector('zac-report-chart')).querySelector('figcaption')),
    ).to.equal('Ingresos: los últimos 12 meses y el pronóstico');
    expect(
      [...forecast.querySelectorAll('[data-forecast-table] thead th')].map((th) => words(th)),
    ).to.deep.equal([
      'Mes',
      'Conservador',
      'Base',
      'Optimista',
      'Intervalo del 80 %',
      'Intervalo del 95 %',
    ]);
    expect(words(forecast.querySelector('[data-forecast-table] tbody th'))).to.equal('dic 2026');
    expect(words(forecast.querySelector('details summary'))).to.equal('Cifras del pronóstico');

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await settle(el);
    expect(words(root.querySelector('h2'))).to.equal('Revenue and gross margin');
    expect(words(revenue.querySelector('figcaption'))).to.equal(
      'Revenue by month, with gross margin',
    );
  });

  it('the empty trends and ratios say so in Spanish', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('query ReportForecast', () => ({
      forecast: { ...FORECAST, history: [] },
    }));
    const el = await fixture<ZacReportsTrends>(
      html`<zac-reports-trends .client=${client} .user=${OWNER}></zac-reports-trends>`,
    );
    await settle(el);
    expect(words(shadow(el))).to.equal(
      'Aún no hay ningún mes completo en los libros: las tendencias empiezan cuando cierra el primer mes.',
    );
  });

  it('a ratio card: value, industry range, position and figures in Spanish', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-ES', 'EUR');
    const el = await fixture<ZacRatioCard>(html`<zac-ratio-card .ratio=${RATIO}></zac-ratio-card>`);
    const root = shadow(el);
    expect(words(root.querySelector('[data-value]'))).to.equal('71,4 %');
    expect(words(root.querySelector('[data-range-text]'))).to.equal(
      'Rango de la industria 20,6 % a 44,8 % · por encima del rango de la industria',
    );
    expect(
      root.querySelector('svg[data-range]')?.getAttribute('aria-label')?.replace(/\s+/g, ' '),
    ).to.equal('71,4 %, por encima del rango de la industria (20,6 % a 44,8 %).');
    expect(words(root.querySelector('summary'))).to.equal('Fórmula y cifras');
    const figures = words(root.querySelector('details dl'));
    expect(figures).to.contain('Numerador: Gross profit 266.820,21 €');
    expect(figures).to.contain(
      'Materials and merchandise (106.887,55 €), 2025-12-01 a 2026-11-30, cuentas 5010',
    );
    expect(figures).to.contain('Denominador: Revenue (promedio) 373.707,76 €');

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await (el as unknown as Lit).updateComplete;
    expect(words(root.querySelector('[data-value]'))).to.equal('71.4%');
    expect(words(root.querySelector('summary'))).to.equal('Formula and figures');
  });

  it('the ratios tab: the form and the window sentence in Spanish', async () => {
    chooseLanguage('es');
    const report = {
      asOf: '2026-12-03',
      window: { from: '2025-12-01', to: '2026-11-30', days: 365 },
      naicsCode: null,
      benchmark: null,
      ratios: [RATIO],
    } as unknown as ReportRatios;
    const client = new FakeClient().on('query ReportRatios', () => ({ financialRatios: report }));
    const el = await fixture<ZacReportsRatios>(
      html`<zac-reports-ratios .client=${client} .user=${OWNER}></zac-reports-ratios>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('label[for=as-of]'))).to.equal('Fecha de corte');
    expect(words(root.querySelector('button[type=submit]'))).to.equal('Mostrar');
    expect(words(root.querySelector('[data-window]'))).to.equal(
      'Ingresos y gastos del 1 dic 2025 al 30 nov 2026 (365 días, los doce meses completos hasta el 3 dic 2026); saldos al 3 dic 2026. ' +
        'Sin referencia de la industria: la tienda no tiene código NAICS.',
    );
  });

  it('downloads: the form, a prepared package and its files in Spanish', async () => {
    chooseLanguage('es');
    const file = (format: string, bytes: number) => ({
      id: `f-${format}`,
      format,
      filename: `filing-package-2026-Q3.${format.toLowerCase()}`,
      bytes,
      sha256: '45ecfba4'.padEnd(64, '0'),
      url: `/downloads/reports/f-${format}?token=t`,
      expiresAt: '2026-12-04T07:35:46.000Z',
    });
    const q3 = {
      id: 'p1',
      kind: 'FILING_PACKAGE',
      period: '2026-Q3',
      title: 'Quarterly filing package, Q3 2026',
      preparedAt: '2026-12-03T07:35:46.000Z',
      preparedBy: 'user:u1',
      files: [file('PDF', 46_797)],
    } as FilingPackage;
    const client = new FakeClient()
      .on('query ReportFilingPackages', () => ({ filingPackages: [] }))
      .on('mutation PrepareFilingPackage', () => ({ prepareFilingPackage: q3 }));
    const el = await fixture<ZacReportsDownloads>(
      html`<zac-reports-downloads .client=${client} .user=${OWNER}></zac-reports-downloads>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('h2'))).to.equal('Paquetes recientes');
    expect(words(root)).to.contain('Aún no hay paquetes de declaración.');
    expect([...root.querySelectorAll('#package-kind option')].map((o) => words(o))).to.deep.equal([
      'Paquete de declaración, un trimestre',
      'Paquete de declaración, un mes',
      'Informe anual, un año',
    ]);
    const input = root.querySelector('#package-period') as HTMLInputElement;
    input.value = '2026-13';
    input.dispatchEvent(new Event('input'));
    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(words(root.querySelector('#prepare-error'))).to.match(
      /^Escribe un trimestre como \d{4}-Q[1-4]\.$/,
    );

    input.value = '2026-Q3';
    input.dispatchEvent(new Event('input'));
    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(words(root.querySelector('[role=status]'))).to.equal(
      'Preparado: Quarterly filing package, Q3 2026.',
    );
    const item = root.querySelector('li[data-package=p1]') as HTMLElement;
    expect(words(item.querySelector('.meta'))).to.match(
      /^Paquete de declaración · 2026-Q3 · preparado .+ por ti · los enlaces funcionan hasta .+$/,
    );
    expect(item.querySelector('ul.files')?.getAttribute('aria-label')).to.equal(
      'Quarterly filing package, Q3 2026: archivos',
    );
    expect(words(item.querySelector('a[data-format=PDF] .detail'))).to.match(/^45\.7 KB · sha256/);

    chooseLanguage('en');
    await settle(el);
    expect(words(root.querySelector('[role=status]'))).to.equal(
      'Prepared: Quarterly filing package, Q3 2026.',
    );
    expect(words(item.querySelector('.meta'))).to.match(
      /^Filing package · 2026-Q3 · prepared .+ by you/,
    );
  });
});
