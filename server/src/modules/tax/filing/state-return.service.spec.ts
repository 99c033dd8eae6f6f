import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { decimalDollars } from '../../reporting/filing-package/money-format.js';
import { ReportFileStore } from '../../reporting/filing-package/report-file.store.js';
import type { SalesTaxLiability } from '../sales-tax/sales-tax-liability.js';
import { SalesTaxService } from '../sales-tax/sales-tax.service.js';
import {
  SalesTaxFilingService,
  type SalesTaxFilingPacketView,
} from './sales-tax-filing.service.js';

// A state other than Texas: the shop registers in Georgia (quarterly) and New York (quarterly)
// here, as helper F's registration mutation would, and prepares their returns for 2026-Q3.
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let filing: SalesTaxFilingService;
let store: ReportFileStore;
let liability: SalesTaxLiability;
let packet: SalesTaxFilingPacketView;

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

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:state-return-spec' });
  const dataSource = s.db.dataSource;
  const clock = { now: () => NOW };
  store = new ReportFileStore(dataSource);
  const salesTax = new SalesTaxService(dataSource, clock, s.services.nexus);
  filing = new SalesTaxFilingService(dataSource, clock, s.services.tax, salesTax, store);
  await dataSource.query(
    `INSERT INTO tax_registration (workspace_id, state, registered_on, filing_frequency, account_number)
     VALUES ($1, 'GA', '2026-01-01', 'QUARTERLY', '123-4567'), ($1, 'NY', '2026-01-01', 'QUARTERLY', NULL)`,
    [s.ctx.workspaceId],
  );
  liability = await salesTax.liability(s.ctx.workspaceId, 'GA', '2026-Q3');
  packet = await filing.prepare({
    workspaceId: s.ctx.workspaceId,
    actor: s.ctx.actor,
    state: 'GA',
    period: '2026-Q3',
  });
  // To look at the documents: FILING_PREVIEW_DIR=/tmp/filing npx vitest run <this file>
  const preview = process.env.FILING_PREVIEW_DIR;
  if (preview) {
    await mkdir(preview, { recursive: true });
    await writeFile(join(preview, 'packet-GA.pdf'), await download(packet, 'PDF'));
    await writeFile(join(preview, 'packet-GA.csv'), await download(packet, 'CSV'));
    await writeFile(join(preview, 'packet-GA.json'), JSON.stringify(packet.content, null, 2));
  }
});
afterAll(() => s?.close());

const lineOf = (key: string) => {
  const line = packet.content.returnWorksheet.lines.find((l) => l.key === key);
  if (!line) throw new Error(`no ${key} line`);
  return line;
};

