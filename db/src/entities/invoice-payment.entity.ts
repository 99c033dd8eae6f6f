import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/**
 * A payment a processor reported against an invoice; its journal entry moved the money from
 * receivables to the processor's clearing account (less the fee). One per processor payment id.
 */
@Entity({ name: 'invoice_payment' })
export class InvoicePaymentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) invoiceId!: string;
  /** e.g. "stripe", "square", "paypal". */
  @Column({ type: 'text' }) processor!: string;
  /** The processor's own id for the payment (a Stripe PaymentIntent id, a Square payment id). */
  @Column({ type: 'text' }) processorPaymentId!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer, default: 0 }) feeCents!: number;
  @Column({ type: 'date' }) paidOn!: string;
  @Column({ type: 'uuid' }) journalEntryId!: string;
  /** The actor that recorded it (`agent:<run id>`, `user:<id>`...). */
  @Column({ type: 'text' }) recordedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
