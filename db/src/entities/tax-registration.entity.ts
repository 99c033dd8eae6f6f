import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const FILING_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'ANNUAL'] as const;
/** How often the state has told the shop to file its sales tax return. */
export type FilingFrequency = (typeof FILING_FREQUENCIES)[number];

/** The shop is registered to collect sales tax in `state` from `registeredOn`. */
@Entity({ name: 'tax_registration' })
export class TaxRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'date' }) registeredOn!: string;
  @Column({ type: 'text', nullable: true }) accountNumber!: string | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ type: 'text', default: 'MONTHLY' }) filingFrequency!: FilingFrequency;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
