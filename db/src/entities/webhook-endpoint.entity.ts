import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed door through which another system starts one scenario: POST /hooks/<id> with Standard
 * Webhooks headers. The signing secret is kept as is (like the widget identity secret): the hub
 * must recompute each request's HMAC with it, so a hash would not do. It is shown once, when
 * created or rotated, and never returned again.
 */
@Entity({ name: 'webhook_endpoint' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'text' }) name!: string;
  /** The scenario a delivery starts (its agent is the scenario's). */
  @Column({ type: 'uuid' }) scenarioId!: string;
  /** "whsec_" + base64 key; never selected unless asked for. */
  @Column({ type: 'text', select: false }) secret!: string;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
  /** The last ACCEPTED delivery. */
  @Column({ type: 'timestamptz', nullable: true }) lastDeliveryAt!: Date | null;
}
