import ExcelJS from 'exceljs';
import type { FinancialStatement } from '../../statements.service.js';
import type { FilingPackageContent } from '../filing-package-content.js';
import { statementList } from './statement-list.js';

/** Dollars with two decimals, negatives in parentheses (the cell holds the number itself). */
const CURRENCY = '#,##0.00;(#,##0.00)';
const PERCENT_1 = '0.0"%";(0.0"%")';

/** The sheet a statement goes on (31 characters at most, as Excel requires). */
export const STATEMENT_SHEETS: Record<FinancialStatement['kind'], string> = {
  INCOME_STATEMENT: 'Income statement',
  BALANCE_SHEET: 'Balance sheet',
  CASH_FLOW: 'Cash flow',
};

/**
 * The workbook: one sheet per statement (numbers as numbers in dollars, currency format), then
 * Commentary, Ratios and Forecast when present, Trial balance, Line sources and Sources. A
 * dollar cell holds cents / 100, the double nearest the exact amount, shown with two decimals.
 */
export async function renderXlsx(content: FilingPackageContent): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Zactonics Agent Hub';
  book.title = content.title;
  book.company = content.workspaceName;
  book.created = content.preparedAt;
  book.modified = content.preparedAt;

  for (const statement of statementList(content)) addStatement(book, content, statement);
  addCommentary(book, content);
  if (content.ratios) addRatios(book, content.ratios);
  if (content.forecast) addForecast(book, content.forecast);
  addTrialBalance(book, content);
  addLineSources(book, content);
  addSources(book, content);

  return Buffer.from(await book.xlsx.writeBuffer());
}

function addStatement(
  book: ExcelJS.Workbook,
  content: FilingPackageContent,
  statement: FinancialStatement,
): void {
  const sheet = book.addWorksheet(STATEMENT_SHEETS[statement.kind]);
  sheet.columns = [
    { key: 'label', width: 44 },
    { key: 'current', width: 16 },
    { key: 'prior', width: 16 },
    { key: 'lastYear', width: 16 },
    { key: 'variance', width: 16 },
    { key: 'variancePercent', width: 12 },
    { key: 'accounts', width: 30 },
  ];
  sheet.addRow([statement.title]).font = { bold: true, size: 13 };
  sheet.addRow([`${content.workspaceName}, ${statement.period.from} to ${statement.period.to}`]);
  for (const note of statement.notes) sheet.addRow([`Note: ${note}`]).font = { italic: true };
  const header = sheet.addRow([
    'Line',
    statement.period.label,
    statement.priorPeriod ? `Prior (${statement.priorPeriod.label})` : 'Prior',
    statement.lastYearPeriod ? `Last year (${statement.lastYearPeriod.label})` : 'Last year',
    'Variance',
    'Variance %',
    'Accounts',
  ]);
  header.font = { bold: true };
  for (const section of statement.sections) {
    sheet.addRow([section.label]).font = { bold: true, italic: true };
    for (const line of section.rows) {
      const row = sheet.addRow([
        line.isTotal ? line.label : `  ${line.label}`,
        dollarsOf(line.currentCents),
        dollarsOf(line.priorCents),
        dollarsOf(line.lastYearCents),
        dollarsOf(line.varianceCents),
        line.variancePercent,
        line.accounts.join(' '),
      ]);
      for (const column of [2, 3, 4, 5]) row.getCell(column).numFmt = CURRENCY;
      row.getCell(6).numFmt = PERCENT_1;
      if (line.isTotal) {
        row.font = { bold: true };
        for (const column of [2, 3, 4, 5]) row.getCell(column).border = { top: { style: 'thin' } };
      }
    }
  }
  sheet.addRow([]);
  for (const check of statement.checks) {
    sheet.addRow([`${check.name}: ${check.holds ? 'holds' : 'DOES NOT HOLD'}`, check.detail]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 3 + statement.notes.length }];
}

