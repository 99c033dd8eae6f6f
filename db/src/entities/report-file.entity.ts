import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REPORT_KINDS = ['FILING_PACKAGE', 'ANNUAL_REPORT', 'SALES_TAX_FILING'] as const;
/**
 * A filing package covers a quarter (or a month); an annual report covers a year; a sales tax
 * filing is a state return's CPA packet (its package id is the sales_tax_filing row's id).
 */
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['PDF', 'XLSX', 'CSV'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * One rendered report document, bytes included. The files prepared together share a packageId;
 * a file is written once and never changed, so its sha256 stays true.
 */
@Entity({ name: 'report_file' })
export class ReportFileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) packageId!: string;
  @Column({ type: 'text' }) kind!: ReportKind;
  /** 2026-Q3, 2025 or 2026-10 (engines/accounting/periods.ts). */
  @Column({ type: 'text' }) periodKey!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) format!: ReportFormat;
  @Column({ type: 'text' }) filename!: string;
  @Column({ type: 'text' }) contentType!: string;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ type: 'integer' }) byteSize!: number;
  /** Lower-case hex of the content's SHA-256. */
  @Column({ type: 'text' }) sha256!: string;
  /** The actor who prepared it (`user:<id>`, `api_key:<id>`, `system:<what>`). */
  @Column({ type: 'text' }) preparedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A download link to a report file: only the token's SHA-256 is kept, with its expiry. */
@Entity({ name: 'report_file_link' })
export class ReportFileLinkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) reportFileId!: string;
  @Column({ type: 'text' }) tokenSha256!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
