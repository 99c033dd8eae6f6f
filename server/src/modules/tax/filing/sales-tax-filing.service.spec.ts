import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { decimalDollars } from '../../reporting/filing-package/money-format.js';
import { ReportFileStore } from '../../reporting/filing-package/report-file.store.js';
import type { DeductionSummary } from '../deduction-summary.js';
import type { SalesTaxLiability } from '../sales-tax/sales-tax-liability.js';
import { SalesTaxService } from '../sales-tax/sales-tax.service.js';
import { renderFilingPdf } from './render-filing-pdf.js';
import {
  SalesTaxFilingService,
  type SalesTaxFilingPacketView,
} from './sales-tax-filing.service.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts).
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let filing: SalesTaxFilingService;
let store: ReportFileStore;
let liability: SalesTaxLiability;
let deductions: DeductionSummary;
let packet: SalesTaxFilingPacketView;
let pdf: Buffer;
let csv: Record<string, string>[];

async function download(view: SalesTaxFilingPacketView, format: 'PDF' | 'CSV'): Promise<Buffer> {
  const file = view.files.find((f) => f.format === format);
  if (!file) throw new Error(`no ${format}`);
  const url = new URL(file.url, 'http://hub');
  const outcome = await store.download(
    file.id,
    file.filename,
    url.searchParams.get('token') ?? '',
    NOW,
  );
  if (!outcome.found) throw new Error(`${format} not downloadable: ${outcome.reason}`);
  return outcome.content;
}

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:filing-spec' });
  const dataSource = s.db.dataSource;
  const clock = { now: () => NOW };
  store = new ReportFileStore(dataSource);
  const salesTax = new SalesTaxService(dataSource, clock, s.services.nexus);
  filing = new SalesTaxFilingService(dataSource, clock, s.services.tax, salesTax, store);
  liability = await salesTax.liability(s.ctx.workspaceId, 'TX', '2026-Q3');
  deductions = await s.services.tax.deductionSummary(s.ctx.workspaceId, 2026);
  packet = await filing.prepare({
    workspaceId: s.ctx.workspaceId,
    actor: s.ctx.actor,
    state: 'TX',
    period: '2026-Q3',
  });
  pdf = await download(packet, 'PDF');
  const csvBytes = await download(packet, 'CSV');
  csv = parse(csvBytes, { columns: true }) as Record<string, string>[];
  // To look at the documents: FILING_PREVIEW_DIR=/tmp/filing npx vitest run <this file>
  const preview = process.env.FILING_PREVIEW_DIR;
  if (preview) {
    await mkdir(preview, { recursive: true });
    await writeFile(join(preview, 'packet.pdf'), pdf);
    await writeFile(join(preview, 'packet.csv'), csvBytes);
    await writeFile(join(preview, 'packet.json'), JSON.stringify(packet.content, null, 2));
  }
});
afterAll(() => s?.close());

