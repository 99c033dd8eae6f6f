import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

export const SALE_CHANNELS = ['ONLINE', 'WHOLESALE', 'MARKET'] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];
/** taxable; exempt (an exempt buyer or good); resale (a reseller's certificate on file). */
export type SaleTaxTreatment = 'taxable' | 'exempt' | 'resale';

/**
 * Sales into one state on one day through one channel with the same flags: what economic nexus
 * measures. `orderCount` orders, each one transaction; `goodsCents` is the goods' price (what the
 * revenue accounts 4010/4020/4030 record), shipping and tax collected apart. `journalEntryId`
 * names the entry whose revenue this row is a part of.
 */
@Entity({ name: 'sale' })
export class SaleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'date' }) soldOn!: string;
  @Column({ type: 'text' }) shipToState!: string;
  @Column({ type: 'text' }) channel!: SaleChannel;
  @Column({ type: 'integer' }) orderCount!: number;
  @Column({ type: 'bigint', transformer: centsTransformer }) goodsCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer }) shippingCents!: number;
  @Column({ type: 'bigint', transformer: centsTransformer }) taxCollectedCents!: number;
  @Column({ type: 'boolean', default: false }) marketplaceFacilitated!: boolean;
  @Column({ type: 'text' }) taxTreatment!: SaleTaxTreatment;
  @Column({ type: 'uuid', nullable: true }) journalEntryId!: string | null;
  /** The orders' ship-to ZIP (a representative one for an aggregate row); null where unknown. */
  @Column({ type: 'text', nullable: true }) shipToPostalCode!: string | null;
  /** Where the row was sold from (the shop, or a market day's location); null where unknown. */
  @Column({ type: 'uuid', nullable: true }) businessLocationId!: string | null;
  /** The buyer of an exempt or resale sale (matched to its certificate); null for retail. */
  @Column({ type: 'text', nullable: true }) buyerName!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
