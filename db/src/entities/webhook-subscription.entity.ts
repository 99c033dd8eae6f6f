import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The events another system is told about, by Standard Webhooks signed POSTs (wire names, e.g.
 * "run.succeeded"). The database checks a subscription's list against this set.
 */
export const WEBHOOK_EVENT_TYPES = [
  'run.succeeded',
  'run.failed',
  'approval.requested',
  'conversation.handed_off',
  'lead.scored_hot',
  'invoice.reminder_sent',
  'report.ready',
  'budget.warning',
  'budget.exhausted',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * Where a workspace wants to be told about events. The signing secret is kept as is (the hub
 * signs every delivery with it, so a hash would not do); it is shown once, when created.
 * `consecutive_failures` and `failing_since` follow the endpoint's health: the dispatcher disables
 * a subscription that has failed without a break for long enough, and says why.
 */
@Entity({ name: 'webhook_subscription' })
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) url!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', array: true }) eventTypes!: WebhookEventType[];
  /** "whsec_" + base64 key; never selected unless asked for. */
  @Column({ type: 'text', select: false }) secret!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  /** Why the hub disabled it (sustained failure), in words; null when a person did or it is on. */
  @Column({ type: 'text', nullable: true }) disabledReason!: string | null;
  @Column({ type: 'integer', default: 0 }) consecutiveFailures!: number;
  /** The first failed attempt since the last success; null while healthy. */
  @Column({ type: 'timestamptz', nullable: true }) failingSince!: Date | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}