const lineOf = (key: string) => {
  const line = packet.content.returnWorksheet.lines.find((l) => l.key === key);
  if (!line) throw new Error(`no ${key} line`);
  return line;
};

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('SalesTaxFilingService.prepare on the demo books: Texas 2026-Q3', () => {
  it("fills Form 01-114's items 1, 2, 4, 7a, 7b and 8 with the liability's figures", () => {
    expect(packet.status).toBe('READY');
    expect(lineOf('TOTAL_SALES').cents).toBe(liability.grossSalesCents);
    expect(lineOf('TAXABLE_SALES').cents).toBe(liability.taxableSalesCents);
    expect(lineOf('TAXABLE_PURCHASES').cents).toBe(0);
    expect(lineOf('SUBJECT_TO_STATE_TAX').cents).toBe(liability.taxableSalesCents);
    expect(lineOf('STATE_TAX_DUE').cents).toBe(liability.stateTaxOwedCents);
    expect(lineOf('LOCAL_TAX_DUE').cents).toBe(liability.localTaxOwedCents);
    expect(lineOf('TOTAL_TAX_DUE').cents).toBe(liability.taxOwedCents);
    expect(liability.taxOwedCents).toBeGreaterThan(0);
    // The form takes Items 1-5 in whole dollars.
    expect(lineOf('TOTAL_SALES').formEntry).toBe(
      `$${Math.floor((liability.grossSalesCents + 50) / 100).toLocaleString('en-US')}`,
    );
    const w = packet.content.returnWorksheet;
    expect(w.jurisdictions).toEqual(
      liability.jurisdictions.map((j) => ({
        level: j.level,
        code: j.code,
        name: j.name,
        rate: j.rate,
        taxableSalesCents: j.taxableSalesCents,
        taxOwedCents: j.taxOwedCents,
        ruleIds: j.ruleIds,
      })),
    );
    expect(w.jurisdictions.filter((j) => j.level === 'CITY').length).toBeGreaterThan(1);
  });

  it('takes the 0.5% timely filing discount per column, each rounded to the cent, and nets it off', () => {
    const halfPercent = (cents: number) => Math.floor((cents * 5 + 500) / 1000);
    const state = halfPercent(liability.stateTaxOwedCents);
    const local = halfPercent(liability.localTaxOwedCents);
    const discount = lineOf('TIMELY_FILING_DISCOUNT');
    expect([discount.stateCents, discount.localCents, discount.cents]).toEqual([
      state,
      local,
      state + local,
    ]);
    expect(discount.ruleIds).toContain('tx-timely-filing-discount/1991');
    expect(lineOf('NET_TAX_DUE').cents).toBe(liability.taxOwedCents - state - local);
    // The prepayment discount: 1.25% more (1.75% in all), shown as what a prepayment would earn.
    const prepay =
      Math.floor((liability.stateTaxOwedCents * 125 + 5_000) / 10_000) +
      Math.floor((liability.localTaxOwedCents * 125 + 5_000) / 10_000);
    expect(lineOf('PREPAYMENT_DISCOUNT_AVAILABLE').cents).toBe(prepay);
    expect(packet.content.returnWorksheet.prepayment?.totalDiscountIfPrepaidCents).toBe(
      prepay + state + local,
    );
  });

  it('is due 2026-10-20, quarterly from the registration, and says it is overdue on 2026-11-26', () => {
    const w = packet.content.returnWorksheet;
    expect(w.dueDate.due).toBe('2026-10-20');
    expect(w.prepayment?.dueDate.due).toBe('2026-08-17');
    expect([w.filingFrequency, w.frequencySource]).toEqual(['QUARTERLY', 'REGISTRATION']);
    expect(w.deadlineStatus).toBe('OVERDUE');
    expect(w.netTaxDueIfLateCents).toBe(liability.taxOwedCents);
    expect(w.notes.some((n) => n.includes('2026-10-20 has passed'))).toBe(true);
    // Tax Code § 151.401(b): $1,500 or more of state tax in a quarter makes a monthly filer.
    expect(liability.stateTaxOwedCents).toBeGreaterThanOrEqual(150_000);
    expect(w.notes).toContainEqual(expect.stringContaining('that makes it a monthly filer'));
    expect(w.notes).toContainEqual(expect.stringContaining('(tx-filing-frequency/1994)'));
    expect(packet.content.rules.map((r) => r.id)).toContain('tx-filing-frequency/1994');
  });

  it('reconciles collected against owed and the ledger, as the liability does', () => {
    const r = packet.content.returnWorksheet.reconciliation;
    expect(r.taxCollectedCents).toBe(liability.taxCollectedCents);
    expect(r.ledgerCollectedCents).toBe(liability.ledgerCollectedCents);
    expect(r.differenceCents).toBe(liability.taxOwedCents - liability.taxCollectedCents);
    expect(r.keptOnTimelyReturnCents).toBe(
      liability.taxCollectedCents - lineOf('NET_TAX_DUE').cents,
    );
  });

  it("summarises Schedule C for 2026 from the deduction summary's own figures", () => {
    const c = packet.content.scheduleC;
    expect(c?.taxYear).toBe(2026);
    expect(c?.netProfitCents).toBe(deductions.netProfit.cents);
    expect(c?.lines.find((l) => l.line === '1')?.cents).toBe(deductions.grossReceipts.cents);
    expect(c?.lines.find((l) => l.line === '28')?.cents).toBe(deductions.totalExpenses.cents);
    expect(c?.partialYear).toBe(true);
  });

  it('lists what the CPA needs with whether the hub holds each', () => {
    const status = Object.fromEntries(packet.content.checklist.map((c) => [c.key, c.status]));
    expect(status).toMatchObject({
      SALES_BY_JURISDICTION: 'HELD',
      FORM_1099_K: 'NOT_HELD',
      BANK_STATEMENTS: 'PARTIAL',
      MILEAGE_LOG: 'HELD',
      HOME_OFFICE_MEASUREMENTS: 'HELD',
      PRIOR_YEAR_RETURN: 'PARTIAL',
    });
    expect(Object.keys(status)).toEqual([
      'SALES_BY_JURISDICTION',
      'EXEMPTION_CERTIFICATES',
      'FORM_1099_K',
      'BANK_STATEMENTS',
      'MILEAGE_LOG',
      'HOME_OFFICE_MEASUREMENTS',
      'SECTION_179_ELECTIONS',
      'PRIOR_YEAR_RETURN',
      'ESTIMATED_PAYMENTS',
    ]);
  });

  it('has a PDF whose text holds the form, the due date, the net tax due and the rule ids', async () => {
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(document, { mergePages: true });
    expect(totalPages).toBeGreaterThanOrEqual(6);
    expect(text).toContain('Texas Sales and Use Tax Return');
    expect(text).toContain('2026-10-20');
    expect(text).toContain(lineOf('NET_TAX_DUE').formEntry.replace('$', ''));
    expect(text).toContain('tx-timely-filing-discount/1991');
    expect(text).toContain('Schedule C summary');
    expect(text).toContain('Document checklist');
  });

  it('renders the same PDF bytes from the same content (the stored file is that rendering)', async () => {
    const again = await renderFilingPdf(packet.content);
    expect(again.equals(await renderFilingPdf(packet.content))).toBe(true);
    expect(again.equals(pdf)).toBe(true);
  });

  it('has a CSV whose jurisdiction rows add up to the total tax due, every tax row naming its rules', () => {
    const rows = (section: string) => csv.filter((r) => r.section === section);
    const cents = (usd: string | undefined) => Math.round(Number(usd) * 100);
    const byKey = new Map(rows('RETURN').map((r) => [r.key, r]));
    const jurisdictionsTotal = rows('JURISDICTION').reduce(
      (sum, r) => sum + cents(r.tax_owed_usd),
      0,
    );
    expect(jurisdictionsTotal).toBe(liability.taxOwedCents);
    expect(byKey.get('TOTAL_TAX_DUE')?.amount_usd).toBe(decimalDollars(liability.taxOwedCents));
    expect(
      cents(byKey.get('STATE_TAX_DUE')?.amount_usd) + cents(byKey.get('LOCAL_TAX_DUE')?.amount_usd),
    ).toBe(liability.taxOwedCents);
    expect(
      cents(byKey.get('ADJUSTED_TAX_DUE')?.amount_usd) -
        cents(byKey.get('TIMELY_FILING_DISCOUNT')?.amount_usd) -
        cents(byKey.get('PRIOR_PAYMENTS')?.amount_usd),
    ).toBe(cents(byKey.get('NET_TAX_DUE')?.amount_usd));
    for (const row of [
      ...rows('JURISDICTION'),
      byKey.get('STATE_TAX_DUE'),
      byKey.get('TIMELY_FILING_DISCOUNT'),
    ]) {
      expect(row?.rule_ids, row?.key).not.toBe('');
    }
    expect(rows('SCHEDULE_C').find((r) => r.key === '31')?.amount_usd).toBe(
      decimalDollars(deductions.netProfit.cents),
    );
    expect(rows('CHECKLIST')).toHaveLength(packet.content.checklist.length);
  });

  it('reads the packet back by id as prepared, with fresh links; another workspace gets REPORT_NOT_FOUND', async () => {
    const again = await filing.get(s.ctx.workspaceId, packet.id);
    expect(again.content).toEqual(packet.content);
    expect(again.files.map((f) => [f.format, f.filename, f.sha256])).toEqual(
      packet.files.map((f) => [f.format, f.filename, f.sha256]),
    );
    expect(again.files[0]?.url).not.toBe(packet.files[0]?.url);
    // Reporting's filing package list keeps to its own kinds.
    expect((await store.recentFiles(s.ctx.workspaceId, 50)).map((f) => f.packageId)).not.toContain(
      packet.id,
    );
    const [other] = (await s.db.dataSource.query(
      `INSERT INTO workspace (name, slug) VALUES ('Other shop', 'other-shop-filing') RETURNING id`,
    )) as Array<{ id: string }>;
    expect((await refusal(filing.get(other?.id ?? '', packet.id))).errorCode).toBe(
      'REPORT_NOT_FOUND',
    );
    expect((await refusal(filing.get(s.ctx.workspaceId, 'not-an-id'))).errorCode).toBe(
      'REPORT_NOT_FOUND',
    );
  });
});

