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
  /** Ship-to street, city and ZIP (or ZIP+4): null on orders written before they were kept. */
  @Column({ type: 'text', nullable: true }) shipToLine1!: string | null;
  @Column({ type: 'text', nullable: true }) shipToCity!: string | null;
  @Column({ type: 'text', nullable: true }) shipToPostalCode!: string | null;
  /** Shipping charged to the buyer, separately stated (not in totalCents). */
  @Column({ type: 'bigint', default: 0, transformer: centsTransformer }) shippingCents!: number;
  /** taxable; exempt or resale when the buyer's certificate is on file (as on `sale`). */
  @Column({ type: 'text', default: 'taxable' }) taxTreatment!: 'taxable' | 'exempt' | 'resale';
  @Column({ type: 'text', nullable: true }) carrier!: string | null;
  @Column({ type: 'text', nullable: true }) trackingNumber!: string | null;
  @Column({ type: 'timestamptz' }) placedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) promisedAt!: Date | null;
}
