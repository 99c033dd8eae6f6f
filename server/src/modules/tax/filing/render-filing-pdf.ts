import PDFDocument from 'pdfkit';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import { accountingAmount } from '../../reporting/filing-package/money-format.js';
import {
  COLORS,
  CONTENT_WIDTH,
  FONT,
  PAGE,
  pageFooters,
  paragraph,
  sectionHeading,
  subHeading,
  type Pdf,
} from '../../reporting/filing-package/render/pdf/pdf-page.js';
import { drawTable, type TableRow } from '../../reporting/filing-package/render/pdf/pdf-table.js';
import type { SalesTaxFilingPacketContent } from './filing-packet.js';
import { decimalPercent } from './texas-return.worksheet.js';

/**
 * The CPA packet as a PDF: cover, the return worksheet, liability by jurisdiction and outlet,
 * collected vs owed, the Schedule C summary, the document checklist and the rule sources. Drawn
 * with reporting's page and table helpers (same look as the filing package); the same content
 * gives the same bytes (the document's dates are the preparation time).
 */
export function renderFilingPdf(content: SalesTaxFilingPacketContent): Promise<Buffer> {
  const preparedAt = new Date(content.preparedAt);
  const title = `${content.state} sales tax filing packet`;
  const doc: Pdf = new PDFDocument({
    size: 'LETTER',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: {
      Title: `${title} ${content.period.key} - ${content.workspaceName}`,
      Author: content.workspaceName,
      Subject: `${content.period.key} (${content.period.start} to ${content.period.end})`,
      Creator: 'Zactonics Agent Hub',
      Producer: 'Zactonics Agent Hub (pdfkit)',
      CreationDate: preparedAt,
      ModDate: preparedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  cover(doc, content, title);
  doc.addPage();
  sectionHeading(doc, `Return worksheet: ${content.returnWorksheet.form.title}`);
  returnWorksheet(doc, content);
  doc.addPage();
  sectionHeading(doc, 'Liability by jurisdiction');
  jurisdictions(doc, content);
  sectionHeading(doc, 'Reconciliation: collected vs owed');
  reconciliation(doc, content);
  doc.addPage();
  sectionHeading(doc, `Schedule C summary (${content.scheduleC?.taxYear ?? 'n/a'})`);
  scheduleC(doc, content);
  doc.addPage();
  sectionHeading(doc, 'Document checklist for the CPA');
  checklist(doc, content);
  doc.addPage();
  sectionHeading(doc, 'Rules and sources');
  sources(doc, content);

  pageFooters(
    doc,
    `${content.workspaceName} - ${content.state} ${content.period.key}${content.status === 'PRELIMINARY' ? ' PRELIMINARY' : ''}`,
    content.preparedAt.slice(0, 10),
  );
  doc.end();
  return finished;
}

function cover(doc: Pdf, content: SalesTaxFilingPacketContent, title: string): void {
  const w = content.returnWorksheet;
  doc
    .rect(0, 0, PAGE.width, 230)
    .fill(content.status === 'PRELIMINARY' ? COLORS.alert : COLORS.heading);
  doc.font(FONT.regular).fontSize(12).fillColor('#ffffff');
  doc.text(content.workspaceName, PAGE.margin, 80, { width: CONTENT_WIDTH });
  doc.font(FONT.bold).fontSize(26).text(title, PAGE.margin, 102, { width: CONTENT_WIDTH });
  doc
    .font(FONT.regular)
    .fontSize(12)
    .text(
      `${content.period.key}: ${content.period.start} to ${content.period.end}${content.status === 'PRELIMINARY' ? ' - PRELIMINARY' : ''}`,
      PAGE.margin,
      170,
      { width: CONTENT_WIDTH },
    );
  doc.y = 260;
  subHeading(doc, 'Key figures');
  const byKey = new Map(w.lines.map((l) => [l.key, l]));
  const texas = w.state === 'TX';
  // Texas's key figures name the form's items; another state's, the summary worksheet's lines.
  const rows: Array<[string, number | undefined]> = [
    ...(texas
      ? ([
          ['Total Texas sales (Item 1)', byKey.get('TOTAL_SALES')?.cents],
          ['Taxable sales (Item 2)', byKey.get('TAXABLE_SALES')?.cents],
          ['Total tax due (Item 8)', byKey.get('TOTAL_TAX_DUE')?.cents],
          ['Timely filing discount (Item 11)', byKey.get('TIMELY_FILING_DISCOUNT')?.cents],
          ['Net tax due if filed on time (Item 13)', byKey.get('NET_TAX_DUE')?.cents],
        ] as Array<[string, number | undefined]>)
      : ['TOTAL_SALES', 'TAXABLE_SALES', 'TOTAL_TAX_DUE', 'NET_TAX_DUE'].flatMap(
          (key): Array<[string, number | undefined]> => {
            const l = byKey.get(key);
            return l ? [[`${l.label} (line ${l.item})`, l.cents]] : [];
          },
        )),
    ['Tax collected from buyers', w.reconciliation.taxCollectedCents],
  ];
  drawTable(
    doc,
    [
      { header: '', width: 354 },
      { header: 'USD', width: 150, align: 'right' },
    ],
    rows.map(([label, cents]) => ({
      cells: [label, cents === undefined ? '' : accountingAmount(cents)],
    })),
  );
  paragraph(
    doc,
    `Due ${w.dueDate.due}${w.dueDate.due !== w.dueDate.nominal ? ` (the ${w.dueDate.nominal} moved: ${w.dueDate.skipped.map((s) => `${s.date} ${s.reason}`).join(', ')})` : ''}; ${w.filingFrequency.toLowerCase()} filer (${w.frequencySource === 'REGISTRATION' ? 'from the registration' : 'default'}), registered ${w.registeredOn}${w.accountNumber ? `, taxpayer number ${w.accountNumber}` : ''}. Status on ${content.preparedOn}: ${w.deadlineStatus.replace('_', ' ').toLowerCase()}.`,
    { gap: 8 },
  );
  const alerts = w.notes.filter((n) => n.startsWith('PRELIMINARY') || n.includes('has passed'));
  for (const note of alerts) paragraph(doc, note, { size: 8.5, color: COLORS.alert, gap: 4 });
  doc.y = Math.max(doc.y + 16, 600);
  paragraph(
    doc,
    `Prepared ${content.preparedAt.slice(0, 10)} (UTC) by the Zactonics Agent Hub from the shop's sales records and ledger. Every tax figure names its rule (ids in brackets; sources on the last pages). Amounts in US dollars${texas ? '; the form takes Items 1-5 in whole dollars' : ''}. Return rules ${content.ruleSetVersion}; sales tax rules ${w.salesTaxRuleSetVersion}; jurisdiction table ${w.jurisdictionTableVersion}.`,
    { color: COLORS.muted, size: 8.5 },
  );
}

function returnWorksheet(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  const w = content.returnWorksheet;
  paragraph(
    doc,
    w.state === 'TX'
      ? `${w.period.start} to ${w.period.end}. Item, amount (exact), what to enter on the form, and how it was computed.`
      : `${w.period.start} to ${w.period.end}. Line (the worksheet's own numbering, not the state form's), amount (exact), and how it was computed.`,
    { size: 8.5, color: COLORS.muted },
  );
  const rows: TableRow[] = w.lines.map((l) => ({
    cells: [
      l.item || 'memo',
      l.label,
      accountingAmount(l.cents),
      l.formEntry,
      l.ruleIds.length > 0 ? `${l.formula} [${l.ruleIds.join(', ')}]` : l.formula,
    ],
    bold: ['TOTAL_TAX_DUE', 'NET_TAX_DUE'].includes(l.key),
    italic: l.item === '',
    rule: l.key === 'NET_TAX_DUE' ? 'grand-total' : l.key === 'TOTAL_TAX_DUE' ? 'total' : undefined,
  }));
  drawTable(
    doc,
    [
      { header: w.state === 'TX' ? 'Item' : 'Line', width: 34 },
      { header: 'Line', width: 110, wrap: true },
      { header: 'Amount', width: 70, align: 'right' },
      { header: 'Form entry', width: 64, align: 'right' },
      { header: 'How', width: 226, wrap: true },
    ],
    rows,
    { size: 7.5 },
  );
  if (w.notes.length > 0) subHeading(doc, 'Notes');
  for (const note of w.notes) paragraph(doc, note, { size: 8, gap: 3 });
  subHeading(doc, 'Due dates');
  const p = w.prepayment;
  const prepayment = p
    ? ` Prepayment (for the 1.25% prepayment discount, 1.75% with the timely filing discount): ${p.dueDate.due} [${p.dueDate.ruleIds.join(', ')}]; ${p.recorded ? 'recorded' : 'none recorded in the hub'}. Had the tax been prepaid, the discounts would total ${formatDollars(p.totalDiscountIfPrepaidCents)}.`
    : '';
  paragraph(
    doc,
    `Return and payment: ${w.dueDate.due} [${w.dueDate.ruleIds.join(', ')}].${prepayment} Filed late, the net tax due is ${formatDollars(w.netTaxDueIfLateCents)} before penalties.`,
  );
}

function jurisdictions(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  const w = content.returnWorksheet;
  const total = w.jurisdictions.reduce((sum, j) => sum + j.taxOwedCents, 0);
  drawTable(
    doc,
    [
      { header: 'Level', width: 56 },
      { header: 'Jurisdiction', width: 170, wrap: true },
      { header: 'Code', width: 110, wrap: true },
      { header: 'Rate', width: 46, align: 'right' },
      { header: 'Taxable', width: 62, align: 'right' },
      { header: 'Tax owed', width: 60, align: 'right' },
    ],
    [
      ...w.jurisdictions.map((j) => ({
        cells: [
          j.level,
          j.name,
          j.code,
          decimalPercent(j.rate),
          accountingAmount(j.taxableSalesCents),
          accountingAmount(j.taxOwedCents),
        ],
      })),
      {
        cells: ['', 'Total', '', '', '', accountingAmount(total)],
        bold: true,
        rule: 'total' as const,
      },
    ],
    { size: 7.5 },
  );
  subHeading(doc, 'Outlets (where sales are sourced)');
  drawTable(
    doc,
    [
      { header: 'Outlet', width: 190, wrap: true },
      { header: 'Channel', width: 60 },
      { header: 'Rate', width: 50, align: 'right' },
      { header: 'Gross', width: 68, align: 'right' },
      { header: 'Taxable', width: 68, align: 'right' },
      { header: 'Collected', width: 68, align: 'right' },
    ],
    w.locations.map((l) => ({
      cells: [
        l.label,
        l.channel,
        decimalPercent(l.combinedRate),
        accountingAmount(l.grossSalesCents),
        accountingAmount(l.taxableSalesCents),
        accountingAmount(l.taxCollectedCents),
      ],
    })),
    { size: 7.5 },
  );
}

function reconciliation(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  const w = content.returnWorksheet;
  const r = w.reconciliation;
  const owed = w.lines.find((l) => l.key === 'TOTAL_TAX_DUE');
  const owedRef = owed ? ` (${w.state === 'TX' ? 'Item' : 'line'} ${owed.item})` : '';
  drawTable(
    doc,
    [
      { header: '', width: 380 },
      { header: 'USD', width: 124, align: 'right' },
    ],
    [
      { cells: [`Tax owed${owedRef}`, accountingAmount(r.taxOwedCents)] },
      {
        cells: ['Tax collected from buyers (sales records)', accountingAmount(r.taxCollectedCents)],
      },
      {
        cells: [
          'Credited to 2200 Sales tax payable (ledger)',
          accountingAmount(r.ledgerCollectedCents),
        ],
      },
      {
        cells: ['Owed minus collected', accountingAmount(r.differenceCents)],
        bold: true,
        rule: 'total',
      },
      {
        cells: [
          'Collected minus net tax due on a timely return (kept)',
          accountingAmount(r.keptOnTimelyReturnCents),
        ],
      },
    ],
  );
  for (const reason of r.differenceReasons) paragraph(doc, reason, { size: 8.5, gap: 3 });
}

function scheduleC(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  const c = content.scheduleC;
  if (!c) {
    paragraph(doc, content.scheduleCNote ?? 'No Schedule C summary.');
    return;
  }
  paragraph(
    doc,
    `Tax year ${c.taxYear}, from the ledger${c.booksThrough ? ` through ${c.booksThrough}` : ''}${c.partialYear ? ' (the year is not over: a partial year)' : ''}. Federal rules ${c.ruleSetVersion}.`,
    { size: 8.5, color: COLORS.muted },
  );
  drawTable(
    doc,
    [
      { header: 'Line', width: 170, wrap: true },
      { header: 'Amount', width: 74, align: 'right' },
      { header: 'How', width: 260, wrap: true },
    ],
    c.lines.map((l) => ({
      cells: [
        /^\d+$/.test(l.line) ? `Line ${l.line}: ${l.label}` : l.label,
        accountingAmount(l.cents),
        `${l.formula}${l.ruleIds.length > 0 ? ` [${l.ruleIds.join(', ')}]` : ''}`,
      ],
      bold: ['28', '31'].includes(l.line),
      rule: l.line === '31' ? ('grand-total' as const) : undefined,
    })),
    { size: 7.5 },
  );
}

function checklist(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  drawTable(
    doc,
    [
      { header: 'Document', width: 150, wrap: true },
      { header: 'In the hub', width: 60 },
      { header: 'Detail', width: 294, wrap: true },
    ],
    content.checklist.map((item) => ({
      cells: [item.title, item.status.replace('_', ' '), item.detail],
      alert: item.status === 'NOT_HELD',
    })),
    { size: 7.5 },
  );
}

function sources(doc: Pdf, content: SalesTaxFilingPacketContent): void {
  for (const rule of content.rules) {
    paragraph(
      doc,
      `${rule.id} (${rule.ruleSetVersion}): ${rule.citation.title}${rule.citation.section ? `, ${rule.citation.section}` : ''} (${rule.citation.published}). ${rule.citation.url}`,
      { size: 8, font: FONT.bold, gap: 1 },
    );
    if (rule.summary) paragraph(doc, rule.summary, { size: 7.5, gap: 1 });
    for (const read of rule.readAt)
      paragraph(doc, `Read at ${read}`, { size: 7, color: COLORS.muted, gap: 1 });
    doc.y += 4;
  }
}
