import { randomUUID } from 'node:crypto';
import type { ReportFormat, ReportKind } from '@zactonics/db';
import { DomainError } from '../../../errors.js';
import type { FilingPackageContentBuilder } from './filing-package-content.builder.js';
import type { FilingPackageContent } from './filing-package-content.js';
import { renderCsv } from './render/render-csv.js';
import { renderPdf } from './render/render-pdf.js';
import { renderXlsx } from './render/render-xlsx.js';
import type { RenderedFile, ReportFileStore, StoredReportFile } from './report-file.store.js';

/** A prepared package as the API shows it: its files with fresh download links. */
export interface FilingPackageView {
  id: string;
  kind: ReportKind;
  /** The period key: 2026-Q3, 2025 or 2026-10. */
  period: string;
  title: string;
  preparedAt: Date;
  preparedBy: string;
  files: FilingPackageFileView[];
}

export interface FilingPackageFileView {
  id: string;
  format: ReportFormat;
  filename: string;
  contentType: string;
  bytes: number;
  sha256: string;
  /** Relative to the hub's URL: /downloads/reports/<id>/<filename>?token=... */
  url: string;
  expiresAt: Date;
}

export interface PrepareArgs {
  workspaceId: string;
  /** Who prepared it: 'user:<id>', 'key:<id>' or 'run:<id>'. */
  actor: string;
  /** 2026-Q3 (a filing package), 2025 (the annual report) or 2026-10. */
  periodKey: string;
  now: Date;
}

export interface PreparedFilingPackage {
  package: FilingPackageView;
  content: FilingPackageContent;
}

export const MAX_PACKAGES_LISTED = 50;

const FORMATS: Array<{
  format: ReportFormat;
  extension: string;
  contentType: string;
  render: (content: FilingPackageContent) => Buffer | Promise<Buffer>;
}> = [
  { format: 'PDF', extension: 'pdf', contentType: 'application/pdf', render: renderPdf },
  {
    format: 'XLSX',
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderXlsx,
  },
  { format: 'CSV', extension: 'csv', contentType: 'text/csv; charset=utf-8', render: renderCsv },
];

/**
 * The filing package (a quarter, or a month) and the annual report (a year): assembled from the
 * ledger, rendered as PDF, XLSX and CSV, stored, and handed out through expiring links.
 * Preparing again makes a new package; earlier ones stay listed and downloadable.
 */
export class FilingPackageService {
  constructor(
    private readonly builder: FilingPackageContentBuilder,
    private readonly store: ReportFileStore,
  ) {}

  async prepare(args: PrepareArgs): Promise<FilingPackageView> {
    return (await this.prepareWithContent(args)).package;
  }

  /** Prepares a package and also returns what it says, for an agent to tell the figures from. */
  async prepareWithContent(args: PrepareArgs): Promise<PreparedFilingPackage> {
    const content = await this.builder.build(args);
    const files = await renderAll(content);
    const stored = await this.store.storePackage({
      workspaceId: args.workspaceId,
      packageId: randomUUID(),
      kind: content.kind,
      periodKey: content.period.key,
      title: content.title,
      preparedBy: args.actor,
      preparedAt: content.preparedAt,
      files,
    });
    const [view] = await this.withLinks(args.workspaceId, stored, args.now);
    return { package: view as FilingPackageView, content };
  }

  /** The most recent packages, newest first, each file with a fresh link. */
  async list(workspaceId: string, limit: number, now: Date): Promise<FilingPackageView[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PACKAGES_LISTED) {
      throw new DomainError('INVALID_INPUT', `first must be 1 to ${MAX_PACKAGES_LISTED}.`, {
        field: 'first',
      });
    }
    const files = await this.store.recentFiles(workspaceId, limit);
    return this.withLinks(workspaceId, files, now);
  }

  /** One package with fresh links; REPORT_NOT_FOUND unless it is this workspace's. */
  async get(workspaceId: string, packageId: string, now: Date): Promise<FilingPackageView> {
    const files = await this.store.packageFiles(workspaceId, packageId);
    const [view] = await this.withLinks(workspaceId, files, now);
    if (!view) throw new DomainError('REPORT_NOT_FOUND', 'No such filing package.');
    return view;
  }

  /** Groups files into packages (in the order first seen) and links each file. */
  private async withLinks(
    workspaceId: string,
    files: StoredReportFile[],
    now: Date,
  ): Promise<FilingPackageView[]> {
    const packages = new Map<string, StoredReportFile[]>();
    for (const file of files)
      packages.set(file.packageId, [...(packages.get(file.packageId) ?? []), file]);
    const views: FilingPackageView[] = [];
    // One package at a time: each issues its links in its own transaction.
    for (const group of packages.values()) {
      const first = group[0] as StoredReportFile;
      views.push({
        id: first.packageId,
        kind: first.kind,
        period: first.periodKey,
        title: first.title,
        preparedAt: first.createdAt,
        preparedBy: first.preparedBy,
        files: await linkedFileViews(this.store, workspaceId, group, now),
      });
    }
    return views;
  }
}

/** The three files of a package, named by kind and period (filing-package-2026-Q3.pdf). */
export async function renderAll(content: FilingPackageContent): Promise<RenderedFile[]> {
  const base = `${content.kind === 'ANNUAL_REPORT' ? 'annual-report' : 'filing-package'}-${content.period.key}`;
  const files: RenderedFile[] = [];
  for (const format of FORMATS) {
    files.push({
      format: format.format,
      filename: `${base}.${format.extension}`,
      contentType: format.contentType,
      content: await format.render(content),
    });
  }
  return files;
}

function sortedByFormat(files: StoredReportFile[]): StoredReportFile[] {
  const order = FORMATS.map((f) => f.format);
  return [...files].sort((a, b) => order.indexOf(a.format) - order.indexOf(b.format));
}

/**
 * Stored files as the API shows them (PDF, XLSX, CSV), each with a fresh download link: one
 * transaction issues the links of the files given (one package, or one sales tax packet).
 */
export async function linkedFileViews(
  store: ReportFileStore,
  workspaceId: string,
  files: StoredReportFile[],
  now: Date,
): Promise<FilingPackageFileView[]> {
  const links = await store.issueLinks(workspaceId, files, now);
  return sortedByFormat(files).map((file) => {
    const link = links.get(file.id);
    if (!link) throw new Error(`no link issued for report file ${file.id}`);
    return {
      id: file.id,
      format: file.format,
      filename: file.filename,
      contentType: file.contentType,
      bytes: file.byteSize,
      sha256: file.sha256,
      url: link.url,
      expiresAt: link.expiresAt,
    };
  });
}
