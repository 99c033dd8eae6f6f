import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const BANK_IMPORT_FORMATS = ['CSV', 'OFX', 'SEED', 'SYNC'] as const;
export type BankImportFormat = (typeof BANK_IMPORT_FORMATS)[number];

/** One bank file (or sync) imported: what it held, what was new, what was already there. */
@Entity({ name: 'bank_import' })
export class BankImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) bankAccountId!: string;
  @Column({ type: 'text' }) fileName!: string;
  @Column({ type: 'text' }) format!: BankImportFormat;
  /** The layout detected or chosen (e.g. SINGLE_AMOUNT, DEBIT_CREDIT, OFX). */
  @Column({ type: 'text' }) layout!: string;
  @Column({ type: 'text' }) fileSha256!: string;
  @Column({ type: 'integer' }) rowCount!: number;
  @Column({ type: 'integer' }) importedCount!: number;
  @Column({ type: 'integer' }) duplicateCount!: number;
  @Column({ type: 'text' }) importedBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) importedAt!: Date;
}
