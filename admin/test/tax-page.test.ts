import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import { localToday } from '../src/pages/reports/period.js';
import type { ZacTaxPage } from '../src/pages/tax.page.js';
import type { ZacTaxDeductions } from '../src/pages/tax/tax-deductions.js';
import type { ZacTaxCalendar } from '../src/pages/tax/tax-calendar.js';
import type { ZacTaxEstimated } from '../src/pages/tax/tax-estimated.js';
import { parseDollars, ratePercent } from '../src/pages/tax/tax-format.js';
import { barWidth, type ZacTaxNexus } from '../src/pages/tax/tax-nexus.js';
import { quoteInput } from '../src/pages/tax/tax-quote.js';
import type { ZacTaxSales } from '../src/pages/tax/tax-sales.js';
import { FakeClient, refusal } from './fake-client.js';
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
// The area loads on demand in the console (its own chunk); here before any test renders it.
before(() => loadConsoleArea('tax'));

const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function nexusClient(): FakeClient {
  return new FakeClient().on('query TaxNexusExposure', () => ({
    nexusExposure: NEXUS_2026_12_03,
  }));
}

describe('Tax: nexus', () => {
  it('opens on the Nexus tab and lists the states in the hub order, each share, status and registration as given', async () => {
    const client = nexusClient();
    const page = await fixture<ZacTaxPage>(
      html`<zac-tax-page .client=${client} .user=${VIEWER}></zac-tax-page>`,
    );
    await settle(page);
    expect(text(shadow(page).querySelector('[role=tab][aria-selected=true]'))).to.equal('Nexus');
    expect(client.requests[0]?.variables).to.deep.equal({ asOf: null });
    const nexus = shadow(shadow(page).querySelector('zac-tax-nexus'));

    const rows = [...nexus.querySelectorAll<HTMLElement>('tr[data-state]')];
    expect(rows.map((r) => r.dataset.state)).to.deep.equal(
      NEXUS_2026_12_03.states.map((s) => s.state),
    );
    expect(rows.map((r) => r.dataset.state)).to.deep.equal(['GA', 'NJ', 'TX', 'OR']);

    const ga = rows[0] as HTMLElement;
    expect(text(ga.querySelector('[data-percent]'))).to.equal('129.00%');
    // Over the threshold: the bar is full, the text says by how much.
    expect((ga.querySelector('meter') as HTMLMeterElement).value).to.equal(100);
    expect(text(ga.querySelector('.badge'))).to.equal('MET');
    expect(ga.querySelector('[data-sales] [data-cents]')?.getAttribute('data-cents')).to.equal(
      '1340889',
    );
    expect(text(ga.querySelector('[data-sales] [aria-hidden]'))).to.equal('$13,408.89');
    expect(text(ga.querySelector('[data-transactions]'))).to.equal('258');
    expect(text(ga.querySelector('.window'))).to.equal(
      'calendar year 2025 (2025-01-01 to 2025-12-31)',
    );

    const nj = rows[1] as HTMLElement;
    expect((nj.querySelector('meter') as HTMLMeterElement).value).to.equal(86.5);
    expect(text(nj.querySelector('.badge'))).to.equal('APPROACHING');

    const tx = rows[2] as HTMLElement;
    const registration = tx.querySelector('[data-registration]');
    expect(text(registration?.querySelector('.badge'))).to.equal('registered');
    expect(text(registration?.querySelector('.muted'))).to.equal('since 2024-12-01');
    expect(text(ga.querySelector('[data-registration]'))).to.equal('no');
    expect(text(tx.querySelector('[data-transactions]'))).to.equal('2,781');

    const or = rows[3] as HTMLElement;
    expect(text(or.querySelector('.badge'))).to.equal('no sales tax');
    expect(or.querySelector('meter')).to.equal(null);

    expect(text(nexus.querySelector('[data-register-now]'))).to.equal('Register now: Georgia');
    expect(text(nexus.querySelector('[data-watch]'))).to.equal(
      'Watch (80% of a threshold or more): New Jersey',
    );
  });

  it("unfolds a state's why under its row: the action, the reason, the rule id and its source", async () => {
    const el = await fixture<ZacTaxNexus>(
      html`<zac-tax-nexus .client=${nexusClient()} .user=${VIEWER}></zac-tax-nexus>`,
    );
    await settle(el);
    const root = shadow(el);
    const toggle = root.querySelector('tr[data-state=GA] button.why-toggle') as HTMLButtonElement;
    const why = root.querySelector('#why-GA') as HTMLTableRowElement;
    expect(toggle.getAttribute('aria-controls')).to.equal('why-GA');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(why.hidden).to.equal(true);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(why.hidden).to.equal(false);
    const ga = NEXUS_2026_12_03.states[0] as (typeof NEXUS_2026_12_03.states)[number];
    expect(text(why)).to.contain(ga.action);
    expect(text(why)).to.contain(ga.reason);
    expect(text(why.querySelector('[data-rule-id]'))).to.equal('nexus/GA/2020-01-01');
    const source = why.querySelector('a.cite') as HTMLAnchorElement;
    expect(source.href).to.equal('https://streamlinedsalestax.org/state-details/georgia');
    expect(text(source)).to.equal(
      'Streamlined Sales Tax Governing Board (Georgia state page; HB 61), Georgia: Remote Seller Thresholds, Effective 1/1/2020',
    );
    // The why spans the row's every column.
    expect(why.querySelector('td')?.colSpan).to.equal(7);
  });

  it('narrows to the states sold into or registered in, and asks for another date', async () => {
    const client = nexusClient();
    const el = await fixture<ZacTaxNexus>(
      html`<zac-tax-nexus .client=${client} .user=${VIEWER}></zac-tax-nexus>`,
    );
    await settle(el);
    const root = shadow(el);
    const only = root.querySelector('[data-only-active]') as HTMLInputElement;
    only.click();
    await settle(el);
    expect(
      [...root.querySelectorAll<HTMLElement>('tr[data-state]')].map((r) => r.dataset.state),
    ).to.deep.equal(['GA', 'NJ', 'TX']);

    const asOf = root.querySelector('#nexus-as-of') as HTMLInputElement;
    asOf.value = '2025-12-31';
    asOf.dispatchEvent(new Event('change'));
    (root.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.at(-1)?.variables).to.deep.equal({ asOf: '2025-12-31' });
  });

  it("says the hub's refusal in words", async () => {
    const client = new FakeClient().on('query TaxNexusExposure', () => {
      throw refusal('INVALID_INPUT', 'asOf must be a date YYYY-MM-DD.', 'asOf');
    });
    const el = await fixture<ZacTaxNexus>(
      html`<zac-tax-nexus .client=${client} .user=${VIEWER}></zac-tax-nexus>`,
    );
    await settle(el);
    expect(text(shadow(el).querySelector('[role=alert]'))).to.equal(
      'asOf must be a date YYYY-MM-DD.',
    );
  });

  it('bar widths: a share over 100% fills the bar, a malformed one draws nothing', () => {
    expect(barWidth('129.00%')).to.equal(100);
    expect(barWidth('7.64%')).to.equal(7.64);
    expect(barWidth('n/a')).to.equal(0);
  });
});

