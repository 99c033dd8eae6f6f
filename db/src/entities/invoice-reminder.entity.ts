import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const INVOICE_REMINDER_STATUSES = ['DRAFTED', 'SENT', 'FAILED', 'DISCARDED'] as const;
export type InvoiceReminderStatus = (typeof INVOICE_REMINDER_STATUSES)[number];

/**
 * One stage of an overdue invoice's reminder sequence. (invoice, stage) is unique in the
 * database: a stage is drafted, and so sent, at most once.
 */
@Entity({ name: 'invoice_reminder' })
export class InvoiceReminderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) invoiceId!: string;
  @Column({ type: 'integer' }) stage!: number;
  @Column({ type: 'integer' }) daysOverdue!: number;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'text', default: 'DRAFTED' }) status!: InvoiceReminderStatus;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
