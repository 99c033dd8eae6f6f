import { createHash } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'type-graphql';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import express from 'express';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleContext } from '../../../console-context.js';
import { createConsoleContext } from '../../../console-context.js';
import type { ConsoleRole } from '../../../context.js';
import { domainErrorStatusPlugin, formatError } from '../../../graphql/domain-errors.js';
import { serveRoutes } from '../../../http/hub-http-server.js';
import { consoleAccessPlugin } from '../../admin-users/operation-access.js';
import { reportDownloads } from '../../../http/report-downloads.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { ForecastService } from '../forecast.service.js';
import { RatiosService } from '../ratios.service.js';
import type { FinancialStatement } from '../statements.service.js';
import { FilingPackageContentBuilder } from './filing-package-content.builder.js';
import { FilingPackageResolver } from './filing-package.resolver.js';
import type { FilingPackageContent } from './filing-package-content.js';
import { FilingPackageService, type FilingPackageView } from './filing-package.service.js';
import { accountingAmount } from './money-format.js';
import { forecastSectionSource } from './forecast-section.js';
import { ratioSectionSource } from './ratio-section.js';
import { renderPdf } from './render/render-pdf.js';
import { ReportFileStore } from './report-file.store.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts).
const NOW = new Date('2026-11-26T15:00:00.000Z');
const HOUR = 3_600_000;

let s: SeededServices;
let builder: FilingPackageContentBuilder;
let filings: FilingPackageService;
let store: ReportFileStore;
let content: FilingPackageContent;
let quarter: FilingPackageView;
let files: Record<'PDF' | 'XLSX' | 'CSV', Buffer>;
let server: Server;
let hubUrl: string;
let now = NOW;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:filing-spec' });
  const { ledger, statements } = s.services;
  const dataSource = s.db.dataSource;
  const clock = { now: () => now };
  builder = new FilingPackageContentBuilder({
    dataSource,
    statements,
    ledger,
    ratios: ratioSectionSource(new RatiosService(ledger, dataSource)),
    forecast: forecastSectionSource(new ForecastService(dataSource, ledger, clock)),
  });
  store = new ReportFileStore(dataSource);
  filings = new FilingPackageService(builder, store);
  const args = { workspaceId: s.ctx.workspaceId, actor: s.ctx.actor, periodKey: '2026-Q3', now };
  content = await builder.build(args);
  quarter = await filings.prepare(args);

  const app = express();
  serveRoutes(app, [reportDownloads(dataSource, clock)], { development: false, log: () => {} });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const download = async (format: 'PDF' | 'XLSX' | 'CSV') => {
    const file = quarter.files.find((f) => f.format === format);
    const response = await fetch(`${hubUrl}${file?.url}`);
    return Buffer.from(await response.arrayBuffer());
  };
  files = { PDF: await download('PDF'), XLSX: await download('XLSX'), CSV: await download('CSV') };
  // To look at the documents: FILING_PACKAGE_PREVIEW_DIR=/tmp/filing npx vitest run <this file>
  const preview = process.env.FILING_PACKAGE_PREVIEW_DIR;
  if (preview) {
    await mkdir(preview, { recursive: true });
    for (const file of quarter.files) {
      await writeFile(join(preview, file.filename), files[file.format]);
    }
  }
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await s?.close();
});

const rowOf = (statement: FinancialStatement, key: string) => {
  const row = statement.sections.flatMap((section) => section.rows).find((r) => r.key === key);
  if (!row) throw new Error(`no ${key} row`);
  return row;
};

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: true });
  return { pages: totalPages, text };
}

