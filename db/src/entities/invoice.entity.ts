import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** An invoice the shop issued to a (wholesale) customer; amounts in integer cents. */
@Entity({ name: 'invoice' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'date' }) issuedOn!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer, default: 0 }) paidCents!: number;
  @Column({ type: 'text' }) status!: string;
  /** Days from issue to due (net-30 by default). */
  @Column({ type: 'integer', default: 30 }) termsDays!: number;
}
