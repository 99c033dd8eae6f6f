import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SALES_TAX_FILING_STATUSES = ['PRELIMINARY', 'READY'] as const;
/** READY: the period had ended when prepared; PRELIMINARY: a preview of a period still running. */
export type SalesTaxFilingStatus = (typeof SALES_TAX_FILING_STATUSES)[number];

/**
 * A prepared sales tax filing packet: what its worksheet, Schedule C summary and checklist said
 * when prepared (`content`, written once). Its PDF and CSV are report_file rows with
 * package_id = id.
 */
@Entity({ name: 'sales_tax_filing' })
export class SalesTaxFilingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'text' }) periodKey!: string;
  @Column({ type: 'text' }) status!: SalesTaxFilingStatus;
  @Column({ type: 'jsonb' }) content!: unknown;
  @Column({ type: 'text' }) preparedBy!: string;
  @Column({ type: 'timestamptz' }) preparedAt!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
