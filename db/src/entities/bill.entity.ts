import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** A supplier's bill the shop owes (accounts payable); amounts in integer cents. */
@Entity({ name: 'bill' })
export class BillEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) vendor!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'date' }) issuedOn!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer, default: 0 }) paidCents!: number;
  @Column({ type: 'uuid' }) expenseAccountId!: string;
  @Column({ type: 'text' }) status!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
