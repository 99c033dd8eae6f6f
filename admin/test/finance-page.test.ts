import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { chartSummary, type CashWeek } from '../src/components/finance-cash-chart.js';
import type { ZacFinanceCashFlow } from '../src/components/finance-cash-flow.js';
import { money } from '../src/components/finance-format.js';
import type { ZacFinanceImports } from '../src/components/finance-imports.js';
import type { ZacFinanceReceivables } from '../src/components/finance-receivables.js';
import type { ZacFinanceReminders } from '../src/components/finance-reminders.js';
import type { ZacFinanceReviewQueue } from '../src/components/finance-review-queue.js';
import { defineConsoleElements } from '../src/define.js';
import type {
  CashFlowReport,
  InvoiceReminderRow,
  LedgerAccountOption,
  ReceivableRow,
  ReceivablesAging,
  ReviewTransaction,
} from '../src/pages/finance.operations.js';
import type { ZacFinancePage } from '../src/pages/finance.page.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();

const ADMIN: SignedInUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'ADMIN' };

const ACCOUNTS: LedgerAccountOption[] = [
  { id: 'a1', code: '1010', name: 'Checking', type: 'ASSET', postable: true },
  { id: 'a2', code: '4010', name: 'Online sales', type: 'REVENUE', postable: true },
  { id: 'a3', code: '6000', name: 'Operating expenses', type: 'EXPENSE', postable: false },
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

/** Lets pending requests answer and the element render them. */
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

describe('Finance review queue', () => {
  it('shows the suggestion with its confidence, and Accept categorizes with that id and code', async () => {
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
    const row = shadow(el).querySelector('tr[data-transaction="tx-1"]') as HTMLElement;
    expect(row.querySelector('[data-suggestion]')?.textContent).to.contain('6150 Meals');
    expect(row.querySelector('[data-suggestion]')?.textContent).to.contain('62% confident');
    const amount = row.querySelector('[data-cents]') as HTMLElement;
    expect(amount.textContent).to.equal('-$12.50');
    expect(amount.classList.contains('out')).to.equal(true);
    // The picker offers postable revenue and expense accounts only, the suggestion chosen.
    const select = row.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', '6110', '6150', '4010']);
    expect(select.value).to.equal('6150');

    (row.querySelector('[data-action=accept]') as HTMLButtonElement).click();
    await settle(el);
    const mutation = client.requests.find((r) => r.query.includes('CategorizeBankTransaction'));
    expect(mutation?.variables).to.deep.equal({ id: 'tx-1', accountCode: '6150' });
    expect(
      client.requests.find((r) => r.query.includes('FinanceReviewQueue'))?.variables,
    ).to.deep.equal({ status: 'NEEDS_REVIEW', first: 25, offset: 0 });
    expect(shadow(el).querySelector('[data-notice]')?.textContent).to.contain(
      'also applied to 3 like transactions',
    );
    expect(shadow(el).querySelector('tr[data-transaction]')).to.equal(null);
    expect(shadow(el).textContent).to.contain('Nothing to review');
  });

  it('categorizes into another account picked from the list', async () => {
    const client = new FakeClient()
      .on('query FinanceAccounts', () => ({ accounts: ACCOUNTS }))
      .on('query FinanceReviewQueue', () => ({
        bankTransactions: { items: [COFFEE], totalCount: 1 },
      }))
      .on('mutation CategorizeBankTransaction', (v) => ({
        categorizeBankTransaction: {
          alsoApplied: 0,
          transaction: {
            id: v.id,
            status: 'CATEGORIZED',
            accountCode: v.accountCode,
            accountName: 'Software',
            categorizedBy: 'PERSON',
            journalEntryId: 'je-10',
          },
        },
      }));
    const el = await fixture<ZacFinanceReviewQueue>(
      html`<zac-finance-review-queue .client=${client} .user=${ADMIN}></zac-finance-review-queue>`,
    );
    await settle(el);
    const select = shadow(el).querySelector('select[data-account-for]') as HTMLSelectElement;
    select.value = '6110';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    (shadow(el).querySelector('[data-action=categorize]') as HTMLButtonElement).click();
    await settle(el);
    const mutation = client.requests.find((r) => r.query.includes('CategorizeBankTransaction'));
    expect(mutation?.variables).to.deep.equal({ id: 'tx-1', accountCode: '6110' });
    expect(shadow(el).querySelector('[data-notice]')?.textContent).to.contain(
      '6110 Software; also applied to 0 like transactions',
    );
  });

  it('lists categorized transactions to reclassify, without Accept', async () => {
    const posted: ReviewTransaction = {
      ...COFFEE,
      status: 'CATEGORIZED',
      categorizedBy: 'RULE',
      confidence: null,
      journalEntryId: 'je-1',
    };
    const client = new FakeClient()
      .on('query FinanceAccounts', () => ({ accounts: ACCOUNTS }))
      .on('query FinanceReviewQueue', (v) => ({
        bankTransactions:
          v.status === 'CATEGORIZED'
            ? { items: [posted], totalCount: 1 }
            : { items: [], totalCount: 0 },
      }));
    const el = await fixture<ZacFinanceReviewQueue>(
      html`<zac-finance-review-queue .client=${client} .user=${ADMIN}></zac-finance-review-queue>`,
    );
    await settle(el);
    expect(shadow(el).textContent).to.contain('Nothing to review');
    const status = shadow(el).querySelector('#status') as HTMLSelectElement;
    status.value = 'CATEGORIZED';
    status.dispatchEvent(new Event('change'));
    await settle(el);
    const row = shadow(el).querySelector('tr[data-transaction="tx-1"]') as HTMLElement;
    expect(row.querySelector('[data-suggestion]')?.textContent).to.contain('by a merchant rule');
    expect(row.querySelector('[data-action=accept]')).to.equal(null);
    const reclassify = row.querySelector('[data-action=categorize]') as HTMLButtonElement;
    expect(reclassify.textContent?.trim()).to.equal('Reclassify');
    // Reclassifying into the account it is already in would change nothing.
    expect(reclassify.disabled).to.equal(true);
  });

  it('at a phone’s width shows each transaction as a card with its controls in view; wider, the table', async () => {
    // A long account name makes the picker as wide as it gets.
    const long = {
      id: 'a6',
      code: '6200',
      name: 'Software and subscriptions, hosting',
      type: 'EXPENSE',
    };
    const client = new FakeClient()
      .on('query FinanceAccounts', () => ({ accounts: [...ACCOUNTS, { ...long, postable: true }] }))
      .on('query FinanceReviewQueue', () => ({
        bankTransactions: { items: [COFFEE], totalCount: 1 },
      }));
    // A 390 px phone leaves the console's pages 358 px; the queue lays out by its own width.
    const frame = await fixture<HTMLDivElement>(
      html`<div style="width: 358px">
        <zac-finance-review-queue .client=${client} .user=${ADMIN}></zac-finance-review-queue>
      </div>`,
    );
    const el = frame.querySelector('zac-finance-review-queue') as ZacFinanceReviewQueue;
    await settle(el);
    const root = shadow(el);
    const wrap = root.querySelector('.table-wrap') as HTMLElement;
    const row = root.querySelector('tr[data-transaction="tx-1"]') as HTMLElement;
    const box = (selector: string) =>
      (row.querySelector(selector) as HTMLElement).getBoundingClientRect();
    const bounds = frame.getBoundingClientRect();

    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    const accept = box('[data-action=accept]');
    const select = box('select[data-account-for]');
    const categorize = box('[data-action=categorize]');
    for (const part of [accept, select, categorize, box('[data-suggestion]')]) {
      expect(part.left).to.be.at.least(bounds.left);
      expect(part.right).to.be.at.most(bounds.right);
      expect(part.width).to.be.greaterThan(0);
    }
    // Date and amount share the first line; the suggestion comes before the controls.
    expect(box('[data-cell=amount]').top).to.equal(box('[data-cell=date]').top);
    expect(box('[data-suggestion]').bottom).to.be.at.most(accept.top);
    // Accept spans the card; the picker and Categorize share the line below it.
    expect(accept.width).to.be.closeTo(box('[data-suggestion]').width, 1);
    expect(select.top).to.be.at.least(accept.bottom);
    expect(categorize.top).to.be.lessThan(select.bottom);
    expect(categorize.left).to.be.at.least(select.right);
    // Still a table for screen readers, its head there but out of sight.
    expect(row.getAttribute('role')).to.equal('row');
    expect(root.querySelector('thead')?.getBoundingClientRect().height).to.be.at.most(1);
    expect(row.querySelector('[data-suggestion]')?.textContent).to.contain('62% confident');
    // The keyboard reaches Accept as before, and Accept categorizes.
    (row.querySelector('[data-action=accept]') as HTMLButtonElement).focus();
    expect(root.activeElement?.getAttribute('data-action')).to.equal('accept');

    frame.style.width = '1012px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(getComputedStyle(row).display).to.equal('table-row');
    expect(getComputedStyle(row.querySelector('[data-suggestion]') as Element).display).to.equal(
      'table-cell',
    );
    expect(root.querySelector('thead')?.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
  });

  it('disables Accept and Categorize for a viewer', async () => {
    const client = new FakeClient()
      .on('query FinanceAccounts', () => ({ accounts: ACCOUNTS }))
      .on('query FinanceReviewQueue', () => ({
        bankTransactions: { items: [COFFEE], totalCount: 1 },
      }));
    const viewer: SignedInUser = { ...ADMIN, role: 'VIEWER' };
    const el = await fixture<ZacFinanceReviewQueue>(
      html`<zac-finance-review-queue .client=${client} .user=${viewer}></zac-finance-review-queue>`,
    );
    await settle(el);
    const accept = shadow(el).querySelector('[data-action=accept]') as HTMLButtonElement;
    expect(accept.disabled).to.equal(true);
  });
});

describe('Finance bank imports', () => {
  const answers = (client: FakeClient) =>
    client.on('query FinanceBankImports', () => ({
      bankAccounts: [{ id: 'ba-1', name: 'Checking', institution: 'First Bank', last4: '4821' }],
      bankImports: { items: [], totalCount: 0 },
    }));

  async function chooseFile(el: ZacFinanceImports, name: string, content: string): Promise<void> {
    const input = shadow(el).querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('shows the hub’s error naming the row of a malformed file', async () => {
    const client = answers(new FakeClient()).on('mutation ImportBankFile', () => {
      throw refusal('BANK_FILE_INVALID', 'Row 3: "12/45/2026" is not a date.');
    });
    const el = await fixture<ZacFinanceImports>(
      html`<zac-finance-imports .client=${client} .user=${ADMIN}></zac-finance-imports>`,
    );
    await settle(el);
    await chooseFile(el, 'bad.csv', 'Date,Description,Amount\n11/02/2026,A,1.00\n12/45/2026,B,2');
    const layout = shadow(el).querySelector('#layout') as HTMLSelectElement;
    layout.value = 'SINGLE_AMOUNT';
    (shadow(el).querySelector('[data-action=import]') as HTMLButtonElement).click();
    await settle(el);
    const mutation = client.requests.find((r) => r.query.includes('ImportBankFile'));
    expect(mutation?.variables.input).to.deep.equal({
      bankAccountId: 'ba-1',
      fileName: 'bad.csv',
      content: 'Date,Description,Amount\n11/02/2026,A,1.00\n12/45/2026,B,2',
      layout: 'SINGLE_AMOUNT',
      dateOrder: null,
      signConvention: null,
    });
    const error = shadow(el).querySelector('[data-import-error]') as HTMLElement;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Row 3: "12/45/2026" is not a date.');
    expect(shadow(el).querySelector('[data-import-result]')).to.equal(null);
  });

  it('reports what a good file imported and how many rows were duplicates', async () => {
    const client = answers(new FakeClient()).on('mutation ImportBankFile', () => ({
      importBankFile: {
        id: 'imp-1',
        fileName: 'nov.ofx',
        format: 'OFX',
        layout: 'OFX',
        rowCount: 40,
        importedCount: 38,
        duplicateCount: 2,
      },
    }));
    const el = await fixture<ZacFinanceImports>(
      html`<zac-finance-imports .client=${client} .user=${ADMIN}></zac-finance-imports>`,
    );
    await settle(el);
    await chooseFile(el, 'nov.ofx', '<OFX></OFX>');
    (shadow(el).querySelector('[data-action=import]') as HTMLButtonElement).click();
    await settle(el);
    expect(shadow(el).querySelector('[data-import-result]')?.textContent).to.contain(
      'Imported 38 transactions from nov.ofx (OFX, OFX): 40 rows read, 2 already imported were skipped.',
    );
  });
});

describe('Finance receivables', () => {
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
        invoiceId: 'inv-3',
        number: 'INV-2026-003',
        customer: 'Harbor Home',
        issuedOn: '2026-07-01',
        dueOn: '2026-07-31',
        amountCents: 200_000,
        openCents: 200_000,
        daysOverdue: 125,
        bucket: 'OVER_90',
        draftedStages: [1, 2, 3, 4],
        stageDue: null,
      },
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

  it('shows the five bucket totals and the open invoices with their reminder stages', async () => {
    const client = new FakeClient().on('query FinanceReceivables', () => ({
      receivablesAging: AGING,
    }));
    const el = await fixture<ZacFinanceReceivables>(
      html`<zac-finance-receivables .client=${client} .user=${ADMIN}></zac-finance-receivables>`,
    );
    await settle(el);
    const root = shadow(el);
    const bucket = (b: string) => root.querySelector(`[data-bucket="${b}"]`) as HTMLElement;
    expect(
      ['CURRENT', 'DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'].map((b) => [
        bucket(b).querySelector('[data-bucket-cents]')?.textContent?.trim(),
        bucket(b).querySelector('[data-bucket-count]')?.textContent?.trim(),
      ]),
    ).to.deep.equal([
      ['$5,000.00', '2 invoices'],
      ['$2,345.00', '1 invoice'],
      ['$0.00', '0 invoices'],
      ['$3,000.00', '1 invoice'],
      ['$2,000.00', '1 invoice'],
    ]);
    expect(root.querySelector('[data-total=open]')?.textContent).to.contain('$12,345.00');
    expect(root.querySelector('[data-total=overdue]')?.textContent).to.contain('$7,345.00');
    const late = root.querySelector('tr[data-invoice="INV-2026-005"]') as HTMLElement;
    const cells = [...late.children].map((c) =>
      (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).to.deep.equal([
      'INV-2026-005',
      'Maple & Co',
      'Oct 20, 2026',
      'Nov 19, 2026',
      '$2,500.00',
      '$2,345.00',
      '14',
      '1–30 days',
      'Stages 1, 2 drafted Stage 3 due',
    ]);
  });

  it('says “Stage” for one drafted reminder stage, “Stages” for several and “None yet” for none', async () => {
    const [oldest, late] = AGING.rows as [ReceivableRow, ReceivableRow];
    const client = new FakeClient().on('query FinanceReceivables', () => ({
      receivablesAging: {
        ...AGING,
        rows: [
          { ...oldest, draftedStages: [4] },
          late,
          { ...late, invoiceId: 'inv-7', number: 'INV-2026-007', draftedStages: [], stageDue: 1 },
        ],
      },
    }));
    const el = await fixture<ZacFinanceReceivables>(
      html`<zac-finance-receivables .client=${client} .user=${ADMIN}></zac-finance-receivables>`,
    );
    await settle(el);
    const reminders = (invoice: string) =>
      (
        shadow(el).querySelector(`tr[data-invoice="${invoice}"]`)?.lastElementChild as HTMLElement
      ).innerText
        .replace(/\s+/g, ' ')
        .trim();
    expect(reminders('INV-2026-003')).to.equal('Stage 4 drafted');
    expect(reminders('INV-2026-005')).to.equal('Stages 1, 2 drafted Stage 3 due');
    expect(reminders('INV-2026-007')).to.equal('None yet Stage 1 due');
  });

  it('asks for the aging as of the date given', async () => {
    const client = new FakeClient().on('query FinanceReceivables', (v) => ({
      receivablesAging: { ...AGING, asOf: v.asOf ?? AGING.asOf },
    }));
    const el = await fixture<ZacFinanceReceivables>(
      html`<zac-finance-receivables .client=${client} .user=${ADMIN}></zac-finance-receivables>`,
    );
    await settle(el);
    const input = shadow(el).querySelector('#asOf') as HTMLInputElement;
    input.value = '2026-09-30';
    (shadow(el).querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle(el);
    expect(client.requests.map((r) => r.variables.asOf)).to.deep.equal([null, '2026-09-30']);
    expect(shadow(el).querySelector('[data-as-of]')?.textContent).to.contain('Sep 30, 2026');
  });
});

describe('Finance reminders', () => {
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

  it('keeps the draft and shows why when the hub cannot send mail', async () => {
    const client = new FakeClient()
      .on('query FinanceReminders', () => ({ invoiceReminders: [DRAFT] }))
      .on('mutation SendInvoiceReminder', () => {
        throw refusal('MAIL_NOT_CONFIGURED', 'Outbound email is not configured (SMTP).');
      });
    const el = await fixture<ZacFinanceReminders>(
      html`<zac-finance-reminders .client=${client} .user=${ADMIN}></zac-finance-reminders>`,
    );
    await settle(el);
    const item = shadow(el).querySelector('li[data-reminder="rem-1"]') as HTMLElement;
    expect(item.querySelector('summary')?.textContent).to.contain('9 days overdue');
    expect(item.querySelector('pre')?.textContent).to.contain('$2,345.00');
    (item.querySelector('[data-action=send]') as HTMLButtonElement).click();
    await settle(el);
    expect(item.querySelector('[data-send-error]')?.textContent).to.contain(
      'Outbound email is not configured',
    );
    expect(item.querySelector('.badge')?.textContent).to.equal('drafted');
    expect(item.querySelector('[data-action=send]')).to.not.equal(null);
  });
});

describe('Finance cash flow', () => {
  const week = (end: string, inCents: number, outCents: number): CashWeek => ({
    start: end,
    end,
    totalInCents: inCents,
    totalOutCents: outCents,
    netCents: inCents - outCents,
  });
  const TREND = [
    week('2026-11-15', 500_000, 420_000),
    week('2026-11-22', 300_000, 450_000),
    week('2026-11-29', 610_000, 400_000),
  ];
  const REPORT: CashFlowReport = {
    week: {
      start: '2026-11-23',
      end: '2026-11-29',
      totalInCents: 610_000,
      totalOutCents: 400_000,
      netCents: 210_000,
    },
    priorWeek: {
      start: '2026-11-16',
      end: '2026-11-22',
      totalInCents: 300_000,
      totalOutCents: 450_000,
      netCents: -150_000,
    },
    sameWeekLastYear: {
      start: '2025-11-24',
      end: '2025-11-30',
      totalInCents: 400_000,
      totalOutCents: 380_000,
      netCents: 20_000,
    },
    inflows: [{ category: 'Online sales', amountCents: 610_000, count: 41 }],
    outflows: [
      { category: 'Rent', amountCents: 250_000, count: 1 },
      { category: 'Software', amountCents: 150_000, count: 3 },
    ],
    trend: TREND,
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
      weeksOfRunway: 90,
      weeksCounted: 13,
      explanation: 'At the average weekly burn of $500.00, cash lasts 90 weeks.',
    },
  };

  it('draws one bar pair and net marker per trend week, named for screen readers', async () => {
    const client = new FakeClient().on('query FinanceCashFlow', () => ({
      cashFlowReport: REPORT,
    }));
    const el = await fixture<ZacFinanceCashFlow>(
      html`<zac-finance-cash-flow .client=${client} .user=${ADMIN}></zac-finance-cash-flow>`,
    );
    await settle(el);
    const chart = shadow(el).querySelector('zac-finance-cash-chart') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await chart.updateComplete;
    const svg = shadow(chart).querySelector('svg[role=img]') as SVGSVGElement;
    const groups = [...svg.querySelectorAll('g.week')];
    expect(groups.map((g) => g.getAttribute('data-week'))).to.deep.equal([
      '2026-11-15',
      '2026-11-22',
      '2026-11-29',
    ]);
    for (const g of groups) {
      expect(g.querySelectorAll('rect.in')).to.have.length(1);
      expect(g.querySelectorAll('rect.out')).to.have.length(1);
      expect(g.querySelectorAll('line.net')).to.have.length(1);
    }
    // A taller bar for more money: week 3's in (6,100) over week 2's (3,000).
    const inHeight = (i: number) =>
      Number(groups[i]?.querySelector('rect.in')?.getAttribute('height'));
    expect(inHeight(2)).to.be.greaterThan(inHeight(1));
    expect(svg.getAttribute('aria-label')).to.equal(chartSummary(TREND));
    expect(svg.getAttribute('aria-label')).to.contain('3 weeks');
    expect(svg.getAttribute('aria-label')).to.contain(`${money(1_410_000)} in`);
    expect(groups[1]?.querySelector('title')?.textContent).to.contain('net -$1,500.00');
    const hidden = shadow(chart).querySelectorAll('[data-chart-table] tbody tr');
    expect(hidden).to.have.length(3);

    const root = shadow(el);
    const net = [...(root.querySelector('[data-line=netCents]') as HTMLElement).children];
    expect(net.map((c) => c.textContent?.trim())).to.deep.equal([
      'Net',
      '$2,100.00',
      '-$1,500.00',
      '$200.00',
      '+$3,600.00',
    ]);
    expect(root.querySelector('[data-anomalies]')?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'far above its usual week; robust score 6.2): Software out: $1,500.00, 5.0x the usual $300.00 (median of 13 weeks).',
    );
    expect(root.querySelector('[data-runway-explanation]')?.textContent).to.contain('90 weeks');
  });
});

describe('<zac-finance-page>', () => {
  it('opens the tab the address names and moves between tabs with the arrow keys', async () => {
    const client = new FakeClient()
      .on('query FinanceReceivables', () => ({
        receivablesAging: {
          asOf: '2026-12-03',
          totalOpenCents: 0,
          overdueCents: 0,
          buckets: [],
          rows: [],
        },
      }))
      .on('query FinanceReminders', () => ({ invoiceReminders: [] }));
    const el = await fixture<ZacFinancePage>(
      html`<zac-finance-page
        .client=${client}
        .user=${ADMIN}
        section="receivables"
      ></zac-finance-page>`,
    );
    await settle(el);
    const root = shadow(el);
    const selected = () => root.querySelector('[role=tab][aria-selected=true]') as HTMLElement;
    expect(selected().textContent?.trim()).to.equal('Receivables');
    expect(root.querySelector('[role=tabpanel] zac-finance-receivables')).to.not.equal(null);
    selected().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(el);
    expect(selected().textContent?.trim()).to.equal('Reminders');
    expect(root.activeElement).to.equal(selected());
    expect(root.querySelector('[role=tabpanel] zac-finance-reminders')).to.not.equal(null);
    expect(
      [...root.querySelectorAll('[role=tab]')].map((t) => t.getAttribute('tabindex')),
    ).to.deep.equal(['-1', '-1', '-1', '0', '-1']);
  });
});
