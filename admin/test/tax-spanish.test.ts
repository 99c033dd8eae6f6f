// The Tax area in Spanish: the tabs, tables, cards, forms and sentences of nexus, sales tax (with
// the filing packet and the quote), deductions, estimated tax and the calendar read in Spanish with
// Spanish number forms, the hub's codes in Spanish words; switching back to English re-renders
// English. Rule sources, form names and state names stay as the hub sends them.
import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { ZacTaxPage } from '../src/pages/tax.page.js';
import type { ZacTaxCalendar } from '../src/pages/tax/tax-calendar.js';
import type { ZacTaxDeductions } from '../src/pages/tax/tax-deductions.js';
import type { ZacTaxEstimated } from '../src/pages/tax/tax-estimated.js';
import { localDecimal, ratePercent } from '../src/pages/tax/tax-format.js';
import { quoteInput } from '../src/pages/tax/tax-quote.js';
import type { ZacTaxSales } from '../src/pages/tax/tax-sales.js';
import { FakeClient } from './fake-client.js';
import {
  CALENDAR,
  DEDUCTIONS_2026,
  NEXUS_2026_12_03,
  PACKET_TX_2026_Q3,
  PLAN_2026,
  QUOTE_LA,
  TX_2026_Q3,
} from './tax-fixtures.js';
import { settle, shadow } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));
before(() => loadConsoleArea('tax'));

const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };
const OWNER: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'OWNER' };

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => text(e));
}

beforeEach(() => {
  setWorkspaceLocale('es-MX', 'MXN');
  chooseLanguage('es');
});

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

describe('Tax in Spanish: nexus', () => {
  it('names the tabs, columns, statuses and what to do in Spanish, and English again on switching back', async () => {
    const client = new FakeClient().on('query TaxNexusExposure', () => ({
      nexusExposure: NEXUS_2026_12_03,
    }));
    const page = await fixture<ZacTaxPage>(
      html`<zac-tax-page .client=${client} .user=${VIEWER}></zac-tax-page>`,
    );
    await settle(page);
    const outer = shadow(page);
    expect(text(outer.querySelector('h1'))).to.equal('Impuestos');
    expect(texts(outer, '[role=tab]')).to.deep.equal([
      'Nexo',
      'Impuesto sobre ventas',
      'Deducciones',
      'Impuesto estimado',
      'Calendario',
    ]);
    const nexus = shadow(outer.querySelector('zac-tax-nexus'));
    expect(texts(nexus, 'table[data-nexus] thead th')).to.deep.equal([
      'Estado',
      'Proporción del umbral',
      'Situación',
      'Registrada',
      'Ventas contadas',
      'Transacciones',
      'Periodo medido',
    ]);
    expect(text(nexus.querySelector('table[data-nexus] caption'))).to.equal(
      `Nexo económico al ${NEXUS_2026_12_03.asOf}, según la proporción del umbral de cada estado`,
    );
    const ga = nexus.querySelector('tr[data-state=GA]') as HTMLElement;
    expect(text(ga.querySelector('.badge'))).to.equal('ALCANZADO');
    expect(text(ga.querySelector('button.why-toggle'))).to.equal('Por qué Georgia');
    expect(text(ga.querySelector('.window .muted'))).to.equal('(del 2025-01-01 al 2025-12-31)');
    expect(text(nexus.querySelector('tr[data-state=OR] .badge'))).to.equal(
      'sin impuesto sobre ventas',
    );
    const tx = nexus.querySelector('tr[data-state=TX]') as HTMLElement;
    expect(text(tx.querySelector('[data-registration] .badge'))).to.equal('registrada');
    expect(text(tx.querySelector('[data-registration] .muted'))).to.equal('desde el 2024-12-01');
    expect(text(nexus.querySelector('[data-register-now]'))).to.equal('Registrarse ya: Georgia');
    expect(text(nexus.querySelector('[data-watch]'))).to.equal(
      'Vigilar (80 % del umbral o más): New Jersey',
    );
    expect(text(nexus.querySelector('label[for=nexus-as-of]'))).to.equal('A la fecha');
    expect(text(nexus.querySelector('button[type=submit]'))).to.equal('Mostrar');

    chooseLanguage('en');
    await settle(page);
    expect(text(outer.querySelector('h1'))).to.equal('Tax');
    expect(text(outer.querySelector('[role=tab][aria-selected=true]'))).to.equal('Nexus');
    expect(text(nexus.querySelector('tr[data-state=GA] .badge'))).to.equal('MET');
    expect(text(nexus.querySelector('[data-register-now]'))).to.equal('Register now: Georgia');
    expect(text(nexus.querySelector('button[type=submit]'))).to.equal('Show');
  });
});

