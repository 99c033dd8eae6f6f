import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a one-time link lets its holder do: accept an invitation, or reset a forgotten password. */
export const ADMIN_CREDENTIAL_LINK_PURPOSES = ['INVITE', 'RESET'] as const;
export type AdminCredentialLinkPurpose = (typeof ADMIN_CREDENTIAL_LINK_PURPOSES)[number];

/**
 * A one-time link to choose a console password. The link carries a 256-bit random token; only its
 * SHA-256 (hex) is stored. It works once (`used_at`), until `expires_at`, and not after a newer
 * link for the same user replaced it (`revoked_at`).
 */
@Entity({ name: 'admin_credential_link' })
export class AdminCredentialLinkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) purpose!: AdminCredentialLinkPurpose;
  @Column({ type: 'text' }) tokenHash!: string;
  /** Who issued it: `user:<id>`, `api_key:<id>` or `cli` (the reset-password command). */
  @Column({ type: 'text' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
