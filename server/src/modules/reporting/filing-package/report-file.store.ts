import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ReportFormat, ReportKind } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import { emitReportReady } from '../../automation/outbound-webhooks/webhook-emissions.js';
import { isId } from '../../ids.js';

/** How long a download link works. */
export const DOWNLOAD_LINK_HOURS = 24;

/** A rendered file before it is stored. */
export interface RenderedFile {
  format: ReportFormat;
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A stored file's description (no bytes). */
export interface StoredReportFile {
  id: string;
  packageId: string;
  kind: ReportKind;
  periodKey: string;
  title: string;
  format: ReportFormat;
  filename: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  preparedBy: string;
  createdAt: Date;
}

/** A download link: the token is returned once, here; only its SHA-256 is stored. */
export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

export type DownloadOutcome =
  | { found: true; file: StoredReportFile; content: Buffer }
  | { found: false; reason: 'NOT_FOUND' | 'EXPIRED' };

/** The path a file is downloaded from (relative to the hub's URL). */
export function downloadPath(fileId: string, filename: string, token: string): string {
  return `/downloads/reports/${fileId}/${encodeURIComponent(filename)}?token=${token}`;
}

const FILE_COLUMNS = `id, package_id, kind, period_key, title, format, filename, content_type,
  byte_size, sha256, prepared_by, created_at`;

/**
 * The report files and their download links in the database. Files are written once; links are
 * bearer tokens (32 random bytes) kept as SHA-256 digests with a 24-hour expiry, checked in
 * constant time.
 */
export class ReportFileStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a package's files in one transaction; returns them in the order given. */
  async storePackage(args: {
    workspaceId: string;
    packageId: string;
    kind: ReportKind;
    periodKey: string;
    title: string;
    preparedBy: string;
    preparedAt: Date;
    files: RenderedFile[];
  }): Promise<StoredReportFile[]> {
    return this.dataSource.transaction(async (tx) => {
      const stored: StoredReportFile[] = [];
      for (const file of args.files) {
        const [row] = (await tx.query(
          `INSERT INTO report_file (workspace_id, package_id, kind, period_key, title, format,
             filename, content_type, content, byte_size, sha256, prepared_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           RETURNING ${FILE_COLUMNS}`,
          [
            args.workspaceId,
            args.packageId,
            args.kind,
            args.periodKey,
            args.title,
            file.format,
            file.filename,
            file.contentType,
            file.content,
            file.content.length,
            sha256Hex(file.content),
            args.preparedBy,
            args.preparedAt,
          ],
        )) as FileRow[];
        stored.push(fileOf(row as FileRow));
      }
      await emitReportReady(tx, args, stored);
      return stored;
    });
  }

  /**
   * The workspace's most recent packages' files, newest package first: reporting's own kinds
   * unless told otherwise (a sales tax filing packet is listed by the tax module, not here).
   */
  async recentFiles(
    workspaceId: string,
    packages: number,
    kinds: readonly ReportKind[] = ['FILING_PACKAGE', 'ANNUAL_REPORT'],
  ): Promise<StoredReportFile[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${FILE_COLUMNS} FROM report_file
        WHERE workspace_id = $1 AND package_id IN (
          SELECT package_id FROM report_file WHERE workspace_id = $1 AND kind = ANY($3)
           GROUP BY package_id ORDER BY max(created_at) DESC, package_id LIMIT $2)
        ORDER BY created_at DESC, package_id, format`,
      [workspaceId, packages, [...kinds]],
    )) as FileRow[];
    return rows.map(fileOf);
  }

  /** One package's files; none when the id is not one of this workspace's packages. */
  async packageFiles(workspaceId: string, packageId: string): Promise<StoredReportFile[]> {
    if (!isId(packageId)) return [];
    const rows = (await this.dataSource.query(
      `SELECT ${FILE_COLUMNS} FROM report_file WHERE workspace_id = $1 AND package_id = $2
        ORDER BY format`,
      [workspaceId, packageId],
    )) as FileRow[];
    return rows.map(fileOf);
  }

  /**
   * A fresh link to each file, valid for 24 hours. Links handed out earlier keep working until
   * their own expiry; expired ones are deleted here, so the table does not grow without bound.
   */
  async issueLinks(
    workspaceId: string,
    files: StoredReportFile[],
    now: Date,
  ): Promise<Map<string, DownloadLink>> {
    const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_HOURS * 3_600_000);
    const links = new Map<string, DownloadLink>();
    await this.dataSource.transaction(async (tx) => {
      await tx.query('DELETE FROM report_file_link WHERE workspace_id = $1 AND expires_at <= $2', [
        workspaceId,
        now,
      ]);
      for (const file of files) {
        const token = randomBytes(32).toString('base64url');
        await tx.query(
          `INSERT INTO report_file_link (workspace_id, report_file_id, token_sha256, expires_at, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [workspaceId, file.id, sha256Hex(Buffer.from(token, 'utf8')), expiresAt, now],
        );
        links.set(file.id, { url: downloadPath(file.id, file.filename, token), expiresAt });
      }
    });
    return links;
  }

  /**
   * The file a link names, if the token is one of its links': NOT_FOUND for an unknown file, a
   * filename that is not the file's or a token that is none of its links' (indistinguishable on
   * purpose: another workspace's file is just "not found"); EXPIRED for a right token past its
   * expiry. The token's digest is compared with every link of the file in constant time.
   */
  async download(
    fileId: string,
    filename: string,
    token: string,
    now: Date,
  ): Promise<DownloadOutcome> {
    if (!isId(fileId) || !token) return { found: false, reason: 'NOT_FOUND' };
    const links = (await this.dataSource.query(
      `SELECT l.token_sha256, l.expires_at FROM report_file_link l
         JOIN report_file f ON f.id = l.report_file_id AND f.workspace_id = l.workspace_id
        WHERE l.report_file_id = $1 AND f.filename = $2`,
      [fileId, filename],
    )) as Array<{ token_sha256: string; expires_at: Date }>;
    const digest = createHash('sha256').update(token, 'utf8').digest();
    let match: { expires_at: Date } | undefined;
    for (const link of links) {
      // Every link is compared (no early exit), each comparison in constant time.
      if (timingSafeEqual(digest, Buffer.from(link.token_sha256, 'hex'))) match = link;
    }
    if (!match) return { found: false, reason: 'NOT_FOUND' };
    if (new Date(match.expires_at).getTime() <= now.getTime()) {
      return { found: false, reason: 'EXPIRED' };
    }
    const [row] = (await this.dataSource.query(
      `SELECT ${FILE_COLUMNS}, content FROM report_file WHERE id = $1`,
      [fileId],
    )) as Array<FileRow & { content: Buffer | Uint8Array }>;
    if (!row) return { found: false, reason: 'NOT_FOUND' };
    return { found: true, file: fileOf(row), content: Buffer.from(row.content) };
  }
}

interface FileRow {
  id: string;
  package_id: string;
  kind: ReportKind;
  period_key: string;
  title: string;
  format: ReportFormat;
  filename: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  prepared_by: string;
  created_at: Date;
}

function fileOf(row: FileRow): StoredReportFile {
  return {
    id: row.id,
    packageId: row.package_id,
    kind: row.kind,
    periodKey: row.period_key,
    title: row.title,
    format: row.format,
    filename: row.filename,
    contentType: row.content_type,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    preparedBy: row.prepared_by,
    createdAt: new Date(row.created_at),
  };
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