describe('SalesTaxFilingService.prepare for a registered state other than Texas: Georgia 2026-Q3', () => {
  it("fills the summary worksheet with the liability's figures, net equal to total (no discount modelled)", () => {
    const w = packet.content.returnWorksheet;
    expect(packet.status).toBe('READY');
    expect(w.form.title).toBe(
      "Georgia sales and use tax return: summary worksheet (the hub does not hold Georgia's own form lines)",
    );
    expect(liability.taxOwedCents).toBeGreaterThan(0);
    expect(w.lines.map((l) => [l.key, l.cents])).toEqual([
      ['TOTAL_SALES', liability.grossSalesCents],
      ['EXEMPT_SALES', liability.exemptSalesCents],
      ['RESALE_SALES', liability.resaleSalesCents],
      ['TAXABLE_SALES', liability.taxableSalesCents],
      ['STATE_TAX_DUE', liability.stateTaxOwedCents],
      ['LOCAL_TAX_DUE', liability.localTaxOwedCents],
      ['TOTAL_TAX_DUE', liability.taxOwedCents],
      ['NET_TAX_DUE', liability.taxOwedCents],
    ]);
    expect(
      liability.grossSalesCents - liability.exemptSalesCents - liability.resaleSalesCents,
    ).toBe(liability.taxableSalesCents);
    expect(liability.stateTaxOwedCents + liability.localTaxOwedCents).toBe(liability.taxOwedCents);
    expect(w.jurisdictions.map((j) => j.taxOwedCents)).toEqual(
      liability.jurisdictions.map((j) => j.taxOwedCents),
    );
    expect(w.locations).toHaveLength(liability.locations.length);
    expect(w.notes).toContainEqual(
      expect.stringContaining(
        'Vendor discounts and collection allowances are state-specific and not modelled',
      ),
    );
    expect(w.reconciliation).toEqual({
      taxOwedCents: liability.taxOwedCents,
      taxCollectedCents: liability.taxCollectedCents,
      ledgerCollectedCents: liability.ledgerCollectedCents,
      differenceCents: liability.differenceCents,
      differenceReasons: liability.differenceReasons,
      keptOnTimelyReturnCents: liability.taxCollectedCents - liability.taxOwedCents,
    });
  });

  it("is due 2026-10-20 by Georgia's rule in the compliance engine, overdue on 2026-11-26, with no prepayment", () => {
    const w = packet.content.returnWorksheet;
    expect(w.dueDate).toEqual({
      nominal: '2026-10-20',
      due: '2026-10-20',
      skipped: [],
      ruleIds: ['filing/GA'],
    });
    expect(w.deadlineStatus).toBe('OVERDUE');
    expect([w.filingFrequency, w.frequencySource, w.accountNumber]).toEqual([
      'QUARTERLY',
      'REGISTRATION',
      '123-4567',
    ]);
    expect(w.prepayment).toBeNull();
    const rule = packet.content.rules.find((r) => r.id === 'filing/GA');
    expect(rule?.citation.title).toContain('O.C.G.A. § 48-8-49');
    expect(packet.content.rules.map((r) => r.id)).not.toContain('tx-timely-filing-discount/1991');
    expect(packet.content.ruleSetVersion).toContain(liability.ruleSetVersion);
  });

  it('has a PDF that says Georgia and none of the Texas form wording', async () => {
    const pdf = await download(packet, 'PDF');
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('Georgia sales and use tax return: summary');
    expect(text).not.toContain('[]');
    expect(text).toContain('2026-10-20');
    expect(text).toContain(lineOf('NET_TAX_DUE').formEntry.replace('$', ''));
    for (const texas of ['Texas', 'Comptroller', 'Item 8', 'Prepayment', 'whole dollars']) {
      expect(text, texas).not.toContain(texas);
    }
  });

  it('has a CSV whose rows add up: jurisdictions to the total, the lines to one another', async () => {
    const csv = parse(await download(packet, 'CSV'), { columns: true }) as Record<string, string>[];
    const rows = (section: string) => csv.filter((r) => r.section === section);
    const cents = (usd: string | undefined) => Math.round(Number(usd) * 100);
    const amount = (key: string) => cents(rows('RETURN').find((r) => r.key === key)?.amount_usd);
    expect(rows('JURISDICTION').reduce((sum, r) => sum + cents(r.tax_owed_usd), 0)).toBe(
      liability.taxOwedCents,
    );
    expect(amount('TOTAL_SALES') - amount('EXEMPT_SALES') - amount('RESALE_SALES')).toBe(
      amount('TAXABLE_SALES'),
    );
    expect(amount('STATE_TAX_DUE') + amount('LOCAL_TAX_DUE')).toBe(amount('TOTAL_TAX_DUE'));
    expect(rows('RETURN').find((r) => r.key === 'TOTAL_TAX_DUE')?.amount_usd).toBe(
      decimalDollars(liability.taxOwedCents),
    );
    expect(rows('DUE_DATE').map((r) => [r.key, r.detail, r.rule_ids])).toEqual([
      ['RETURN_DUE', '2026-10-20', 'filing/GA'],
    ]);
    expect(rows('RECONCILIATION').find((r) => r.key === 'TAX_OWED')?.label).toBe(
      'Tax owed (line 7)',
    );
    expect(csv.every((r) => r.state === 'GA')).toBe(true);
  });

  it("refuses New York 2026-Q3: New York's quarters run Mar-May, Jun-Aug, Sep-Nov and Dec-Feb", async () => {
    const error = await refusal(
      filing.prepare({
        workspaceId: s.ctx.workspaceId,
        actor: s.ctx.actor,
        state: 'NY',
        period: '2026-Q3',
      }),
    );
    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ field: 'period', reason: 'PERIOD_NOT_A_FILING_PERIOD' });
    expect(error.details.filingPeriods).toEqual([
      '2025-12 to 2026-02 (Dec-Feb) (2025-12-01 to 2026-02-28)',
      '2026-03 to 2026-05 (Mar-May) (2026-03-01 to 2026-05-31)',
      '2026-06 to 2026-08 (Jun-Aug) (2026-06-01 to 2026-08-31)',
      '2026-09 to 2026-11 (Sep-Nov) (2026-09-01 to 2026-11-30)',
    ]);
    expect(error.message).toContain("not one of New York's quarterly filing periods");
  });
});
