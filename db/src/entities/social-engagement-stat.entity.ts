import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SocialChannel } from './content-item.entity.js';

/**
 * How posts published on `platform` at one ISO weekday (Monday = 1) and hour (0..23, the shop's
 * time zone) did: how many were sampled and their engagement rate.
 */
@Entity({ name: 'social_engagement_stat' })
export class SocialEngagementStatEntity {
  @PrimaryColumn({ type: 'uuid' }) workspaceId!: string;
  @PrimaryColumn({ type: 'text' }) platform!: SocialChannel;
  @PrimaryColumn({ type: 'smallint' }) weekday!: number;
  @PrimaryColumn({ type: 'smallint' }) hour!: number;
  @Column({ type: 'integer' }) posts!: number;
  /** numeric(6,4), a fraction (0.0412 = 4.12 %); pg returns it as a string. */
  @Column({ type: 'numeric', precision: 6, scale: 4 }) engagementRate!: string;
}
