import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SocialChannel } from './content-item.entity.js';

/** How posts carrying a hashtag on `platform` did: how many, and their average engagement rate. */
@Entity({ name: 'hashtag_stat' })
export class HashtagStatEntity {
  @PrimaryColumn({ type: 'uuid' }) workspaceId!: string;
  @PrimaryColumn({ type: 'text' }) platform!: SocialChannel;
  /** Lower case, without '#'. */
  @PrimaryColumn({ type: 'text' }) hashtag!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ type: 'integer' }) posts!: number;
  /** numeric(6,4), a fraction (0.0412 = 4.12 %); pg returns it as a string. */
  @Column({ type: 'numeric', precision: 6, scale: 4 }) avgEngagementRate!: string;
}
