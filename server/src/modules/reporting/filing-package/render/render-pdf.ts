import PDFDocument from 'pdfkit';
import type { FinancialStatement, StatementRow } from '../../statements.service.js';
import type { FilingPackageContent, ForecastBand, RatioRow } from '../filing-package-content.js';
import { accountingAmount, isoDay, percentOrNa } from '../money-format.js';
import { drawChart } from './pdf/pdf-charts.js';
import {
  COLORS,
  CONTENT_WIDTH,
  FONT,
  PAGE,
  ensureSpace,
  pageFooters,
  paragraph,
  sectionHeading,
  subHeading,
  type Pdf,
} from './pdf/pdf-page.js';
import { drawTable, type TableColumn, type TableRow } from './pdf/pdf-table.js';
import { statementList } from './statement-list.js';

/** Lines that close a statement: a double rule under them. */
const GRAND_TOTALS = new Set([
  'net-income',
  'assets-total',
  'liabilities-and-equity',
  'closing-cash',
]);

interface ContentsEntry {
  title: string;
  page: number;
}

/**
 * The PDF: cover, contents, commentary, the three statements with their comparisons, charts,
 * ratios and projections (when available), appendices. Laid out with pdfkit's built-in
 * Helvetica (no font files), every chart drawn as vectors. The same content gives the same bytes:
 * the document's dates are the preparation time, and nothing else varies.
 */
