import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a content feed, stored once: unique by `guid` within its feed and by `url` within
 * the workspace (two feeds often carry the same article).
 */
@Entity({ name: 'content_feed_item' })
export class ContentFeedItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) feedId!: string;
  @Column({ type: 'text' }) guid!: string;
  @Column({ type: 'text', nullable: true }) url!: string | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) firstSeenAt!: Date;
}
