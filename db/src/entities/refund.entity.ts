import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** Money given back on an order. `approval_id` is unique: an approved refund is paid once. */
@Entity({ name: 'refund' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) orderId!: string;
  @Column({ type: 'bigint', transformer: centsTransformer }) amountCents!: number;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
