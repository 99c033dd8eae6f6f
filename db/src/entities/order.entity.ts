import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

export interface OrderLine {
  sku: string;
  name: string;
  quantity: number;
  unitPriceCents: number;
}

/** A customer's order; money in integer cents. Table `customer_order` (ORDER is reserved). */
@Entity({ name: 'customer_order' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'jsonb' }) lines!: OrderLine[];
  @Column({ type: 'bigint', transformer: centsTransformer })
  totalCents!: number;
  @Column({ type: 'text', default: 'USD' }) currency!: string;
  @Column({ type: 'text' }) shipToState!: string;
  @Column({ type: 'text', nullable: true }) carrier!: string | null;
  @Column({ type: 'text', nullable: true }) trackingNumber!: string | null;
  @Column({ type: 'timestamptz' }) placedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) promisedAt!: Date | null;
}
