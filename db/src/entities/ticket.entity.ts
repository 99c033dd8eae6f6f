import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TICKET_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * A request for a person, opened by the support agent with a context brief (summary, sentiment
 * trend, order facts, recommended resolution) so whoever takes over needs not reread everything.
 */
@Entity({ name: 'ticket' })
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** `T-1001`, `T-1002`, ...: unique per workspace, what the customer is told. */
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'uuid', nullable: true }) conversationId!: string | null;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'text', nullable: true }) customerEmail!: string | null;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text', default: 'NORMAL' }) priority!: TicketPriority;
  @Column({ type: 'text', default: 'OPEN' }) status!: TicketStatus;
  @Column({ type: 'jsonb' }) brief!: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
