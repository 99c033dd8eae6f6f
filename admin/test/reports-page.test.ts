import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type {
  FilingPackage,
  FinancialStatement,
  ReportRatio,
  StatementRow,
} from '../src/pages/reports.operations.js';
import type { ZacReportsPage } from '../src/pages/reports.page.js';
import {
  convertPeriod,
  formatPeriod,
  lastClosedPeriod,
  lastCompleteMonth,
  localToday,
  parsePeriod,
  shiftPeriod,
  type PeriodKey,
} from '../src/pages/reports/period.js';
import type { ZacRatioCard } from '../src/pages/reports/ratio-card.js';
import { ticksFor, type ZacReportChart } from '../src/pages/reports/report-chart.js';
import type { ZacReportsDownloads } from '../src/pages/reports/reports-downloads.js';
import type { ZacReportsStatements } from '../src/pages/reports/reports-statements.js';
import type { ZacStatementTable } from '../src/pages/reports/statement-table.js';
import {
  MONEY_AXIS,
  cashSummary,
  forecastLayers,
  forecastMonths,
  forecastSummary,
  revenueSummary,
  type ForecastSeries,
  type TrendMonth,
} from '../src/pages/reports/trend-summaries.js';
import { FakeClient } from './fake-client.js';
import { settle, shadow } from './dom.js';

defineConsoleElements();
// The area loads on demand in the console (its own chunk); here before any test renders it.
before(() => loadConsoleArea('reports'));

const OWNER: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

function row(key: string, label: string, cents: number[], extra: Partial<StatementRow> = {}) {
  const [currentCents = 0, priorCents = null, lastYearCents = null] = cents;
  const varianceCents = priorCents === null ? null : currentCents - priorCents;
  return {
    key,
    label,
    accounts: [key],
    group: null,
    currentCents,
    priorCents,
    lastYearCents,
    varianceCents,
    variancePercent:
      varianceCents === null || !priorCents
        ? null
        : Math.round((varianceCents / Math.abs(priorCents)) * 1000) / 10,
    isTotal: false,
    ...extra,
  };
}

/** A key the test knows is valid, parsed. */
function period(key: string): PeriodKey {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`not a period: ${key}`);
  return parsed;
}

const total = (key: string, label: string, cents: number[]) =>
  row(key, label, cents, { accounts: [], isTotal: true });

/** The demo books' November 2026 (figures as the hub answers them), trimmed to a few lines. */
function incomeStatement(holds = true): FinancialStatement {
  return {
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
          row('4010', 'Sales: online store', [2_361_883, 1_968_098, 2_431_006]),
          row('4090', 'Returns and refunds', [-28_101, -25_336, -23_022]),
          total('revenue-total', 'Total revenue', [2_333_782, 1_942_762, 2_407_984]),
        ],
      },
      {
        key: 'operating-expenses',
        label: 'Operating expenses',
        rows: [
          row('6100', 'Rent', [285_000, 285_000, 285_000]),
          row('6170', 'Wages', [884_078, 786_052, 889_923], { group: 'People' }),
          row('department:people', 'Total people', [884_078, 786_052, 889_923], {
            group: 'People',
            accounts: ['6170'],
            isTotal: true,
          }),
          total('net-income', 'Net income', [1_340_922, 745_745, 1_042_871]),
        ],
      },
    ],
    notes: holds ? [] : ['November 2025 is before the books begin (first entry 2024-12-03).'],
    checks: [
      {
        name: 'Net income = revenue - COGS - operating expenses - interest',
        holds,
        detail: holds
          ? 'Net income 1340922 cents.'
          : 'Net income 1340922 cents; the lines give 1340921.',
      },
    ],
  } as FinancialStatement;
}

function statementsClient(holds = true): FakeClient {
  return new FakeClient().on('query ReportStatements', () => ({
    incomeStatement: incomeStatement(holds),
    balanceSheet: { ...incomeStatement(), kind: 'BALANCE_SHEET', title: 'Balance sheet' },
    cashFlowStatement: { ...incomeStatement(), kind: 'CASH_FLOW', title: 'Cash flow' },
  }));
}

function incomeTable(statements: Element): ShadowRoot {
  return shadow(
    shadow(statements).querySelector('zac-statement-table') as Element, // the first: income
  );
}

