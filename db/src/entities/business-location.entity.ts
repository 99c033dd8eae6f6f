import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const BUSINESS_LOCATION_KINDS = ['PLACE_OF_BUSINESS', 'MARKET'] as const;
/**
 * PLACE_OF_BUSINESS: the shop (one per workspace): every shipment leaves from it, and a Texas
 * seller's in-state sales are sourced to it. MARKET: a temporary location the shop sells at.
 */
export type BusinessLocationKind = (typeof BUSINESS_LOCATION_KINDS)[number];

/** Where the shop sells from, with the address its local sales tax is resolved from. */
@Entity({ name: 'business_location' })
export class BusinessLocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: BusinessLocationKind;
  @Column({ type: 'text' }) line1!: string;
  @Column({ type: 'text' }) city!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'text' }) postalCode!: string;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
