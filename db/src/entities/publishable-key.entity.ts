import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A widget key (`pk_...`). Public by design (it sits in the storefront's HTML), so it is stored
 * as is; what it may do is bounded instead: only a visitor's own conversation, lead and booking,
 * and only from the allowed origins (checked on HTTP and on the WebSocket upgrade).
 */
@Entity({ name: 'publishable_key' })
export class PublishableKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) name!: string;
  /** Canonical origins (`https://shop.example.com`), `https://*.example.com`, or `*` (development). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) allowedOrigins!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
