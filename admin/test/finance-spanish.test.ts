import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { SignedInUser } from '../src/api/auth.js';
import type { ZacFinanceCashFlow } from '../src/components/finance-cash-flow.js';
import type { ZacFinanceImports } from '../src/components/finance-imports.js';
import type { ZacFinanceReceivables } from '../src/components/finance-receivables.js';
import type { ZacFinanceReminders } from '../src/components/finance-reminders.js';
import type { ZacFinanceReviewQueue } from '../src/components/finance-review-queue.js';
import { pager } from '../src/components/pager.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type {
  CashFlowReport,
  InvoiceReminderRow,
  LedgerAccountOption,
  ReceivablesAging,
  ReviewTransaction,
} from '../src/pages/finance.operations.js';
import type { ZacFinancePage } from '../src/pages/finance.page.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const ADMIN: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'ADMIN' };

const ACCOUNTS: LedgerAccountOption[] = [
  { id: 'a2', code: '4010', name: 'Online sales', type: 'REVENUE', postable: true },
  { id: 'a4', code: '6110', name: 'Software', type: 'EXPENSE', postable: true },
  { id: 'a5', code: '6150', name: 'Meals', type: 'EXPENSE', postable: true },
];

const COFFEE: ReviewTransaction = {
  id: 'tx-1',
  postedOn: '2026-11-28',
  amountCents: -1_250,
  description: 'SQ *BLUE BOTTLE 4432',
  merchant: 'BLUE BOTTLE',
  reference: null,
  status: 'NEEDS_REVIEW',
  accountCode: '6150',
  accountName: 'Meals',
  confidence: 0.62,
  categorizedBy: 'MODEL',
  journalEntryId: null,
};

const AGING: ReceivablesAging = {
  asOf: '2026-12-03',
  totalOpenCents: 1_234_500,
  overdueCents: 734_500,
  buckets: [
    { bucket: 'CURRENT', count: 2, openCents: 500_000 },
    { bucket: 'DAYS_1_30', count: 1, openCents: 234_500 },
    { bucket: 'DAYS_31_60', count: 0, openCents: 0 },
    { bucket: 'DAYS_61_90', count: 1, openCents: 300_000 },
    { bucket: 'OVER_90', count: 1, openCents: 200_000 },
  ],
  rows: [
    {
      invoiceId: 'inv-5',
      number: 'INV-2026-005',
      customer: 'Maple & Co',
      issuedOn: '2026-10-20',
      dueOn: '2026-11-19',
      amountCents: 250_000,
      openCents: 234_500,
      daysOverdue: 14,
      bucket: 'DAYS_1_30',
      draftedStages: [1, 2],
      stageDue: 3,
    },
  ],
};

const DRAFT: InvoiceReminderRow = {
  id: 'rem-1',
  invoiceId: 'inv-5',
  invoiceNumber: 'INV-2026-005',
  customer: 'Maple & Co',
  stage: 2,
  daysOverdue: 9,
  subject: 'Invoice INV-2026-005 is 9 days overdue',
  body: 'Hello,\nINV-2026-005 for $2,345.00 was due on Nov 19.',
  status: 'DRAFTED',
  sentAt: null,
  createdAt: '2026-11-28T09:00:00.000Z',
};

const week = (start: string, end: string, inCents: number, outCents: number) => ({
  start,
  end,
  totalInCents: inCents,
  totalOutCents: outCents,
  netCents: inCents - outCents,
});

const REPORT: CashFlowReport = {
  week: week('2026-11-23', '2026-11-29', 610_000, 400_000),
  priorWeek: week('2026-11-16', '2026-11-22', 300_000, 450_000),
  sameWeekLastYear: week('2025-11-24', '2025-11-30', 400_000, 380_000),
  inflows: [{ category: 'Online sales', amountCents: 610_000, count: 41 }],
  outflows: [{ category: 'Software', amountCents: 150_000, count: 3 }],
  trend: [
    week('2026-11-09', '2026-11-15', 500_000, 420_000),
    week('2026-11-16', '2026-11-22', 300_000, 450_000),
    week('2026-11-23', '2026-11-29', 610_000, 400_000),
  ],
  anomalies: [
    {
      category: 'Software',
      direction: 'OUT',
      deviation: 'HIGH',
      amountCents: 150_000,
      medianCents: 30_000,
      score: 6.2,
      explanation: 'Software out: $1,500.00, 5.0x the usual $300.00 (median of 13 weeks)',
    },
  ],
  runway: {
    cashBalanceCents: 4_500_000,
    averageWeeklyNetCents: -50_000,
    weeksOfRunway: 9.04,
    weeksCounted: 13,
    explanation: 'At the average weekly burn of $500.00, cash lasts 90 weeks.',
  },
};

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