describe('Tax in Spanish: sales tax, the filing and the quote', () => {
  function salesClient(): FakeClient {
    return new FakeClient()
      .on('query TaxSalesTaxLiability', () => ({ salesTaxLiability: TX_2026_Q3 }))
      .on('mutation TaxPrepareSalesTaxFiling', () => ({ prepareSalesTaxFiling: PACKET_TX_2026_Q3 }))
      .on('query TaxSalesTaxQuote', () => ({ salesTaxQuote: QUOTE_LA }));
  }

  it('shows the liability in Spanish with the locale decimal comma, and the packet in Spanish words', async () => {
    // Spain's Spanish writes a decimal comma: a rate of 0.0175 reads 1,75%.
    setWorkspaceLocale('es-ES', 'EUR');
    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${OWNER}></zac-tax-sales>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(texts(root, 'table[data-jurisdictions] thead th')).to.deep.equal([
      'Jurisdicción',
      'Tasa',
      'Ventas gravables',
      'Impuesto adeudado',
    ]);
    expect(text(root.querySelector('tr[data-jurisdiction] th .muted'))).to.equal('estado');
    const rates = texts(root, 'table[data-jurisdictions] [data-rate]');
    expect(rates).to.include('1,75%');
    expect(text(root.querySelector('tr[data-line=state] th'))).to.equal('Impuesto estatal');
    expect(text(root.querySelector('[data-kpi=difference] .label'))).to.equal('Adeudado − cobrado');
    expect(text(root.querySelector('table[data-sales] caption'))).to.equal(
      'Ventas hacia TX (646 pedidos)',
    );
    expect(text(root.querySelector('[data-reconciliation]'))).to.match(
      /^Adeudado .+; cobrado al pagar .+; diferencia .+\.$/,
    );
    expect(text(root.querySelector('label[for=sales-period]'))).to.equal('Periodo');
    expect(text(root.querySelector('h2'))).to.equal('Cobrado frente a adeudado');

    const prepare = root.querySelector('[data-action=prepare-filing]') as HTMLButtonElement;
    expect(text(prepare)).to.equal('Preparar la presentación');
    prepare.click();
    await settle(el);
    const packet = root.querySelector('[data-packet]') as HTMLElement;
    expect(text(packet.querySelector('h3 .badge'))).to.equal('lista');
    expect(text(packet.querySelector('p'))).to.match(
      /^Declaración trimestral del 2026-07-01 al 2026-09-30; vence el 2026-10-20 vencido\. Preparada el /,
    );
    expect(text(packet.querySelector('[data-prepayment]'))).to.match(
      /^Un pago anticipado a más tardar el 2026-08-17 daría un descuento adicional de 30,20\s€ por pago anticipado\.$/,
    );
    expect(texts(packet, 'table[data-worksheet] thead th')).to.deep.equal([
      'Partida',
      'Línea',
      'Anotar',
    ]);
    expect(texts(packet, '[data-checklist] .badge')).to.include.members([
      'disponible',
      'parcial',
      'no disponible',
    ]);

    chooseLanguage('en');
    await settle(el);
    expect(text(root.querySelector('table[data-sales] caption'))).to.equal(
      'Sales into TX (646 orders)',
    );
    expect(text(packet.querySelector('h3 .badge'))).to.equal('ready');
    expect(text(prepare)).to.equal('Prepare filing');
  });

  it('asks for the quote in Spanish, refuses a bad form in Spanish and words the answer in Spanish', async () => {
    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${VIEWER}></zac-tax-sales>`,
    );
    await settle(el);
    const quote = shadow(shadow(el).querySelector('zac-tax-quote'));
    expect(text(quote.querySelector('legend'))).to.equal('Destino y fecha');
    expect(text(quote.querySelector('label[for=zip]'))).to.equal('Código ZIP');
    expect(text(quote.querySelector('label[for=city]'))).to.equal('Ciudad (opcional)');
    expect(text(quote.querySelector('label[for=desc-0]'))).to.equal('Línea 1: descripción');
    expect(texts(quote, '#cat-0 option')).to.deep.equal([
      'general',
      'ropa',
      'alimentos',
      'digital',
      'tarjeta de regalo',
    ]);
    const submit = quote.querySelector('button[type=submit]') as HTMLButtonElement;
    expect(text(submit)).to.equal('Cotizar');
    submit.click();
    await settle(el);
    expect(text(quote.querySelector('#quote-error'))).to.equal('Escribe el estado con dos letras.');

    const type = (id: string, value: string) => {
      const input = quote.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('zip', '90012');
    type('state', 'ca');
    type('desc-0', 'Loose-leaf tea');
    type('price-0', '14.00');
    submit.click();
    await settle(el);
    expect(text(quote.querySelector('[data-kpi=quote-tax] .label'))).to.equal(
      'Impuesto sobre ventas al 9.75%',
    );
    expect(texts(quote, 'table[data-quote-lines] thead th')).to.deep.equal([
      'Línea',
      'Tratamiento',
      'Importe',
      'Gravable',
      'Impuesto',
    ]);
    const line = quote.querySelector('tr[data-quote-line-result]') as HTMLElement;
    expect(['gravable', 'exento', 'parcial', 'tasa reducida']).to.include(
      text(line.querySelector('td')),
    );
    expect(text(quote.querySelector('tr[data-quote-shipping] th'))).to.match(/^Envío/);
    expect(text(quote.querySelector('section[data-quote] > p'))).to.match(
      /^Atribución por (origen|destino)|^Atribución mixta/,
    );
  });

  it("writes the hub's decimals with the locale's separator", () => {
    setWorkspaceLocale('es-ES', 'EUR');
    expect(localDecimal('129.00%')).to.equal('129,00%');
    expect(ratePercent('0.0825')).to.equal('8,25%');
    chooseLanguage('en');
    setWorkspaceLocale('en-US', 'USD');
    expect(localDecimal('129.00%')).to.equal('129.00%');
    expect(ratePercent('0.0825')).to.equal('8.25%');
  });

  it('checks a quote form in the current language', () => {
    const form = {
      postalCode: '90012',
      state: 'CA',
      city: '',
      date: '',
      shipping: '',
      lines: [{ description: '', category: 'general', quantity: '0', price: '5' }],
    };
    expect(quoteInput(form)).to.deep.equal({
      error: 'Línea 1: la cantidad es un número entero a partir de 1.',
      field: 'qty-0',
    });
    chooseLanguage('en');
    expect(quoteInput(form)).to.deep.equal({
      error: 'Line 1: the quantity is a whole number from 1.',
      field: 'qty-0',
    });
  });
});

describe('Tax in Spanish: deductions and estimated tax', () => {
  it('reads Schedule C, the vehicle and the home office in Spanish with Spanish number forms', async () => {
    const client = new FakeClient().on('query TaxDeductionSummary', () => ({
      deductionSummary: DEDUCTIONS_2026,
    }));
    const el = await fixture<ZacTaxDeductions>(
      html`<zac-tax-deductions .client=${client} .user=${VIEWER}></zac-tax-deductions>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(text(root.querySelector('label[for=deductions-year]'))).to.equal('Año fiscal');
    expect(text(root.querySelector('table[data-schedule-c] caption'))).to.equal(
      `Schedule C (Form 1040), ${DEDUCTIONS_2026.taxYear}`,
    );
    expect(texts(root, 'table[data-schedule-c] thead th')).to.deep.equal([
      'Línea',
      'En los libros',
      'En la declaración',
    ]);
    expect(text(root.querySelector('tr[data-line=L1] th'))).to.match(
      /^Línea 1: Ingresos brutos Por qué/,
    );
    expect(text(root.querySelector('[data-kpi=net-profit] .label'))).to.equal(
      'Ganancia neta (línea 31)',
    );
    const vehicle = root.querySelector('[data-vehicle]') as HTMLElement;
    expect(text(vehicle.querySelector('h2'))).to.equal('Vehículo');
    expect(text(vehicle.querySelector('p'))).to.contain(
      '4,130 millas de negocio de 11,550. Elegido: tarifa estándar por milla;',
    );
    const home = root.querySelector('[data-home-office]') as HTMLElement;
    expect(text(home.querySelector('p'))).to.contain('140 de 1,400 pies cuadrados. Elegido:');
    expect(texts(root, 'h2')).to.include.members([
      'Deducciones que probablemente se omitieron',
      'Fuentes',
    ]);
    (root.querySelector('[data-why-toggle="L1"]') as HTMLButtonElement).click();
    await settle(el);
    expect(text(root.querySelector('#why-L1 .muted'))).to.equal(
      'De los libros contables; no se aplicó ninguna regla fiscal.',
    );

    chooseLanguage('en');
    await settle(el);
    expect(text(vehicle.querySelector('p'))).to.contain(
      '4,130 business miles of 11,550. Chosen: standard mileage rate;',
    );
    expect(text(root.querySelector('#why-L1 .muted'))).to.equal(
      'From the books; no tax rule applied.',
    );
  });

  it('reads the 1040-ES plan in Spanish: installments, statuses, cards and figures', async () => {
    const client = new FakeClient().on('query TaxEstimatedTaxPlan', () => ({
      estimatedTaxPlan: PLAN_2026,
    }));
    const el = await fixture<ZacTaxEstimated>(
      html`<zac-tax-estimated .client=${client} .user=${VIEWER}></zac-tax-estimated>`,
    );
    await settle(el);
    const root = shadow(el);
    // A year is not a quantity: no thousands separator.
    expect(text(root.querySelector('table[data-installments] caption'))).to.equal(
      'Pagos trimestrales del 1040-ES, 2026',
    );
    expect(texts(root, 'table[data-installments] thead th')).to.deep.equal([
      'Pago',
      'Vence',
      'Importe',
      'Pagado al vencimiento',
      'Faltante',
      'Situación',
    ]);
    expect(texts(root, 'tr[data-installment] .badge')).to.deep.equal([
      'pagado',
      'pagado',
      'pagado',
      'próximo',
    ]);
    expect(text(root.querySelector('[data-kpi=total-tax] .label'))).to.equal(
      'Impuesto federal proyectado',
    );
    expect(text(root.querySelector('[data-payments-required]'))).to.match(
      /^(Se requieren|No se requieren) pagos estimados: /,
    );
    expect(text(root.querySelector('[data-standard-vs-itemized]'))).to.match(/^estándar: /);
    expect(text(root.querySelector('tr[data-line=total-tax] th'))).to.match(/^Impuesto total/);

    chooseLanguage('en');
    await settle(el);
    expect(texts(root, 'tr[data-installment] .badge')).to.deep.equal([
      'paid',
      'paid',
      'paid',
      'upcoming',
    ]);
    expect(text(root.querySelector('[data-kpi=total-tax] .label'))).to.equal(
      'Projected federal tax',
    );
  });
});

