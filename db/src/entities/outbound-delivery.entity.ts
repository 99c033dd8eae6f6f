import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookEventType } from './webhook-subscription.entity.js';

export const OUTBOUND_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type OutboundDeliveryStatus = (typeof OUTBOUND_DELIVERY_STATUSES)[number];

/**
 * One event for one subscription: the outbox row written in the transaction of the change it
 * reports (so the event exists exactly when the change committed), then sent by the dispatcher
 * until a 2xx answer or the last retry. `id` is the Standard Webhooks `webhook-id` ("msg_..."),
 * the same on every attempt and redelivery, so receivers deduplicate by it.
 */
@Entity({ name: 'outbound_delivery' })
export class OutboundDeliveryEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'uuid' }) subscriptionId!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) eventType!: WebhookEventType;
  /** The Standard Webhooks envelope: {type, timestamp, data}. */
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ type: 'text', default: 'PENDING' }) status!: OutboundDeliveryStatus;
  /** Attempts in the current round (a redelivery starts a new round; the attempt log keeps all). */
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** When a PENDING delivery is due; null: at once. While being sent: the claim's lease. */
  @Column({ type: 'timestamptz', nullable: true }) nextAttemptAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}
