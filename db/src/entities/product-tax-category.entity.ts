import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The sales tax engine's product categories (server/src/engines/sales-tax). */
export const PRODUCT_TAX_CATEGORIES = [
  'general',
  'clothing',
  'grocery',
  'digital',
  'gift-card',
] as const;
export type ProductTaxCategory = (typeof PRODUCT_TAX_CATEGORIES)[number];

/** What a SKU is for sales tax; `note` says why (a bundle's reasoning, for example). */
@Entity({ name: 'product_tax_category' })
export class ProductTaxCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) sku!: string;
  @Column({ type: 'text' }) category!: ProductTaxCategory;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