export function renderPdf(content: FilingPackageContent): Promise<Buffer> {
  const doc: Pdf = new PDFDocument({
    size: 'LETTER',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: {
      Title: `${content.title} - ${content.workspaceName}`,
      Author: content.workspaceName,
      Subject: `${content.period.label} (${content.period.from} to ${content.period.to})`,
      Creator: 'Zactonics Agent Hub',
      Producer: 'Zactonics Agent Hub (pdfkit)',
      CreationDate: content.preparedAt,
      ModDate: content.preparedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const contents: ContentsEntry[] = [];
  const section = (title: string, newPage = true) => {
    if (newPage) doc.addPage();
    contents.push({ title, page: currentPage(doc) });
    sectionHeading(doc, title);
  };

  cover(doc, content);
  doc.addPage();
  const contentsPage = currentPage(doc);

  section('Management commentary');
  commentary(doc, content);

  for (const statement of statementList(content)) {
    section(statement.title);
    statementTable(doc, statement);
  }

  section('Trends');
  trends(doc, content);

  if (content.ratios) {
    section('Financial ratios and industry benchmarks');
    ratios(doc, content.ratios);
  }
  if (content.forecast) {
    section('Projections: the next 12 months');
    forecastCharts(doc, content.forecast);
    projections(doc, content.forecast);
  }

  section('Appendix A: Trial balance');
  trialBalance(doc, content);
  section('Appendix B: Statement lines and their accounts');
  lineSources(doc, content);
  section('Appendix C: Checks, methods and sources');
  methods(doc, content);

  writeContents(doc, contentsPage, contents);
  pageFooters(
    doc,
    `${content.workspaceName} - ${content.period.label}`,
    isoDay(content.preparedAt),
  );
  doc.end();
  return finished;
}

function currentPage(doc: Pdf): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function cover(doc: Pdf, content: FilingPackageContent): void {
  doc.rect(0, 0, PAGE.width, 230).fill(COLORS.heading);
  doc.font(FONT.regular).fontSize(12).fillColor('#ffffff');
  doc.text(content.workspaceName, PAGE.margin, 90, { width: CONTENT_WIDTH });
  doc.font(FONT.bold).fontSize(26).text(content.title, PAGE.margin, 112, { width: CONTENT_WIDTH });
  doc
    .font(FONT.regular)
    .fontSize(12)
    .text(`${content.period.from} to ${content.period.to}`, PAGE.margin, 150, {
      width: CONTENT_WIDTH,
    });

  doc.y = 270;
  subHeading(doc, 'Key figures');
  const { income, balance, cashFlow } = content.statements;
  const figures: Array<[string, StatementRow | undefined]> = [
    ['Total revenue', rowOf(income, 'revenue-total')],
    ['Net income', rowOf(income, 'net-income')],
    ['Total assets', rowOf(balance, 'assets-total')],
    ['Cash at the end of the period', rowOf(cashFlow, 'closing-cash')],
  ];
  drawTable(
    doc,
    [
      { header: '', width: income.lastYearPeriod ? 200 : 302 },
      { header: income.period.label, width: 101, align: 'right' },
      { header: income.priorPeriod?.label ?? 'Prior', width: 101, align: 'right' },
      ...(income.lastYearPeriod
        ? [{ header: income.lastYearPeriod.label, width: 102, align: 'right' as const }]
        : []),
    ],
    figures.map(([label, row]) => ({
      cells: [
        label,
        row ? accountingAmount(row.currentCents) : '',
        optionalAmount(row?.priorCents ?? null),
        ...(income.lastYearPeriod ? [optionalAmount(row?.lastYearCents ?? null)] : []),
      ],
    })),
  );

  subHeading(doc, 'Checks');
  for (const statement of statementList(content)) {
    for (const check of statement.checks) {
      paragraph(doc, `${check.name}: ${check.holds ? 'holds' : 'DOES NOT HOLD'}.`, {
        size: 9,
        color: check.holds ? COLORS.ink : COLORS.alert,
        gap: 2,
      });
    }
  }

  doc.y = Math.max(doc.y + 20, 560);
  paragraph(
    doc,
    `Prepared ${isoDay(content.preparedAt)} (UTC) from the shop's double-entry ledger. Every ` +
      'figure is computed from the ledger; the commentary only describes computed figures. ' +
      'Amounts are US dollars; negative amounts are in parentheses.',
    { color: COLORS.muted, size: 9 },
  );
}

function commentary(doc: Pdf, content: FilingPackageContent): void {
  for (const item of content.commentary) {
    subHeading(doc, item.heading);
    paragraph(doc, item.text, { gap: 10 });
  }
}

function statementTable(doc: Pdf, statement: FinancialStatement): void {
  paragraph(
    doc,
    `${statement.period.from} to ${statement.period.to}. Variance: current minus prior period; ` +
      'variance % against the size of the prior figure, 1 decimal.',
    { size: 8.5, color: COLORS.muted },
  );
  for (const note of statement.notes) {
    paragraph(doc, `Note: ${note}`, { size: 8.5, color: COLORS.alert, gap: 4 });
  }
  const lastYear = statement.lastYearPeriod !== null;
  const columns: TableColumn[] = [
    { header: 'Line', width: lastYear ? 192 : 256 },
    { header: statement.period.label, width: 64, align: 'right' },
    { header: statement.priorPeriod?.label ?? 'Prior', width: 64, align: 'right' },
    ...(lastYear
      ? [{ header: statement.lastYearPeriod?.label ?? '', width: 64, align: 'right' as const }]
      : []),
    { header: 'Variance', width: 64, align: 'right' },
    { header: 'Variance %', width: 56, align: 'right' },
  ];
  const rows: TableRow[] = [];
  for (const part of statement.sections) {
    rows.push({ cells: [part.label], heading: true });
    let group: string | undefined;
    for (const row of part.rows) {
      // Operating expenses come by department: a heading before each department's lines.
      if (!row.isTotal && row.group && row.group !== group) {
        rows.push({ cells: [row.group], indent: 4, italic: true });
      }
      group = row.isTotal ? undefined : (row.group ?? undefined);
      rows.push({
        cells: [
          row.label,
          accountingAmount(row.currentCents),
          optionalAmount(row.priorCents),
          ...(lastYear ? [optionalAmount(row.lastYearCents)] : []),
          optionalAmount(row.varianceCents),
          row.priorCents === null ? '' : percentOrNa(row.variancePercent),
        ],
        indent: row.isTotal ? 0 : row.group ? 14 : 10,
        bold: row.isTotal,
        ...(row.isTotal ? { rule: GRAND_TOTALS.has(row.key) ? 'grand-total' : 'total' } : {}),
      });
    }
  }
  drawTable(doc, columns, rows);
  for (const check of statement.checks) {
    paragraph(
      doc,
      `Check: ${check.name}: ${check.holds ? 'holds' : 'DOES NOT HOLD'}. ${check.detail}`,
      {
        size: 8,
        color: check.holds ? COLORS.muted : COLORS.alert,
        gap: 2,
      },
    );
  }
}

function trends(doc: Pdf, content: FilingPackageContent): void {
  const months = content.monthly;
  const span = months.length
    ? `${months[0]?.shortLabel} - ${months[months.length - 1]?.shortLabel}`
    : '';
  const labels = months.map((m) => m.shortLabel);
  drawChart(doc, {
    title: 'Monthly revenue and net income',
    caption: `Total revenue and net income from each month's income statement, ${span}.`,
    labels,
    series: [
      {
        name: 'Revenue',
        kind: 'bar',
        color: COLORS.revenue,
        values: months.map((m) => m.revenueCents),
      },
      {
        name: 'Net income',
        kind: 'bar',
        color: COLORS.income,
        negativeColor: COLORS.loss,
        values: months.map((m) => m.netIncomeCents),
      },
    ],
  });
  drawChart(doc, {
    title: 'Cash at the end of each month',
    caption: `Closing cash from each month's cash flow statement (cash and bank accounts), ${span}.`,
    labels,
    series: [
      {
        name: 'Cash',
        kind: 'line',
        color: COLORS.cash,
        values: months.map((m) => m.closingCashCents),
      },
    ],
    height: 140,
  });
}

function forecastCharts(doc: Pdf, forecast: NonNullable<FilingPackageContent['forecast']>): void {
  const history = forecast.history;
  const labels = [...history.map((m) => m.shortLabel), ...forecast.months.map((m) => m.shortLabel)];
  const none = (count: number) => Array.from({ length: count }, () => null);
  const chart = (
    title: string,
    actual: number[],
    pick: (m: (typeof forecast.months)[number]) => ForecastBand,
  ) =>
    drawChart(doc, {
      title,
      caption:
        `Solid: the last ${history.length} complete months from the ledger; dashed: the base ` +
        `forecast; shaded: its ${forecast.intervalPercent}% prediction interval. ${forecast.method}.`,
      labels,
      series: [
        {
          name: 'Actual',
          kind: 'line',
          color: COLORS.cash,
          values: [...actual, ...none(forecast.months.length)],
        },
        {
          name: 'Forecast',
          kind: 'line',
          color: COLORS.revenue,
          dashed: true,
          // Starts from the last actual month, so the two lines join.
          values: [
            ...none(history.length - 1),
            actual[actual.length - 1] ?? null,
            ...forecast.months.map((m) => pick(m).baseCents),
          ],
          band: [...none(history.length), ...forecast.months.map(pick)],
        },
      ],
      height: 130,
    });
  chart(
    'Revenue: actual and forecast',
    history.map((m) => m.revenueCents),
    (m) => m.revenue,
  );
  chart(
    'Cash: actual and forecast',
    history.map((m) => m.cashCents),
    (m) => m.cash,
  );
}

const RATIO_STATUS: Record<RatioRow['status'], string> = {
  WITHIN: 'Within',
  WARNING: 'ALERT',
  INFO: 'Outside',
  NO_BENCHMARK: '-',
};

function ratios(doc: Pdf, section: NonNullable<FilingPackageContent['ratios']>): void {
  paragraph(
    doc,
    `As of ${section.asOf}${section.industry ? `; benchmarks for ${section.industry}` : ''}. ` +
      'ALERT: outside the range on the unhealthy side; Outside: outside on the healthy side ' +
      '(or a trade-off either way), with the reason in the note.',
    { size: 8.5, color: COLORS.muted },
  );
  drawTable(
    doc,
    [
      { header: 'Ratio', width: 104, wrap: true },
      { header: 'Value', width: 52, align: 'right' },
      { header: 'Benchmark range', width: 110, align: 'right' },
      { header: 'Status', width: 42 },
      { header: 'Note', width: 196, wrap: true },
    ],
    section.rows.map((ratio) => ({
      cells: [
        ratio.name,
        ratio.value,
        ratio.benchmark ?? '-',
        RATIO_STATUS[ratio.status],
        ratio.note,
      ],
      alert: ratio.status === 'WARNING',
    })),
    // Smaller type: fourteen ratios with their reasons fit one page.
    { size: 7.6 },
  );
}

function projections(doc: Pdf, forecast: NonNullable<FilingPackageContent['forecast']>): void {
  paragraph(
    doc,
    `${forecast.method}. Ranges are the ${forecast.intervalPercent}% prediction interval (low - high).`,
    { size: 8.5, color: COLORS.muted },
  );
  const range = (b: { lowCents: number; highCents: number }) =>
    `${accountingAmount(b.lowCents)} - ${accountingAmount(b.highCents)}`;
  drawTable(
    doc,
    [
      { header: 'Month', width: 50 },
      { header: 'Revenue', width: 68, align: 'right' },
      { header: 'Revenue range', width: 124, align: 'right' },
      { header: 'Expenses', width: 68, align: 'right' },
      { header: 'Cash', width: 68, align: 'right' },
      { header: 'Cash range', width: 126, align: 'right' },
    ],
    forecast.months.map((m) => ({
      cells: [
        m.shortLabel,
        accountingAmount(m.revenue.baseCents),
        range(m.revenue),
        accountingAmount(m.expenses.baseCents),
        accountingAmount(m.cash.baseCents),
        range(m.cash),
      ],
    })),
  );
  ensureSpace(doc, 120);
  subHeading(doc, 'Scenarios');
  paragraph(
    doc,
    'Conservative: revenue at its low estimate and expenses at their high one, cash from both; ' +
      'aggressive: the reverse.',
    { size: 8.5, color: COLORS.muted },
  );
  drawTable(
    doc,
    [
      { header: 'Month', width: 50 },
      { header: 'Revenue, conservative', width: 76, align: 'right' },
      { header: 'Revenue, aggressive', width: 76, align: 'right' },
      { header: 'Expenses, conservative', width: 76, align: 'right' },
      { header: 'Expenses, aggressive', width: 76, align: 'right' },
      { header: 'Cash, conservative', width: 75, align: 'right' },
      { header: 'Cash, aggressive', width: 75, align: 'right' },
    ],
    forecast.months.map((m) => ({
      cells: [
        m.shortLabel,
        ...[m.revenue, m.expenses, m.cash].flatMap((b) => [
          accountingAmount(b.conservativeCents),
          accountingAmount(b.aggressiveCents),
        ]),
      ],
    })),
  );
}

function trialBalance(doc: Pdf, content: FilingPackageContent): void {
  const trial = content.appendices.trialBalance;
  paragraph(
    doc,
    `Every account with activity up to ${trial.asOf}, its net balance in the debit or credit column. ` +
      `The columns ${trial.balanced ? 'agree' : 'DO NOT AGREE'}. Revenue and expense ` +
      'accounts hold everything since the books began that has not been closed into retained ' +
      'earnings (the balance sheet shows it as current earnings).',
    { size: 8.5, color: COLORS.muted },
  );
  drawTable(
    doc,
    [
      { header: 'Code', width: 40 },
      { header: 'Account', width: 210 },
      { header: 'Type', width: 64 },
      { header: 'Debit', width: 95, align: 'right' },
      { header: 'Credit', width: 95, align: 'right' },
    ],
    [
      ...trial.rows.map((row) => ({
        cells: [
          row.code,
          row.name,
          row.type,
          row.debitCents ? accountingAmount(row.debitCents) : '',
          row.creditCents ? accountingAmount(row.creditCents) : '',
        ],
      })),
      {
        cells: [
          '',
          'Total',
          '',
          accountingAmount(trial.totalDebitCents),
          accountingAmount(trial.totalCreditCents),
        ],
        bold: true,
        rule: 'grand-total' as const,
      },
    ],
  );
}

function lineSources(doc: Pdf, content: FilingPackageContent): void {
  paragraph(
    doc,
    'The ledger accounts behind each statement line (code, name and, for deductible costs, the ' +
      'IRS Schedule C line the account maps to). Totals are sums of the lines above them.',
    { size: 8.5, color: COLORS.muted },
  );
  drawTable(
    doc,
    [
      { header: 'Statement', width: 90 },
      { header: 'Line', width: 140 },
      { header: 'Accounts', width: 274, wrap: true },
    ],
    content.appendices.lineSources.map((line) => ({
      cells: [
        line.statement,
        line.lineLabel,
        line.accounts
          .map(
            (a) =>
              `${a.code} ${a.name}${a.scheduleCLine ? ` [Sch. C ${scheduleCLineNumber(a.scheduleCLine)}]` : ''}`,
          )
          .join('; '),
      ],
    })),
  );
}

function methods(doc: Pdf, content: FilingPackageContent): void {
  subHeading(doc, 'Checks');
  for (const statement of statementList(content)) {
    for (const check of statement.checks) {
      paragraph(
        doc,
        `${statement.title}: ${check.name}: ${check.holds ? 'holds' : 'DOES NOT HOLD'}. ${check.detail}`,
        {
          size: 8.5,
          gap: 3,
        },
      );
    }
  }
  doc.y += 6;
  subHeading(doc, 'Methods and sources');
  for (const note of content.appendices.sources) {
    // A topic is never left alone at the foot of a page.
    ensureSpace(doc, 100);
    paragraph(doc, note.topic, { font: FONT.bold, size: 9, gap: 1 });
    paragraph(doc, note.text, { size: 8.5, gap: 8 });
  }
}

function writeContents(doc: Pdf, page: number, entries: ContentsEntry[]): void {
  doc.switchToPage(page);
  doc.y = PAGE.margin;
  sectionHeading(doc, 'Contents');
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.ink);
  for (const entry of entries) {
    const y = doc.y;
    const number = String(entry.page + 1);
    doc.text(entry.title, PAGE.margin, y, { width: CONTENT_WIDTH - 40, lineBreak: false });
    doc.text(number, PAGE.margin + CONTENT_WIDTH - 40, y, { width: 40, align: 'right' });
    doc.y = y + 20;
  }
}

function rowOf(statement: FinancialStatement, key: string): StatementRow | undefined {
  return statement.sections.flatMap((s) => s.rows).find((row) => row.key === key);
}

function optionalAmount(cents: number | null): string {
  return cents === null ? '' : accountingAmount(cents);
}

/** "Line 8: Advertising" -> "Line 8". */
function scheduleCLineNumber(label: string): string {
  return label.split(':')[0] ?? label;
}