function addCommentary(book: ExcelJS.Workbook, content: FilingPackageContent): void {
  const sheet = book.addWorksheet('Commentary');
  sheet.columns = [{ width: 28 }, { width: 110 }];
  sheet.addRow(['Topic', 'Commentary']).font = { bold: true };
  for (const paragraph of content.commentary) {
    const row = sheet.addRow([paragraph.heading, paragraph.text]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  }
}

function addRatios(
  book: ExcelJS.Workbook,
  ratios: NonNullable<FilingPackageContent['ratios']>,
): void {
  const sheet = book.addWorksheet('Ratios');
  sheet.columns = [{ width: 26 }, { width: 14 }, { width: 22 }, { width: 10 }, { width: 90 }];
  sheet.addRow([
    `Ratios as of ${ratios.asOf}${ratios.industry ? `, ${ratios.industry}` : ''}`,
  ]).font = { bold: true };
  sheet.addRow(['Ratio', 'Value', 'Benchmark', 'Status', 'Note']).font = { bold: true };
  for (const ratio of ratios.rows) {
    sheet.addRow([ratio.name, ratio.value, ratio.benchmark ?? '', ratio.status, ratio.note]);
  }
  if (ratios.citation) sheet.addRow(['Benchmark source', ratios.citation]);
}

function addForecast(
  book: ExcelJS.Workbook,
  forecast: NonNullable<FilingPackageContent['forecast']>,
): void {
  const sheet = book.addWorksheet('Forecast');
  sheet.addRow([forecast.method]).font = { bold: true };
  const band = `${forecast.intervalPercent}%`;
  const names = ['Revenue', 'Expenses', 'Cash'];
  sheet.addRow([
    'Month',
    ...names.flatMap((name) => [
      `${name} (base)`,
      `${name} low (${band})`,
      `${name} high (${band})`,
      `${name} conservative`,
      `${name} aggressive`,
    ]),
  ]).font = { bold: true };
  sheet.getColumn(1).width = 12;
  for (let column = 2; column <= 16; column++) sheet.getColumn(column).width = 16;
  for (const month of forecast.months) {
    const row = sheet.addRow([
      month.key,
      ...[month.revenue, month.expenses, month.cash].flatMap((b) => [
        dollarsOf(b.baseCents),
        dollarsOf(b.lowCents),
        dollarsOf(b.highCents),
        dollarsOf(b.conservativeCents),
        dollarsOf(b.aggressiveCents),
      ]),
    ]);
    for (let column = 2; column <= 16; column++) row.getCell(column).numFmt = CURRENCY;
  }
  sheet.addRow([]);
  for (const note of forecast.notes) sheet.addRow([note]);
}

function addTrialBalance(book: ExcelJS.Workbook, content: FilingPackageContent): void {
  const trial = content.appendices.trialBalance;
  const sheet = book.addWorksheet('Trial balance');
  sheet.columns = [{ width: 8 }, { width: 36 }, { width: 12 }, { width: 16 }, { width: 16 }];
  sheet.addRow([`Trial balance as of ${trial.asOf}`]).font = { bold: true };
  sheet.addRow(['Code', 'Account', 'Type', 'Debit', 'Credit']).font = { bold: true };
  for (const account of trial.rows) {
    const row = sheet.addRow([
      account.code,
      account.name,
      account.type,
      dollarsOf(account.debitCents),
      dollarsOf(account.creditCents),
    ]);
    row.getCell(4).numFmt = CURRENCY;
    row.getCell(5).numFmt = CURRENCY;
  }
  const total = sheet.addRow([
    '',
    'Total',
    '',
    dollarsOf(trial.totalDebitCents),
    dollarsOf(trial.totalCreditCents),
  ]);
  total.font = { bold: true };
  total.getCell(4).numFmt = CURRENCY;
  total.getCell(5).numFmt = CURRENCY;
}

function addLineSources(book: ExcelJS.Workbook, content: FilingPackageContent): void {
  const sheet = book.addWorksheet('Line sources');
  sheet.columns = [{ width: 18 }, { width: 36 }, { width: 8 }, { width: 34 }, { width: 46 }];
  sheet.addRow(['Statement', 'Line', 'Account', 'Account name', 'Schedule C line']).font = {
    bold: true,
  };
  for (const line of content.appendices.lineSources) {
    for (const account of line.accounts) {
      sheet.addRow([
        line.statement,
        line.lineLabel,
        account.code,
        account.name,
        account.scheduleCLine ?? '',
      ]);
    }
  }
}

function addSources(book: ExcelJS.Workbook, content: FilingPackageContent): void {
  const sheet = book.addWorksheet('Sources');
  sheet.columns = [{ width: 28 }, { width: 120 }];
  sheet.addRow(['Topic', 'Method or source']).font = { bold: true };
  sheet.addRow(['Prepared', `${content.preparedAt.toISOString()} by ${content.preparedBy}`]);
  for (const note of content.appendices.sources) {
    sheet.addRow([note.topic, note.text]).getCell(2).alignment = { wrapText: true };
  }
}

/** Cents as a dollar number for a cell; null stays an empty cell. */
function dollarsOf(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}
