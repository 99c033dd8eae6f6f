import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An email the development mail catcher kept instead of sending (no HUB_SMTP_URL, not in
 * production): everything the recipient would have received, for the console's Outbox.
 */
@Entity({ name: 'caught_email' })
export class CaughtEmailEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** The Message-ID header, as an SMTP server would have seen it. */
  @Column({ type: 'text' }) messageId!: string;
  @Column({ type: 'text' }) fromAddress!: string;
  @Column({ type: 'text' }) toAddress!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) textBody!: string;
  /** Untrusted markup when present: shown only escaped or in a sandboxed frame. */
  @Column({ type: 'text', nullable: true }) htmlBody!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) headers!: Record<string, string>;
  /** Holds a one-time password link: only owners see it in the Outbox. */
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @Column({ type: 'timestamptz' }) sentAt!: Date;
}