describe('SalesTaxFilingService.prepare refusals', () => {
  const prepare = (state: string, period: string, preliminary = false) =>
    filing.prepare({
      workspaceId: s.ctx.workspaceId,
      actor: s.ctx.actor,
      state,
      period,
      preliminary,
    });

  it('refuses a state the shop is not registered in, naming where it is', async () => {
    const error = await refusal(prepare('CA', '2026-Q3'));
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({
      field: 'state',
      reason: 'NOT_REGISTERED',
      registeredIn: ['TX'],
    });
    expect(error.message).toContain('not registered to collect sales tax in CA (registered in TX)');
  });

  it('refuses a period not ended yet, offering a PRELIMINARY preview, and prepares the preview when asked', async () => {
    const error = await refusal(prepare('TX', '2026-Q4'));
    expect(error.details).toMatchObject({ reason: 'PERIOD_NOT_ENDED', periodEnd: '2026-12-31' });
    expect(error.message).toContain('PRELIMINARY');
    const preview = await prepare('TX', '2026-Q4', true);
    expect(preview.status).toBe('PRELIMINARY');
    expect(preview.content.returnWorksheet.notes[0]).toContain(
      'PRELIMINARY: 2026-Q4 runs to 2026-12-31',
    );
    expect(preview.content.returnWorksheet.dueDate.due).toBe('2027-01-20');
    expect(preview.files.map((f) => f.filename)).toEqual([
      'sales-tax-filing-TX-2026-Q4.pdf',
      'sales-tax-filing-TX-2026-Q4.csv',
    ]);
  });

  it('refuses a malformed period, a month for a quarterly filer, and a period not begun', async () => {
    expect((await refusal(prepare('TX', '2026-13'))).details).toMatchObject({
      reason: 'BAD_PERIOD',
    });
    expect((await refusal(prepare('TX', 'Q3'))).details).toMatchObject({ reason: 'BAD_PERIOD' });
    expect((await refusal(prepare('TX', '2026-07'))).details).toMatchObject({
      reason: 'FREQUENCY_MISMATCH',
      filingFrequency: 'QUARTERLY',
    });
    expect((await refusal(prepare('TX', '2027-Q1'))).details).toMatchObject({
      reason: 'PERIOD_NOT_BEGUN',
    });
    expect((await refusal(prepare('Texas', '2026-Q3'))).details).toMatchObject({
      reason: 'BAD_STATE',
    });
  });
});
