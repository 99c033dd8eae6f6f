import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One HTTP attempt at a delivery: the receiver's status code, or the network error or timeout,
 * and how long it took. Never the response body beyond a short excerpt in `error`.
 */
@Entity({ name: 'outbound_attempt' })
export class OutboundAttemptEntity {
  /** An identity column: attempts of one delivery sort in the order they were made. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'text' }) deliveryId!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'timestamptz' }) attemptedAt!: Date;
  /** Null when no answer came (refused, timed out, address not allowed). */
  @Column({ type: 'integer', nullable: true }) statusCode!: number | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'integer' }) durationMs!: number;
}