describe('Tax: deductions', () => {
  function deductionsClient(): FakeClient {
    return new FakeClient().on('query TaxDeductionSummary', () => ({
      deductionSummary: DEDUCTIONS_2026,
    }));
  }

  it('shows Schedule C lines as the hub computes them: the books and the return, net profit to the cent', async () => {
    const client = deductionsClient();
    const page = await fixture<ZacTaxPage>(
      html`<zac-tax-page .client=${client} .user=${VIEWER} section="deductions"></zac-tax-page>`,
    );
    await settle(page);
    expect(client.requests[0]?.variables).to.deep.equal({
      taxYear: Number(localToday().slice(0, 4)),
    });
    const root = shadow(shadow(page).querySelector('zac-tax-deductions'));
    const cents = (line: string, column: string) =>
      root
        .querySelector(`tr[data-line="${line}"] [data-column=${column}] [data-cents]`)
        ?.getAttribute('data-cents');

    expect(cents('L1', 'amount')).to.equal(String(DEDUCTIONS_2026.grossReceipts.cents));
    expect(cents('L31', 'amount')).to.equal('5008573');
    expect(
      text(root.querySelector('tr[data-line="L31"] [data-column=amount] [aria-hidden]')),
    ).to.equal('$50,085.73');
    // Meals: the books hold $1,218.78, the return takes half.
    expect(cents('L24B_MEALS', 'books')).to.equal('121878');
    expect(cents('L24B_MEALS', 'amount')).to.equal('60939');
    expect(text(root.querySelector('tr[data-line="L24B_MEALS"] .adjust'))).to.equal(
      'only 50% of business meals is deductible',
    );
    expect(text(root.querySelector('[data-kpi=net-profit] [aria-hidden]'))).to.equal('$50,085.73');
  });

  it("unfolds a figure's why: the formula with its amounts, each rule's value and citation", async () => {
    const el = await fixture<ZacTaxDeductions>(
      html`<zac-tax-deductions .client=${deductionsClient()} .user=${VIEWER}></zac-tax-deductions>`,
    );
    await settle(el);
    const root = shadow(el);
    const toggle = root.querySelector('[data-why-toggle="L24B_MEALS"]') as HTMLButtonElement;
    const why = root.querySelector('#why-L24B_MEALS') as HTMLTableRowElement;
    expect(why.hidden).to.equal(true);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(why.hidden).to.equal(false);
    expect(text(why.querySelector('.formula'))).to.equal('meals on the books $1,218.78 × 50%');
    const rule = why.querySelector('li[data-rule="meals-deductible-share/2023"]') as HTMLElement;
    const cited = DEDUCTIONS_2026.rulesUsed.find(
      (r) => r.ruleId === 'meals-deductible-share/2023',
    ) as (typeof DEDUCTIONS_2026.rulesUsed)[number];
    expect(text(rule)).to.contain(`meals-deductible-share/2023: 50% (${cited.concept})`);
    expect((rule.querySelector('a.cite') as HTMLAnchorElement).href).to.equal(cited.citation.url);

    // The vehicle: both methods with the one chosen, each with its own why.
    const vehicle = root.querySelector('[data-vehicle]') as HTMLElement;
    expect(text(vehicle.querySelector('p'))).to.contain('Chosen: standard mileage rate');
    expect(
      [...vehicle.querySelectorAll('tr[data-line] [data-cents]')].map((c) =>
        c.getAttribute('data-cents'),
      ),
    ).to.deep.equal(['299425', '126673', '299425']);
    // A figure from the books alone says so.
    (root.querySelector('[data-why-toggle="L1"]') as HTMLButtonElement).click();
    await settle(el);
    expect(text(root.querySelector('#why-L1 .muted'))).to.equal(
      'From the books; no tax rule applied.',
    );
  });

  it('asks for another year and lists missed deductions and sources', async () => {
    const client = deductionsClient();
    const el = await fixture<ZacTaxDeductions>(
      html`<zac-tax-deductions .client=${client} .user=${VIEWER}></zac-tax-deductions>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(
      [...root.querySelectorAll<HTMLElement>('[data-missed]')].map((m) => m.dataset.missed),
    ).to.deep.equal(DEDUCTIONS_2026.missedDeductions.map((m) => m.kind));
    expect(root.querySelectorAll('[data-source]').length).to.equal(
      DEDUCTIONS_2026.rulesUsed.length,
    );
    const year = root.querySelector('#deductions-year') as HTMLSelectElement;
    year.value = String(Number(localToday().slice(0, 4)) - 1);
    year.dispatchEvent(new Event('change'));
    await settle(el);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      taxYear: Number(localToday().slice(0, 4)) - 1,
    });
  });
});

describe('Tax: sales tax', () => {
  function salesClient(): FakeClient {
    return new FakeClient()
      .on('query TaxSalesTaxLiability', () => ({ salesTaxLiability: TX_2026_Q3 }))
      .on('mutation TaxPrepareSalesTaxFiling', () => ({ prepareSalesTaxFiling: PACKET_TX_2026_Q3 }))
      .on('query TaxSalesTaxQuote', () => ({ salesTaxQuote: QUOTE_LA }));
  }
  const OWNER: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'OWNER' };

  it('shows Texas 2026-Q3 per jurisdiction as the hub gives it: each rate, taxable sales and tax, their sum and the rules', async () => {
    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${VIEWER}></zac-tax-sales>`,
    );
    await settle(el);
    expect(client.requests[0]?.variables.state).to.equal('TX');
    const root = shadow(el);
    const rows = [...root.querySelectorAll<HTMLElement>('tr[data-jurisdiction]')];
    expect(rows.map((r) => r.dataset.jurisdiction)).to.deep.equal(
      TX_2026_Q3.jurisdictions.map((j) => j.code),
    );
    const austin = root.querySelector('tr[data-jurisdiction="TX-CITY-AUSTIN"]') as HTMLElement;
    expect(text(austin.querySelector('[data-rate]'))).to.equal('1%');
    expect(
      austin.querySelector('[data-column=taxable] [data-cents]')?.getAttribute('data-cents'),
    ).to.equal('2478091');
    expect(
      austin.querySelector('[data-column=owed] [data-cents]')?.getAttribute('data-cents'),
    ).to.equal('24781');
    const lakeway = root.querySelector('tr[data-jurisdiction="TX-78734-CITY"]') as HTMLElement;
    expect(text(lakeway.querySelector('[data-rate]'))).to.equal('1.75%');
    // The total row is the hub's, and the rows add up to it.
    const owed = root.querySelector('tr[data-line=owed] [data-cents]')?.getAttribute('data-cents');
    expect(owed).to.equal('241572');
    expect(TX_2026_Q3.jurisdictions.reduce((sum, j) => sum + j.taxOwedCents, 0)).to.equal(241572);
    expect(text(root.querySelector('[data-kpi=difference] [aria-hidden]'))).to.equal('$61.70');

    (austin.querySelector('button.why-toggle') as HTMLButtonElement).click();
    await settle(el);
    const why = root.querySelector('#why-TX-CITY-AUSTIN') as HTMLElement;
    expect(why.hidden).to.equal(false);
    expect(
      [...why.querySelectorAll<HTMLElement>('li[data-rule]')].map((li) => li.dataset.rule),
    ).to.deep.equal(TX_2026_Q3.jurisdictions[1]?.ruleIds);
    expect(root.querySelector('[data-not-registered]')).to.equal(null);
  });

  it('prepares the return for the period shown and links the packet files; a viewer cannot', async () => {
    const viewer = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${salesClient()} .user=${VIEWER}></zac-tax-sales>`,
    );
    await settle(viewer);
    expect(
      (shadow(viewer).querySelector('[data-action=prepare-filing]') as HTMLButtonElement).disabled,
    ).to.equal(true);

    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${OWNER}></zac-tax-sales>`,
    );
    await settle(el);
    const root = shadow(el);
    const period = root.querySelector('#sales-period') as HTMLInputElement;
    period.value = '2026-q3';
    period.dispatchEvent(new Event('input'));
    (root.querySelector('[data-action=prepare-filing]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      state: 'TX',
      period: '2026-Q3',
      preliminary: false,
    });
    const packet = root.querySelector('[data-packet]') as HTMLElement;
    expect(text(packet.querySelector('[data-due]'))).to.equal('2026-10-20');
    expect(text(packet.querySelector('tr[data-worksheet-line=NET_TAX_DUE] td.num'))).to.equal(
      '$2,403.64',
    );
    expect(text(packet.querySelector('[data-prepayment]'))).to.contain('2026-08-17');
    const links = [...packet.querySelectorAll<HTMLAnchorElement>('ul.files a')];
    expect(links.map((a) => a.dataset.format)).to.deep.equal(['PDF', 'CSV']);
    expect(links[0]?.getAttribute('href')).to.equal(PACKET_TX_2026_Q3.files[0]?.url);
  });

  it('shows the prepayment only when the packet has one (Texas); another state has none', async () => {
    const client = salesClient().on('mutation TaxPrepareSalesTaxFiling', () => ({
      prepareSalesTaxFiling: {
        ...PACKET_TX_2026_Q3,
        state: 'GA',
        returnWorksheet: {
          ...PACKET_TX_2026_Q3.returnWorksheet,
          prepaymentDueDate: null,
          prepaymentDiscountIfPrepaidCents: null,
        },
      },
    }));
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${OWNER}></zac-tax-sales>`,
    );
    await settle(el);
    const root = shadow(el);
    (root.querySelector('[data-action=prepare-filing]') as HTMLButtonElement).click();
    await settle(el);
    const packet = root.querySelector('[data-packet]') as HTMLElement;
    expect(text(packet.querySelector('[data-due]'))).to.equal('2026-10-20');
    expect(packet.querySelector('[data-prepayment]')).to.equal(null);
  });

  it('refuses a malformed state or period without asking the hub', async () => {
    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${VIEWER}></zac-tax-sales>`,
    );
    await settle(el);
    const root = shadow(el);
    const count = client.requests.length;
    const period = root.querySelector('#sales-period') as HTMLInputElement;
    period.value = '2026';
    period.dispatchEvent(new Event('input'));
    (root.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.length).to.equal(count);
    expect(period.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.querySelector('#sales-input-error'))).to.match(
      /^Type a quarter like \d{4}-Q[1-4]/,
    );
  });

  it('quotes a sale typed in: whole cents sent, the per-jurisdiction breakdown and each line as the hub answers', async () => {
    const client = salesClient();
    const el = await fixture<ZacTaxSales>(
      html`<zac-tax-sales .client=${client} .user=${VIEWER}></zac-tax-sales>`,
    );
    await settle(el);
    const quote = shadow(shadow(el).querySelector('zac-tax-quote'));
    const type = (id: string, value: string) => {
      const input = quote.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('zip', '90012');
    type('state', 'ca');
    type('shipping', '8.00');
    type('desc-0', 'Stoneware mug');
    type('qty-0', '2');
    type('price-0', '28');
    (quote.querySelector('[data-action=add-line]') as HTMLButtonElement).click();
    await settle(el);
    type('desc-1', 'Loose-leaf tea');
    const category = quote.querySelector('#cat-1') as HTMLSelectElement;
    category.value = 'grocery';
    category.dispatchEvent(new Event('change'));
    type('price-1', '14.00');
    (quote.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      input: {
        shipTo: { postalCode: '90012', state: 'CA', city: null },
        date: null,
        lines: [
          {
            id: 'line-1',
            description: 'Stoneware mug',
            category: 'general',
            quantity: 2,
            unitPriceCents: 2800,
          },
          {
            id: 'line-2',
            description: 'Loose-leaf tea',
            category: 'grocery',
            quantity: 1,
            unitPriceCents: 1400,
          },
        ],
        shippingCents: 800,
      },
    });
    const state = quote.querySelector('tr[data-jurisdiction=CA-STATE]') as HTMLElement;
    expect(text(state.querySelector('[data-rate]'))).to.equal('6%');
    expect(
      state.querySelector('[data-column=tax] [data-cents]')?.getAttribute('data-cents'),
    ).to.equal('336');
    expect(text(quote.querySelector('[data-kpi=quote-tax] .label'))).to.equal('Sales tax at 9.75%');
    expect(text(quote.querySelector('[data-kpi=quote-tax] [aria-hidden]'))).to.equal('$5.46');
    const tea = quote.querySelector('tr[data-quote-line-result=line-2]') as HTMLElement;
    expect(text(tea.querySelector('th'))).to.contain('Loose-leaf tea');
    expect(text(tea.querySelector('td'))).to.equal('exempt');
  });

  it('form checks: dollars to cents without floats, rates as percents, the first bad field named', () => {
    expect(parseDollars('28')).to.equal(2800);
    expect(parseDollars('$1,234.5')).to.equal(123450);
    expect(parseDollars('0.07')).to.equal(7);
    expect(parseDollars('19.999')).to.equal(null);
    expect(parseDollars('-3')).to.equal(null);
    expect(ratePercent('0.0625')).to.equal('6.25%');
    expect(ratePercent('0.0975')).to.equal('9.75%');
    expect(ratePercent('0.01')).to.equal('1%');
    expect(ratePercent('0')).to.equal('0%');
    expect(ratePercent('0.00125')).to.equal('0.125%');
    const form = { postalCode: '90012', state: 'CA', city: '', date: '', shipping: '', lines: [] };
    expect(quoteInput({ ...form, postalCode: '9001' })).to.deep.equal({
      error: 'Type a ZIP code of five digits (or ZIP+4).',
      field: 'zip',
    });
    expect(
      quoteInput({
        ...form,
        lines: [{ description: '', category: 'general', quantity: '0', price: '5' }],
      }),
    ).to.deep.equal({ error: 'Line 1: the quantity is a whole number from 1.', field: 'qty-0' });
  });
});

