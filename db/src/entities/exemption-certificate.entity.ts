import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const EXEMPTION_CERTIFICATE_KINDS = ['RESALE', 'EXEMPT_ORGANIZATION', 'OTHER'] as const;
export type ExemptionCertificateKind = (typeof EXEMPTION_CERTIFICATE_KINDS)[number];

/**
 * A buyer's resale or exemption certificate on file for one state. A resale or exempt sale is
 * covered when a certificate of its buyer for the sale's state was issued on or before the sale
 * and had not expired (`expiresOn` null: the certificate carries no expiry date).
 */
@Entity({ name: 'exemption_certificate' })
export class ExemptionCertificateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ type: 'text' }) buyerName!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'text' }) kind!: ExemptionCertificateKind;
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'date' }) issuedOn!: string;
  @Column({ type: 'date', nullable: true }) expiresOn!: string | null;
  /** Where the signed certificate is kept (a file name, a folder, a link). */
  @Column({ type: 'text', nullable: true }) documentRef!: string | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