describe('Tax in Spanish: calendar', () => {
  it('reads the deadlines, certificates and uncovered sales in Spanish', async () => {
    const client = new FakeClient().on('query TaxComplianceCalendar', () => CALENDAR);
    const el = await fixture<ZacTaxCalendar>(
      html`<zac-tax-calendar .client=${client} .user=${VIEWER}></zac-tax-calendar>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(texts(root, 'table[data-calendar] thead th')).to.deep.equal([
      'Vence',
      'Qué',
      'Estado',
      'Situación',
      'Recordatorio el',
    ]);
    const ga = root.querySelector('tr[data-event="registration/GA"]') as HTMLElement;
    expect(text(ga.querySelector('.badge'))).to.equal('vencido');
    (ga.querySelector('button.why-toggle') as HTMLButtonElement).click();
    await settle(el);
    expect(text(root.querySelector('[id="why-registration/GA"]'))).to.contain(
      'Regla registration/GA; fuente: ',
    );
    expect(texts(root, 'h2')).to.deep.equal([
      'Certificados que requieren atención',
      'Ventas exentas o para reventa sin un certificado válido',
    ]);
    expect(texts(root, '[data-certificate] .badge')).to.deep.equal([
      'vencido',
      'vence en menos de 60 días',
    ]);
    const caption = root.querySelector('table[data-uncovered] caption');
    expect(text(caption)).to.match(/^5 ventas, .+ en mercancía$/);
    expect(text(root.querySelector('label[for=calendar-from]'))).to.equal('Desde');
    expect(text(root.querySelector('#calendar-hint'))).to.equal(
      'Vacío: hoy y los próximos 120 días.',
    );

    chooseLanguage('en');
    await settle(el);
    expect(text(caption)).to.match(/^5 sales, .+ of goods$/);
    expect(text(ga.querySelector('.badge'))).to.equal('overdue');
    expect(texts(root, 'h2')[0]).to.equal('Certificates needing attention');
  });
});