describe('Tax: estimated tax and calendar', () => {
  it('shows the installments with due dates, amounts and payments as the hub plans them, each amount with why', async () => {
    const client = new FakeClient().on('query TaxEstimatedTaxPlan', () => ({
      estimatedTaxPlan: PLAN_2026,
    }));
    const el = await fixture<ZacTaxEstimated>(
      html`<zac-tax-estimated .client=${client} .user=${VIEWER}></zac-tax-estimated>`,
    );
    await settle(el);
    const root = shadow(el);
    const rows = [...root.querySelectorAll<HTMLElement>('tr[data-installment]')];
    expect(rows.map((r) => text(r.querySelector('[data-due]')))).to.deep.equal(
      PLAN_2026.installments.map((i) => i.dueDate),
    );
    expect(
      rows.map((r) =>
        r.querySelector('[data-column=amount] [data-cents]')?.getAttribute('data-cents'),
      ),
    ).to.deep.equal(['244787', '244787', '244787', '244789']);
    expect(rows.map((r) => text(r.querySelector('.badge')))).to.deep.equal([
      'paid',
      'paid',
      'paid',
      'upcoming',
    ]);
    expect(text(root.querySelector('[data-kpi=required] [aria-hidden]'))).to.equal('$9,791.50');
    expect(text(root.querySelector('[data-kpi=paid] [aria-hidden]'))).to.equal('$7,921.50');
    expect(text(root.querySelector('[data-standard-vs-itemized]'))).to.contain('standard:');

    (rows[0]?.querySelector('button.why-toggle') as HTMLButtonElement).click();
    await settle(el);
    const why = root.querySelector('#why-installment-1') as HTMLElement;
    expect(text(why.querySelector('.formula'))).to.equal(
      '25% of $9,791.50, rounded down to the cent',
    );
    expect(
      why.querySelector('li[data-rule="estimated-tax-installment-share/2005"] a.cite'),
    ).to.not.equal(null);
  });

  it('lists the deadlines in date order with status and source, the certificates needing attention and the uncovered sales', async () => {
    const client = new FakeClient().on('query TaxComplianceCalendar', () => CALENDAR);
    const el = await fixture<ZacTaxCalendar>(
      html`<zac-tax-calendar .client=${client} .user=${VIEWER}></zac-tax-calendar>`,
    );
    await settle(el);
    expect(client.requests[0]?.variables).to.deep.equal({ from: null, to: null });
    const root = shadow(el);
    const events = [...root.querySelectorAll<HTMLElement>('tr[data-event]')];
    expect(events.map((e) => e.dataset.event)).to.deep.equal(
      CALENDAR.complianceCalendar.events.map((e) => e.id),
    );
    const ga = root.querySelector('tr[data-event="registration/GA"]') as HTMLElement;
    expect(text(ga.querySelector('.badge'))).to.equal('overdue');
    (ga.querySelector('button.why-toggle') as HTMLButtonElement).click();
    await settle(el);
    expect(text(root.querySelector('[id="why-registration/GA"] [data-rule-id]'))).to.equal(
      'registration/GA',
    );
    expect(
      [...root.querySelectorAll<HTMLElement>('[data-certificate]')].map(
        (c) => c.dataset.certificate,
      ),
    ).to.deep.equal(['CO-0563-11029384', 'AZ-TPT-21-558204']);
    expect(root.querySelectorAll('tr[data-sale]').length).to.equal(5);
    const caption = root.querySelector('table[data-uncovered] caption');
    expect(text(caption)).to.match(/^5 sales, /);
    expect(caption?.querySelector('[data-cents]')?.getAttribute('data-cents')).to.equal(
      String(CALENDAR.exemptionCertificates.uncoveredCents),
    );
    expect(text(caption?.querySelector('[aria-hidden]'))).to.equal('$9,343.96');
  });
});