async function settle(el: Lit): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

/** The visible words of an element, spaces collapsed. */
function words(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

describe('Finance in Spanish', () => {
  it('the shared pager says Newer and Older in the current language unless told other words', () => {
    setWorkspaceLocale('es-MX', 'MXN');
    const host = document.createElement('div');
    const show = () =>
      render(
        pager({
          label: 'Pages',
          offset: 25,
          shown: 25,
          total: 1_234,
          pageSize: 25,
          go: () => undefined,
        }),
        host,
      );
    show();
    expect(words(host.querySelector('.range'))).to.equal('26–50 de 1,234');
    expect(
      [...host.querySelectorAll('button')].map((b) => [b.getAttribute('data-page'), words(b)]),
    ).to.deep.equal([
      ['newer', 'Más recientes'],
      ['older', 'Más antiguos'],
    ]);
    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    show();
    expect(words(host.querySelector('.range'))).to.equal('26–50 of 1,234');
    expect([...host.querySelectorAll('button')].map((b) => words(b))).to.deep.equal([
      'Newer',
      'Older',
    ]);
  });

  it('the page names its tabs in Spanish and back in English after switching', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('query FinanceReminders', () => ({
      invoiceReminders: [],
    }));
    const el = await fixture<ZacFinancePage>(
      html`<zac-finance-page
        .client=${client}
        .user=${ADMIN}
        section="reminders"
      ></zac-finance-page>`,
    );
    await settle(el);
    const tabs = () => [...shadow(el).querySelectorAll('[role=tab]')].map((t) => words(t));
    expect(tabs()).to.deep.equal([
      'Cola de revisión',
      'Importaciones bancarias',
      'Cuentas por cobrar',
      'Recordatorios',
      'Flujo de efectivo',
    ]);
    const reminders = shadow(el).querySelector('zac-finance-reminders') as Lit;
    await settle(reminders);
    expect(words(shadow(reminders).querySelector('h2'))).to.equal('Recordatorios');
    expect(words(shadow(reminders))).to.contain('Aún no hay recordatorios redactados');

    chooseLanguage('en');
    await settle(el);
    await settle(reminders);
    expect(tabs()[0]).to.equal('Review queue');
    expect(words(shadow(reminders).querySelector('h2'))).to.equal('Reminders');
    expect(words(shadow(reminders))).to.contain('No reminders drafted yet');
  });

  it('the review queue: Spanish headings, buttons, confidence and the notice after accepting', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-ES', 'EUR');
    let queue = [COFFEE];
    const client = new FakeClient()
      .on('query FinanceAccounts', () => ({ accounts: ACCOUNTS }))
      .on('query FinanceReviewQueue', () => ({
        bankTransactions: { items: queue, totalCount: queue.length },
      }))
      .on('mutation CategorizeBankTransaction', () => {
        queue = [];
        return {
          categorizeBankTransaction: {
            alsoApplied: 3,
            transaction: {
              id: 'tx-1',
              status: 'CATEGORIZED',
              accountCode: '6150',
              accountName: 'Meals',
              categorizedBy: 'PERSON',
              journalEntryId: 'je-9',
            },
          },
        };
      });
    const el = await fixture<ZacFinanceReviewQueue>(
      html`<zac-finance-review-queue .client=${client} .user=${ADMIN}></zac-finance-review-queue>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('h2'))).to.equal('Cola de revisión');
    expect([...root.querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal([
      'Fecha',
      'Descripción',
      'Importe',
      'Sugerencia',
      'Categorizar',
    ]);
    expect([...root.querySelectorAll('#status option')].map((o) => words(o))).to.deep.equal([
      'Por revisar',
      'Sin categoría',
      'Categorizados (reclasificar)',
    ]);
    const row = root.querySelector('tr[data-transaction="tx-1"]') as HTMLElement;
    expect(words(row.querySelector('[data-cell=date]'))).to.equal('28 nov 2026');
    expect(words(row.querySelector('[data-cents]'))).to.equal('-12,50 €');
    expect(words(row.querySelector('[data-suggestion]'))).to.contain('62 % de confianza');
    const accept = row.querySelector('[data-action=accept]') as HTMLButtonElement;
    expect(words(accept)).to.equal('Aceptar');
    expect(accept.getAttribute('aria-label')).to.equal(
      'Aceptar 6150 Meals para SQ *BLUE BOTTLE 4432',
    );
    expect([...row.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal([
      'Gastos',
      'Costo de ventas',
      'Ingresos',
    ]);
    expect(words(root.querySelector('.pager .range'))).to.equal('1–1 de 1');
    expect(
      [...root.querySelectorAll('.pager button')].map((b) => [
        b.getAttribute('data-page'),
        words(b),
      ]),
    ).to.deep.equal([
      ['newer', 'Anterior'],
      ['older', 'Siguiente'],
    ]);

    accept.click();
    await settle(el);
    expect(words(root.querySelector('[data-notice]'))).to.equal(
      '“SQ *BLUE BOTTLE 4432” ahora está en 6150 Meals; también se aplicó a 3 movimientos similares.',
    );
    expect(words(root)).to.contain(
      'Nada que revisar: el clasificador estuvo seguro de todos los movimientos.',
    );

    // The notice is worded again in the language switched to.
    chooseLanguage('en');
    await settle(el);
    expect(words(root.querySelector('[data-notice]'))).to.equal(
      '“SQ *BLUE BOTTLE 4432” is now in 6150 Meals; also applied to 3 like transactions.',
    );
  });

  it('bank imports: the form, its options and the summary of an import in Spanish', async () => {
    chooseLanguage('es');
    const client = new FakeClient()
      .on('query FinanceBankImports', () => ({
        bankAccounts: [{ id: 'ba-1', name: 'Checking', institution: 'First Bank', last4: '4821' }],
        bankImports: { items: [], totalCount: 0 },
      }))
      .on('mutation ImportBankFile', () => ({
        importBankFile: {
          id: 'imp-1',
          fileName: 'nov.csv',
          format: 'CSV',
          layout: 'SINGLE_AMOUNT',
          rowCount: 40,
          importedCount: 1,
          duplicateCount: 2,
        },
      }));
    const el = await fixture<ZacFinanceImports>(
      html`<zac-finance-imports .client=${client} .user=${ADMIN}></zac-finance-imports>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('h2'))).to.equal('Importaciones bancarias');
    expect(words(root.querySelector('label[for=bankAccountId]'))).to.equal('Cuenta bancaria');
    expect([...root.querySelectorAll('#layout option')].map((o) => words(o))).to.deep.equal([
      'Detectar',
      'Una columna de importe',
      'Columnas de cargo y abono',
      'Importe con una columna de tipo cargo/abono',
    ]);
    expect(words(root.querySelector('[data-action=import]'))).to.equal('Importar');
    expect(words(root)).to.contain('Aún no se ha importado ningún estado de cuenta.');

    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Date,Amount\n11/02/2026,1.00'], 'nov.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    (root.querySelector('[data-action=import]') as HTMLButtonElement).click();
    await settle(el);
    expect(words(root.querySelector('[data-import-result]'))).to.equal(
      'Se importó 1 movimiento de nov.csv (CSV, una columna de importe): 40 filas leídas, se omitieron 2 ya importados.',
    );

    chooseLanguage('en');
    await settle(el);
    expect(words(root.querySelector('[data-import-result]'))).to.equal(
      'Imported 1 transaction from nov.csv (CSV, one amount column): 40 rows read, 2 already imported were skipped.',
    );
    expect(words(root.querySelector('h2'))).to.equal('Bank imports');
  });

  it('receivables: buckets, counts, dates and money of a Mexican workspace in Spanish', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
    const client = new FakeClient().on('query FinanceReceivables', () => ({
      receivablesAging: AGING,
    }));
    const el = await fixture<ZacFinanceReceivables>(
      html`<zac-finance-receivables .client=${client} .user=${ADMIN}></zac-finance-receivables>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('h2'))).to.equal('Cuentas por cobrar');
    expect(words(root.querySelector('label[for=asOf]'))).to.equal('Fecha de corte');
    expect(words(root.querySelector('button[type=submit]'))).to.equal('Mostrar');
    expect(words(root.querySelector('[data-as-of]'))).to.equal('Al 3 dic 2026.');
    expect(words(root.querySelector('[data-total=open]'))).to.equal('$12,345.00 Pendiente');
    const bucket = (b: string) => root.querySelector(`[data-bucket="${b}"]`) as HTMLElement;
    expect(words(bucket('CURRENT'))).to.equal('$5,000.00 Al corriente 2 facturas');
    expect(words(bucket('DAYS_1_30'))).to.equal('$2,345.00 1–30 días 1 factura');
    expect(words(bucket('OVER_90'))).to.equal('$2,000.00 Más de 90 días 1 factura');
    expect([...root.querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal([
      'Factura',
      'Cliente',
      'Emitida',
      'Vence',
      'Importe',
      'Pendiente',
      'Días de atraso',
      'Antigüedad',
      'Recordatorios',
    ]);
    const cells = [...(root.querySelector('tr[data-invoice]') as HTMLElement).children].map((c) =>
      (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).to.deep.equal([
      'INV-2026-005',
      'Maple & Co',
      '20 oct 2026',
      '19 nov 2026',
      '$2,500.00',
      '$2,345.00',
      '14',
      '1–30 días',
      'Etapas 1, 2 redactadas Etapa 3 pendiente',
    ]);

    chooseLanguage('en');
    await settle(el);
    expect(words(root.querySelector('h2'))).to.equal('Receivables');
    expect(words(bucket('DAYS_1_30'))).to.equal('MX$2,345.00 1–30 days 1 invoice');
  });

  it('reminders: stage, days overdue, status and the send button in Spanish', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('query FinanceReminders', () => ({
      invoiceReminders: [DRAFT],
    }));
    const el = await fixture<ZacFinanceReminders>(
      html`<zac-finance-reminders .client=${client} .user=${ADMIN}></zac-finance-reminders>`,
    );
    await settle(el);
    const item = shadow(el).querySelector('li[data-reminder="rem-1"]') as HTMLElement;
    expect(words(item.querySelector('.head'))).to.equal(
      'INV-2026-005 · Maple & Co Etapa 2 (7 días) 9 días de atraso borrador',
    );
    const send = item.querySelector('[data-action=send]') as HTMLButtonElement;
    expect(words(send)).to.equal('Enviar');
    expect(send.getAttribute('aria-label')).to.equal(
      'Enviar el recordatorio de la etapa 2 de INV-2026-005 a Maple & Co',
    );
    expect(words(item.querySelector('details p'))).to.match(/^Redactado /);
    expect(words(shadow(el).querySelector('.pager .range'))).to.equal('1 mostrado');
    expect(words(shadow(el))).to.contain(
      'Cada factura vencida recibe como máximo un recordatorio por etapa',
    );
  });

  it('cash flow: KPIs, comparison, anomalies, runway and the chart in Spanish', async () => {
    chooseLanguage('es');
    setWorkspaceLocale('es-ES', 'EUR');
    const client = new FakeClient().on('query FinanceCashFlow', () => ({
      cashFlowReport: REPORT,
    }));
    const el = await fixture<ZacFinanceCashFlow>(
      html`<zac-finance-cash-flow .client=${client} .user=${ADMIN}></zac-finance-cash-flow>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(words(root.querySelector('h2'))).to.equal('Flujo de efectivo');
    expect(words(root.querySelector('label[for=historyWeeks]'))).to.equal('Historial');
    expect(words(root.querySelector('#historyWeeks option'))).to.equal('8 semanas');
    expect(words(root.querySelector('[data-kpi=in]'))).to.equal('6100,00 € Entradas');
    expect(words(root.querySelector('[data-kpi=runway]'))).to.equal(
      '9,0 semanas Autonomía de caja',
    );
    const net = [...(root.querySelector('[data-line=netCents]') as HTMLElement).children];
    expect(net.map((c) => words(c))).to.deep.equal([
      'Neto',
      '2100,00 €',
      '-1500,00 €',
      '200,00 €',
      '+3600,00 €',
    ]);
    expect(words(root.querySelector('[data-compare] thead'))).to.contain(
      'Misma semana del año pasado',
    );
    expect(words(root.querySelector('[data-anomalies]'))).to.equal(
      'Software (salidas, muy por encima de su semana habitual; puntuación robusta 6,2): Software out: $1,500.00, 5.0x the usual $300.00 (median of 13 weeks).',
    );
    expect(words(root.querySelector('[data-runway]'))).to.contain(
      'Neto semanal promedio (13 semanas)',
    );
    const chart = root.querySelector('zac-finance-cash-chart') as Lit;
    await chart.updateComplete;
    expect(words(shadow(chart).querySelector('figcaption'))).to.equal(
      'Entradas y salidas, las últimas 3 semanas',
    );
    const svg = shadow(chart).querySelector('svg[role=img]') as SVGSVGElement;
    expect(svg.getAttribute('aria-label')?.replace(/\s+/g, ' ')).to.match(
      /^Flujo de efectivo semanal, 3 semanas del 9 nov 2026 al 29 nov 2026: 14\.100,00 € de entradas/,
    );
    expect(
      [...shadow(chart).querySelectorAll('[data-chart-table] thead th')].map((th) => words(th)),
    ).to.deep.equal(['Cierre de semana', 'Entradas', 'Salidas', 'Neto']);
    expect(words(shadow(chart).querySelector('ul.legend'))).to.equal('Entradas Salidas Neto');

    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    await settle(el);
    await chart.updateComplete;
    expect(words(root.querySelector('h2'))).to.equal('Cash flow');
    expect(words(root.querySelector('[data-kpi=in]'))).to.equal('$6,100.00 Money in');
    expect(words(shadow(chart).querySelector('ul.legend'))).to.equal('Money in Money out Net');
  });
});
