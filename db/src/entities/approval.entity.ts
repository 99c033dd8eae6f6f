import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { centsTransformer } from './cents.transformer.js';

/** WITHDRAWN: the run ended (cancelled, failed) before anyone decided. */
export const APPROVAL_STATUSES = [
  'PENDING',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
  'WITHDRAWN',
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
/** MODEL_CALL: a paid model call over the month's cost budget (policy REQUIRE_APPROVAL). */
export const APPROVAL_ACTION_KINDS = ['SEND_REPLY', 'TOOL_CALL', 'MODEL_CALL'] as const;
export type ApprovalActionKind = (typeof APPROVAL_ACTION_KINDS)[number];

/**
 * A decision a person must make before a run goes on: sending a reply (legal topic, low
 * confidence) or making a tool call (a large refund, an outbound email). At most one is pending
 * per run (unique partial index).
 */
@Entity({ name: 'approval' })
export class ApprovalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) runId!: string;
  @Column({ type: 'text', default: 'PENDING' }) status!: ApprovalStatus;
  @Column({ type: 'text' }) actionKind!: ApprovalActionKind;
  /** Which review rule asked for it, e.g. `refund_limit`, `legal_topic`. */
  @Column({ type: 'text' }) policy!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'text', nullable: true }) toolName!: string | null;
  @Column({ type: 'text', nullable: true }) toolCallId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) toolInput!: Record<string, unknown> | null;
  /** For SEND_REPLY: the whole proposed answer (text, citations, confidence) to send on approval. */
  @Column({ type: 'jsonb', nullable: true }) answer!: Record<string, unknown> | null;
  @Column({ type: 'bigint', nullable: true, transformer: centsTransformer })
  amountCents!: number | null;
  /** The reply text, or the text the tool would send (e.g. an email body). */
  @Column({ type: 'text' }) proposedOutput!: string;
  @Column({ type: 'text', nullable: true }) editedOutput!: string | null;
  @Column({ type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ type: 'text', nullable: true }) decisionNote!: string | null;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  /** When the approved action ran; set once, in the transaction that claims it. */
  @Column({ type: 'timestamptz', nullable: true }) executedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
