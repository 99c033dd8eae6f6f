import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Someone chatting through the widget. Anonymous unless the shop vouched for them: a verified
 * identity (the user id with the HMAC the shop's server computed) is `externalUserId`, one row
 * per user per workspace, so the same customer sees their history on any device. An identity
 * that is not verified never becomes `externalUserId`: it must not open anyone's history.
 */
@Entity({ name: 'visitor' })
export class VisitorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) publishableKeyId!: string;
  @Column({ type: 'text', nullable: true }) externalUserId!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  /**
   * Whether the shop's hash covered `email` (identity-hash.ts). Only a verified email keys the
   * customer's memory; otherwise it is a hint the visitor typed or a script claimed.
   */
  @Column({ type: 'boolean', default: false }) emailVerified!: boolean;
  @Column({ type: 'text', nullable: true }) name!: string | null;
  /** The lead this visitor submitted through the lead form. */
  @Column({ type: 'uuid', nullable: true }) leadId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) lastSeenAt!: Date;
}
