import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const EMAIL_OUTBOX_STATUSES = ['DRAFT', 'SENT', 'FAILED'] as const;
export type EmailOutboxStatus = (typeof EMAIL_OUTBOX_STATUSES)[number];
export const EMAIL_PERSONAS = ['TECHNICAL_DECISION_MAKER', 'EXECUTIVE', 'END_USER'] as const;
export type EmailPersona = (typeof EMAIL_PERSONAS)[number];

/**
 * An email to a lead: drafted, then sent (or failed) once. `approval_id` is unique, so an
 * approved email is delivered at most once; `claimed_at` marks the one attempt to send it.
 */
@Entity({ name: 'email_outbox' })
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) leadId!: string;
  @Column({ type: 'text' }) to!: string;
  @Column({ type: 'text' }) persona!: EmailPersona;
  @Column({ type: 'text' }) subject!: string;
  /** What is (or was) sent: the draft, or a person's edit of it. */
  @Column({ type: 'text' }) body!: string;
  /** The body as drafted, kept to show what a person changed. */
  @Column({ type: 'text' }) draftedBody!: string;
  @Column({ type: 'text', default: 'DRAFT' }) status!: EmailOutboxStatus;
  @Column({ type: 'text', nullable: true }) messageId!: string | null;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) claimedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
