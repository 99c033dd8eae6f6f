import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** One estimated tax payment (Form 1040-ES) made by the owner for `taxYear`. */
@Entity({ name: 'estimated_tax_payment' })
export class EstimatedTaxPaymentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** The tax year paid for (the January installment belongs to the year before). */
  @Column({ type: 'integer' }) taxYear!: number;
  @Column({ type: 'date' }) paidOn!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
