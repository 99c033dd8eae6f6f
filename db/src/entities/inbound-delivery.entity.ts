import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const INBOUND_DELIVERY_STATUSES = ['ACCEPTED', 'REJECTED'] as const;
export type InboundDeliveryStatus = (typeof INBOUND_DELIVERY_STATUSES)[number];

/**
 * One request received on a webhook endpoint. ACCEPTED: it started `runId` (written in the run's
 * own transaction, so the two exist together or not at all); a webhook-id is accepted once per
 * endpoint. REJECTED: why it was refused (`errorCode`, `error`); only the latest few hundred per
 * endpoint are kept.
 */
@Entity({ name: 'inbound_delivery' })
export class InboundDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) endpointId!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  /** The webhook-id header (the sender's message id), when it sent one. */
  @Column({ type: 'text', nullable: true }) messageId!: string | null;
  /** The envelope's `type`, when the body was a Standard Webhooks envelope. */
  @Column({ type: 'text', nullable: true }) eventType!: string | null;
  @Column({ type: 'text' }) status!: InboundDeliveryStatus;
  @Column({ type: 'text', nullable: true }) errorCode!: string | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'uuid', nullable: true }) runId!: string | null;
  @Column({ type: 'timestamptz' }) receivedAt!: Date;
}