describe('Reports: statements', () => {
  it('opens on the last complete month and shows net income exactly as the API gives it, negatives in parentheses', async () => {
    const client = statementsClient();
    const page = await fixture<ZacReportsPage>(
      html`<zac-reports-page
        .client=${client}
        .user=${VIEWER}
        section="statements"
      ></zac-reports-page>`,
    );
    await settle(page);
    expect(client.requests[0]?.variables).to.deep.equal({
      period: lastCompleteMonth(localToday()),
      comparePrior: true,
      compareLastYear: true,
    });
    const statements = shadow(page).querySelector('zac-reports-statements') as Element;
    const table = incomeTable(statements);
    expect(shadow(statements).querySelectorAll('zac-statement-table').length).to.equal(3);

    const net = table.querySelector('tr[data-row="net-income"]') as HTMLElement;
    expect(net.classList.contains('total')).to.equal(true);
    const current = net.querySelector('[data-column=current] [data-cents]') as HTMLElement;
    expect(current.dataset.cents).to.equal('1340922');
    expect(current.querySelector('[aria-hidden]')?.textContent).to.equal('$13,409.22');
    // 13,409.22 - 7,457.45 = 5,951.77, +79.8% of 7,457.45
    expect(net.querySelector('[data-column=variance] [aria-hidden]')?.textContent).to.equal(
      '$5,951.77',
    );
    expect(net.querySelector('[data-column=variance-percent]')?.textContent?.trim()).to.equal(
      '79.8%',
    );

    const returns = table.querySelector('tr[data-row="4090"]') as HTMLElement;
    expect(returns.querySelector('[data-column=current] [aria-hidden]')?.textContent).to.equal(
      '($281.01)',
    );
    expect(returns.querySelector('[data-column=current] .visually-hidden')?.textContent).to.equal(
      'minus $281.01',
    );
    // -281.01 - -253.36 = -27.65 (27.65 more refunded): (10.9%) of 253.36
    expect(returns.querySelector('[data-column=variance-percent]')?.textContent?.trim()).to.equal(
      '(10.9%)',
    );

    // A line's accounts: on hover (title) and on expand.
    const toggle = returns.querySelector('button.source') as HTMLButtonElement;
    const sources = returns.querySelector('.sources') as HTMLElement;
    expect(toggle.title).to.equal('from account 4090');
    expect(sources.hidden).to.equal(true);
    toggle.click();
    await settle(page);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(sources.hidden).to.equal(false);
    expect(sources.textContent).to.equal('from account 4090');

    // A department's heading above its lines, its subtotal after them, lighter than a total.
    const group = table.querySelector('tr.group') as HTMLElement;
    expect(group.textContent?.trim()).to.equal('People');
    expect(group.previousElementSibling?.getAttribute('data-row')).to.equal('6100');
    expect(group.nextElementSibling?.getAttribute('data-row')).to.equal('6170');
    const subtotal = table.querySelector('tr[data-row="department:people"]') as HTMLElement;
    expect(subtotal.className).to.equal('subtotal grouped');
    expect(subtotal.nextElementSibling?.className).to.equal('total');

    expect(table.querySelector('ul.notes')).to.equal(null);
    const check = table.querySelector('[data-check]') as HTMLElement;
    expect(check.dataset.holds).to.equal('true');
    expect(check.textContent).to.contain('holds');
  });

  it('a failing check says so with its detail; stepping back asks for the prior quarter', async () => {
    const client = statementsClient(false);
    const el = await fixture<ZacReportsStatements>(
      html`<zac-reports-statements .client=${client} .user=${VIEWER}></zac-reports-statements>`,
    );
    await settle(el);
    const table = incomeTable(el);
    expect((table.querySelector('[data-check]') as HTMLElement).dataset.holds).to.equal('false');
    expect(table.querySelector('.check-detail')?.textContent).to.equal(
      'Net income 1340922 cents; the lines give 1340921.',
    );
    // What the books do not cover is said above the figures.
    expect(table.querySelector('ul.notes')?.textContent?.trim()).to.equal(
      'November 2025 is before the books begin (first entry 2024-12-03).',
    );

    const kind = shadow(el).querySelector('#period-kind') as HTMLSelectElement;
    kind.value = 'quarter';
    kind.dispatchEvent(new Event('change'));
    await settle(el);
    const quarter = formatPeriod(convertPeriod(period(lastCompleteMonth(localToday())), 'quarter'));
    expect(client.requests.at(-1)?.variables.period).to.equal(quarter);
    (shadow(el).querySelector('[aria-label="Previous period"]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.at(-1)?.variables.period).to.equal(
      formatPeriod(shiftPeriod(period(quarter), -1)),
    );

    // A key that is no period is refused here, without a request.
    const count = client.requests.length;
    const input = shadow(el).querySelector('#period-key') as HTMLInputElement;
    input.value = '2026-13';
    input.dispatchEvent(new Event('input'));
    (shadow(el).querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.length).to.equal(count);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('a year compared with the prior year shows that year once: one column, one note', async () => {
    const prior = { key: '2024', label: '2024' };
    const note = '2024 is only partly in the books, which begin on 2024-12-01.';
    const year = {
      ...incomeStatement(),
      title: 'Income statement, 2025',
      period: { key: '2025', label: '2025', from: '2025-01-01', to: '2025-12-31' },
      priorPeriod: prior,
      lastYearPeriod: prior,
      notes: [note, note],
    };
    const el = await fixture<ZacStatementTable>(
      html`<zac-statement-table .statement=${year}></zac-statement-table>`,
    );
    const root = shadow(el);
    expect(
      [...root.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
    ).to.deep.equal(['Line', '2025', '2024', 'Change', 'Change %']);
    expect(root.querySelector('tr[data-row="net-income"] [data-column="last-year"]')).to.equal(
      null,
    );
    expect([...root.querySelectorAll('ul.notes li')].map((li) => li.textContent)).to.deep.equal([
      note,
    ]);
    expect(root.querySelector('caption')?.textContent?.trim()).to.equal(
      'Income statement, 2025, against 2024',
    );
  });

  it('period keys: the default, steps across year ends, and a month as its quarter or year', () => {
    expect(lastCompleteMonth('2026-12-03')).to.equal('2026-11');
    expect(lastCompleteMonth('2027-01-01')).to.equal('2026-12');
    expect(parsePeriod(' 2026-q3 ')).to.deep.equal({ kind: 'quarter', year: 2026, index: 3 });
    expect(parsePeriod('2026-00')).to.equal(null);
    expect(formatPeriod(shiftPeriod(period('2026-01'), -1))).to.equal('2025-12');
    expect(formatPeriod(shiftPeriod(period('2026-Q4'), 1))).to.equal('2027-Q1');
    expect(formatPeriod(shiftPeriod(period('2026'), -2))).to.equal('2024');
    expect(formatPeriod(convertPeriod(period('2026-10'), 'quarter'))).to.equal('2026-Q4');
    expect(formatPeriod(convertPeriod(period('2026-Q3'), 'month'))).to.equal('2026-09');
    expect(formatPeriod(convertPeriod(period('2026-Q3'), 'year'))).to.equal('2026');
  });
});

describe('Reports: trend and forecast charts', () => {
  const history: TrendMonth[] = [
    {
      month: '2026-09',
      revenueCents: 2_848_362,
      expensesCents: 2_500_000,
      netIncomeCents: 348_362,
      grossMarginPercent: 72.6,
      cashCents: 2_674_959,
    },
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
  ];
  const revenue: ForecastSeries = {
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
      {
        month: '2027-01',
        baseCents: 2_800_000,
        conservativeCents: 2_700_000,
        aggressiveCents: 2_900_000,
        lower80Cents: 2_600_000,
        upper80Cents: 3_000_000,
        lower95Cents: 2_500_000,
        upper95Cents: 3_100_000,
      },
    ],
  };

  it('the forecast chart draws the 95% and 80% bands after the actual months and says every figure', async () => {
    const el = await fixture<ZacReportChart>(
      html`<zac-report-chart
        caption="Revenue forecast"
        summary=${forecastSummary(revenue)}
        .months=${forecastMonths(history, revenue, 2)}
        .layers=${forecastLayers(history, revenue, 2)}
        .money=${MONEY_AXIS}
        divider-at="2026-12"
        divider-label="Forecast"
        style="width: 358px"
      ></zac-report-chart>`,
    );
    await settle(el);
    const svg = shadow(el).querySelector('svg[role=img]') as SVGSVGElement;
    expect(svg.getAttribute('aria-label')).to.equal(
      'Revenue forecast, Dec 2026 to Jan 2027: base $44,000.00 in Dec 2026, $28,000.00 in Jan 2027; ' +
        'for Jan 2027 the 80% interval is $26,000.00 to $30,000.00 (95%: $25,000.00 to $31,000.00), ' +
        'conservative $27,000.00, aggressive $29,000.00.',
    );
    // Drawn at the phone's width, not squeezed from a wider one.
    expect(svg.getAttribute('width')).to.equal('358');
    expect(svg.querySelectorAll('path.band').length).to.equal(2);
    // The axis reaches past the highest figure (the 95% upper bound, $47,000.00).
    const ticks = [...svg.querySelectorAll('text.axis')].map((t) => t.textContent);
    expect(ticks).to.include('$60K');
    const rows = [...shadow(el).querySelectorAll('[data-chart-table] tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()),
    );
    expect(rows.map((r) => r[0])).to.deep.equal(['Oct 2026', 'Nov 2026', 'Dec 2026', 'Jan 2027']);
    // Columns: 95%, 80%, actual, conservative, base, aggressive.
    expect(rows[1]).to.deep.equal(['Nov 2026', '—', '—', '$39,182.74', '—', '—', '—']);
    expect(rows[3]).to.deep.equal([
      'Jan 2027',
      '$25,000.00 to $31,000.00',
      '$26,000.00 to $30,000.00',
      '—',
      '$27,000.00',
      '$28,000.00',
      '$29,000.00',
    ]);
  });

  it('revenue and cash in words: extremes, the latest month and its margin', () => {
    expect(revenueSummary(history)).to.equal(
      'Revenue and gross margin by month, Sep 2026 to Nov 2026: highest revenue $39,182.74 in Nov 2026, ' +
        'lowest $28,483.62 in Sep 2026; Nov 2026: $39,182.74, gross margin 73.4%.',
    );
    expect(cashSummary(history)).to.equal(
      'Cash at month end, Sep 2026 to Nov 2026: from $26,749.59 to $26,798.40, lowest $25,861.77 in Oct 2026; net income each month as bars.',
    );
    expect(ticksFor(0, 4_700_000)).to.deep.equal([0, 2_000_000, 4_000_000, 6_000_000]);
    expect(ticksFor(-1_500_000, 30_000_000)).to.deep.equal([
      -10_000_000, 0, 10_000_000, 20_000_000, 30_000_000,
    ]);
  });
});

describe('Reports: ratios', () => {
  it('a ratio card shows its value against the industry range as a band, the alert and its figures', async () => {
    const source = (label: string, cents: number, accounts: string[]) => ({
      statement: 'INCOME_STATEMENT',
      label,
      accounts,
      from: '2025-12-01',
      to: '2026-11-30',
      cents,
    });
    const ratio: ReportRatio = {
      key: 'gross-margin',
      label: 'Gross margin',
      unit: 'PERCENT',
      formula:
        'Gross profit (revenue - cost of goods sold) / revenue x 100, trailing twelve months.',
      higherIsBetter: true,
      value: 71.4,
      nullReason: null,
      benchmark: { low: 20.6, high: 44.8 },
      benchmarkMissingReason: null,
      alert: {
        severity: 'INFO',
        text: 'Gross margin 71.4% is above the industry range 20.6-44.8%.',
      },
      numerator: {
        label: 'Gross profit',
        cents: 26_682_021,
        isAverage: false,
        sources: [
          source('Total revenue', 37_370_776, ['4010', '4020']),
          source('Materials and merchandise', -10_688_755, ['5010']),
        ],
      },
      denominator: {
        label: 'Revenue',
        cents: 37_370_776,
        isAverage: false,
        sources: [source('Total revenue', 37_370_776, ['4010', '4020'])],
      },
    };
    const el = await fixture<ZacRatioCard>(html`<zac-ratio-card .ratio=${ratio}></zac-ratio-card>`);
    const root = shadow(el);
    expect(root.querySelector('[data-value]')?.textContent).to.equal('71.4%');
    expect(
      root.querySelector('[data-range-text]')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).to.equal('Industry range 20.6% to 44.8% · above the industry range');
    expect(root.querySelector('svg[data-range]')?.getAttribute('aria-label')).to.equal(
      '71.4%, above the industry range (20.6% to 44.8%).',
    );
    // 20.6..71.4 with 12% of its 50.8 (6.096) either side: a scale of 14.504..77.496, so the
    // band runs from 9.68% to 48.10% of the width and the value's marker is at 90.32%.
    const band = root.querySelector('rect.band') as SVGRectElement;
    expect(Number.parseFloat(band.getAttribute('x') ?? '')).to.be.closeTo(9.68, 0.01);
    expect(Number.parseFloat(band.getAttribute('width') ?? '')).to.be.closeTo(38.42, 0.01);
    expect(
      Number.parseFloat(root.querySelector('line.marker')?.getAttribute('x1') ?? ''),
    ).to.be.closeTo(90.32, 0.01);
    expect(root.querySelector('.alert')?.textContent).to.equal(ratio.alert?.text);
    const figures = root.querySelector('details dl')?.textContent?.replace(/\s+/g, ' ');
    expect(figures).to.contain('Numerator: Gross profit $266,820.21');
    expect(figures).to.contain(
      'Materials and merchandise ($106,887.55), 2025-12-01 to 2026-11-30, accounts 5010',
    );
    expect(figures).to.contain('Denominator: Revenue $373,707.76');
  });
});

describe('Reports: downloads', () => {
  const file = (format: string, bytes: number) => ({
    id: `f-${format}`,
    format,
    filename: `filing-package-2026-Q3.${format.toLowerCase()}`,
    bytes,
    sha256: '45ecfba4'.padEnd(64, '0'),
    url: `/downloads/reports/f-${format}/filing-package-2026-Q3.${format.toLowerCase()}?token=t`,
    expiresAt: '2026-12-04T07:35:46.000Z',
  });
  const q3: FilingPackage = {
    id: 'p1',
    kind: 'FILING_PACKAGE',
    period: '2026-Q3',
    title: 'Quarterly filing package, Q3 2026',
    preparedAt: '2026-12-03T07:35:46.000Z',
    preparedBy: 'user:u1',
    files: [file('PDF', 46_797), file('XLSX', 28_877), file('CSV', 11_878)],
  } as FilingPackage;

  it('prepares the last closed quarter and lists it with its PDF, XLSX and CSV links; a viewer cannot prepare', async () => {
    const client = new FakeClient()
      .on('query ReportFilingPackages', () => ({ filingPackages: [] }))
      .on('mutation PrepareFilingPackage', () => ({ prepareFilingPackage: q3 }));
    const el = await fixture<ZacReportsDownloads>(
      html`<zac-reports-downloads .client=${client} .user=${OWNER}></zac-reports-downloads>`,
    );
    await settle(el);
    expect(shadow(el).textContent).to.contain('No filing package yet.');
    (shadow(el).querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.at(-1)?.variables).to.deep.equal({
      period: lastClosedPeriod(localToday(), 'quarter'),
    });
    const item = shadow(el).querySelector('[data-package="p1"]') as HTMLElement;
    expect(item.querySelector('h3')?.textContent).to.equal('Quarterly filing package, Q3 2026');
    expect(item.textContent).to.contain('by you');
    const links = [...item.querySelectorAll('a[data-format]')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.dataset.format, a.getAttribute('href')])).to.deep.equal([
      ['PDF', '/downloads/reports/f-PDF/filing-package-2026-Q3.pdf?token=t'],
      ['XLSX', '/downloads/reports/f-XLSX/filing-package-2026-Q3.xlsx?token=t'],
      ['CSV', '/downloads/reports/f-CSV/filing-package-2026-Q3.csv?token=t'],
    ]);
    expect(links[0]?.textContent).to.contain('45.7 KB');

    const viewer = await fixture<ZacReportsDownloads>(
      html`<zac-reports-downloads .client=${client} .user=${VIEWER}></zac-reports-downloads>`,
    );
    await settle(viewer);
    const prepare = shadow(viewer).querySelector('button[type=submit]') as HTMLButtonElement;
    expect(prepare.disabled).to.equal(true);
  });

  it('the last closed period: a quarter or year closes only when its last month has', () => {
    expect(lastClosedPeriod('2026-12-03', 'month')).to.equal('2026-11');
    expect(lastClosedPeriod('2026-12-03', 'quarter')).to.equal('2026-Q3');
    expect(lastClosedPeriod('2026-12-03', 'year')).to.equal('2025');
    expect(lastClosedPeriod('2027-01-02', 'quarter')).to.equal('2026-Q4');
    expect(lastClosedPeriod('2027-01-02', 'year')).to.equal('2026');
  });
});