describe('the quarterly filing package', () => {
  it('is three files named for the period, each with the size and sha256 of its bytes', () => {
    expect(quarter).toMatchObject({ kind: 'FILING_PACKAGE', period: '2026-Q3' });
    expect(quarter.title).toBe('Quarterly filing package, Q3 2026');
    expect(quarter.files.map((f) => f.filename)).toEqual([
      'filing-package-2026-Q3.pdf',
      'filing-package-2026-Q3.xlsx',
      'filing-package-2026-Q3.csv',
    ]);
    for (const file of quarter.files) {
      expect(files[file.format].length, file.format).toBe(file.bytes);
      expect(createHash('sha256').update(files[file.format]).digest('hex')).toBe(file.sha256);
      expect(file.expiresAt.getTime() - NOW.getTime()).toBe(24 * HOUR);
    }
  });

  it("has a PDF whose text holds the statements' net income, total assets and a ratio value", async () => {
    const { pages, text } = await pdfText(files.PDF);
    const netIncome = rowOf(content.statements.income, 'net-income');
    const assets = rowOf(content.statements.balance, 'assets-total');
    expect(text).toContain(`Net income ${accountingAmount(netIncome.currentCents)}`);
    expect(text).toContain(`Total assets ${accountingAmount(assets.currentCents)}`);
    const grossMargin = content.ratios?.rows.find((r) => r.key === 'gross-margin');
    expect(grossMargin?.value).toMatch(/^\d+\.\d%$/);
    expect(text).toContain(`${grossMargin?.name} ${grossMargin?.value}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Appendix B: Statement lines and their accounts');
  });

  it('renders the same PDF bytes from the same content', async () => {
    const again = await renderPdf(content);
    expect(createHash('sha256').update(again).digest('hex')).toBe(
      quarter.files.find((f) => f.format === 'PDF')?.sha256,
    );
  });

  it('has an XLSX with net income, in dollars, on the income statement sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files.XLSX as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Income statement',
      'Balance sheet',
      'Cash flow',
      'Commentary',
      'Ratios',
      'Forecast',
      'Trial balance',
      'Line sources',
      'Sources',
    ]);
    const sheet = book.getWorksheet('Income statement');
    let found: ExcelJS.Row | undefined;
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === 'Net income') found = row;
    });
    const netIncome = rowOf(content.statements.income, 'net-income');
    expect(Math.round(Number(found?.getCell(2).value) * 100)).toBe(netIncome.currentCents);
    expect(Math.round(Number(found?.getCell(3).value) * 100)).toBe(netIncome.priorCents);
    expect(found?.getCell(2).numFmt).toBe('#,##0.00;(#,##0.00)');
  });

  it("has a CSV whose account lines sum to their department's and their section's totals, to the cent", () => {
    const rows = parse(files.CSV, { columns: true }) as Array<Record<string, string>>;
    const cents = (text: string | undefined) => Math.round(Number(text) * 100);
    const sum = (lines: Array<Record<string, string>>) =>
      lines.reduce((total, r) => total + cents(r.current_usd), 0);
    let departments = 0;
    for (const statement of [content.statements.income, content.statements.balance]) {
      for (const section of statement.sections) {
        const lines = rows.filter(
          (r) => r.statement === statement.kind && r.section === section.label,
        );
        const accountLines = lines.filter((r) => r.is_total === 'no');
        const [sectionTotal] = lines.filter(
          (r) => r.is_total === 'yes' && !r.line_key?.startsWith('department:'),
        );
        expect(accountLines.length, section.key).toBeGreaterThan(0);
        expect(sum(accountLines), `${statement.kind} ${section.key}`).toBe(
          cents(sectionTotal?.current_usd),
        );
        for (const subtotal of lines.filter((r) => r.line_key?.startsWith('department:'))) {
          departments++;
          expect(sum(accountLines.filter((r) => r.group === subtotal.group))).toBe(
            cents(subtotal.current_usd),
          );
        }
      }
    }
    expect(departments).toBeGreaterThan(1);
    const netIncome = rows.find((r) => r.line_key === 'net-income');
    expect(netIncome?.current_usd).toBe(
      (rowOf(content.statements.income, 'net-income').currentCents / 100).toFixed(2),
    );
  });
});

describe('download links', () => {
  const pdf = () => quarter.files.find((f) => f.format === 'PDF') as (typeof quarter.files)[0];
  const get = (path: string) => fetch(`${hubUrl}${path}`);

  it('serve the file as an attachment, never cached', async () => {
    const response = await get(pdf().url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="filing-package-2026-Q3.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf().sha256);
  });

  it('refuse a wrong token, another file or filename, and an unknown id with a JSON 404', async () => {
    const url = new URL(pdf().url, hubUrl);
    const token = url.searchParams.get('token') ?? '';
    const csv = quarter.files.find((f) => f.format === 'CSV');
    const attempts = [
      `${url.pathname}?token=${token.slice(0, -2)}xx`,
      `${url.pathname}`,
      `/downloads/reports/${csv?.id}/${csv?.filename}?token=${token}`,
      `${url.pathname.replace('.pdf', '.csv')}?token=${token}`,
      `/downloads/reports/00000000-0000-4000-8000-000000000000/x.pdf?token=${token}`,
      `/downloads/reports/not-an-id/x.pdf?token=${token}`,
    ];
    for (const attempt of attempts) {
      const response = await get(attempt);
      expect(response.status, attempt).toBe(404);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { errorCode: 'NOT_FOUND' } }],
      });
    }
  });

  it("refuse another workspace's file with this workspace's link", async () => {
    const [{ id: other }] = (await s.db.dataSource.query(
      `INSERT INTO workspace (slug, name) VALUES ('other-shop', 'Other shop') RETURNING id`,
    )) as [{ id: string }];
    const [stored] = await store.storePackage({
      workspaceId: other,
      packageId: '11111111-1111-4111-8111-111111111111',
      kind: 'FILING_PACKAGE',
      periodKey: '2026-Q3',
      title: 'Other',
      preparedBy: 'user:other',
      preparedAt: NOW,
      files: [
        {
          format: 'PDF',
          filename: 'filing-package-2026-Q3.pdf',
          contentType: 'application/pdf',
          content: Buffer.from('%PDF other'),
        },
      ],
    });
    const token = new URL(pdf().url, hubUrl).searchParams.get('token');
    const response = await get(
      `/downloads/reports/${stored?.id}/filing-package-2026-Q3.pdf?token=${token}`,
    );
    expect(response.status).toBe(404);
    await expect(
      filings.get(s.ctx.workspaceId, stored?.packageId ?? '', NOW),
    ).rejects.toMatchObject({
      errorCode: 'REPORT_NOT_FOUND',
    });
  });

  it('expire after 24 hours with a JSON 410', async () => {
    now = new Date(NOW.getTime() + 24 * HOUR);
    try {
      const response = await get(pdf().url);
      expect(response.status).toBe(410);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { errorCode: 'DOWNLOAD_LINK_EXPIRED' } }],
      });
    } finally {
      now = NOW;
    }
  });
});

describe('preparing', () => {
  it('an annual report makes a new package, listed first; each listing hands out fresh links', async () => {
    const LATER = new Date(NOW.getTime() + 60_000);
    const annual = await filings.prepare({
      workspaceId: s.ctx.workspaceId,
      actor: s.ctx.actor,
      periodKey: '2025',
      now: LATER,
    });
    expect(annual).toMatchObject({ kind: 'ANNUAL_REPORT', title: 'Annual report 2025' });
    expect(annual.files[0]?.filename).toBe('annual-report-2025.pdf');
    const listed = await filings.list(s.ctx.workspaceId, 2, LATER);
    expect(listed.map((p) => p.id)).toEqual([annual.id, quarter.id]);
    const again = await filings.get(s.ctx.workspaceId, quarter.id, LATER);
    expect(again.files.map((f) => f.sha256)).toEqual(quarter.files.map((f) => f.sha256));
    // The old link and the fresh one both work.
    for (const url of [quarter.files[2]?.url, again.files[2]?.url]) {
      expect((await fetch(`${hubUrl}${url}`)).status).toBe(200);
    }
    expect(again.files[2]?.url).not.toBe(quarter.files[2]?.url);
  });

  it('refuses a period that is not one, has not ended or ends before the books begin, with INVALID_INPUT', async () => {
    for (const periodKey of ['2026-Q5', 'last quarter', '2026-Q4', '2026', '2024-Q3', '2019']) {
      await expect(
        filings.prepare({
          workspaceId: s.ctx.workspaceId,
          actor: s.ctx.actor,
          periodKey,
          now: NOW,
        }),
        periodKey,
      ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { field: 'period' } });
    }
  });
});

describe('the API', () => {
  let apollo: ApolloServer<ConsoleContext>;
  beforeAll(async () => {
    apollo = new ApolloServer<ConsoleContext>({
      schema: await buildSchema({ resolvers: [FilingPackageResolver], validate: false }),
      formatError: (formatted, error) =>
        formatError(formatted, error, { development: false, log: () => undefined }),
      plugins: [consoleAccessPlugin(), domainErrorStatusPlugin()],
    });
    await apollo.start();
  });
  afterAll(() => apollo?.stop());

  async function execute(role: ConsoleRole, query: string, variables: Record<string, unknown>) {
    const contextValue = createConsoleContext(s.services, s.ctx.workspaceId, 'api_key:spec', {
      role,
    });
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }
  const PREPARE = `mutation ($period: String!) {
    prepareFilingPackage(period: $period) { id kind period files { format filename bytes sha256 url } }
  }`;
  const ONE = `query ($id: ID!) { filingPackage(id: $id) { id files { url expiresAt } } }`;
  const LIST = `query ($first: Int) { filingPackages(first: $first) { id } }`;
  const errorCodeOf = (result: { errors?: ReadonlyArray<{ extensions?: unknown }> }) =>
    (result.errors?.[0]?.extensions as { errorCode?: string } | undefined)?.errorCode;

  it('prepares a month for an admin key and returns its three files with links', async () => {
    s.setNow(new Date(NOW.getTime() + 120_000)); // after the annual report above
    const result = await execute('ADMIN', PREPARE, { period: '2026-08' });
    s.setNow(NOW);
    expect(result.errors).toBeUndefined();
    const prepared = (result.data as { prepareFilingPackage: FilingPackageView })
      .prepareFilingPackage;
    expect(prepared).toMatchObject({ kind: 'FILING_PACKAGE', period: '2026-08' });
    expect(prepared.files.map((f) => f.filename)).toEqual([
      'filing-package-2026-08.pdf',
      'filing-package-2026-08.xlsx',
      'filing-package-2026-08.csv',
    ]);
    const listed = await execute('VIEWER', LIST, { first: 1 });
    expect(
      (listed.data as { filingPackages: FilingPackageView[] }).filingPackages.map((p) => p.id),
    ).toEqual([prepared.id]);
    const again = await execute('VIEWER', ONE, { id: prepared.id });
    const url = (again.data as { filingPackage: FilingPackageView }).filingPackage.files[2]?.url;
    const csv = Buffer.from(await (await fetch(`${hubUrl}${url}`)).arrayBuffer());
    expect(createHash('sha256').update(csv).digest('hex')).toBe(prepared.files[2]?.sha256);
  });

  it('answers a bad period or page size with INVALID_INPUT, a viewer preparing with FORBIDDEN, an unknown id with REPORT_NOT_FOUND', async () => {
    expect(errorCodeOf(await execute('ADMIN', PREPARE, { period: '2026-Q9' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCodeOf(await execute('VIEWER', PREPARE, { period: '2026-Q3' }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await execute('VIEWER', LIST, { first: 0 }))).toBe('INVALID_INPUT');
    expect(errorCodeOf(await execute('VIEWER', ONE, { id: 'not-an-id' }))).toBe('REPORT_NOT_FOUND');
  });
});
